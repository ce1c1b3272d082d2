import { describe, expect, it } from 'vitest';
import { formatProblem } from '../errors.ts';
import { de } from '../i18n/catalogues/de/index.ts';
import { en, type En } from '../i18n/catalogues/en/index.ts';
import { translator } from '../i18n/translator.ts';
import { fixtureChapterIds, fixtureLadder, fixtureSources } from './fixture.ts';
import { buildLadder } from './model.ts';
import { weekEstimateNote, weekTable } from './week-table.ts';

const ladder = fixtureLadder();
const t = translator<En>('en', en);
const german = translator<En>('de', de);

describe('weekTable', () => {
  it('has one column per listed level, in the order written, and one row per activity', () => {
    const table = weekTable(ladder, 'staff senior manager', t);
    expect(table.headers.map((h) => h.text)).toEqual(['Staff Engineer (L6)', 'Senior Engineer (L5)', 'Engineering Manager (EM L5)']);
    expect(table.rows.map((r) => [r.activity.name, ...r.cells])).toEqual([
      ['Coding', '20%', '60%', '10%'],
      ['1:1s and hiring', '30%', '10%', '70%'],
      ['Heads-down focus', '50%', '30%', '20%'],
    ]);
    expect(table.caption).toBe(
      'How a week is spent: Staff Engineer (L6), Senior Engineer (L5) and Engineering Manager (EM L5)',
    );
    expect(table.problems).toEqual([]);
  });

  it('writes its caption, headers and shares in the language of the page', () => {
    const table = weekTable(ladder, 'staff senior', german);
    expect(table.caption).toBe('Wie eine Woche aussieht: Staff Engineer (L6) und Senior Engineer (L5)');
    expect(table.rows[0]!.cells).toEqual(['20 %', '60 %']);
  });

  it.each([
    ['a list', ['junior', 'senior']],
    ['spaces and line breaks', ' junior\n  senior '],
    ['commas', 'junior, senior'],
  ])('accepts ids as %s', (_how, levels) => {
    expect(weekTable(ladder, levels, t).headers.map((h) => h.level.id)).toEqual(['junior', 'senior']);
  });

  it('columns add up to 100 for every level', () => {
    const table = weekTable(ladder, ladder.levels.map((l) => l.id), t);
    const sums = table.headers.map((_, column) => table.rows.reduce((sum, row) => sum + row.shares[column]!, 0));
    expect(sums).toEqual([100, 100, 100, 100, 100]);
  });

  it.each([
    [
      'senior stafff',
      ['content/chapters/career-paths/01-ic-or-management.mdx:42 › levels: "stafff" is not a level\n' +
        '    hint: did you mean "staff"? levels: junior, senior, staff, manager, director'],
      ['senior'],
    ],
    [
      'senior senior',
      ['content/chapters/career-paths/01-ic-or-management.mdx:42 › levels: "senior" is listed twice\n    hint: list each level once'],
      ['senior'],
    ],
    [
      '  ',
      ['content/chapters/career-paths/01-ic-or-management.mdx:42 › levels: no levels listed\n' +
        '    hint: write level ids separated by spaces, e.g. levels="senior staff"'],
      [],
    ],
  ])('reports problems with levels="%s" instead of throwing', (levels, expected, kept) => {
    const table = weekTable(ladder, levels, t, { file: 'content/chapters/career-paths/01-ic-or-management.mdx', line: 42 });
    expect(table.problems.map(formatProblem)).toEqual(expected);
    expect(table.headers.map((h) => h.level.id)).toEqual(kept);
  });
});

describe('weekTable: estimated shares', () => {
  /** The fixture ladder with Staff's and Director's weeks marked as the authors' estimate. */
  const sources = fixtureSources();
  const estimated = new Set(['staff', 'director']);
  const marked = buildLadder(
    { ...sources, levels: sources.levels.map((l) => (estimated.has(l.id) ? { ...l, data: { ...(l.data as object), weekEstimate: true } } : l)) },
    { chapterIds: fixtureChapterIds },
  ).ladder;

  it.each<[string, boolean[], string | undefined]>([
    ['senior manager', [false, false], undefined],
    ['senior director', [false, true], "est. = estimate. The shares of Director (EM L7) are the authors' estimate of a typical week, not figures taken from a source."],
    ['director', [true], "est. = estimate. These shares are the authors' estimate of a typical week, not figures taken from a source."],
    [
      'staff senior director',
      [true, false, true],
      "est. = estimate. The shares of Staff Engineer (L6) and Director (EM L7) are the authors' estimate of a typical week, not figures taken from a source.",
    ],
  ])('levels="%s": marks %j, legend %j', (levels, estimates, note) => {
    const table = weekTable(marked, levels, t);
    expect(table.headers.map((h) => h.estimate)).toEqual(estimates);
    expect(table.note).toBe(note);
  });

  it('explains the mark in the language of the page', () => {
    expect(weekTable(marked, 'senior director', german).note).toBe(
      'ca. = Schätzung. Die Anteile von Director (EM L7) schätzt das Autorenteam für eine typische Woche; sie stammen nicht aus einer Quelle.',
    );
  });

  it('gives no legend for the unmarked fixture ladder, whatever the levels', () => {
    expect(weekEstimateNote(ladder.levels, t)).toBeUndefined();
    expect(weekTable(ladder, ladder.levels.map((l) => l.id), t).note).toBeUndefined();
  });
});
