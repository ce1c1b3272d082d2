import { describe, expect, it } from 'vitest';
import { fixtureChapterIds, fixtureSources, sourcesWithLevel } from './fixture.ts';
import { buildLadder } from './model.ts';
import { weekChart } from './week-chart.ts';

/** The fixture ladder with Director's week marked as the authors' estimate. */
const { ladder } = buildLadder(sourcesWithLevel('director', { weekEstimate: true }), { chapterIds: fixtureChapterIds });

describe('weekChart: estimated shares', () => {
  it.each<[string[], string[], string[]]>([
    // levels, legend, values on the first row (Coding)
    [['senior', 'director'], ['Senior Engineer (L5)', 'Director (EM L7) est.'], ['60%', '0% est.']],
    [['director'], ['Director (EM L7) est.'], ['0% est.']],
    [['senior', 'manager'], ['Senior Engineer (L5)', 'Engineering Manager (EM L5)'], ['60%', '10%']],
  ])('grouped %j: legend %j, values %j', (levels, legend, values) => {
    const chart = weekChart(ladder, levels, 'grouped');
    expect(chart.legend.map((l) => l.label)).toEqual(legend);
    expect(chart.rows[0]!.bars.map((b) => b.value)).toEqual(values);
  });

  it('widens the value column only when a mark has to fit after a bar', () => {
    // 640 wide, labels 168: value column 80 → plot 392 wide; 48 → 424 wide.
    expect(weekChart(ladder, ['senior', 'director'], 'grouped').rows[0]!.track.width).toBe(392);
    expect(weekChart(ladder, ['senior', 'manager'], 'grouped').rows[0]!.track.width).toBe(424);
  });

  it('marks the estimated level in the stacked row label, the tooltips and the text alternative', () => {
    const chart = weekChart(ladder, ['junior', 'director']);
    expect(chart.rows.map((r) => r.label)).toEqual(['Junior Engineer', 'Director est.']);
    expect(chart.rows[1]!.bars[0]!.title).toBe("Director, 1:1s and hiring: 80% (the authors' estimate)");
    expect(chart.rows[0]!.bars[0]!.title).toBe('Junior Engineer, Coding: 80%');
    expect(chart.textAlternative).toBe(
      'How a week is spent: Junior Engineer (L3) and Director (EM L7). ' +
        'Junior Engineer (L3): Coding 80%, 1:1s and hiring 0%, Heads-down focus 20%. ' +
        "Director (EM L7), the authors' estimate: Coding 0%, 1:1s and hiring 80%, Heads-down focus 20%.",
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
    const chart = weekChart(renamed, ['senior'], 'grouped');
    expect(chart.rows[1]!.labelX).toBe(labelX);
    expect(chart.rows[1]!.track.x).toBe(labelX + 8);
  });
});
