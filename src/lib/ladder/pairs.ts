/**
 * Which level comparisons the site publishes: every ordered pair within a track, plus the
 * cross-track pairs people actually weigh (senior levels of similar rank: Staff vs Senior EM,
 * Principal vs Director, Staff vs Data Architect).
 */
import { resolveLevel } from './resolve-level.ts';
import type { Ladder, Level, LevelRef } from './types.ts';

/** Both levels of a cross-track pair must have at least this rank (Senior and above). */
export const CROSS_TRACK_MIN_RANK = 5;
/** Ranks of a cross-track pair may differ by at most this much. */
export const CROSS_TRACK_MAX_RANK_GAP = 1;

/** One published comparison, read as "from → to". */
export interface ComparisonPair {
  readonly from: Level;
  readonly to: Level;
  /** Whether both levels are on the same track. */
  readonly kind: 'same-track' | 'cross-track';
  /** URL segment for the pair: `<from>-vs-<to>`. */
  readonly slug: string;
}

/** Whether the site compares `from` with `to`. */
export function isComparable(from: Level, to: Level): boolean {
  if (from.id === to.id) return false;
  if (from.track === to.track) return true;
  return (
    from.rank >= CROSS_TRACK_MIN_RANK &&
    to.rank >= CROSS_TRACK_MIN_RANK &&
    Math.abs(from.rank - to.rank) <= CROSS_TRACK_MAX_RANK_GAP
  );
}

/** Every published comparison, ordered by the ladder's level order of `from`, then of `to`. */
export function comparisonPairs(ladder: Ladder): ComparisonPair[] {
  return ladder.levels.flatMap((from) => pairsFrom(ladder, from));
}

/** The comparisons starting at one level, in ladder order: the options of its comparison picker. */
export function comparisonsFor(ladder: Ladder, level: LevelRef): ComparisonPair[] {
  return pairsFrom(ladder, resolveLevel(ladder, level));
}

/** The pair `from → to` if the site publishes it. */
export function findComparison(ladder: Ladder, from: string, to: string): ComparisonPair | undefined {
  return comparisonPairs(ladder).find((pair) => pair.from.id === from && pair.to.id === to);
}

function pairsFrom(ladder: Ladder, from: Level): ComparisonPair[] {
  return ladder.levels
    .filter((to) => isComparable(from, to))
    .map((to) => ({
      from,
      to,
      kind: from.track === to.track ? 'same-track' : 'cross-track',
      slug: `${from.id}-vs-${to.id}`,
    }));
}
