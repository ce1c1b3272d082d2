/**
 * Side-by-side comparison of two levels: how far each dimension moves, how the week shifts, the
 * signals and traps of each side, and a one-line summary for the top of a comparison page.
 */
import { resolveLevel } from './resolve-level.ts';
import { lowerFirst } from './text.ts';
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
  /** `+2`, `−1` (a true minus sign) or `same`. */
  readonly text: string;
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
  /** `+20`, `−40` (a true minus sign) or `0`. */
  readonly text: string;
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
   * The biggest move on a dimension and in the week (the first in display order wins a tie):
   * "Scope grows from One team to Whole organisation; time on coding drops from 60% to 20%".
   */
  readonly summary: string;
}

/** Compares level `a` (from) with level `b` (to). */
export function compareLevels(ladder: Ladder, a: LevelRef, b: LevelRef): LevelComparison {
  const from = resolveLevel(ladder, a);
  const to = resolveLevel(ladder, b);
  const dimensions = ladder.dimensions.map((dimension): DimensionChange => {
    const before = ladder.stepOf(from, dimension.id);
    const after = ladder.stepOf(to, dimension.id);
    const steps = after.index - before.index;
    return { dimension, from: before, to: after, steps, direction: directionOf(steps), text: steps === 0 ? 'same' : signed(steps) };
  });
  const week = ladder.activities.map((activity): WeekChange => {
    const before = from.week[activity.id] ?? 0;
    const after = to.week[activity.id] ?? 0;
    const delta = after - before;
    return { activity, from: before, to: after, delta, direction: directionOf(delta), text: delta === 0 ? '0' : signed(delta) };
  });
  return {
    from,
    to,
    dimensions,
    week,
    signals: { from: from.signals, to: to.signals },
    traps: { from: from.traps, to: to.traps },
    summary: `${dimensionSummary(dimensions)}; ${weekSummary(week)}`,
  };
}

function directionOf(n: number): Direction {
  return n > 0 ? 'up' : n < 0 ? 'down' : 'same';
}

/** `+3` / `−3` with a true minus sign, as typeset figures should have. */
export function signed(n: number): string {
  return n > 0 ? `+${n}` : n < 0 ? `\u2212${-n}` : '0';
}

/** The change that moves furthest; the first one in display order wins a tie. */
function biggest<T>(items: readonly T[], size: (item: T) => number): T | undefined {
  let best: T | undefined;
  for (const item of items) if (size(item) !== 0 && (!best || Math.abs(size(item)) > Math.abs(size(best)))) best = item;
  return best;
}

function dimensionSummary(changes: readonly DimensionChange[]): string {
  const change = biggest(changes, (c) => c.steps);
  if (!change) return 'Every dimension stays the same';
  const verb = change.steps > 0 ? 'grows' : 'drops';
  return `${change.dimension.name} ${verb} from ${change.from.step.label} to ${change.to.step.label}`;
}

function weekSummary(changes: readonly WeekChange[]): string {
  const change = biggest(changes, (c) => c.delta);
  if (!change) return 'the week stays the same';
  const verb = change.delta > 0 ? 'grows' : 'drops';
  return `time on ${lowerFirst(change.activity.name)} ${verb} from ${change.from}% to ${change.to}%`;
}
