/**
 * One level in an earlier revision and now, side by side: every dimension and every activity of
 * either revision, with the step or share then and now. What moved, and which way, is the same
 * reading as diff.ts (stepDirection), so the two pages never disagree.
 */
import { stepDirection, type Named, type StepDirection } from './diff.ts';
import type { Ladder, Level, Step } from './types.ts';

/** One dimension then and now. */
export interface DimensionThenAndNow {
  readonly dimension: Named;
  /** The step then; undefined when the dimension was not measured then. */
  readonly then?: Step;
  /** The step now; undefined when the dimension is no longer measured. */
  readonly now?: Step;
  /** `same`, `up` or `down`; `new` or `gone` for a dimension only one side measures; `moved` when the way cannot be told. */
  readonly change: StepDirection | 'same' | 'new' | 'gone' | 'moved';
}

/** One activity's share then and now (0 where the activity did not exist). */
export interface ShareThenAndNow {
  readonly activity: Named;
  readonly then: number;
  readonly now: number;
  readonly delta: number;
}

export interface LevelThenAndNow {
  readonly dimensions: readonly DimensionThenAndNow[];
  readonly week: readonly ShareThenAndNow[];
}

export function thenAndNow(before: Ladder, after: Ladder, then: Level, now: Level): LevelThenAndNow {
  const dimensions = [...after.dimensions, ...before.dimensions.filter((d) => !after.dimension(d.id))].map((dimension): DimensionThenAndNow => {
    const old = before.dimension(dimension.id);
    const current = after.dimension(dimension.id);
    const thenStep = old?.steps.find((s) => s.id === then.steps[dimension.id]);
    const nowStep = current?.steps.find((s) => s.id === now.steps[dimension.id]);
    const named = { id: dimension.id, name: dimension.name };
    const sides = { ...(thenStep ? { then: thenStep } : {}), ...(nowStep ? { now: nowStep } : {}) };
    if (!thenStep) return { dimension: named, ...sides, change: 'new' };
    if (!nowStep) return { dimension: named, ...sides, change: 'gone' };
    if (thenStep.id === nowStep.id) return { dimension: named, ...sides, change: 'same' };
    return { dimension: named, ...sides, change: stepDirection(old!, current!, thenStep.id, nowStep.id) ?? 'moved' };
  });
  const week = [...after.activities, ...before.activities.filter((a) => !after.activity(a.id))].map((activity): ShareThenAndNow => {
    const a = then.week[activity.id] ?? 0;
    const b = now.week[activity.id] ?? 0;
    return { activity: { id: activity.id, name: activity.name }, then: a, now: b, delta: b - a };
  });
  return { dimensions, week };
}
