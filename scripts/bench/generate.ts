/**
 * The benchmark corpus: N synthetic chapters of about 2,000 words (headings, lists, a GFM table,
 * a code block, a callout and takeaways, links by content id), spread over parts, plus the ladder
 * (the project's tracks, dimensions and levels, with synthetic level bodies), a quiz per level,
 * optionally a check quiz per chapter, and two reading paths. It passes the content check, so it
 * builds.
 *
 * The shape follows the anchor measured for Starlight (same chapter length and elements), plus
 * what a Ladderbook fork has and Starlight does not: levels, comparisons and quizzes.
 */
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { parse, stringify } from 'yaml';
import { CONTENT_LAYOUT } from '../../src/lib/check/source.ts';
import { Random, countWords, paragraph, sentence, slugOf, title, word, words } from './text.ts';

export interface CorpusOptions {
  /** How many chapters. */
  chapters: number;
  /** Chapters per part; the last part may be shorter. */
  perPart: number;
  /**
   * A check quiz for every k-th chapter (1 = every chapter, as in the default content; 0 = none).
   * None by default: the targets compare with Starlight's build of the same chapters, which had no
   * quizzes. Each chapter quiz adds a quiz page and a worksheet page.
   */
  quizEvery: number;
  /** Words per chapter, counted as a reader would. */
  words: number;
  seed: number;
}

export const DEFAULT_CORPUS: Omit<CorpusOptions, 'chapters'> = { perPart: 25, quizEvery: 0, words: 2000, seed: 1 };

/** The ladder files a corpus reuses from a real content folder (levels keep their data, not their text). */
export interface LadderSource {
  tracks: string;
  activities: string;
  dimensions: string;
  /** Level files by name (`staff.mdx`). */
  levels: { name: string; text: string }[];
}

export interface Corpus {
  /** Content files by path relative to the content folder. */
  files: Map<string, string>;
  counts: { parts: number; chapters: number; levels: number; quizzes: number; words: number };
}

interface ChapterPlan {
  number: number;
  id: string;
  file: string;
  part: string;
  title: string;
  headings: string[];
}

/** Reads the tracks, activities, dimensions and levels of a content folder. */
export async function readLadderSource(contentPath: string): Promise<LadderSource> {
  const read = (path: string) => readFile(join(contentPath, path), 'utf8');
  const levelDir = join(contentPath, CONTENT_LAYOUT.levels.dir);
  const names = (await readdir(levelDir)).filter((n) => n.endsWith('.mdx')).sort();
  return {
    tracks: await read(CONTENT_LAYOUT.tracks),
    activities: await read(CONTENT_LAYOUT.activities),
    dimensions: await read(CONTENT_LAYOUT.dimensions),
    levels: await Promise.all(names.map(async (name) => ({ name, text: await readFile(join(levelDir, name), 'utf8') }))),
  };
}

/** Builds the whole corpus in memory; the same options always give the same files. */
export function generateCorpus(options: CorpusOptions, ladder: LadderSource): Corpus {
  const rng = new Random(options.seed);
  const files = new Map<string, string>();
  const partCount = Math.max(1, Math.ceil(options.chapters / options.perPart));
  const parts = Array.from({ length: partCount }, (_, i) => ({
    id: `part-${String(i + 1).padStart(2, '0')}`,
    title: `Part ${i + 1}: ${title(rng, 3).toLowerCase()}`,
    summary: sentence(rng, 16),
  }));
  files.set(CONTENT_LAYOUT.parts, stringify(parts));

  const levelIds = ladder.levels.map((l) => l.name.replace(/\.mdx$/, ''));
  const plans: ChapterPlan[] = Array.from({ length: options.chapters }, (_, i) => {
    const part = parts[Math.floor(i / options.perPart)]!.id;
    const inPart = (i % options.perPart) + 1;
    const slug = `c${String(i + 1).padStart(4, '0')}-${word(rng)}-${word(rng)}`;
    return {
      number: i + 1,
      id: `${part}/${slug}`,
      file: `${CONTENT_LAYOUT.chapters.dir}/${part}/${String(inPart).padStart(3, '0')}-${slug}.mdx`,
      part,
      title: title(rng, rng.int(3, 5)),
      headings: uniqueTitles(rng, 5),
    };
  });

  let totalWords = 0;
  plans.forEach((plan, i) => {
    const text = chapterFile(rng, plan, plans[i - 1], plans[i + 1], levelIds, options.words);
    totalWords += countWords(text);
    files.set(plan.file, text);
  });

  files.set(CONTENT_LAYOUT.tracks, ladder.tracks);
  files.set(CONTENT_LAYOUT.activities, ladder.activities);
  files.set(CONTENT_LAYOUT.dimensions, ladder.dimensions);
  for (const level of ladder.levels) {
    const related = Array.from({ length: Math.min(3, plans.length) }, () => rng.pick(plans).id);
    files.set(`${CONTENT_LAYOUT.levels.dir}/${level.name}`, levelFile(rng, level.text, [...new Set(related)], plans));
  }

  let quizzes = 0;
  if (options.quizEvery > 0) {
    for (const plan of plans.filter((p) => p.number % options.quizEvery === 0)) {
      const id = `check-c${String(plan.number).padStart(4, '0')}`;
      files.set(`${CONTENT_LAYOUT.quizzes.dir}/${id}.yaml`, quizFile(rng, id, `Check — ${plan.title}`, `chapter:${plan.id}`, levelIds));
      quizzes++;
    }
  }
  for (const level of levelIds) {
    const id = `level-${level}`;
    files.set(`${CONTENT_LAYOUT.quizzes.dir}/${id}.yaml`, quizFile(rng, id, `Ready for ${level}?`, `level:${level}`, levelIds));
    quizzes++;
  }

  const steps = (n: number) =>
    Array.from({ length: n }, (_, i) => ({
      to: i % 2 ? `level:${rng.pick(levelIds)}` : `chapter:${rng.pick(plans).id}`,
      note: sentence(rng, 12),
    }));
  files.set(CONTENT_LAYOUT.paths, stringify([
    { id: 'first-path', title: title(rng, 4), summary: sentence(rng, 14), steps: steps(4) },
    { id: 'second-path', title: title(rng, 4), summary: sentence(rng, 14), steps: steps(4) },
  ]));

  return { files, counts: { parts: parts.length, chapters: plans.length, levels: levelIds.length, quizzes, words: totalWords } };
}

/** Writes the corpus into `dir` (which should be empty). */
export async function writeCorpus(corpus: Corpus, dir: string): Promise<void> {
  const folders = new Set([...corpus.files.keys()].map((path) => dirname(join(dir, path))));
  for (const folder of folders) await mkdir(folder, { recursive: true });
  await Promise.all([...corpus.files].map(([path, text]) => writeFile(join(dir, path), text)));
}

function uniqueTitles(rng: Random, count: number): string[] {
  const seen = new Set<string>();
  while (seen.size < count) seen.add(title(rng, rng.int(2, 4)));
  return [...seen];
}

function list(rng: Random, items: number, ordered = false): string {
  return Array.from({ length: items }, (_, i) => `${ordered ? `${i + 1}.` : '-'} ${sentence(rng, rng.int(7, 12))}`).join('\n');
}

function table(rng: Random): string {
  const cols = ['Step', 'Owner', 'Cadence', 'Signal'];
  const rows = Array.from({ length: 6 }, () => `| ${title(rng, 2)} | ${word(rng)} | ${rng.pick(['weekly', 'monthly', 'quarterly'])} | ${words(rng, 5)} |`);
  return [`| ${cols.join(' | ')} |`, `| ${cols.map(() => '---').join(' | ')} |`, ...rows].join('\n');
}

function codeBlock(rng: Random): string {
  const name = (n: number) => words(rng, n).split(' ').map((w, i) => (i ? w[0]!.toUpperCase() + w.slice(1) : w)).join('');
  const lines = [
    `export function ${name(2)}(${name(1)}: ${title(rng, 1)}[]): number {`,
    `  const ${name(2)} = new Map<string, number>();`,
    `  for (const item of ${name(1)}) {`,
    `    const key = item.${name(1)} ?? '${word(rng)}';`,
    `    ${name(2)}.set(key, (${name(2)}.get(key) ?? 0) + item.${name(1)});`,
    '  }',
    `  // ${sentence(rng, 8)}`,
    `  const ${name(1)} = [...${name(2)}.values()].filter((v) => v > ${rng.int(1, 9)});`,
    `  if (${name(1)}.length === 0) return ${rng.int(0, 3)};`,
    `  return ${name(1)}.reduce((sum, v) => sum + v, 0) / ${name(1)}.length;`,
    '}',
  ];
  return ['```ts', ...lines, '```'].join('\n');
}

function chapterFile(rng: Random, plan: ChapterPlan, prev: ChapterPlan | undefined, next: ChapterPlan | undefined, levelIds: string[], target: number): string {
  const frontmatter = stringify({
    title: plan.title,
    description: sentence(rng, 18),
    levels: [...new Set([rng.pick(levelIds), rng.pick(levelIds)])],
  });
  const link = (other: ChapterPlan | undefined) =>
    other ? `[${other.title.toLowerCase()}](chapter:${other.id}#${slugOf(other.headings[rng.int(0, other.headings.length - 1)]!)})` : `[${plan.headings[1]!.toLowerCase()}](#${slugOf(plan.headings[1]!)})`;
  const level = rng.pick(levelIds);
  const [h1, h2, h3, h4, h5] = plan.headings as [string, string, string, string, string];
  const sections: string[][] = [
    [`${paragraph(rng)} It builds on ${link(prev)}, and the [${level} level](level:${level}) shows where it matters most.`, paragraph(rng)],
    [`## ${h1}`, paragraph(rng), `<Callout kind="tip" title="${title(rng, 3)}">\n\n${paragraph(rng, 3)}\n\n</Callout>`, paragraph(rng), `### ${title(rng, 2)} in practice`, paragraph(rng), list(rng, 5)],
    [`## ${h2}`, paragraph(rng), list(rng, 5, true), paragraph(rng), `### ${title(rng, 2)} step by step`, paragraph(rng)],
    [`## ${h3}`, paragraph(rng), table(rng), paragraph(rng), `Read on in ${link(next)}.`],
    [`## ${h4}`, paragraph(rng), codeBlock(rng), paragraph(rng), `See [${h2.toLowerCase()}](#${slugOf(h2)}) above.`],
    [`## ${h5}`, paragraph(rng), paragraph(rng)],
  ];
  const takeaways = `<Takeaways>\n\n${list(rng, 4)}\n\n</Takeaways>`;
  let count = countWords(sections.flat().join('\n\n') + takeaways);
  // Grow the sections round-robin with paragraphs until the chapter reaches its length.
  for (let i = 1; count < target; i = (i % (sections.length - 1)) + 1) {
    const added = paragraph(rng);
    sections[i]!.splice(2, 0, added);
    count += countWords(added);
  }
  return `---\n${frontmatter}---\n\n${[...sections.flat(), takeaways].join('\n\n')}\n`;
}

function levelFile(rng: Random, source: string, related: string[], plans: ChapterPlan[]): string {
  const match = /^---\n([\s\S]*?)\n---/.exec(source);
  if (!match) throw new Error('a level file without frontmatter');
  const data = parse(match[1]!) as Record<string, unknown>;
  data.chapters = related;
  const chapter = rng.pick(plans);
  const body = [
    `## ${title(rng, 3)}`,
    paragraph(rng),
    `${paragraph(rng, 3)} The chapter [${chapter.title.toLowerCase()}](chapter:${chapter.id}) goes deeper.`,
    `## ${title(rng, 3)} and ${word(rng)}`,
    paragraph(rng),
    list(rng, 4),
    `## ${title(rng, 2)} mistakes`,
    paragraph(rng),
  ];
  return `---\n${stringify(data)}---\n\n${body.join('\n\n')}\n`;
}

function distinct(rng: Random, count: number, length: number): string[] {
  const seen = new Set<string>();
  while (seen.size < count) seen.add(sentence(rng, length));
  return [...seen];
}

function quizFile(rng: Random, id: string, quizTitle: string, about: string, levelIds: string[]): string {
  const level = () => rng.pick(levelIds);
  const choices = (correct: number[]) =>
    distinct(rng, 4, 9).map((text, i) => ({ id: `c${i + 1}`, text, correct: correct.includes(i), why: sentence(rng, 12) }));
  const quiz = {
    title: quizTitle,
    description: sentence(rng, 14),
    about,
    questions: [
      { id: `${id}-single`, type: 'single', level: level(), prompt: `${sentence(rng)} Which is **best**?`, choices: choices([rng.int(0, 3)]), explanation: paragraph(rng, 3) },
      { id: `${id}-multiple`, type: 'multiple', level: level(), prompt: `${sentence(rng)} Select all that apply.`, choices: choices([0, 2]), explanation: paragraph(rng, 3) },
      {
        id: `${id}-order`,
        type: 'order',
        level: level(),
        prompt: 'Put these steps in order, from first to last.',
        items: distinct(rng, 4, 6).map((text, i) => ({ id: `s${i + 1}`, text })),
        explanation: paragraph(rng, 2),
      },
      {
        id: `${id}-scenario`,
        type: 'scenario',
        level: level(),
        situation: paragraph(rng, 4),
        prompt: 'What went wrong, and what would be better?',
        answer: paragraph(rng, 4),
        rubric: distinct(rng, 3, 8).map((text, i) => ({ id: `r${i + 1}`, text })),
        explanation: paragraph(rng, 2),
      },
    ],
  };
  return `# yaml-language-server: $schema=../../public/schemas/quiz.schema.json\n${stringify(quiz)}`;
}
