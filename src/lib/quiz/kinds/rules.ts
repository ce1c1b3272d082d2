/** Rules shared by several kinds: unique ids and distinct texts within one question. */
import type { KindIssue } from './kind.ts';

/** Text compared case- and whitespace-insensitively: "Novice " and "no vice" are the same. */
export function comparableText(text: string): string {
  return text.toLowerCase().replace(/\s+/g, '');
}

/** Each id used twice within `list` (choices, items or rubric) gets an issue naming the first use. */
export function uniqueIds(
  entries: readonly { id: string }[],
  list: string,
  at: readonly PropertyKey[],
): KindIssue[] {
  const issues: KindIssue[] = [];
  const first = new Map<string, number>();
  entries.forEach((entry, index) => {
    const earlier = first.get(entry.id);
    if (earlier === undefined) {
      first.set(entry.id, index);
      return;
    }
    issues.push({
      path: [...at, list, index, 'id'],
      message: `id "${entry.id}" is already used by ${list}[${earlier}]`,
      hint: 'ids must be unique within a question (saved answers refer to them); rename one',
    });
  });
  return issues;
}

/** Each text repeated within `list` (ignoring case and spaces) gets an issue naming the first use. */
export function distinctTexts(
  entries: readonly { text: string }[],
  list: string,
  at: readonly PropertyKey[],
): KindIssue[] {
  const issues: KindIssue[] = [];
  const first = new Map<string, number>();
  entries.forEach((entry, index) => {
    const key = comparableText(entry.text);
    const earlier = first.get(key);
    if (earlier === undefined) {
      first.set(key, index);
      return;
    }
    issues.push({
      path: [...at, list, index, 'text'],
      message: `same text as ${list}[${earlier}] ("${entries[earlier]!.text}")`,
      hint: 'readers cannot tell the two apart; reword one or remove it',
    });
  });
  return issues;
}
