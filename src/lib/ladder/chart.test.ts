import { describe, expect, it } from 'vitest';
import { de } from '../i18n/catalogues/de/index.ts';
import { en, type En } from '../i18n/catalogues/en/index.ts';
import { translator } from '../i18n/translator.ts';
import { comparisonChartOf, mirrorChart, profileChart, weekChart } from './chart.ts';
import { compareLevels } from './compare.ts';
import { fixtureChapterIds, fixtureLadder, fixtureSources } from './fixture.ts';
import { buildLadder, type LadderSources } from './model.ts';

const ladder = fixtureLadder();
const t = translator<En>('en', en);
const german = translator<En>('de', de);
// Default layout: width 640, labels 168, values 184 → plot from x=168, 288 wide; bars 18 high,
// 4 apart within a row, rows 14 apart, padding 8.

describe('profileChart', () => {
  const chart = profileChart(ladder, 'senior', t);

  it.each([
    [0, 'Scope', 'Team', 'step 2 of 3', 2 / 3, 192],
    [1, 'People', 'Mentors others', 'step 2 of 3', 2 / 3, 192],
  ])('row %i: %s is %s (%s), %f of the scale = %ipx', (row, label, value, detail, _fraction, width) => {
    const bar = chart.rows[row]!.bars[0]!;
    expect([chart.rows[row]!.label, bar.value, bar.detail, bar.width]).toEqual([label, value, detail, width]);
  });

  it('places one row per dimension with its label, track and value text', () => {
    expect(chart.rows.map((r) => ({ y: r.track.y, labelY: r.labelY, labelX: r.labelX, x: r.bars[0]!.x, valueX: r.bars[0]!.valueX }))).toEqual([
      { y: 8, labelY: 17, labelX: 160, x: 168, valueX: 366 },
      { y: 40, labelY: 49, labelX: 160, x: 168, valueX: 366 },
    ]);
    expect(chart.rows[0]!.track).toEqual({ x: 168, y: 8, width: 288, height: 18 });
    expect([chart.width, chart.height, chart.viewBox]).toEqual([640, 66, '0 0 640 66']);
  });

  it.each([
    ['junior', [96, 96]],
    ['staff', [288, 192]],
    ['director', [288, 288]],
  ])('bar lengths of %s follow (index + 1) / steps', (level, widths) => {
    expect(profileChart(ladder, level, t).rows.map((r) => r.bars[0]!.width)).toEqual(widths);
  });

  it('describes every bar in words', () => {
    expect(chart.title).toBe('Profile of Senior Engineer (L5) across the dimensions');
    expect(chart.textAlternative).toBe(
      'Profile of Senior Engineer (L5) across the dimensions. Scope: Team, step 2 of 3. People: Mentors others, step 2 of 3.',
    );
    expect(chart.rows[0]!.bars[0]!.title).toBe('Scope: Team, step 2 of 3');
    expect(chart.legend).toEqual([]);
  });

  it('describes every bar in the language of the page', () => {
    expect(profileChart(ladder, 'senior', german).textAlternative).toBe(
      'Profil von Senior Engineer (L5) über die Dimensionen. Scope: Team, Stufe 2 von 3. People: Mentors others, Stufe 2 von 3.',
    );
  });

  it('widens the value column for a long step name, so its words stay inside the chart', () => {
    // The scope step "Team" renamed with 32 characters, as a German step name has.
    const sources = JSON.stringify(fixtureSources()).replace('"label":"Team"', '"label":"Gibt die technische Richtung vor"');
    const { ladder: long } = buildLadder(JSON.parse(sources) as LadderSources, { chapterIds: fixtureChapterIds });
    const chart = profileChart(long, 'senior', t);
    // 32 × 7 + 16 = 240 for the values: the plot narrows from 288 to 640 − 168 − 240 = 232.
    expect(chart.rows[0]!.track.width).toBe(232);
    expect(chart.rows[0]!.valueX + 32 * 7).toBeLessThanOrEqual(chart.width);
  });

  it('honours layout overrides', () => {
    const wide = profileChart(ladder, 'staff', t, { width: 800, valueWidth: 200, labelWidth: 200 });
    expect(wide.rows[0]!.bars[0]).toMatchObject({ x: 200, width: 400 });
  });
});

describe('comparisonChartOf', () => {
  const chart = comparisonChartOf(compareLevels(ladder, 'senior', 'staff'), t);

  it('draws two bars per dimension, one per level, one below the other', () => {
    expect(chart.rows.map((r) => r.bars.map((b) => [b.key, b.series, b.y, b.width, b.value]))).toEqual([
      [
        ['scope:senior', 0, 8, 192, 'Team'],
        ['scope:staff', 1, 30, 288, 'Organisation'],
      ],
      [
        ['people:senior', 0, 62, 192, 'Mentors others'],
        ['people:staff', 1, 84, 192, 'Mentors others'],
      ],
    ]);
    expect(chart.rows[0]!.track.height).toBe(40);
    expect(chart.height).toBe(110);
    expect(chart.legend).toEqual([
      { series: 0, label: 'Senior Engineer (L5)' },
      { series: 1, label: 'Staff Engineer (L6)' },
    ]);
  });

  it('says in words what moves and what stays', () => {
    expect(chart.textAlternative).toBe(
      'Senior Engineer (L5) compared with Staff Engineer (L6) across the dimensions. ' +
        'Scope: Team, step 2 of 3, then Organisation, step 3 of 3 (1 step up). ' +
        'People: Mentors others, step 2 of 3, for both.',
    );
    expect(comparisonChartOf(compareLevels(ladder, 'director', 'junior'), t).textAlternative).toContain(
      'Scope: Organisation, step 3 of 3, then Tasks, step 1 of 3 (2 steps down)',
    );
    expect(comparisonChartOf(compareLevels(ladder, 'director', 'junior'), german).textAlternative).toContain(
      'Scope: Organisation, Stufe 3 von 3, dann Tasks, Stufe 1 von 3 (2 Stufen tiefer)',
    );
  });
});

describe('mirrorChart (right-to-left pages)', () => {
  const chart = profileChart(ladder, 'senior', t);
  const mirrored = mirrorChart(chart);

  it('puts the labels on the right and grows the bars from the right, leftwards', () => {
    // Left to right: label ends at 160, bar 168..360, scale ends at 456, values from 464.
    const [row] = chart.rows;
    expect([row!.labelX, row!.bars[0]!.x, row!.bars[0]!.width, row!.scaleEndX, row!.valueX]).toEqual([160, 168, 192, 456, 464]);
    // Mirrored in the 640 wide chart: label ends at 480, bar 280..472, scale ends at 184, values from 176.
    const [back] = mirrored.rows;
    expect([back!.labelX, back!.bars[0]!.x, back!.bars[0]!.width, back!.scaleEndX, back!.valueX]).toEqual([480, 280, 192, 184, 176]);
    expect(back!.track).toEqual({ x: 184, y: 8, width: 288, height: 18 });
    expect(mirrored.direction).toBe('rtl');
  });

  it('keeps the words, and runs the scale of a week chart from the right', () => {
    const week = weekChart(ladder, ['senior'], t, 'grouped');
    const flipped = mirrorChart(week);
    expect(flipped.textAlternative).toBe(week.textAlternative);
    expect(flipped.ticks.map((tick) => tick.label)).toEqual(['0%', '25%', '50%', '75%', '100%']);
    expect(flipped.ticks.map((tick) => tick.x)).toEqual(week.ticks.map((tick) => 640 - tick.x));
    expect(flipped.ticks[0]!.x).toBeGreaterThan(flipped.ticks[4]!.x);
  });

  it('is done once: a mirrored chart stays as it is', () => {
    expect(mirrorChart(mirrored)).toBe(mirrored);
  });
});


describe('weekChart', () => {
  it('stacks activity segments end to end, skipping empty ones, with ticks every 25%', () => {
    // Stacked layout: value column 16 → plot 168..624, 456 wide.
    const chart = weekChart(ladder, ['junior', 'staff'], t);
    expect(chart.rows.map((r) => [r.label, r.bars.map((b) => [b.label, b.x, b.width, b.value])])).toEqual([
      ['Junior Engineer', [['Coding', 168, 364.8, '80%'], ['Heads-down focus', 532.8, 91.2, '20%']]],
      [
        'Staff Engineer',
        [['Coding', 168, 91.2, '20%'], ['1:1s and hiring', 259.2, 136.8, '30%'], ['Heads-down focus', 396, 228, '50%']],
      ],
    ]);
    expect(chart.rows[1]!.bars.map((b) => [b.series, b.y, b.valueX])).toEqual([
      [0, 40, 213.6],
      [1, 40, 327.6],
      [2, 40, 510],
    ]);
    expect(chart.ticks).toEqual([
      { x: 168, label: '0%' },
      { x: 282, label: '25%' },
      { x: 396, label: '50%' },
      { x: 510, label: '75%' },
      { x: 624, label: '100%' },
    ]);
    expect(chart.legend.map((l) => l.label)).toEqual(['Coding', '1:1s and hiring', 'Heads-down focus']);
  });

  it('groups one bar per level under each activity', () => {
    // Grouped layout: value column 48 → plot 168..592, 424 wide.
    const chart = weekChart(ladder, ['senior', 'manager'], t, 'grouped');
    expect(chart.rows.map((r) => [r.label, r.bars.map((b) => [b.series, b.width, b.value])])).toEqual([
      ['Coding', [[0, 254.4, '60%'], [1, 42.4, '10%']]],
      ['1:1s and hiring', [[0, 42.4, '10%'], [1, 296.8, '70%']]],
      ['Heads-down focus', [[0, 127.2, '30%'], [1, 84.8, '20%']]],
    ]);
    expect(chart.legend.map((l) => l.label)).toEqual(['Senior Engineer (L5)', 'Engineering Manager (EM L5)']);
  });

  it.each(['stacked', 'grouped'] as const)('gives every share, zero included, in its %s text alternative', (mode) => {
    expect(weekChart(ladder, ['junior', 'director'], t, mode).textAlternative).toBe(
      'How a week is spent: Junior Engineer (L3) and Director (EM L7). ' +
        'Junior Engineer (L3): Coding 80%, 1:1s and hiring 0%, Heads-down focus 20%. ' +
        'Director (EM L7): Coding 0%, 1:1s and hiring 80%, Heads-down focus 20%.',
    );
  });
});
