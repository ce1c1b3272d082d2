/**
 * A promotion-packet draft from a level's self-assessment, as a promotion committee reads one: three
 * to five distinct examples, each backed by evidence and showing the signals it demonstrates. Signals
 * whose evidence names the same thing (the same link, or the same words) are one example, not several:
 * committees count distinct pieces of work, not ticked boxes.
 *
 * Pure: `buildPacket` groups, `packetMarkdown` writes the Markdown the reader downloads; the print view
 * renders the same `Packet`.
 */
import type { LevelAssessment } from './shape.ts';
import type { ReadinessSignal } from './readiness.ts';
import { plural } from '../shared/plural.ts';

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
export function adviceText(packet: Packet): string {
  const n = packet.examples.length;
  const { min, max } = PACKET_EXAMPLES;
  const count = plural(n, 'distinct example');
  switch (packet.advice) {
    case 'none':
      return `No examples yet: tick the signals you meet and note the evidence for each. Committees read ${min} to ${max} distinct examples.`;
    case 'too-few':
      return `${count} so far; committees read ${min} to ${max}. Add evidence from other pieces of work, not more signals from the same one.`;
    case 'enough':
      return `${count}: what committees look for (${min} to ${max}).`;
    case 'too-many':
      return `${count}; committees read ${min} to ${max}. Keep the strongest ${max} and cut the rest.`;
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
}

/** Indents continuation lines so a multi-line note stays inside its list item or quote. */
function quote(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => `> ${line}`.trimEnd())
    .join('\n');
}

/** The packet as Markdown: summary, the examples with their evidence and signals, what is still missing. */
export function packetMarkdown(packet: Packet, { now, handbook, levelUrl }: PacketMarkdownOptions): string {
  const { level, examples, unevidenced, notMet } = packet;
  const date = new Date(now).toISOString().slice(0, 10);
  const metCount = level.signals.length - notMet.length;
  const lines: string[] = [
    `# Promotion packet draft: ${level.title} (${level.code})`,
    '',
    `_Drafted on ${date} from a self-assessment in ${handbook}${levelUrl ? ` (${levelUrl})` : ''}. A starting point for you and your manager: rewrite it in your own words, with names, numbers and links._`,
    '',
    '## Summary',
    '',
    `- Signals met: ${metCount} of ${level.signals.length}; with evidence: ${metCount - unevidenced.length}.`,
    `- ${adviceText(packet)}`,
    '',
    '## Examples',
    '',
  ];
  if (examples.length === 0) lines.push('_None yet._', '');
  examples.forEach((example, i) => {
    lines.push(`### Example ${i + 1}: ${exampleTitle(example)}`, '');
    for (const note of example.evidence) lines.push(quote(note), '');
    lines.push(`Shows ${example.signals.length === 1 ? 'this signal' : `these ${example.signals.length} signals`}:`, '');
    for (const s of example.signals) lines.push(`- ${s.text}`);
    lines.push('');
  });
  if (unevidenced.length) {
    lines.push('## Met, evidence still to add', '');
    for (const s of unevidenced) lines.push(`- ${s.text}`);
    lines.push('');
  }
  if (notMet.length) {
    lines.push('## Not met yet', '');
    for (const s of notMet) lines.push(`- ${s.text}`);
    lines.push('');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

/** File name for the download: `promotion-packet-staff-2026-01-05.md`. */
export function packetFileName(levelId: string, now: number): string {
  return `promotion-packet-${levelId}-${new Date(now).toISOString().slice(0, 10)}.md`;
}
