import { describe, expect, it } from 'vitest';
import type { RunFigures } from './report.ts';
import { checkGoals, sideBySideMarkdown, withMedian, type SideBySideResult, type ToolSample, type VariantName } from './side-by-side.ts';

const run = (wallS: number, gb: number): RunFigures => ({
  wallMs: wallS * 1000,
  cpuMs: wallS * 1200,
  peakTreeRss: gb * 1e9,
  peakMainRss: gb * 0.8e9,
  loadBefore: 0.4,
  pages: 1149,
  phases: {},
  phaseRss: {},
});

const sample = (chapters: number, variant: VariantName, runs: [number, number][], chapterKb = 28): ToolSample =>
  withMedian({
    chapters,
    variant,
    runs: runs.map(([s, gb]) => run(s, gb)),
    output: { htmlFiles: 1149, chapterHtml: { median: chapterKb * 1024, max: (chapterKb + 1) * 1024, count: chapters }, bytes: 60e6, images: variant === 'ladderbook-images' ? 1021 : 1 },
  });

const result = (samples: ToolSample[], extra: Partial<SideBySideResult> = {}): SideBySideResult => ({
  date: '2026-12-03T10:00:00.000Z',
  machine: { cpus: 2, cpuModel: 'Test CPU', memoryBytes: 25e9, node: '22.23.3', astro: '7.3.5', starlight: '0.42.4', commit: 'abc1234' },
  command: 'npm run bench -- --against starlight',
  options: { chapters: [...new Set(samples.map((s) => s.chapters))], runs: 2, perPart: 25, words: 2000, seed: 1, variants: ['ladderbook', 'ladderbook-astro', 'starlight'], editsAt: [1000], edits: 3 },
  load: { start: [0.3, 0.5, 0.9], end: [1.2, 0.8, 0.9] },
  samples,
  edits: [],
  ...extra,
});

describe('checkGoals', () => {
  const starlight = sample(1000, 'starlight', [[30, 2.2], [32, 2.0]]);

  it('compares both Ladderbook builds with Starlight at 1,000 chapters, by median', () => {
    const goals = checkGoals(result([sample(1000, 'ladderbook', [[11, 0.8], [13, 0.9]]), sample(1000, 'ladderbook-astro', [[12, 1.6], [14, 1.8]]), starlight]));
    expect(goals.slice(0, 4).map((g) => [g.goal, g.measured, g.met])).toEqual([
      ["1,000 chapters, Ladderbook, `npm run build`: at most 0.4 of Starlight's time", '0.39 (12.0 s against 31.0 s)', true],
      ["1,000 chapters, Ladderbook, `npm run build`: at most half Starlight's peak memory", '0.40 (0.85 GB against 2.10 GB)', true],
      ["1,000 chapters, Ladderbook, `astro build`: at most 0.4 of Starlight's time", '0.42 (13.0 s against 31.0 s)', false],
      ["1,000 chapters, Ladderbook, `astro build`: at most half Starlight's peak memory", '0.81 (1.70 GB against 2.10 GB)', false],
    ]);
  });

  it('checks 10,000 chapters against the same tool at 1,000, and under 1.5 GB', () => {
    const goals = checkGoals(result([sample(1000, 'ladderbook', [[12, 0.8]]), starlight, sample(10_000, 'ladderbook', [[130, 1.4]])]));
    expect(goals.filter((g) => g.goal.startsWith('10,000 chapters, Ladderbook')).map((g) => [g.measured, g.met])).toEqual([
      ['×10.8 (130.0 s against 12.0 s)', true],
      ['1.40 GB (largest process 1.12 GB)', true],
    ]);
  });

  it('reports a failed build as a goal not met, and Starlight failing as not measured', () => {
    const failed: ToolSample = { chapters: 10_000, variant: 'ladderbook', runs: [], failed: { afterMs: 200_000, peakTreeRss: 4e9, message: 'heap out of memory' } };
    const goals = checkGoals(result([sample(1000, 'ladderbook', [[12, 0.8]]), { chapters: 1000, variant: 'starlight', runs: [] }, failed]));
    expect(goals.map((g) => g.met)).toEqual([undefined, false, true]);
  });

  it('holds chapter pages to 40 KB and the rebuild to half a cold build', () => {
    const goals = checkGoals(
      result([sample(1000, 'ladderbook', [[12, 0.8]], 41), starlight], {
        edits: [{ chapters: 1000, variant: 'ladderbook', cold: run(12, 0.8), rebuilds: [run(7, 0.8), run(6, 0.8)], rebuildShowsEdit: true, devMs: [300, 400], devBusyMs: [] }],
      }),
    );
    expect(goals.slice(-2).map((g) => [g.measured, g.met])).toEqual([
      ['heaviest 42.0 KB', false],
      ['0.54 (6.5 s against 12.0 s)', false],
    ]);
  });
});

describe('sideBySideMarkdown', () => {
  it('has a row per tool with its ratio to Starlight, the load, and the goals', () => {
    const md = sideBySideMarkdown(result([sample(1000, 'ladderbook', [[11, 0.8], [13, 0.9]]), sample(1000, 'starlight', [[30, 2.2], [32, 2.0]], 250)]));
    expect(md).toContain('at the start 0.30, 0.50, 0.90, at the end 1.20, 0.80, 0.90');
    expect(md).toContain('| 1,000 | Ladderbook, `npm run build` |');
    expect(md).toContain('| **12.0 s** | 11.0 / 13.0 | 0.39 | **0.85 GB** | 0.40 | 0.68 GB | 28.0 KB / 29.0 KB |');
    expect(md).toContain('| 1,000 | Starlight 0.42.4, `astro build` |');
    expect(md).toContain('### Goals (issue #16, part 3)');
  });
});
