/**
 * `npm run bench -- --against starlight`: builds the same generated chapters with Ladderbook and
 * with Starlight, cold, taking turns build by build, then (at the sizes in `editsAt`) times a
 * rebuild after editing one chapter and the dev server's time from saving a chapter to the
 * updated page, for both tools. Writes nothing but its temporary folders; run.ts reports.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { BENCH_ENV, ladderbookJob, measureBuild, projectCaches, type BuildJob, type BuildMeasure } from './build.ts';
import { editFile, editMarker, get, startDevServer, waitForText, type DevServerOptions } from './edits.ts';
import { generateCorpus, writeCorpus, type Corpus, type CorpusOptions, type LadderSource } from './generate.ts';
import { median, walk } from './page-weight.ts';
import { gb, seconds, type RunFigures } from './report.ts';
import { withMedian, type EditFigures, type OutputFigures, type SideBySideResult, type ToolSample, type VariantName } from './side-by-side.ts';
import { STARLIGHT_VERSION, installStarlight, starlightPath, writeStarlightProject } from './starlight.ts';

export interface AgainstOptions {
  root: string;
  /** The bench's temporary folder (corpus, project copy, outputs). */
  work: string;
  projectDir: string;
  ladder: LadderSource;
  chapterCounts: number[];
  runs: number;
  /** Rounds at sizes above 1,000 chapters. */
  largeRuns: number;
  corpus: Omit<CorpusOptions, 'chapters'>;
  variants: VariantName[];
  /** The largest size that also builds `ladderbook-images`. */
  imagesUpTo: number;
  /** Sizes at which rebuilds and the dev server are timed. */
  editsAt: number[];
  /** Edits timed on the dev server, and rebuilds after an edit. */
  edits: number;
  /** A build taking longer is stopped and reported as failed. */
  timeoutMs: number;
  base: string;
  astroVersion: string;
  command: string;
  commit: string;
  keep: boolean;
  log: (line: string) => void;
}

/** A chapter page of either tool: `chapters/part-01/c0001-x-y/index.html` (Ladderbook) or `part-01/c0001-x-y/index.html` (Starlight). */
const CHAPTER_PAGE = /(?:^|\/)part-\d+\/c\d+-[^/]+\/index\.html$/;

function outputFigures(dir: string): OutputFigures {
  const files = walk(dir);
  const chapters = files.filter((f) => CHAPTER_PAGE.test(f)).map((f) => statSync(join(dir, f)).size);
  return {
    htmlFiles: files.filter((f) => f.endsWith('.html')).length,
    chapterHtml: { median: median(chapters), max: Math.max(0, ...chapters), count: chapters.length },
    bytes: files.reduce((sum, f) => sum + statSync(join(dir, f)).size, 0),
    images: files.filter((f) => f.startsWith('og/') && f.endsWith('.png')).length,
  };
}

/** A free TCP port on 127.0.0.1. */
function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** CPU time (ms) of a process group's processes, from /proc: to tell when a dev server has settled. */
function groupCpuMs(pgid: number): number {
  let ticks = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[2]) === pgid) ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      /* gone */
    }
  }
  return ticks * 10;
}

/** How long a process group must stay quiet to count as settled. */
const SETTLED_MS = 2000;

/** Waits until a process group uses under 10 % of a core for two seconds in a row (at most `maxMs`). */
async function settled(pgid: number, maxMs = 300_000): Promise<void> {
  const started = performance.now();
  let quiet = 0;
  let last = groupCpuMs(pgid);
  while (performance.now() - started < maxMs && quiet < SETTLED_MS / 1000) {
    await sleep(1000);
    const now = groupCpuMs(pgid);
    quiet = now - last < 100 ? quiet + 1 : 0;
    last = now;
  }
}

interface Tool {
  variant: VariantName;
  job: BuildJob;
  /** The chapter file an edit changes, and the URL path (under the base) of its page. */
  chapterFile: string;
  chapterPath: string;
  dev: Omit<DevServerOptions, 'port' | 'args'> & { args: (port: number) => string[] };
}

export async function runAgainst(options: AgainstOptions): Promise<SideBySideResult> {
  const { log } = options;
  const result: SideBySideResult = {
    date: new Date().toISOString(),
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
      memoryBytes: totalmem(),
      node: process.versions.node,
      astro: options.astroVersion,
      starlight: STARLIGHT_VERSION,
      commit: options.commit,
    },
    command: options.command,
    options: { chapters: options.chapterCounts, runs: options.runs, largeRuns: options.largeRuns, perPart: options.corpus.perPart, words: options.corpus.words, seed: options.corpus.seed, variants: options.variants, editsAt: options.editsAt, edits: options.edits },
    load: { start: loadavg(), end: [] },
    samples: [],
    edits: [],
  };
  const installDir = options.variants.includes('starlight') ? await installStarlight(options.root, options.astroVersion, log) : undefined;
  const starlightSites: string[] = [];
  try {
    for (const chapters of options.chapterCounts) {
      const started = performance.now();
      const corpus: Corpus = generateCorpus({ ...options.corpus, chapters }, options.ladder);
      const contentDir = join(options.work, `content-${chapters}`);
      await writeCorpus(corpus, contentDir);
      const siteName = `bench-${process.pid}-${chapters}`;
      const starlightDir = installDir ? await writeStarlightProject(installDir, options.astroVersion, siteName, corpus, options.base) : undefined;
      if (starlightDir) starlightSites.push(starlightDir);
      log(`N=${chapters}: ${corpus.counts.chapters} chapters in ${corpus.counts.parts} parts written for both tools in ${seconds(performance.now() - started)} s`);

      // The chapter edits change: one in the middle of the handbook.
      const chapterKey = [...corpus.files.keys()].filter((k) => k.startsWith('chapters/')).sort()[Math.floor(chapters / 2)]!;
      const chapterId = chapterKey.replace(/^chapters\//, '').replace(/\/\d+-/, '/').replace(/\.mdx$/, '');
      const tools = new Map<VariantName, Tool>();
      const ladderbookDev = {
        cwd: options.projectDir,
        args: (port: number) => ['node_modules/astro/bin/astro.mjs', 'dev', '--host', '127.0.0.1', '--port', String(port)],
        env: { ...BENCH_ENV, HANDBOOK_CONTENT_DIR: contentDir, HANDBOOK_BASE: options.base, HANDBOOK_SOCIAL_IMAGES: 'none' },
      };
      for (const variant of options.variants) {
        if (variant === 'starlight') {
          const dir = starlightDir!;
          tools.set(variant, {
            variant,
            job: { cwd: dir, args: ['../../node_modules/astro/bin/astro.mjs', 'build'], env: {}, outDir: join(dir, 'dist'), caches: [join(dir, 'dist'), ...projectCaches(dir)] },
            chapterFile: join(dir, 'src/content/docs', starlightPath(chapterKey)),
            chapterPath: `${starlightPath(chapterKey).replace(/\.mdx$/, '')}/`,
            dev: { cwd: dir, args: (port) => ['../../node_modules/astro/bin/astro.mjs', 'dev', '--host', '127.0.0.1', '--port', String(port)], env: {} },
          });
          continue;
        }
        const job = ladderbookJob({
          projectDir: options.projectDir,
          contentDir,
          outDir: join(options.work, `out-${chapters}-${variant}`),
          base: options.base,
          processor: 'satteri',
          builder: variant === 'ladderbook-astro' ? 'astro build' : 'npm run build',
          // Like with like: Starlight makes no social images, so the comparison builds only the
          // site-wide card; `ladderbook-images` builds what handbook.config.ts turns on.
          socialImages: variant === 'ladderbook-images' ? undefined : 'none',
        });
        tools.set(variant, { variant, job, chapterFile: join(contentDir, chapterKey), chapterPath: `chapters/${chapterId}/`, dev: ladderbookDev });
      }

      const variants = options.variants.filter((v) => v !== 'ladderbook-images' || chapters <= options.imagesUpTo);
      const samples = new Map<VariantName, ToolSample>(variants.map((v) => [v, { chapters, variant: v, runs: [] }]));
      const rounds = chapters > 1000 ? options.largeRuns : options.runs;
      for (let round = 0; round < rounds; round++) {
        // Take turns, and start each round with a different tool, so a busy spell on the shared
        // machine does not always fall on the same one.
        const order = variants.map((_, i) => variants[(i + round) % variants.length]!);
        for (const variant of order) {
          const sample = samples.get(variant)!;
          if (sample.failed) continue;
          const tool = tools.get(variant)!;
          try {
            const m = await measureBuild(tool.job, { timeoutMs: options.timeoutMs });
            sample.runs.push(stripLog(m));
            log(`N=${chapters} ${variant} run ${round + 1}/${rounds}: ${seconds(m.wallMs)} s wall, ${seconds(m.cpuMs)} s CPU, ${gb(m.peakTreeRss)} GB peak (largest process ${gb(m.peakMainRss)} GB), ${m.pages} pages (load ${m.loadBefore.toFixed(2)})`);
          } catch (error) {
            const failure = error as Error & { measure?: BuildMeasure };
            const tail = String(failure.message).split('\n').filter((l) => /error|heap|memory|killed|signal|stopped by the bench/i.test(l)).slice(-2).join(' ').slice(0, 300);
            sample.failed = { afterMs: failure.measure?.wallMs ?? 0, peakTreeRss: failure.measure?.peakTreeRss ?? 0, message: tail || 'see the log' };
            log(`N=${chapters} ${variant} run ${round + 1}: FAILED after ${seconds(sample.failed.afterMs)} s (${gb(sample.failed.peakTreeRss)} GB): ${sample.failed.message}`);
          }
        }
      }
      for (const [variant, sample] of samples) {
        const tool = tools.get(variant)!;
        if (existsSync(tool.job.outDir) && sample.runs.length) sample.output = outputFigures(tool.job.outDir);
        result.samples.push(withMedian(sample));
        if (variant !== 'starlight') await rm(tool.job.outDir, { recursive: true, force: true });
      }

      if (options.editsAt.includes(chapters)) {
        // With its images, a rebuild shows what the image cache saves; the dev server draws images on request only.
        for (const variant of ['ladderbook', 'ladderbook-images', 'starlight'] as const) {
          const tool = tools.get(variant);
          if (!tool || !samples.has(variant) || samples.get(variant)!.failed) continue;
          result.edits.push(await timeEdits(tool, chapters, { ...options, edits: variant === 'ladderbook-images' ? 0 : options.edits }, log));
          if (variant !== 'starlight') await rm(tool.job.outDir, { recursive: true, force: true });
        }
      }
      if (starlightDir && !options.keep) await rm(starlightDir, { recursive: true, force: true });
      if (!options.keep) await rm(contentDir, { recursive: true, force: true });
    }
  } finally {
    if (!options.keep) for (const dir of starlightSites) await rm(dir, { recursive: true, force: true });
    result.load.end = loadavg();
  }
  return result;
}

/** A cold build, then rebuilds after edits, then the dev server's save-to-page time, for one tool. */
async function timeEdits(tool: Tool, chapters: number, options: AgainstOptions, log: (line: string) => void): Promise<EditFigures> {
  const figures: EditFigures = { chapters, variant: tool.variant, rebuilds: [], rebuildShowsEdit: true, devMs: [], devBusyMs: [] };
  const page = join(tool.job.outDir, tool.chapterPath, 'index.html');
  try {
    const cold = await measureBuild(tool.job, { timeoutMs: options.timeoutMs });
    figures.cold = stripLog(cold);
    log(`N=${chapters} ${tool.variant} cold build before the edits: ${seconds(cold.wallMs)} s`);
    for (let n = 1; n <= options.runs; n++) {
      const marker = editMarker(n);
      const restore = editFile(tool.chapterFile, marker);
      try {
        const m = await measureBuild(tool.job, { warm: true, timeoutMs: options.timeoutMs });
        figures.rebuilds.push(stripLog(m));
        const shows = existsSync(page) && readFileSync(page, 'utf8').includes(`zqxedit${n}`);
        figures.rebuildShowsEdit &&= shows;
        log(`N=${chapters} ${tool.variant} rebuild after an edit ${n}/${options.runs}: ${seconds(m.wallMs)} s wall, ${gb(m.peakTreeRss)} GB${shows ? '' : ' — the page does NOT show the edit'}`);
      } finally {
        restore();
      }
    }
  } catch (error) {
    figures.error = `rebuild: ${String((error as Error).message).split('\n')[0]}`;
    log(`N=${chapters} ${tool.variant} rebuild failed: ${figures.error}`);
  }
  if (options.edits > 0) {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}${options.base}${tool.chapterPath}`;
    let server: Awaited<ReturnType<typeof startDevServer>> | undefined;
    try {
      server = await startDevServer({ cwd: tool.dev.cwd, args: tool.dev.args(port), env: tool.dev.env, port }, url);
      figures.devStartMs = server.startMs;
      log(`N=${chapters} ${tool.variant} dev server answered after ${seconds(server.startMs)} s`);
      await settled(server.child.pid!);
      for (let n = 1; n <= options.edits; n++) {
        await get(url);
        const marker = editMarker(100 + n);
        const saved = performance.now();
        const restore = editFile(tool.chapterFile, marker);
        try {
          const ms = await waitForText(url, `zqxedit${100 + n}`);
          figures.devMs.push(ms);
          // What the server does after the page is back (Ladderbook re-indexes search) runs until it settles.
          await settled(server.child.pid!);
          figures.devBusyMs.push(performance.now() - saved - SETTLED_MS);
          log(`N=${chapters} ${tool.variant} dev server: save to updated page ${seconds(ms)} s, busy for ${seconds(figures.devBusyMs.at(-1)!)} s`);
        } finally {
          restore();
          await settled(server.child.pid!);
        }
      }
    } catch (error) {
      figures.error = `${figures.error ? `${figures.error}; ` : ''}dev server: ${String((error as Error).message).split('\n')[0]}`;
      log(`N=${chapters} ${tool.variant} ${figures.error}`);
    } finally {
      await server?.stop();
    }
  }
  return figures;
}

function stripLog({ log: _log, timeline: _timeline, ...kept }: BuildMeasure): RunFigures {
  return kept;
}
