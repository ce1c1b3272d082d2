/** Rules shared by several kinds: unique ids and distinct texts within one question. */
import type { KindIssue } from './kind.ts';

/** Text compared case- and whitespace-insensitively: "Novice " and "no vice" are the same. */
export function comparableText(text: string): string {
  return text.toLowerCase().replace(/\s+/g, '');
}

/** Entries whose key was already used by an earlier entry, with the index of that first use. */
function repeats<T>(entries: readonly T[], keyOf: (entry: T) => string): { index: number; earlier: number }[] {
  const first = new Map<string, number>();
  const found: { index: number; earlier: number }[] = [];
  entries.forEach((entry, index) => {
    const key = keyOf(entry);
    const earlier = first.get(key);
    if (earlier === undefined) first.set(key, index);
    else found.push({ index, earlier });
  });
  return found;
}

/** Each id used twice within `list` (choices, items or rubric) gets an issue naming the first use. */
export function uniqueIds(entries: readonly { id: string }[], list: string, at: readonly PropertyKey[]): KindIssue[] {
  return repeats(entries, (entry) => entry.id).map(({ index, earlier }) => ({
    path: [...at, list, index, 'id'],
    message: `id "${entries[index]!.id}" is already used by ${list}[${earlier}]`,
    hint: 'ids must be unique within a question (saved answers refer to them); rename one',
  }));
}

/** Each text repeated within `list` (ignoring case and spaces) gets an issue naming the first use. */
export function distinctTexts(entries: readonly { text: string }[], list: string, at: readonly PropertyKey[]): KindIssue[] {
  return repeats(entries, (entry) => comparableText(entry.text)).map(({ index, earlier }) => ({
    path: [...at, list, index, 'text'],
    message: `same text as ${list}[${earlier}] ("${entries[earlier]!.text}")`,
    hint: 'readers cannot tell the two apart; reword one or remove it',
  }));
}
