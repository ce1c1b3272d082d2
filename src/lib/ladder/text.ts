/** Small wording helpers shared by tables, charts and summaries. */
import type { Level } from './types.ts';

/** "a", "a and b", "a, b and c": for captions and summaries. */
export function listAnd(values: readonly string[]): string {
  if (values.length <= 1) return values.join('');
  return `${values.slice(0, -1).join(', ')} and ${values[values.length - 1]}`;
}

/** A level as headers and captions name it: "Staff Engineer (L6)". */
export function levelName(level: Level): string {
  return `${level.title} (${level.code})`;
}

/** "Coding" → "coding" mid-sentence; acronyms and names that start "AI …" keep their case. */
export function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text;
}
