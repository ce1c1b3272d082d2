/**
 * Chart geometry of how a week is spent at one or more levels: `stacked` draws one bar per level
 * split into activity segments (series = activity); `grouped` draws one row per activity with a
 * bar per level (series = level). A level whose shares are the authors' estimate carries
 * `ESTIMATE_MARK` on its bars, label or legend entry and in the text alternative; the legend line
 * that explains the mark is `weekEstimateNote` (week-table.ts), which pages render under the chart.
 */
import { type BarChart, type ChartLayout, DEFAULT_LAYOUT, layOut, type RowSpec } from './chart-geometry.ts';
import { resolveLevel } from './resolve-level.ts';
import { levelName, listAnd } from './text.ts';
import type { Ladder, Level, LevelRef } from './types.ts';
import { ESTIMATE_MARK } from './week-table.ts';

/** `stacked`: a row per level; `grouped`: a row per activity. */
export type WeekChartMode = 'stacked' | 'grouped';

/** Stacked segments narrower than this carry no value text inside (the title still has it). */
const MIN_LABELLED_SEGMENT = 0.06;

/**
 * Room for the row labels: about 7 units per character of the chart's 13px type plus the gap,
 * never less than the default. "1:1s, hiring and performance" needs about 212, not 168.
 */
function labelWidthFor(rows: readonly RowSpec[]): number {
  const longest = Math.max(0, ...rows.map((row) => row.label.length));
  return Math.max(DEFAULT_LAYOUT.labelWidth, Math.ceil(longest * 7 + 16));
}

/** `text` followed by the estimate mark when the level's week is an estimate. */
function marked(level: Level, text: string): string {
  return level.weekEstimate ? `${text} ${ESTIMATE_MARK}` : text;
}

/** Ends a bar's tooltip sentence: says when the share is an estimate. */
function estimateWords(level: Level): string {
  return level.weekEstimate ? " (the authors' estimate)" : '';
}

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
  const anyEstimate = levels.some((level) => level.weekEstimate);
  const byLevel = levels.map(
    (level) =>
      `${levelName(level)}${level.weekEstimate ? ", the authors' estimate" : ''}: ${ladder
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
          value: marked(level, `${share}%`),
          detail: '',
          title: `${level.title}, ${activity.name}: ${share}%${estimateWords(level)}`,
        };
      }),
    }));
    const legend = levels.map((level, series) => ({ series, label: marked(level, levelName(level)) }));
    // "40% est." needs a wider value column than "40%".
    const sizes = { labelWidth: labelWidthFor(rows), valueWidth: anyEstimate ? 80 : 48 };
    return layOut({ title, textAlternative, rows, legend, tickFractions }, { ...sizes, ...layout });
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
        title: `${level.title}, ${activity.name}: ${share}%${estimateWords(level)}`,
      };
      start += share;
      return share === 0 ? [] : [segment];
    });
    return { key: level.id, label: marked(level, level.title), bars };
  });
  const legend = ladder.activities.map((activity, series) => ({ series, label: activity.name }));
  return layOut({ title, textAlternative, rows, legend, tickFractions }, { labelWidth: labelWidthFor(rows), valueWidth: 16, ...layout });
}
