/**
 * The data of `<WeekTable levels="senior staff senior-engineering-manager" />`: how a typical week
 * is spent at each listed level, read from the levels' `week` so chapters never copy numbers, worded
 * in the page's language by its `t`. Problems with the attribute are for authors, in English.
 */
import type { Problem } from '../errors.ts';
import { choicesHint } from './hints.ts';
import { levelName, listAnd, percent, type LadderText } from './text.ts';
import type { Activity, Ladder, Level } from './types.ts';

/**
 * The legend line that explains the estimate mark (`ladder.week.estimateMark`), for the levels a
 * table or chart shows; `undefined` when none of them is estimated, so sourced figures carry no legend.
 */
export function weekEstimateNote(levels: readonly Level[], t: LadderText): string | undefined {
  const estimated = levels.filter((level) => level.weekEstimate);
  if (estimated.length === 0) return undefined;
  const mark = t('ladder.week.estimateMark');
  if (estimated.length === levels.length) return t('ladder.week.noteAll', { mark });
  return t('ladder.week.noteSome', { mark, levels: listAnd(estimated.map((level) => levelName(level, t)), t) });
}

/** One column: a level. */
export interface WeekTableHeader {
  readonly level: Level;
  /** "Staff Engineer (L6)". */
  readonly text: string;
  /** The level's shares are an estimate: the header carries the estimate mark. */
  readonly estimate: boolean;
}

/** One row: an activity and its share at each listed level (same order as the headers). */
export interface WeekTableRow {
  readonly activity: Activity;
  /** Percent per level. */
  readonly shares: readonly number[];
  /** The shares as cell text ("20%", "20 %" in German). */
  readonly cells: readonly string[];
}

/** The table, plus problems with the `levels` attribute (unknown ids are left out, never thrown). */
export interface WeekTable {
  /** "How a week is spent: Senior Engineer (L5) and Staff Engineer (L6)". */
  readonly caption: string;
  readonly headers: readonly WeekTableHeader[];
  /** One row per activity, in activity order. */
  readonly rows: readonly WeekTableRow[];
  /** The legend line explaining the estimate mark, when at least one column is an estimate. */
  readonly note: string | undefined;
  readonly problems: readonly Problem[];
}

/** Where the component is used, for problem messages. */
export interface WeekTableSite {
  /** The chapter file, relative to the project root. */
  readonly file: string;
  readonly line?: number;
}

/**
 * Builds the week table for `levels`: ids as a list or as the attribute's space-separated text.
 * Unknown or repeated ids and an empty list become problems; the known levels still make a table.
 */
export function weekTable(ladder: Ladder, levels: string | readonly string[], t: LadderText, site: WeekTableSite = { file: '<WeekTable>' }): WeekTable {
  const ids = typeof levels === 'string' ? levels.split(/[\s,]+/).filter(Boolean) : levels;
  const where = { file: site.file, ...(site.line === undefined ? {} : { line: site.line }), path: ['levels'] };
  const problems: Problem[] = [];
  const chosen: Level[] = [];
  for (const id of ids) {
    const level = ladder.level(id);
    if (!level) {
      problems.push({ ...where, message: `"${id}" is not a level`, hint: choicesHint(id, ladder.levels.map((l) => l.id), 'levels') });
    } else if (chosen.includes(level)) {
      problems.push({ ...where, message: `"${id}" is listed twice`, hint: 'list each level once' });
    } else {
      chosen.push(level);
    }
  }
  if (ids.length === 0) {
    problems.push({ ...where, message: 'no levels listed', hint: 'write level ids separated by spaces, e.g. levels="senior staff"' });
  }
  const headers = chosen.map((level) => ({ level, text: levelName(level, t), estimate: level.weekEstimate }));
  const rows = ladder.activities.map((activity) => {
    const shares = chosen.map((level) => level.week[activity.id] ?? 0);
    return { activity, shares, cells: shares.map((share) => percent(share, t)) };
  });
  const caption = t('ladder.chart.week', { levels: listAnd(headers.map((h) => h.text), t) });
  return { caption, headers, rows, note: weekEstimateNote(chosen, t), problems };
}
