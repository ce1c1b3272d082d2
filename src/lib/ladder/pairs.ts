/**
 * Which level comparisons the site publishes: every ordered pair within a track, plus the
 * cross-track pairs people actually weigh: a level and the one it is usually entered from
 * (`below`), and levels of similar rank where both tracks exist (Staff vs Senior EM, Principal vs
 * Director, Staff vs Data Architect). Nothing depends on particular rank numbers, so a fork that
 * numbers its levels 1 to 4 gets its cross-track comparisons too.
 */
import { resolveLevel } from './resolve-level.ts';
import type { Ladder, Level, LevelRef } from './types.ts';

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

/**
 * Whether the site compares `from` with `to`. Across tracks: when one is entered from the other,
 * or when their ranks are close and each is at least as senior as the other track's first level
 * (so Junior is never set against a manager track that starts at Senior).
 */
export function isComparable(ladder: Ladder, from: Level, to: Level): boolean {
  if (from.id === to.id) return false;
  if (from.track === to.track) return true;
  if (ladder.below(from)?.id === to.id || ladder.below(to)?.id === from.id) return true;
  const entryRank = (track: string) => Math.min(...ladder.levelsOf(track).map((l) => l.rank));
  return (
    from.rank >= entryRank(to.track) &&
    to.rank >= entryRank(from.track) &&
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
    .filter((to) => isComparable(ladder, from, to))
    .map((to) => ({
      from,
      to,
      kind: from.track === to.track ? 'same-track' : 'cross-track',
      slug: `${from.id}-vs-${to.id}`,
    }));
}
