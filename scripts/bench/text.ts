/**
 * Deterministic filler text for the benchmark corpus: a seeded random source and plain English-like
 * words, sentences and titles. The same seed always gives the same corpus, so two bench runs build
 * identical content and their figures are comparable.
 */

/** A seeded pseudo-random source (mulberry32): fast, tiny, and the same on every machine. */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }
}

// Plain words about engineering work; no sentence of real content, so nothing can be copied.
const WORDS = `
team review design system service owner budget release pipeline incident feedback mentor goal plan
quarter roadmap signal metric latency trade decision proposal document diagram meeting partner risk
migration platform contract interface schema query cache queue worker cluster region deploy rollback
test coverage defect bug fix patch version branch merge change audit policy standard practice habit
skill career level scope impact influence depth strategy leader manager engineer architect staff
senior junior principal director hiring interview onboarding growth learning teaching coaching example
story lesson pattern principle model estimate timeline milestone outcome result evidence promotion
calendar week focus context priority backlog ticket request response error failure outage recovery
alert dashboard report summary note question answer option choice reason cost value customer user
product feature experiment launch feedback loop cadence ritual retrospective postmortem handover
ownership trust clarity alignment consensus conflict negotiation sponsor stakeholder peer expert novice
practice routine checklist template guide rule exception boundary layer module package library tool
script job task step stage phase path ladder track dimension rubric criterion threshold baseline
`.trim().split(/\s+/);

const CONNECTORS = ['and', 'or', 'but', 'so', 'because', 'while', 'when', 'after', 'before', 'until', 'since', 'where', 'although'];
const SMALL = ['the', 'a', 'each', 'every', 'this', 'that', 'our', 'their', 'one', 'some', 'no', 'any'];
const VERBS = [
  'shapes', 'improves', 'slows', 'supports', 'replaces', 'measures', 'explains', 'protects', 'changes', 'drives', 'limits',
  'reveals', 'needs', 'follows', 'joins', 'tracks', 'builds', 'owns', 'reviews', 'writes', 'ships', 'tests', 'plans',
];

/** A lowercase word from the vocabulary. */
export function word(rng: Random): string {
  return rng.pick(WORDS);
}

/** `count` distinct-looking lowercase words joined by spaces. */
export function words(rng: Random, count: number): string {
  return Array.from({ length: count }, () => word(rng)).join(' ');
}

/** A sentence of about `length` words, capitalised and ending with a full stop. */
export function sentence(rng: Random, length = rng.int(9, 18)): string {
  const parts: string[] = [];
  while (parts.length < length) {
    parts.push(rng.pick(SMALL), word(rng), rng.pick(VERBS), rng.pick(SMALL), word(rng));
    if (parts.length < length - 3) parts.push(rng.pick(CONNECTORS));
  }
  const text = parts.slice(0, length).join(' ');
  return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
}

/** A paragraph of `sentences` sentences. */
export function paragraph(rng: Random, sentences = rng.int(4, 6)): string {
  return Array.from({ length: sentences }, () => sentence(rng)).join(' ');
}

/** A short title in sentence case ("Review cadence and ownership"): letters and spaces only, so its slug is predictable. */
export function title(rng: Random, length = rng.int(2, 4)): string {
  const text = words(rng, length);
  return `${text[0]!.toUpperCase()}${text.slice(1)}`;
}

/** The heading slug Astro gives a title made only of letters and spaces. */
export function slugOf(heading: string): string {
  return heading.toLowerCase().replace(/ /g, '-');
}

/** Counts the words of Markdown text the way a reader would (markup and ids ignored). */
export function countWords(markdown: string): number {
  const text = markdown
    .replace(/^---[\s\S]*?^---$/m, '')
    .replace(/```[\s\S]*?```/g, (block) => block.replace(/[^\s]+/g, 'x'))
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/<[^>]+>/g, ' ')
    .replace(/[|#*`>-]/g, ' ');
  return text.split(/\s+/).filter((w) => /\w/.test(w)).length;
}
