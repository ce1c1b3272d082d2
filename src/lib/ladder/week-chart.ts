/**
 * Chart geometry of how a week is spent at one or more levels: `stacked` draws one bar per level
 * split into activity segments (series = activity); `grouped` draws one row per activity with a
 * bar per level (series = level).
 */
import { type BarChart, type ChartLayout, layOut, type RowSpec } from './chart-geometry.ts';
import { resolveLevel } from './resolve-level.ts';
import { levelName, listAnd } from './text.ts';
import type { Ladder, LevelRef } from './types.ts';

/** `stacked`: a row per level; `grouped`: a row per activity. */
export type WeekChartMode = 'stacked' | 'grouped';

/** Stacked segments narrower than this carry no value text inside (the title still has it). */
const MIN_LABELLED_SEGMENT = 0.06;

/** Week allocation of the given levels, with scale ticks at 0, 25, 50, 75 and 100%. */
export function weekChart(
  ladder: Ladder,
  refs: readonly LevelRef[],
  mode: WeekChartMode = 'stacked',
  layout: Partial<ChartLayout> = {},
): BarChart {
  const levels = refs.map((ref) => resolveLevel(ladder, ref));
  const title = `How a week is spent: ${listAnd(levels.map(levelName))}`;
  const tickFractions = [0, 0.25, 0.5, 0.75, 1];
  const byLevel = levels.map(
    (level) =>
      `${levelName(level)}: ${ladder
        .weekOf(level)
        .map((w) => `${w.activity.name} ${w.share}%`)
        .join(', ')}`,
  );
  const textAlternative = `${title}. ${byLevel.join('. ')}.`;

  if (mode === 'grouped') {
    const rows: RowSpec[] = ladder.activities.map((activity) => ({
      key: activity.id,
      label: activity.name,
      bars: levels.map((level, series) => {
        const share = level.week[activity.id] ?? 0;
        return {
          key: `${activity.id}:${level.id}`,
          series,
          fraction: share / 100,
          label: `${activity.name}, ${level.title}`,
          value: `${share}%`,
          detail: '',
          title: `${level.title}, ${activity.name}: ${share}%`,
        };
      }),
    }));
    const legend = levels.map((level, series) => ({ series, label: levelName(level) }));
    return layOut({ title, textAlternative, rows, legend, tickFractions }, { valueWidth: 48, ...layout });
  }

  const rows: RowSpec[] = levels.map((level) => {
    let start = 0;
    const bars = ladder.activities.flatMap((activity, series) => {
      const share = level.week[activity.id] ?? 0;
      const segment = {
        key: `${level.id}:${activity.id}`,
        series,
        fraction: share / 100,
        start: start / 100,
        stacked: true,
        label: activity.name,
        value: share / 100 >= MIN_LABELLED_SEGMENT ? `${share}%` : '',
        detail: '',
        title: `${level.title}, ${activity.name}: ${share}%`,
      };
      start += share;
      return share === 0 ? [] : [segment];
    });
    return { key: level.id, label: level.title, bars };
  });
  const legend = ladder.activities.map((activity, series) => ({ series, label: activity.name }));
  return layOut({ title, textAlternative, rows, legend, tickFractions }, { valueWidth: 16, ...layout });
}
