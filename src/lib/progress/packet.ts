/**
 * A promotion-packet draft from a level's self-assessment, as a promotion committee reads one: three
 * to five distinct examples, each backed by evidence and showing the signals it demonstrates. Signals
 * whose evidence names the same thing (the same link, or the same words) are one example, not several:
 * committees count distinct pieces of work, not ticked boxes.
 *
 * Pure: `buildPacket` groups, `packetMarkdown` writes the Markdown the reader downloads; the print view
 * renders the same `Packet`. Both are worded in the page's language (the `assessment.packet.` strings).
 */
import type { En } from '../i18n/catalogues/en/index.ts';
import type { Translate } from '../i18n/translator.ts';
import type { LevelAssessment } from './shape.ts';
import type { ReadinessSignal } from './readiness.ts';

/** The strings a packet is worded with. */
export type PacketTranslate = Translate<Pick<En, Extract<keyof En, `assessment.packet.${string}`>>>;

/** How many distinct examples committees look for. */
export const PACKET_EXAMPLES = { min: 3, max: 5 } as const;

/** The level the packet argues for. */
export interface PacketLevel {
  id: string;
  /** "Staff Engineer". */
  title: string;
  /** "L6". */
  code: string;
  signals: readonly ReadinessSignal[];
}

/** One distinct piece of work and the signals it shows. */
export interface PacketExample {
  /** The reader's evidence notes for it, distinct texts in signal order. */
  evidence: string[];
  /** The signals it demonstrates, in page order. */
  signals: ReadinessSignal[];
}

/** Whether the number of examples fits what committees read. */
export type PacketAdvice = 'none' | 'too-few' | 'enough' | 'too-many';

/** The packet's content, before it is written out. */
export interface Packet {
  level: PacketLevel;
  /** Distinct examples, in the order of their first signal. */
  examples: PacketExample[];
  /** Ticked as met but with no evidence yet. */
  unevidenced: ReadinessSignal[];
  /** Not ticked as met (evidence notes on them, if any, are drafts and left out of the examples). */
  notMet: ReadinessSignal[];
  advice: PacketAdvice;
}

const URL_PATTERN = /\bhttps?:\/\/[^\s<>()]+/i;

/**
 * What makes two evidence notes the same example: the first link in them (without a trailing slash
 * or punctuation, case-insensitive), or else their words (case, spacing and punctuation ignored).
 */
export function exampleKey(evidence: string): string {
  const url = URL_PATTERN.exec(evidence)?.[0];
  if (url) return `url:${url.replace(/[.,;:!?'"]+$/, '').replace(/\/+$/, '').toLowerCase()}`;
  return `text:${evidence.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()}`;
}

/** Groups the met signals' evidence into distinct examples. */
export function buildPacket(assessment: LevelAssessment | undefined, level: PacketLevel): Packet {
  const saved = assessment?.signals ?? {};
  const byKey = new Map<string, PacketExample>();
  const unevidenced: ReadinessSignal[] = [];
  const notMet: ReadinessSignal[] = [];
  for (const signal of level.signals) {
    const verdict = saved[signal.id];
    const evidence = verdict?.evidence.trim() ?? '';
    if (!verdict?.met) notMet.push(signal);
    else if (!evidence) unevidenced.push(signal);
    else {
      const key = exampleKey(evidence);
      const example = byKey.get(key) ?? { evidence: [], signals: [] };
      if (!example.evidence.includes(evidence)) example.evidence.push(evidence);
      example.signals.push(signal);
      byKey.set(key, example);
    }
  }
  const examples = [...byKey.values()];
  const n = examples.length;
  const advice: PacketAdvice =
    n === 0 ? 'none' : n < PACKET_EXAMPLES.min ? 'too-few' : n > PACKET_EXAMPLES.max ? 'too-many' : 'enough';
  return { level, examples, unevidenced, notMet, advice };
}

/** One sentence about the number of examples, for the Markdown and the page. */
export function adviceText(packet: Packet, t: PacketTranslate): string {
  const count = packet.examples.length;
  const { min, max } = PACKET_EXAMPLES;
  switch (packet.advice) {
    case 'none':
      return t('assessment.packet.adviceNone', { min, max });
    case 'too-few':
      return t('assessment.packet.adviceTooFew', { count, min, max });
    case 'enough':
      return t('assessment.packet.adviceEnough', { count, min, max });
    case 'too-many':
      return t('assessment.packet.adviceTooMany', { count, min, max });
  }
}

/** Short title of an example: its first evidence note up to the first link, colon or sentence end. */
export function exampleTitle(example: PacketExample): string {
  const first = example.evidence[0] ?? '';
  const cut = first.split(/\s*(?:https?:\/\/|[:;]\s|\.\s|\n)/i)[0]!.trim().replace(/[.:;,]+$/, '');
  const title = cut || first;
  return title.length > 80 ? `${title.slice(0, 77).trimEnd()}…` : title;
}

/** Options for the written packet. */
export interface PacketMarkdownOptions {
  /** When it was drafted (ms since epoch); written as a date. */
  now: number;
  /** The handbook's title, for the credit line. */
  handbook: string;
  /** Absolute URL of the level page, if known. */
  levelUrl?: string | undefined;
  /** The page's strings. */
  t: PacketTranslate;
}

/** Indents continuation lines so a multi-line note stays inside its list item or quote. */
function quote(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => `> ${line}`.trimEnd())
    .join('\n');
}

/** The packet as Markdown: summary, the examples with their evidence and signals, what is still missing. */
export function packetMarkdown(packet: Packet, { now, handbook, levelUrl, t }: PacketMarkdownOptions): string {
  const { level, examples, unevidenced, notMet } = packet;
  const date = new Date(now).toISOString().slice(0, 10);
  const met = level.signals.length - notMet.length;
  const drafted = levelUrl ? t('assessment.packet.draftedFileAt', { date, handbook, url: levelUrl }) : t('assessment.packet.draftedFile', { date, handbook });
  const lines: string[] = [
    `# ${t('assessment.packet.title', { level: level.title })} (${level.code})`,
    '',
    `_${drafted} ${t('assessment.packet.startingPoint')}_`,
    '',
    `## ${t('assessment.packet.summary')}`,
    '',
    `- ${t('assessment.packet.signalsMet', { met, total: level.signals.length, evidenced: met - unevidenced.length })}`,
    `- ${adviceText(packet, t)}`,
    '',
    `## ${t('assessment.packet.examples')}`,
    '',
  ];
  if (examples.length === 0) lines.push(`_${t('assessment.packet.noExamples')}_`, '');
  examples.forEach((example, i) => {
    lines.push(`### ${t('assessment.packet.example', { number: i + 1, title: exampleTitle(example) })}`, '');
    for (const note of example.evidence) lines.push(quote(note), '');
    lines.push(t('assessment.packet.shows', { count: example.signals.length }), '');
    for (const s of example.signals) lines.push(`- ${s.text}`);
    lines.push('');
  });
  if (unevidenced.length) {
    lines.push(`## ${t('assessment.packet.unevidenced')}`, '');
    for (const s of unevidenced) lines.push(`- ${s.text}`);
    lines.push('');
  }
  if (notMet.length) {
    lines.push(`## ${t('assessment.packet.notMet')}`, '');
    for (const s of notMet) lines.push(`- ${s.text}`);
    lines.push('');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

/** File name for the download: `promotion-packet-staff-2026-01-05.md`. */
export function packetFileName(levelId: string, now: number): string {
  return `promotion-packet-${levelId}-${new Date(now).toISOString().slice(0, 10)}.md`;
}
