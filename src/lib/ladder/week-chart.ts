/**
 * Chart geometry of how a week is spent at one or more levels: `stacked` draws one bar per level
 * split into activity segments (series = activity); `grouped` draws one row per activity with a
 * bar per level (series = level). A level whose shares are the authors' estimate carries the
 * estimate mark (`ladder.week.estimateMark`) on its bars, label or legend entry and in the text
 * alternative; the legend line that explains the mark is `weekEstimateNote` (week-table.ts), which
 * pages render under the chart.
 */
import { type BarChart, type ChartLayout, columnFor, DEFAULT_LAYOUT, layOut, type RowSpec } from './chart-geometry.ts';
import { resolveLevel } from './resolve-level.ts';
import { levelName, listAnd, percent, type LadderText } from './text.ts';
import type { Ladder, Level, LevelRef } from './types.ts';

/** `stacked`: a row per level; `grouped`: a row per activity. */
export type WeekChartMode = 'stacked' | 'grouped';

/** Stacked segments narrower than this carry no value text inside (the title still has it). */
const MIN_LABELLED_SEGMENT = 0.06;

/** Room for the row labels (activity names), never less than the default. */
const labelWidthFor = (rows: readonly RowSpec[]): number => columnFor(rows.map((row) => row.label), DEFAULT_LAYOUT.labelWidth);

/** `text` followed by the estimate mark when the level's week is an estimate. */
function marked(level: Level, text: string, t: LadderText): string {
  return level.weekEstimate ? t('ladder.chart.marked', { text, mark: t('ladder.week.estimateMark') }) : text;
}

/** A bar's tooltip sentence, which says when the share is an estimate. */
function shareTitle(level: Level, activity: string, value: number, t: LadderText): string {
  const words = { level: level.title, activity, value };
  return level.weekEstimate ? t('ladder.chart.shareTitleEstimate', words) : t('ladder.chart.shareTitle', words);
}

/** Week allocation of the given levels, with scale ticks at 0, 25, 50, 75 and 100%. */
export function weekChart(
  ladder: Ladder,
  refs: readonly LevelRef[],
  t: LadderText,
  mode: WeekChartMode = 'stacked',
  layout: Partial<ChartLayout> = {},
): BarChart {
  const levels = refs.map((ref) => resolveLevel(ladder, ref));
  const title = t('ladder.chart.week', { levels: listAnd(levels.map((level) => levelName(level, t)), t) });
  const ticks = [0, 25, 50, 75, 100].map((value) => ({ fraction: value / 100, label: percent(value, t) }));
  const anyEstimate = levels.some((level) => level.weekEstimate);
  const byLevel = levels.map((level) => {
    const words = {
      level: levelName(level, t),
      shares: ladder
        .weekOf(level)
        .map((w) => t('ladder.chart.share', { activity: w.activity.name, value: w.share }))
        .join(t('ladder.listSeparator')),
    };
    return level.weekEstimate ? t('ladder.chart.weekOfEstimate', words) : t('ladder.chart.weekOf', words);
  });
  const textAlternative = [title, ...byLevel].map((text) => t('ladder.sentence', { text })).join(' ');

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
          label: t('ladder.chart.barOf', { measure: activity.name, level: level.title }),
          value: marked(level, percent(share, t), t),
          detail: '',
          title: shareTitle(level, activity.name, share, t),
        };
      }),
    }));
    const legend = levels.map((level, series) => ({ series, label: marked(level, levelName(level, t), t) }));
    // "40% est." needs a wider value column than "40%".
    const sizes = { labelWidth: labelWidthFor(rows), valueWidth: anyEstimate ? 80 : 48 };
    return layOut({ title, textAlternative, rows, legend, ticks }, { ...sizes, ...layout });
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
        value: share / 100 >= MIN_LABELLED_SEGMENT ? percent(share, t) : '',
        detail: '',
        title: shareTitle(level, activity.name, share, t),
      };
      start += share;
      return share === 0 ? [] : [segment];
    });
    return { key: level.id, label: marked(level, level.title, t), bars };
  });
  const legend = ladder.activities.map((activity, series) => ({ series, label: activity.name }));
  return layOut({ title, textAlternative, rows, legend, ticks }, { labelWidth: labelWidthFor(rows), valueWidth: 16, ...layout });
}
