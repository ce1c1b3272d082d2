/**
 * Chart geometry for the ladder: a level's profile across the dimensions (one bar per dimension,
 * as long as the step is high), a comparison of two levels (two bars per dimension) and, from
 * week-chart.ts, how the week is spent. Each chart carries a full text alternative.
 */
import { plural } from '../shared/plural.ts';
import { type BarChart, type ChartLayout, layOut, type RowSpec } from './chart-geometry.ts';
import type { LevelComparison } from './compare.ts';
import { resolveLevel } from './resolve-level.ts';
import { levelName } from './text.ts';
import type { Ladder, Level, LevelRef, StepPosition } from './types.ts';

export type { BarChart, ChartBar, ChartLayout, ChartLegendItem, ChartRow, ChartTick, Box } from './chart-geometry.ts';
export { DEFAULT_LAYOUT } from './chart-geometry.ts';
export { weekChart, type WeekChartMode } from './week-chart.ts';

/** "step 5 of 6" (1-based, as people count). */
export function stepDetail(position: StepPosition): string {
  return `step ${position.index + 1} of ${position.of}`;
}

/** Bar length for a step: (index + 1) / number of steps, so the top step fills the scale. */
export function stepFraction(position: StepPosition): number {
  return (position.index + 1) / position.of;
}

/** One bar per dimension, labelled with the dimension and valued with the step's label. */
export function profileChart(ladder: Ladder, ref: LevelRef, layout: Partial<ChartLayout> = {}): BarChart {
  const level = resolveLevel(ladder, ref);
  const profile = ladder.profile(level);
  const rows: RowSpec[] = profile.map((position) => ({
    key: position.dimension.id,
    label: position.dimension.name,
    bars: [
      {
        key: position.dimension.id,
        series: 0,
        fraction: stepFraction(position),
        label: position.dimension.name,
        value: position.step.label,
        detail: stepDetail(position),
        title: `${position.dimension.name}: ${position.step.label}, ${stepDetail(position)}`,
      },
    ],
  }));
  const title = `Profile of ${levelName(level)} across the dimensions`;
  const parts = profile.map((p) => `${p.dimension.name}: ${p.step.label}, ${stepDetail(p)}`);
  return layOut({ title, textAlternative: `${title}. ${parts.join('. ')}.`, rows, legend: [] }, layout);
}

/** The comparison chart of an existing `compareLevels` result (series 0 = `from`, 1 = `to`). */
export function comparisonChartOf(comparison: LevelComparison, layout: Partial<ChartLayout> = {}): BarChart {
  const { from, to } = comparison;
  const sidesOf = (a: StepPosition, b: StepPosition): [Level, StepPosition][] => [
    [from, a],
    [to, b],
  ];
  const rows: RowSpec[] = comparison.dimensions.map((change) => ({
    key: change.dimension.id,
    label: change.dimension.name,
    bars: sidesOf(change.from, change.to).map(([level, step], series) => ({
      key: `${change.dimension.id}:${level.id}`,
      series,
      fraction: stepFraction(step),
      label: `${change.dimension.name}, ${level.title}`,
      value: step.step.label,
      detail: stepDetail(step),
      title: `${level.title}, ${change.dimension.name}: ${step.step.label}, ${stepDetail(step)}`,
    })),
  }));
  const title = `${levelName(from)} compared with ${levelName(to)} across the dimensions`;
  const parts = comparison.dimensions.map(({ dimension, from: before, to: after, steps }) => {
    if (steps === 0) return `${dimension.name}: ${before.step.label}, ${stepDetail(before)}, for both`;
    const moved = `${plural(Math.abs(steps), 'step')} ${steps > 0 ? 'up' : 'down'}`;
    return `${dimension.name}: ${before.step.label}, ${stepDetail(before)}, then ${after.step.label}, ${stepDetail(after)} (${moved})`;
  });
  return layOut(
    {
      title,
      textAlternative: `${title}. ${parts.join('. ')}.`,
      rows,
      legend: [from, to].map((level, series) => ({ series, label: levelName(level) })),
    },
    layout,
  );
}
