import { describe, expect, it } from 'vitest';
import { de } from '../i18n/catalogues/de/index.ts';
import { en, type En } from '../i18n/catalogues/en/index.ts';
import { translator } from '../i18n/translator.ts';
import { fixtureChapterIds, fixtureSources, sourcesWithLevel } from './fixture.ts';
import { buildLadder } from './model.ts';
import { weekChart } from './week-chart.ts';

/** The fixture ladder with Director's week marked as the authors' estimate. */
const { ladder } = buildLadder(sourcesWithLevel('director', { weekEstimate: true }), { chapterIds: fixtureChapterIds });
const t = translator<En>('en', en);

describe('weekChart: estimated shares', () => {
  it.each<[string[], string[], string[]]>([
    // levels, legend, values on the first row (Coding)
    [['senior', 'director'], ['Senior Engineer (L5)', 'Director (EM L7) est.'], ['60%', '0% est.']],
    [['director'], ['Director (EM L7) est.'], ['0% est.']],
    [['senior', 'manager'], ['Senior Engineer (L5)', 'Engineering Manager (EM L5)'], ['60%', '10%']],
  ])('grouped %j: legend %j, values %j', (levels, legend, values) => {
    const chart = weekChart(ladder, levels, t, 'grouped');
    expect(chart.legend.map((l) => l.label)).toEqual(legend);
    expect(chart.rows[0]!.bars.map((b) => b.value)).toEqual(values);
  });

  it('widens the value column only when a mark has to fit after a bar', () => {
    // 640 wide, labels 168: value column 80 → plot 392 wide; 48 → 424 wide.
    expect(weekChart(ladder, ['senior', 'director'], t, 'grouped').rows[0]!.track.width).toBe(392);
    expect(weekChart(ladder, ['senior', 'manager'], t, 'grouped').rows[0]!.track.width).toBe(424);
  });

  it('marks the estimated level in the stacked row label, the tooltips and the text alternative', () => {
    const chart = weekChart(ladder, ['junior', 'director'], t);
    expect(chart.rows.map((r) => r.label)).toEqual(['Junior Engineer', 'Director est.']);
    expect(chart.rows[1]!.bars[0]!.title).toBe("Director, 1:1s and hiring: 80% (the authors' estimate)");
    expect(chart.rows[0]!.bars[0]!.title).toBe('Junior Engineer, Coding: 80%');
    expect(chart.textAlternative).toBe(
      'How a week is spent: Junior Engineer (L3) and Director (EM L7). ' +
        'Junior Engineer (L3): Coding 80%, 1:1s and hiring 0%, Heads-down focus 20%. ' +
        "Director (EM L7), the authors' estimate: Coding 0%, 1:1s and hiring 80%, Heads-down focus 20%.",
    );
  });

  it('writes the mark, the shares and the words in the language of the page', () => {
    const german = translator<En>('de', de);
    const chart = weekChart(ladder, ['senior', 'director'], german, 'grouped');
    expect(chart.legend.map((l) => l.label)).toEqual(['Senior Engineer (L5)', 'Director (EM L7) ca.']);
    expect(chart.rows[0]!.bars.map((b) => b.value)).toEqual(['60 %', '0 % ca.']);
    expect(chart.ticks.map((tick) => tick.label)).toEqual(['0 %', '25 %', '50 %', '75 %', '100 %']);
    expect(chart.rows[0]!.bars[1]!.title).toBe('Director, Coding: 0 % (geschätzt vom Autorenteam)');
    expect(chart.textAlternative).toBe(
      'Wie eine Woche aussieht: Senior Engineer (L5) und Director (EM L7). ' +
        'Senior Engineer (L5): Coding 60 %, 1:1s and hiring 10 %, Heads-down focus 30 %. ' +
        'Director (EM L7), geschätzt vom Autorenteam: Coding 0 %, 1:1s and hiring 80 %, Heads-down focus 20 %.',
    );
  });
});

describe('weekChart: room for row labels', () => {
  it.each<[string, number]>([
    // label column: max(168, 7 per character + 16); the label's right edge is 8 inside it
    ['1:1s and hiring', 160],
    ['1:1s, hiring and performance', 204],
  ])('an activity named "%s" ends its label at x = %i', (name, labelX) => {
    const sources = fixtureSources();
    const activities = (sources.activities as { data: { id: string; name: string }[] }).data;
    activities[1] = { id: 'people', name };
    const { ladder: renamed } = buildLadder(sources, { chapterIds: fixtureChapterIds });
    const chart = weekChart(renamed, ['senior'], t, 'grouped');
    expect(chart.rows[1]!.labelX).toBe(labelX);
    expect(chart.rows[1]!.track.x).toBe(labelX + 8);
  });
});
