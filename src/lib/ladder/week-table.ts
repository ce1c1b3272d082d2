/**
 * The data of `<WeekTable levels="senior staff senior-engineering-manager" />`: how a typical week
 * is spent at each listed level, read from the levels' `week` so chapters never copy numbers.
 */
import type { Problem } from '../errors.ts';
import { choicesHint } from './hints.ts';
import { levelName, listAnd } from './text.ts';
import type { Activity, Ladder, Level } from './types.ts';

/** One column: a level. */
export interface WeekTableHeader {
  readonly level: Level;
  /** "Staff Engineer (L6)". */
  readonly text: string;
}

/** One row: an activity and its share at each listed level (same order as the headers). */
export interface WeekTableRow {
  readonly activity: Activity;
  /** Percent per level. */
  readonly shares: readonly number[];
  /** The shares as cell text ("20%"). */
  readonly cells: readonly string[];
}

/** The table, plus problems with the `levels` attribute (unknown ids are left out, never thrown). */
export interface WeekTable {
  /** "How a week is spent: Senior Engineer (L5) and Staff Engineer (L6)". */
  readonly caption: string;
  readonly headers: readonly WeekTableHeader[];
  /** One row per activity, in activity order. */
  readonly rows: readonly WeekTableRow[];
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
export function weekTable(ladder: Ladder, levels: string | readonly string[], site: WeekTableSite = { file: '<WeekTable>' }): WeekTable {
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
  const headers = chosen.map((level) => ({ level, text: levelName(level) }));
  const rows = ladder.activities.map((activity) => {
    const shares = chosen.map((level) => level.week[activity.id] ?? 0);
    return { activity, shares, cells: shares.map((share) => `${share}%`) };
  });
  const caption = `How a week is spent: ${listAnd(headers.map((h) => h.text))}`;
  return { caption, headers, rows, problems };
}
