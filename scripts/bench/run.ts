/**
 * `npm run bench -- --chapters 100,1000 --runs 3`
 * `npm run bench -- --against starlight --chapters 1000,10000 --runs 2`
 *
 * Generates a synthetic handbook of N chapters (plus parts, levels and quizzes) in a temporary
 * folder, builds it cold with each Markdown processor several times, weighs the output per kind of
 * page, and writes bench.json and bench.md (default folder tests/.output/bench/).
 *
 * With `--against starlight` it instead builds the same chapters with Ladderbook (`npm run build`
 * and a plain `astro build`) and with Starlight (installed from the npm registry into
 * .cache/bench/, never into the project), cold and taking turns, and at `--edits-at` sizes times a
 * rebuild after editing one chapter and the dev server from saving a chapter to the updated page.
 * It writes side-by-side.json and side-by-side.md (see against.ts and side-by-side.ts).
 *
 * Options:
 *   --against starlight       the side-by-side comparison (default sizes 1000; runs 2)
 *   --variants ladderbook,ladderbook-astro,starlight,ladderbook-images
 *                             what the comparison builds (see side-by-side.ts › VARIANTS);
 *                             ladderbook-images is left out above --images-up-to chapters
 *   --images-up-to 1000       the largest size that also builds Ladderbook with its social images
 *   --edits-at 1000           sizes at which rebuilds and the dev server are timed (0: none)
 *   --edits 3                 dev-server edits timed (the rebuilds follow --runs)
 *   --timeout 3600            seconds after which a build is stopped and reported as failed
 *   --large-runs 1            rounds at sizes above 1,000 chapters (default: --runs); Starlight
 *                             takes about half an hour for one build of 10,000
 *   --chapters 100,1000       corpus sizes
 *   --runs 3                  cold builds per size and processor (the median is reported)
 *   --processors satteri,unified
 *   --per-part 25             chapters per part
 *   --quiz-every 0            a check quiz for every k-th chapter (0: none, like the Starlight anchor; 1: every chapter)
 *   --words 2000              words per chapter
 *   --seed 1
 *   --social-images all       which kinds get their own social image: all, none, or e.g. levels,quizzes
 *                             (sets HANDBOOK_SOCIAL_IMAGES; without it, as handbook.config.ts says)
 *   --profile                 one more build of the largest corpus under `node --cpu-prof`, summarised
 *   --out tests/.output/bench
 *   --keep                    keep the temporary folders (content, outputs, profile, Starlight's site)
 */
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { MARKDOWN_PROCESSORS, type MarkdownProcessorName } from '../../src/integrations/markdown-processor.ts';
import { parseSocialImages } from '../../src/lib/config/resolve-config.ts';
import { copyProject, ladderbookJob, measureBuild, largestProfile, phaseWindows, stopBuilds, type BuildMeasure } from './build.ts';
import { stopDevServers } from './edits.ts';
import { DEFAULT_CORPUS, generateCorpus, readLadderSource, writeCorpus } from './generate.ts';
import { SiteReader } from './page-weight.ts';
import { profileMarkdown, summarizeProfile, type CpuProfile } from './profile.ts';
import { gb, markdownReport, medianRun, seconds, siteFigures, type BenchResult, type RunFigures, type Sample } from './report.ts';
import { runAgainst } from './against.ts';
import { VARIANTS, sideBySideMarkdown, type VariantName } from './side-by-side.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const BASE = '/handbook/';

const { values } = parseArgs({
  options: {
    chapters: { type: 'string', default: '100,1000' },
    runs: { type: 'string', default: '3' },
    processors: { type: 'string', default: MARKDOWN_PROCESSORS.join(',') },
    'per-part': { type: 'string', default: String(DEFAULT_CORPUS.perPart) },
    'quiz-every': { type: 'string', default: String(DEFAULT_CORPUS.quizEvery) },
    words: { type: 'string', default: String(DEFAULT_CORPUS.words) },
    seed: { type: 'string', default: String(DEFAULT_CORPUS.seed) },
    'social-images': { type: 'string' },
    profile: { type: 'boolean', default: false },
    out: { type: 'string', default: 'tests/.output/bench' },
    keep: { type: 'boolean', default: false },
    against: { type: 'string' },
    variants: { type: 'string', default: 'ladderbook,ladderbook-astro,starlight,ladderbook-images' },
    'images-up-to': { type: 'string', default: '1000' },
    'edits-at': { type: 'string', default: '1000' },
    edits: { type: 'string', default: '3' },
    timeout: { type: 'string', default: '3600' },
    'large-runs': { type: 'string' },
  },
});
if (values.against !== undefined && values.against !== 'starlight') throw new Error(`--against: only "starlight" is supported, got "${values.against}"`);
const against = values.against !== undefined;

function positiveInts(text: string, name: string, allowZero = false): number[] {
  const list = text.split(',').map((s) => Number(s.trim()));
  if (!list.length || list.some((n) => !Number.isInteger(n) || n < (allowZero ? 0 : 1))) {
    throw new Error(`--${name} expects ${allowZero ? 'non-negative' : 'positive'} whole numbers, got "${text}"`);
  }
  return list;
}

const chapterCounts = positiveInts(against && !process.argv.some((a) => a.startsWith('--chapters')) ? '1000' : values.chapters, 'chapters').sort((a, b) => a - b);
const [runs] = positiveInts(against && !process.argv.some((a) => a.startsWith('--runs')) ? '2' : values.runs, 'runs');
const variants = values.variants.split(',').map((v) => v.trim()) as VariantName[];
for (const v of variants) if (!(v in VARIANTS)) throw new Error(`--variants: unknown "${v}" (use ${Object.keys(VARIANTS).join(', ')})`);
const [imagesUpTo] = positiveInts(values['images-up-to'], 'images-up-to', true);
const editsAt = positiveInts(values['edits-at'], 'edits-at', true).filter((n) => n > 0);
const [edits] = positiveInts(values.edits, 'edits', true);
const [timeoutS] = positiveInts(values.timeout, 'timeout');
const [largeRuns] = values['large-runs'] === undefined ? [runs!] : positiveInts(values['large-runs'], 'large-runs');
const [perPart] = positiveInts(values['per-part'], 'per-part');
const [quizEvery] = positiveInts(values['quiz-every'], 'quiz-every', true);
const [words] = positiveInts(values.words, 'words');
const [seed] = positiveInts(values.seed, 'seed', true);
const socialImages = values['social-images'];
if (socialImages !== undefined) parseSocialImages(socialImages); // fails early on a typo
const processors = values.processors.split(',').map((p) => p.trim()) as MarkdownProcessorName[];
for (const p of processors) {
  if (!(MARKDOWN_PROCESSORS as readonly string[]).includes(p)) throw new Error(`--processors: unknown "${p}" (use ${MARKDOWN_PROCESSORS.join(', ')})`);
}

const work = await mkdtemp(join(tmpdir(), 'ladderbook-bench-'));
const outFolder = resolve(ROOT, values.out);
const log = (line: string) => console.log(`[bench] ${line}`);

function commit(): string {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'src', 'astro.config.mjs', 'package.json'], { cwd: ROOT, encoding: 'utf8' }).trim();
    return dirty ? `${head} + local changes` : head;
  } catch {
    return 'unknown';
  }
}

const figures = ({ log: _log, timeline: _timeline, ...kept }: BuildMeasure): RunFigures => kept;

// An interrupted bench still removes its temporary folders (and its builds end with it).
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    stopBuilds();
    stopDevServers();
    if (!values.keep) void rm(work, { recursive: true, force: true }).finally(() => process.exit(130));
    else process.exit(130);
  });
}

try {
  log(`working in ${work}`);
  const projectDir = await copyProject(ROOT, join(work, 'project'));
  const ladder = await readLadderSource(join(ROOT, 'content'));
  const astroVersion = (JSON.parse(await readFile(join(ROOT, 'node_modules/astro/package.json'), 'utf8')) as { version: string }).version;
  const command = `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim();
  if (against) {
    const result = await runAgainst({
      root: ROOT,
      work,
      projectDir,
      ladder,
      chapterCounts,
      runs: runs!,
      largeRuns: largeRuns!,
      corpus: { perPart: perPart!, quizEvery: quizEvery!, words: words!, seed: seed! },
      variants,
      imagesUpTo: imagesUpTo!,
      editsAt,
      edits: edits!,
      timeoutMs: timeoutS! * 1000,
      base: BASE,
      astroVersion,
      command,
      commit: commit(),
      keep: values.keep,
      log,
    });
    await mkdir(outFolder, { recursive: true });
    await writeFile(join(outFolder, 'side-by-side.json'), `${JSON.stringify(result, null, 2)}\n`);
    const markdown = sideBySideMarkdown(result);
    await writeFile(join(outFolder, 'side-by-side.md'), markdown);
    console.log(`\n${markdown}`);
    log(`wrote ${join(values.out, 'side-by-side.json')} and ${join(values.out, 'side-by-side.md')}`);
  } else {
    const result: BenchResult = {
      date: new Date().toISOString(),
      machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model.trim() ?? 'unknown', memoryBytes: totalmem(), node: process.versions.node, astro: astroVersion, commit: commit() },
      command,
      options: { chapters: chapterCounts, runs: runs!, processors, perPart: perPart!, quizEvery: quizEvery!, words: words!, seed: seed!, ...(socialImages ? { socialImages } : {}) },
      samples: [],
    };

    for (const chapters of chapterCounts) {
      const contentDir = join(work, `content-${chapters}`);
      const corpus = generateCorpus({ chapters, perPart: perPart!, quizEvery: quizEvery!, words: words!, seed: seed! }, ladder);
      await writeCorpus(corpus, contentDir);
      log(`N=${chapters}: ${corpus.counts.chapters} chapters in ${corpus.counts.parts} parts, ${corpus.counts.quizzes} quizzes, ${corpus.counts.words} words`);
      const measured = new Map<MarkdownProcessorName, BuildMeasure[]>(processors.map((p) => [p, []]));
      // Alternate processors run by run, so a busy spell on the machine does not favour one of them.
      for (let run = 1; run <= runs!; run++) {
        for (const processor of processors) {
          const outDir = join(work, `out-${chapters}-${processor}`);
          const m = await measureBuild(ladderbookJob({ projectDir, contentDir, outDir, base: BASE, processor, socialImages }));
          measured.get(processor)!.push(m);
          log(`N=${chapters} ${processor} run ${run}/${runs}: ${seconds(m.wallMs)} s wall, ${seconds(m.cpuMs)} s CPU, ${gb(m.peakTreeRss)} GB peak, ${m.pages} pages (load ${m.loadBefore.toFixed(1)})`);
        }
      }
      for (const processor of processors) {
        const site = new SiteReader(join(work, `out-${chapters}-${processor}`), BASE).site();
        const runsOf = measured.get(processor)!.map(figures);
        const sample: Sample = { chapters, processor, corpus: corpus.counts, runs: runsOf, median: medianRun(runsOf), site: siteFigures(site) };
        result.samples.push(sample);
        await rm(join(work, `out-${chapters}-${processor}`), { recursive: true, force: true });
      }
    }

    if (values.profile) {
      const chapters = chapterCounts.at(-1)!;
      const processor = processors[0]!;
      const profileDir = join(work, 'profile');
      await mkdir(profileDir, { recursive: true });
      log(`profiling one build of N=${chapters} with ${processor} (node --cpu-prof)`);
      const m = await measureBuild(ladderbookJob({ projectDir, contentDir: join(work, `content-${chapters}`), outDir: join(work, 'out-profile'), base: BASE, processor, socialImages }), { cpuProfileDir: profileDir });
      const file = await largestProfile(profileDir);
      if (file) {
        const summary = summarizeProfile(JSON.parse(await readFile(file, 'utf8')) as CpuProfile, phaseWindows(m.timeline, m.wallMs), 20);
        result.profile = `N=${chapters}, ${processor}, ${seconds(m.wallMs)} s wall under the profiler (which slows it). ${profileMarkdown(summary)}`;
        await mkdir(outFolder, { recursive: true });
        await writeFile(join(outFolder, 'build.cpuprofile'), await readFile(file));
      }
    }

    await mkdir(outFolder, { recursive: true });
    await writeFile(join(outFolder, 'bench.json'), `${JSON.stringify(result, null, 2)}\n`);
    const markdown = markdownReport(result);
    await writeFile(join(outFolder, 'bench.md'), markdown);
    console.log(`\n${markdown}`);
    log(`wrote ${join(values.out, 'bench.json')} and ${join(values.out, 'bench.md')}`);
  }
} finally {
  if (values.keep) log(`kept ${work}`);
  else await rm(work, { recursive: true, force: true });
}
