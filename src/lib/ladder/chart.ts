/**
 * Chart geometry for the ladder: a level's profile across the dimensions (one bar per dimension,
 * as long as the step is high), a comparison of two levels (two bars per dimension) and, from
 * week-chart.ts, how the week is spent. Each chart carries a full text alternative, worded by the
 * page's `t`; `mirrorChart` lays any of them out right to left.
 */
import { type BarChart, type ChartLayout, columnFor, DEFAULT_LAYOUT, layOut, type RowSpec } from './chart-geometry.ts';
import type { LevelComparison } from './compare.ts';
import { resolveLevel } from './resolve-level.ts';
import { levelName, type LadderText } from './text.ts';
import type { Ladder, Level, LevelRef, StepPosition } from './types.ts';

export type { BarChart, ChartBar, ChartLayout, ChartLegendItem, ChartRow, ChartTick, Box } from './chart-geometry.ts';
export { DEFAULT_LAYOUT, mirrorChart } from './chart-geometry.ts';
export { weekChart, type WeekChartMode } from './week-chart.ts';

/** "step 5 of 6" (1-based, as people count). */
export function stepDetail(position: StepPosition, t: LadderText): string {
  return t('ladder.chart.step', { step: position.index + 1, total: position.of });
}

/** The text alternative: the title, then one sentence per part. */
function sentences(title: string, parts: readonly string[], t: LadderText): string {
  return [title, ...parts].map((text) => t('ladder.sentence', { text })).join(' ');
}

/** Bar length for a step: (index + 1) / number of steps, so the top step fills the scale. */
export function stepFraction(position: StepPosition): number {
  return (position.index + 1) / position.of;
}

/** Label and value columns wide enough for the words of the rows (step names run long in some languages). */
function columnsFor(rows: readonly RowSpec[]): Pick<ChartLayout, 'labelWidth' | 'valueWidth'> {
  return {
    labelWidth: columnFor(rows.map((row) => row.label), DEFAULT_LAYOUT.labelWidth),
    valueWidth: columnFor(rows.flatMap((row) => row.bars.map((bar) => bar.value)), DEFAULT_LAYOUT.valueWidth),
  };
}

/** One bar per dimension, labelled with the dimension and valued with the step's label. */
export function profileChart(ladder: Ladder, ref: LevelRef, t: LadderText, layout: Partial<ChartLayout> = {}): BarChart {
  const level = resolveLevel(ladder, ref);
  const profile = ladder.profile(level);
  const barTitle = (p: StepPosition) => t('ladder.chart.profileBar', { dimension: p.dimension.name, step: p.step.label, detail: stepDetail(p, t) });
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
        detail: stepDetail(position, t),
        title: barTitle(position),
      },
    ],
  }));
  const title = t('ladder.chart.profile', { level: levelName(level, t) });
  return layOut({ title, textAlternative: sentences(title, profile.map(barTitle), t), rows, legend: [] }, { ...columnsFor(rows), ...layout });
}

/** The comparison chart of an existing `compareLevels` result (series 0 = `from`, 1 = `to`). */
export function comparisonChartOf(comparison: LevelComparison, t: LadderText, layout: Partial<ChartLayout> = {}): BarChart {
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
      label: t('ladder.chart.barOf', { measure: change.dimension.name, level: level.title }),
      value: step.step.label,
      detail: stepDetail(step, t),
      title: t('ladder.chart.compareBar', { level: level.title, dimension: change.dimension.name, step: step.step.label, detail: stepDetail(step, t) }),
    })),
  }));
  const title = t('ladder.chart.compare', { from: levelName(from, t), to: levelName(to, t) });
  const parts = comparison.dimensions.map(({ dimension, from: before, to: after, steps }) => {
    if (steps === 0) return t('ladder.chart.compareSame', { dimension: dimension.name, step: before.step.label, detail: stepDetail(before, t) });
    const moved = steps > 0 ? t('ladder.chart.stepsUp', { count: steps }) : t('ladder.chart.stepsDown', { count: -steps });
    return t('ladder.chart.compareMoved', {
      dimension: dimension.name,
      from: before.step.label,
      fromDetail: stepDetail(before, t),
      to: after.step.label,
      toDetail: stepDetail(after, t),
      moved,
    });
  });
  return layOut(
    {
      title,
      textAlternative: sentences(title, parts, t),
      rows,
      legend: [from, to].map((level, series) => ({ series, label: levelName(level, t) })),
    },
    { ...columnsFor(rows), ...layout },
  );
}
