/**
 * Turns bench runs into figures: medians per chapter count and Markdown processor, page weight by
 * kind of page, growth from the smallest to the largest corpus, and the targets from the
 * performance issue checked against them. Writes nothing itself; run.ts saves JSON and Markdown.
 */
import { PAGE_KINDS, median, type PageKind, type PageWeight, type SiteWeight, type Size } from './page-weight.ts';
import type { MarkdownProcessorName } from '../../src/integrations/markdown-processor.ts';
import type { BuildMeasure } from './build.ts';

/** The figures of one build that reports keep: a build's measure without its log and timeline. */
export type RunFigures = Omit<BuildMeasure, 'log' | 'timeline'>;

export interface KindFigures {
  count: number;
  /** Medians over the pages of this kind. */
  html: Size;
  css: Size;
  js: Size;
  lazyJs: Size;
  /** The heaviest page of this kind. */
  max: { html: Size; css: Size; js: Size };
  /** JS files loaded at load by the median-sized page (names only). */
  jsFiles: string[];
}

export interface SiteFigures {
  pages: number;
  byKind: Partial<Record<PageKind, KindFigures>>;
  total: { files: number; bytes: number };
  search: { bundleBytes: number; indexBytes: number; indexFiles: number };
}

export interface Sample {
  chapters: number;
  processor: MarkdownProcessorName;
  corpus: { parts: number; chapters: number; levels: number; quizzes: number; words: number };
  runs: RunFigures[];
  /** Medians of the runs. */
  median: RunFigures;
  site: SiteFigures;
}

export interface BenchResult {
  date: string;
  machine: { cpus: number; cpuModel: string; memoryBytes: number; node: string; astro: string; commit: string };
  command: string;
  options: { chapters: number[]; runs: number; processors: MarkdownProcessorName[]; perPart: number; quizEvery: number; words: number; seed: number; socialImages?: string };
  samples: Sample[];
  /** Markdown summary of a CPU profile of one build, when asked for. */
  profile?: string | undefined;
}

const sizeMedian = (sizes: Size[]): Size => ({ raw: median(sizes.map((s) => s.raw)), gzip: median(sizes.map((s) => s.gzip)) });
const sizeMax = (sizes: Size[]): Size => sizes.reduce((a, b) => (b.raw > a.raw ? b : a), { raw: 0, gzip: 0 });

/** Figures per kind of page from a weighed site. */
export function siteFigures(site: SiteWeight): SiteFigures {
  const byKind: SiteFigures['byKind'] = {};
  for (const kind of PAGE_KINDS) {
    const pages = site.pages.filter((p) => p.kind === kind);
    if (!pages.length) continue;
    const middle = [...pages].sort((a, b) => a.html.raw - b.html.raw)[pages.length >> 1] as PageWeight;
    byKind[kind] = {
      count: pages.length,
      html: sizeMedian(pages.map((p) => p.html)),
      css: sizeMedian(pages.map((p) => p.css)),
      js: sizeMedian(pages.map((p) => p.js)),
      lazyJs: sizeMedian(pages.map((p) => p.lazyJs)),
      max: { html: sizeMax(pages.map((p) => p.html)), css: sizeMax(pages.map((p) => p.css)), js: sizeMax(pages.map((p) => p.js)) },
      jsFiles: middle.jsFiles.map((f) => f.split('/').pop()!),
    };
  }
  return { pages: site.pages.length, byKind, total: site.total, search: site.search };
}

/** The median of each figure over the runs (phases too). */
export function medianRun(runs: RunFigures[]): RunFigures {
  const of = (pick: (r: RunFigures) => number) => median(runs.map(pick));
  const phaseNames = [...new Set(runs.flatMap((r) => Object.keys(r.phases)))];
  const rssNames = [...new Set(runs.flatMap((r) => Object.keys(r.phaseRss ?? {})))];
  return {
    wallMs: of((r) => r.wallMs),
    cpuMs: of((r) => r.cpuMs),
    peakTreeRss: of((r) => r.peakTreeRss),
    peakMainRss: of((r) => r.peakMainRss),
    loadBefore: of((r) => r.loadBefore),
    pages: of((r) => r.pages),
    phases: Object.fromEntries(phaseNames.map((name) => [name, of((r) => r.phases[name] ?? NaN)])),
    phaseRss: Object.fromEntries(rssNames.map((name) => [name, of((r) => r.phaseRss?.[name] ?? NaN)])),
  };
}

// Targets from the performance issue, measured on the anchor corpus with Starlight.
export const TARGETS = {
  /** Half of Starlight's 36.2 s for 1,000 MDX chapters. */
  buildMs: 18_000,
  /** Half of Starlight's 2.1 GB. */
  memoryBytes: 1_000_000_000,
  chapterHtmlRaw: 40 * 1024,
  /** The median chapter page at N=1,000 within 10 % of N=100. */
  htmlGrowth: 1.1,
  chapterJsGzip: 2 * 1024,
  quizJsGzip: 8 * 1024,
  cssGzip: 12 * 1024,
};

export interface TargetCheck {
  target: string;
  measured: string;
  pass: boolean;
}

/** Checks the issue's targets on the largest and smallest corpus built with `processor`. */
export function checkTargets(result: BenchResult, processor: MarkdownProcessorName = 'satteri'): TargetCheck[] {
  const samples = result.samples.filter((s) => s.processor === processor).sort((a, b) => a.chapters - b.chapters);
  const small = samples[0];
  const large = samples.at(-1);
  if (!small || !large) return [];
  const chapter = (s: Sample) => s.site.byKind.chapter;
  const worst = (s: Sample, pick: (k: KindFigures) => number) => Math.max(...Object.values(s.site.byKind).map((k) => pick(k!)));
  const checks: TargetCheck[] = [
    {
      target: `${large.chapters} chapters build in ≤ ${TARGETS.buildMs / 1000} s (median wall)`,
      measured: `${seconds(large.median.wallMs)} s`,
      pass: large.median.wallMs <= TARGETS.buildMs,
    },
    {
      target: `peak memory ≤ ${gb(TARGETS.memoryBytes)} GB (build process tree)`,
      measured: `${gb(large.median.peakTreeRss)} GB (largest process ${gb(large.median.peakMainRss)} GB)`,
      pass: large.median.peakTreeRss <= TARGETS.memoryBytes,
    },
  ];
  const [c1, c2] = [chapter(small), chapter(large)];
  if (c1 && c2) {
    const growth = c2.html.raw / c1.html.raw;
    // Growth needs two corpus sizes; a bench of one size has nothing to compare.
    if (small !== large) {
      checks.push({
        target: `median chapter HTML at N=${large.chapters} within 10 % of N=${small.chapters}`,
        measured: `${kb(c2.html.raw)} KB vs ${kb(c1.html.raw)} KB (×${growth.toFixed(3)})`,
        pass: growth <= TARGETS.htmlGrowth,
      });
    }
    checks.push(
      {
        target: 'chapter HTML < 40 KB raw (heaviest chapter page)',
        measured: `median ${kb(c2.html.raw)} KB, max ${kb(c2.max.html.raw)} KB`,
        pass: c2.max.html.raw < TARGETS.chapterHtmlRaw,
      },
      {
        target: 'chapter pages: JS at load = the page script only, ≤ 2 KB gzipped',
        measured: `${kb(c2.max.js.gzip)} KB gz in ${c2.jsFiles.length} file(s): ${c2.jsFiles.join(', ') || 'none'}`,
        pass: c2.max.js.gzip <= TARGETS.chapterJsGzip && c2.jsFiles.length <= 1,
      },
    );
  }
  const quiz = large.site.byKind.quiz;
  if (quiz) {
    checks.push({ target: 'quiz pages: JS at load ≤ 8 KB gzipped', measured: `${kb(quiz.max.js.gzip)} KB gz`, pass: quiz.max.js.gzip <= TARGETS.quizJsGzip });
  }
  const css = worst(large, (k) => k.max.css.gzip);
  checks.push({ target: 'CSS ≤ 12 KB gzipped on every page', measured: `${kb(css)} KB gz (heaviest page)`, pass: css <= TARGETS.cssGzip });
  return checks;
}

export const seconds = (ms: number) => (ms / 1000).toFixed(1);
export const gb = (bytes: number) => (bytes / 1e9).toFixed(2);
export const mb = (bytes: number) => (bytes / 1e6).toFixed(1);
export const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const ratio = (a: number, b: number) => (b ? `×${(a / b).toFixed(2)}` : '–');

/** The bench report as Markdown: builds, page weight by kind, growth, targets. */
export function markdownReport(result: BenchResult): string {
  const lines: string[] = [];
  const { machine, options } = result;
  lines.push(
    `Measured ${result.date.slice(0, 10)} on ${machine.cpus} × ${machine.cpuModel}, ${gb(machine.memoryBytes)} GB RAM, Node ${machine.node}, Astro ${machine.astro}, commit ${machine.commit}.`,
    `Command: \`${result.command}\`. Corpus: ~${options.words}-word MDX chapters (headings, lists, a GFM table, a code block, a callout), ${options.perPart} per part, ` +
      `${options.quizEvery ? `a check quiz for ${options.quizEvery === 1 ? 'every chapter' : `every ${options.quizEvery}th chapter`}` : 'no chapter quizzes'}, the project's ${result.samples[0]?.corpus.levels ?? 0} ladder levels each with a quiz. ` +
      `Cold builds (output and Astro's caches removed), median of ${options.runs}.`,
    '',
    '### Build',
    '',
    '| chapters | processor | pages | wall (median) | runs | CPU time | per page | per chapter | peak memory (tree / largest process) | output | per page | search index |',
    '| ---: | --- | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  );
  for (const s of result.samples) {
    const m = s.median;
    lines.push(
      `| ${s.chapters} | ${s.processor} | ${s.site.pages} | ${seconds(m.wallMs)} s | ${s.runs.map((r) => seconds(r.wallMs)).join(' / ')} | ${seconds(m.cpuMs)} s | ` +
        `${(m.wallMs / s.site.pages).toFixed(1)} ms | ${(m.wallMs / s.chapters).toFixed(1)} ms | ${gb(m.peakTreeRss)} / ${gb(m.peakMainRss)} GB | ` +
        `${mb(s.site.total.bytes)} MB | ${kb(s.site.total.bytes / s.site.pages)} KB | ${mb(s.site.search.indexBytes)} MB (+${mb(s.site.search.bundleBytes)} MB Pagefind bundle) |`,
    );
  }
  lines.push('', '### Where the wall time goes (median, seconds)', '');
  const phaseNames = [...new Set(result.samples.flatMap((s) => Object.keys(s.median.phases)))];
  lines.push(`| chapters | processor | ${phaseNames.join(' | ')} |`, `| ---: | --- | ${phaseNames.map(() => '---:').join(' | ')} |`);
  for (const s of result.samples) lines.push(`| ${s.chapters} | ${s.processor} | ${phaseNames.map((p) => seconds(s.median.phases[p] ?? NaN)).join(' | ')} |`);
  lines.push('', '### Peak memory per phase (median, GB, build process tree)', '');
  lines.push(`| chapters | processor | ${phaseNames.join(' | ')} |`, `| ---: | --- | ${phaseNames.map(() => '---:').join(' | ')} |`);
  for (const s of result.samples) lines.push(`| ${s.chapters} | ${s.processor} | ${phaseNames.map((p) => (s.median.phaseRss[p] ? gb(s.median.phaseRss[p]) : '–')).join(' | ')} |`);
  lines.push(
    '',
    'startup = Node, the Astro config and the content check (before Astro logs anything); contentSync = content collections; bundle = Vite/Rolldown; render = writing the pages; index = Pagefind.',
  );

  lines.push('', '### Bytes per page by kind (median page; raw / gzipped)', '');
  lines.push('| chapters | processor | kind | pages | HTML | CSS | JS at load | JS files at load | JS on demand |', '| ---: | --- | --- | ---: | ---: | ---: | ---: | --- | ---: |');
  for (const s of result.samples) {
    for (const kind of PAGE_KINDS) {
      const k = s.site.byKind[kind];
      if (!k || kind === 'other') continue;
      const size = (x: Size) => `${kb(x.raw)} / ${kb(x.gzip)} KB`;
      lines.push(`| ${s.chapters} | ${s.processor} | ${kind} | ${k.count} | ${size(k.html)} | ${size(k.css)} | ${size(k.js)} | ${k.jsFiles.length} | ${kb(k.lazyJs.gzip)} KB gz |`);
    }
  }

  const processors = [...new Set(result.samples.map((s) => s.processor))];
  const sizes = [...new Set(result.samples.map((s) => s.chapters))].sort((a, b) => a - b);
  if (sizes.length > 1) {
    const [lo, hi] = [sizes[0]!, sizes.at(-1)!];
    lines.push('', `### Growth from N=${lo} to N=${hi} (×${hi / lo} chapters)`, '');
    lines.push('| processor | wall | per page | peak memory | output per page | chapter HTML | chapter CSS gz | chapter JS gz | search index |', '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const p of processors) {
      const a = result.samples.find((s) => s.processor === p && s.chapters === lo);
      const b = result.samples.find((s) => s.processor === p && s.chapters === hi);
      if (!a || !b) continue;
      const ca = a.site.byKind.chapter;
      const cb = b.site.byKind.chapter;
      lines.push(
        `| ${p} | ${ratio(b.median.wallMs, a.median.wallMs)} | ${ratio(b.median.wallMs / b.site.pages, a.median.wallMs / a.site.pages)} | ${ratio(b.median.peakTreeRss, a.median.peakTreeRss)} | ` +
          `${ratio(b.site.total.bytes / b.site.pages, a.site.total.bytes / a.site.pages)} | ${ratio(cb?.html.raw ?? 0, ca?.html.raw ?? 0)} | ${ratio(cb?.css.gzip ?? 0, ca?.css.gzip ?? 0)} | ` +
          `${ratio(cb?.js.gzip ?? 0, ca?.js.gzip ?? 0)} | ${ratio(b.site.search.indexBytes, a.site.search.indexBytes)} |`,
      );
    }
  }

  if (processors.length > 1) {
    lines.push('', '### Markdown processor', '');
    lines.push('| chapters | ' + processors.join(' | ') + ' |', '| ---: | ' + processors.map(() => '---:').join(' | ') + ' |');
    for (const n of sizes) {
      const cells = processors.map((p) => {
        const s = result.samples.find((x) => x.processor === p && x.chapters === n);
        return s ? `${seconds(s.median.wallMs)} s, ${gb(s.median.peakTreeRss)} GB` : '–';
      });
      lines.push(`| ${n} | ${cells.join(' | ')} |`);
    }
  }

  const checks = checkTargets(result);
  if (checks.length) {
    lines.push('', '### Targets (default processor, Sätteri)', '', '| target | measured | |', '| --- | --- | --- |');
    for (const c of checks) lines.push(`| ${c.target} | ${c.measured} | ${c.pass ? 'met' : '**missed**'} |`);
  }
  if (result.profile) lines.push('', '### CPU profile of one build', '', result.profile);
  return `${lines.join('\n')}\n`;
}
