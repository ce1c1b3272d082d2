import { describe, expect, it } from 'vitest';
import { checkTargets, markdownReport, medianRun, type BenchResult, type KindFigures, type RunFigures, type Sample } from './report.ts';
import { packageOf, summarizeProfile, type CpuProfile } from './profile.ts';

const run = (wallS: number, gb: number): RunFigures => ({
  wallMs: wallS * 1000,
  cpuMs: wallS * 900,
  peakTreeRss: gb * 1e9,
  peakMainRss: gb * 0.8e9,
  loadBefore: 0.5,
  pages: 100,
  phases: { render: wallS * 400 },
  phaseRss: { render: gb * 1e9 },
});

const kind = (htmlKb: number, jsGz: number, cssGz: number, jsFiles: string[]): KindFigures => ({
  count: 10,
  html: { raw: htmlKb * 1024, gzip: htmlKb * 300 },
  css: { raw: cssGz * 3, gzip: cssGz },
  js: { raw: jsGz * 2, gzip: jsGz },
  lazyJs: { raw: 0, gzip: 0 },
  max: { html: { raw: htmlKb * 1024 + 500, gzip: 0 }, css: { raw: 0, gzip: cssGz }, js: { raw: 0, gzip: jsGz } },
  jsFiles,
});

function sample(chapters: number, wallS: number, gb: number, chapterKb: number): Sample {
  const runs = [run(wallS + 1, gb), run(wallS, gb), run(wallS + 5, gb)];
  return {
    chapters,
    processor: 'satteri',
    corpus: { parts: 1, chapters, levels: 10, quizzes: chapters, words: chapters * 2000 },
    runs,
    median: medianRun(runs),
    site: {
      pages: chapters * 2,
      byKind: { chapter: kind(chapterKb, 1900, 3000, ['page.js']), quiz: kind(20, 7000, 3000, ['page.js', 'quiz.js']) },
      total: { files: chapters * 3, bytes: chapters * 50_000 },
      search: { bundleBytes: 600_000, indexBytes: chapters * 10_000, indexFiles: chapters },
    },
  };
}

const result = (samples: Sample[]): BenchResult => ({
  date: '2026-11-21T00:00:00.000Z',
  machine: { cpus: 2, cpuModel: 'Test CPU', memoryBytes: 8e9, node: '22.23.3', astro: '7.3.5', commit: 'abc1234' },
  command: 'npm run bench -- --chapters 100,1000 --runs 3',
  options: { chapters: [100, 1000], runs: 3, processors: ['satteri'], perPart: 25, quizEvery: 1, words: 2000, seed: 1 },
  samples,
});

describe('medianRun', () => {
  it('takes the median of every figure, phases included', () => {
    expect(medianRun([run(10, 1), run(30, 3), run(20, 2)])).toMatchObject({ wallMs: 20_000, peakTreeRss: 2e9, phases: { render: 8000 } });
  });
});

describe('checkTargets', () => {
  it.each([
    { wall: 17, gb: 0.9, growth: 31, met: [true, true, true, true, true, true, true] },
    { wall: 25, gb: 2.1, growth: 36, met: [false, false, false, true, true, true, true] },
  ])('a $wall s, $gb GB build with $growth KB chapters at N=1000 (30 KB at 100)', ({ wall, gb, growth, met }) => {
    const checks = checkTargets(result([sample(100, 3, 0.5, 30), sample(1000, wall, gb, growth)]));
    expect(checks.map((c) => c.pass)).toEqual(met);
  });

  it('leaves out the growth target when the bench built one size only', () => {
    const checks = checkTargets(result([sample(1000, 17, 0.9, 31)]));
    expect(checks.map((c) => c.target)).not.toContainEqual(expect.stringContaining('within 10 %'));
    expect(checks).toHaveLength(6);
  });

  it('names the target and the figure an author would compare', () => {
    const [time] = checkTargets(result([sample(100, 3, 0.5, 30), sample(1000, 25, 2.1, 36)]));
    expect(time).toEqual({ target: '1000 chapters build in ≤ 18 s (median wall)', measured: '26.0 s', pass: false });
  });
});

describe('markdownReport', () => {
  it('has the build table, growth and targets', () => {
    const md = markdownReport(result([sample(100, 3, 0.5, 30), sample(1000, 17, 0.9, 31)]));
    expect(md).toContain('| 1000 | satteri | 2000 | 18.0 s | 18.0 / 17.0 / 22.0 | 16.2 s |');
    expect(md).toContain('### Growth from N=100 to N=1000 (×10 chapters)');
    expect(md).toContain('| 1000 chapters build in ≤ 18 s (median wall) | 18.0 s | met |');
  });
});

describe('CPU profile summary', () => {
  it.each([
    [{ functionName: 'x', url: 'file:///p/node_modules/astro/dist/core/build.js', lineNumber: 1 }, 'astro'],
    [{ functionName: 'x', url: 'file:///p/node_modules/@astrojs/mdx/dist/index.js', lineNumber: 1 }, '@astrojs/mdx'],
    [{ functionName: 'x', url: 'node:internal/fs/promises', lineNumber: 1 }, 'node:internal'],
    [{ functionName: '(garbage collector)', url: '', lineNumber: -1 }, '(garbage collector)'],
    [{ functionName: 'check', url: 'file:///p/src/lib/content/read-content.ts', lineNumber: 1 }, 'project:src/lib'],
  ])('%j belongs to %s', (frame, name) => {
    expect(packageOf(frame)).toBe(name);
  });

  it('adds self time per package and per phase window', () => {
    const profile: CpuProfile = {
      nodes: [
        { id: 1, callFrame: { functionName: '(root)', url: '', lineNumber: -1 }, children: [2, 3] },
        { id: 2, callFrame: { functionName: 'render', url: 'file:///p/node_modules/astro/x.js', lineNumber: 0 } },
        { id: 3, callFrame: { functionName: 'parse', url: 'file:///p/node_modules/yaml/y.js', lineNumber: 0 } },
      ],
      startTime: 0,
      endTime: 4000,
      samples: [3, 3, 2, 2],
      timeDeltas: [1000, 1000, 1000, 1000],
    };
    const summary = summarizeProfile(profile, [{ name: 'early', from: 0, to: 2.5 }]);
    expect(summary.byPackage).toEqual([{ name: 'yaml', ms: 2 }, { name: 'astro', ms: 2 }]);
    expect(summary.byPhase[0]).toEqual({ phase: 'early', ms: 3, byPackage: [{ name: 'yaml', ms: 2 }] });
  });
});
