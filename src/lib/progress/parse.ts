/**
 * Parse-or-recover: turns whatever storage holds into a usable `ProgressState`, and says what could
 * not be read so the caller can set the original aside. Never throws.
 *
 * Rule for partly bad data: only the unreadable entries are dropped (one answer, one review entry,
 * one attempt, one quiz's score, one quiz, one signal, one level, one orphaned record: whichever is
 * the smallest droppable place around the problem, see DROPPABLE_PATHS); everything still readable
 * is kept. The caller gets reason `bad-entries` and the dropped paths, and keeps the original text.
 */
import { migrate } from './migrate.ts';
import { checkShape, type IssuePath } from './check-shape.ts';
import { emptyProgress, type ProgressState } from './shape.ts';

/** Why data could not be read as it was. */
export type RecoveryReason = 'bad-json' | 'wrong-shape' | 'future-version' | 'bad-entries';

/** What was wrong with data that was read. */
export interface ParseProblem {
  /** Category, for the page to pick its message. */
  reason: RecoveryReason;
  /** One line for humans (and the set-aside copy). */
  detail: string;
  /** Dotted paths of the dropped entries (`quizzes.check-feedback.answers.feedback-sbi-choice`); only for `bad-entries`. */
  dropped: string[];
}

/** A usable state, plus what was wrong if anything. */
export interface ParseResult {
  /** Always usable: the readable part of the data, or an empty state. */
  state: ProgressState;
  /** Present when the data was not fully readable; the original should then be set aside. */
  problem?: ParseProblem;
}

/** Reads the text saved in storage; `null` (nothing saved) gives an empty state and no problem. */
export function parseProgress(raw: string | null): ParseResult {
  if (raw === null) return { state: emptyProgress() };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return unreadable('bad-json', 'not valid JSON');
  }
  return readState(data);
}

/** Migrates and checks already-parsed data (a saved state or the `state` of an export). */
export function readState(data: unknown): ParseResult {
  const migrated = migrate(data);
  if (!migrated.ok) return unreadable(migrated.reason, migrated.detail);
  let candidate: unknown = migrated.data;
  const dropped: string[] = [];
  // Each round drops every entry the check complained about; a second round only finds issues that the
  // first hid (none are known), so three rounds is a safety net, not a loop bound that matters.
  for (let round = 0; round < 3; round++) {
    const result = checkShape(candidate);
    if (result.ok) {
      if (dropped.length === 0) return { state: result.state };
      const detail = `dropped ${dropped.length} unreadable entr${dropped.length === 1 ? 'y' : 'ies'}`;
      return { state: result.state, problem: { reason: 'bad-entries', detail, dropped } };
    }
    if (round === 0) candidate = JSON.parse(JSON.stringify(candidate)) as unknown; // prune a copy, not the caller's data
    const targets = result.issues.map(droppablePrefix);
    if (targets.some((target) => target === undefined)) break;
    for (const path of removeEntries(candidate, targets as string[][])) dropped.push(path);
  }
  return unreadable('wrong-shape', 'not a readable progress state');
}

/**
 * Places where one unreadable entry can be dropped on its own, most specific first (`*` = any key or
 * index). An issue anywhere else makes the whole state unreadable.
 */
const DROPPABLE_PATHS: readonly (readonly string[])[] = [
  ['quizzes', '*', 'answers', '*'],
  ['quizzes', '*', 'review', '*'],
  ['quizzes', '*', 'attempts', '*'],
  ['quizzes', '*', 'latest'],
  ['quizzes', '*'],
  ['assessments', '*', 'signals', '*'],
  ['assessments', '*'],
  ['orphaned', '*'],
];

function unreadable(reason: RecoveryReason, detail: string): ParseResult {
  return { state: emptyProgress(), problem: { reason, detail, dropped: [] } };
}

/** The smallest droppable entry containing the issue's place, or undefined when none does. */
function droppablePrefix(path: IssuePath): string[] | undefined {
  const keys = path.map(String);
  for (const pattern of DROPPABLE_PATHS) {
    if (pattern.length <= keys.length && pattern.every((part, i) => part === '*' || part === keys[i])) {
      return keys.slice(0, pattern.length);
    }
  }
  return undefined;
}

/** Removes the entries at the given paths (object keys deleted, array items filtered out); returns the dotted paths removed. */
function removeEntries(root: unknown, paths: readonly string[][]): string[] {
  const removed: string[][] = [];
  const fromArrays = new Map<unknown[], Set<number>>();
  // Shortest first, so an entry inside one that is dropped anyway is skipped.
  for (const path of [...paths].sort((a, b) => a.length - b.length)) {
    if (removed.some((done) => done.every((key, i) => key === path[i]))) continue;
    let parent = root as Record<string, unknown>;
    for (const key of path.slice(0, -1)) parent = parent[key] as Record<string, unknown>;
    const last = path[path.length - 1]!;
    if (Array.isArray(parent)) {
      const indexes = fromArrays.get(parent) ?? new Set<number>();
      fromArrays.set(parent, indexes.add(Number(last)));
    } else {
      delete parent[last];
    }
    removed.push(path);
  }
  for (const [array, indexes] of fromArrays) {
    const kept = array.filter((_, i) => !indexes.has(i));
    array.splice(0, array.length, ...kept);
  }
  return removed.map((path) => path.join('.'));
}
