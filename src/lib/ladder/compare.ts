/**
 * Side-by-side comparison of two levels: how far each dimension moves, how the week shifts, the
 * signals and traps of each side, and the biggest moves, which `comparisonSummary` words as the
 * one-line summary at the top of a comparison page, in the page's language.
 */
import { resolveLevel } from './resolve-level.ts';
import { midSentence, type LadderText } from './text.ts';
import type { Activity, Dimension, Ladder, Level, LevelRef, Signal, StepPosition, Trap } from './types.ts';

/** Direction of a change from the first level to the second. */
export type Direction = 'up' | 'down' | 'same';

/** How one dimension differs between the two levels. */
export interface DimensionChange {
  readonly dimension: Dimension;
  readonly from: StepPosition;
  readonly to: StepPosition;
  /** Signed number of steps from `from` to `to` (+2 = two steps higher). */
  readonly steps: number;
  readonly direction: Direction;
}

/** How one activity's share of the week differs between the two levels. */
export interface WeekChange {
  readonly activity: Activity;
  /** Percent of the first level's week. */
  readonly from: number;
  /** Percent of the second level's week. */
  readonly to: number;
  /** Percentage points from `from` to `to`. */
  readonly delta: number;
  readonly direction: Direction;
}

/** Everything a comparison page shows. */
export interface LevelComparison {
  readonly from: Level;
  readonly to: Level;
  /** One entry per dimension, in dimension order. */
  readonly dimensions: readonly DimensionChange[];
  /** One entry per activity, in activity order. */
  readonly week: readonly WeekChange[];
  readonly signals: { readonly from: readonly Signal[]; readonly to: readonly Signal[] };
  readonly traps: { readonly from: readonly Trap[]; readonly to: readonly Trap[] };
  /**
   * The biggest move on a dimension and in the week (the first in display order wins a tie);
   * undefined when nothing moves. `comparisonSummary` words them.
   */
  readonly biggest: { readonly dimension?: DimensionChange; readonly week?: WeekChange };
}

/** Compares level `a` (from) with level `b` (to). */
export function compareLevels(ladder: Ladder, a: LevelRef, b: LevelRef): LevelComparison {
  const from = resolveLevel(ladder, a);
  const to = resolveLevel(ladder, b);
  const dimensions = ladder.dimensions.map((dimension): DimensionChange => {
    const before = ladder.stepOf(from, dimension.id);
    const after = ladder.stepOf(to, dimension.id);
    const steps = after.index - before.index;
    return { dimension, from: before, to: after, steps, direction: directionOf(steps) };
  });
  const week = ladder.activities.map((activity): WeekChange => {
    const before = from.week[activity.id] ?? 0;
    const after = to.week[activity.id] ?? 0;
    const delta = after - before;
    return { activity, from: before, to: after, delta, direction: directionOf(delta) };
  });
  return {
    from,
    to,
    dimensions,
    week,
    signals: { from: from.signals, to: to.signals },
    traps: { from: from.traps, to: to.traps },
    biggest: {
      ...optional('dimension', biggest(dimensions, (c) => c.steps)),
      ...optional('week', biggest(week, (c) => c.delta)),
    },
  };
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

/**
 * The one-line summary of a comparison in the language of `t` (`lang` is its BCP 47 tag):
 * "Scope grows from One team to Whole organisation; time on coding drops from 60% to 20%."
 */
export function comparisonSummary(comparison: LevelComparison, t: LadderText, lang: string): string {
  return t('ladder.summary', { dimensions: dimensionSummary(comparison.biggest.dimension, t), week: weekSummary(comparison.biggest.week, t, lang) });
}

function directionOf(n: number): Direction {
  return n > 0 ? 'up' : n < 0 ? 'down' : 'same';
}

/** The change that moves furthest; the first one in display order wins a tie. */
function biggest<T>(items: readonly T[], size: (item: T) => number): T | undefined {
  let best: T | undefined;
  for (const item of items) if (size(item) !== 0 && (!best || Math.abs(size(item)) > Math.abs(size(best)))) best = item;
  return best;
}

function dimensionSummary(change: DimensionChange | undefined, t: LadderText): string {
  if (!change) return t('ladder.summary.same');
  const words = { dimension: change.dimension.name, from: change.from.step.label, to: change.to.step.label };
  return change.steps > 0 ? t('ladder.summary.grows', words) : t('ladder.summary.drops', words);
}

function weekSummary(change: WeekChange | undefined, t: LadderText, lang: string): string {
  if (!change) return t('ladder.summary.weekSame');
  const words = { activity: midSentence(change.activity.name, lang), from: change.from, to: change.to };
  return change.delta > 0 ? t('ladder.summary.weekGrows', words) : t('ladder.summary.weekDrops', words);
}
