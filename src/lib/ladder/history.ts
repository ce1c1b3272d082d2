/**
 * The ladder through its revisions, newest first, each with what changed since the one before it;
 * and one level followed through them, by id and through `formerly`. Pages ask this where a level
 * was in an earlier revision, what became of an archived level, and what changed since.
 */
import { diffLadders, predecessorOf, type LadderDiff } from './diff.ts';
import type { RevisionInfo } from './revision-types.ts';
import type { Ladder, Level } from './types.ts';

/** One revision of the ladder. */
export interface Revision {
  readonly info: RevisionInfo;
  readonly ladder: Ladder;
  /** True for the ladder published at `/ladder/`. */
  readonly current: boolean;
}

/** A revision with the one before it and what changed since then. */
export interface RevisionStep extends Revision {
  /** The revision before this one; undefined for the oldest. */
  readonly previous?: Revision;
  /** What changed since `previous`; undefined for the oldest. */
  readonly diff?: LadderDiff;
}

/** Newest first: the current revision, then the earlier ones. */
export function ladderHistory(current: Revision, earlier: readonly Revision[]): RevisionStep[] {
  const revisions = [current, ...earlier];
  return revisions.map((revision, index) => {
    const previous = revisions[index + 1];
    return previous ? { ...revision, previous, diff: diffLadders(previous.ladder, revision.ladder) } : { ...revision };
  });
}

/** A level as it was in one revision. */
export interface LevelInRevision {
  readonly revision: Revision;
  readonly level: Level;
}

/**
 * Where a level of `from` stood in each older revision, newest first, followed back through
 * `formerly`; stops at the revision where it did not exist yet.
 */
export function levelBackwards(history: readonly Revision[], from: string, levelId: string): LevelInRevision[] {
  const start = history.findIndex((r) => r.info.name === from);
  const found: LevelInRevision[] = [];
  let level = history[start]?.ladder.level(levelId);
  for (let i = start + 1; level && i < history.length; i++) {
    const previous = predecessorOf(history[i]!.ladder, history[i - 1]!.ladder, level);
    if (!previous) break;
    found.push({ revision: history[i]!, level: previous });
    level = previous;
  }
  return found;
}

/** What became of a level of an earlier revision. */
export type Fate =
  /** It is in the current ladder, maybe under another id, title or track. */
  | { readonly kind: 'current'; readonly level: Level }
  /** It was retired in `retiredIn` (the first revision without it). */
  | { readonly kind: 'retired'; readonly retiredIn: Revision; readonly lastSeen: LevelInRevision };

/** Follows a level of revision `from` forward to the current ladder, by id and through `formerly`. */
export function fateOf(history: readonly Revision[], from: string, levelId: string): Fate | undefined {
  const start = history.findIndex((r) => r.info.name === from);
  let level = history[start]?.ladder.level(levelId);
  if (!level) return undefined;
  for (let i = start - 1; i >= 0; i--) {
    const newer = history[i]!.ladder;
    const older = history[i + 1]!.ladder;
    const next = newer.levels.find((candidate) => predecessorOf(older, newer, candidate)?.id === level!.id);
    if (!next) return { kind: 'retired', retiredIn: history[i]!, lastSeen: { revision: history[i + 1]!, level } };
    level = next;
  }
  return { kind: 'current', level };
}

/**
 * The same level in every other revision, by revision name: followed back from `from` through
 * `formerly`, and forward to the newer revisions that continue it.
 */
export function levelAcrossRevisions(history: readonly Revision[], from: string, levelId: string): LevelInRevision[] {
  const start = history.findIndex((r) => r.info.name === from);
  const newer: LevelInRevision[] = [];
  let level = history[start]?.ladder.level(levelId);
  for (let i = start - 1; level && i >= 0; i--) {
    const ladder = history[i]!.ladder;
    const older = history[i + 1]!.ladder;
    level = ladder.levels.find((candidate) => predecessorOf(older, ladder, candidate)?.id === level!.id);
    if (level) newer.push({ revision: history[i]!, level });
  }
  return [...newer.reverse(), ...levelBackwards(history, from, levelId)];
}
