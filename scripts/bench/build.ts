/**
 * Runs one cold `npm run build` (scripts/build.ts: `astro build`, then Pagefind) and measures it:
 * wall time, peak memory, and a timeline of the build's phases taken from when each log line arrived.
 *
 * Builds run in a private copy of the project (src/, public/ and the root config files, with
 * node_modules linked), so a bench never touches the project's own `.astro/`, Astro's content cache
 * in node_modules/.astro, or dist/, and can run while someone else builds or tests in the project.
 */
import { spawn } from 'node:child_process';
import { cp, mkdir, readdir, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import type { MarkdownProcessorName } from '../../src/integrations/markdown-processor.ts';

/** What a private project copy needs besides content (which comes from HANDBOOK_CONTENT_DIR). */
const PROJECT_FILES = ['astro.config.mjs', 'handbook.config.ts', 'tsconfig.json', 'package.json', 'src', 'public', 'scripts'];
/**
 * The bench's handbooks are in one language. The generated chapters have no translations, and each
 * further language would add a fallback copy of every chapter: a one-language handbook builds none,
 * nor does Starlight on the other side of the comparison. The copy's config is the project's with its
 * first language only, named to the builds by HANDBOOK_CONFIG.
 */
const BENCH_CONFIG = 'bench.config.ts';
const BENCH_CONFIG_SOURCE = `import handbook from './handbook.config.ts';
export default { ...handbook, locales: handbook.locales?.slice(0, 1) };
`;
/** The environment every Ladderbook build or dev server of the bench runs with. */
export const BENCH_ENV = { HANDBOOK_CONFIG: BENCH_CONFIG } as const;

/** Caches inside node_modules that must stay private to the copy. */
const PRIVATE_IN_NODE_MODULES = new Set(['.astro', '.vite', '.cache']);

/**
 * Copies the project into `dir` and links each package of its node_modules (a real folder, so
 * `node_modules/.astro` and `.vite` stay private to the copy). Returns the copy's root.
 */
export async function copyProject(root: string, dir: string): Promise<string> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(join(dir, 'node_modules'), { recursive: true });
  for (const name of PROJECT_FILES) {
    if (existsSync(join(root, name))) await cp(join(root, name), join(dir, name), { recursive: true });
  }
  await writeFile(join(dir, BENCH_CONFIG), BENCH_CONFIG_SOURCE);
  for (const name of await readdir(join(root, 'node_modules'))) {
    if (!PRIVATE_IN_NODE_MODULES.has(name)) await symlink(join(root, 'node_modules', name), join(dir, 'node_modules', name));
  }
  return dir;
}

/** How Ladderbook is built: `npm run build` (scripts/build.ts) or a plain `astro build`. */
export type Builder = 'npm run build' | 'astro build';

export interface LadderbookBuild {
  /** The project copy to build in. */
  projectDir: string;
  contentDir: string;
  outDir: string;
  base: string;
  processor: MarkdownProcessorName;
  /** Defaults to `npm run build`. */
  builder?: Builder | undefined;
  /** HANDBOOK_SOCIAL_IMAGES for the build (`all`, `none`, `levels,quizzes` …); unset: as the config says. */
  socialImages?: string | undefined;
}

/** One build to measure: a Node command, where it runs, and what makes it cold. */
export interface BuildJob {
  cwd: string;
  /** Arguments to `node`. */
  args: string[];
  env: Record<string, string>;
  /** The build's output folder. */
  outDir: string;
  /** Output and caches removed before a cold build. */
  caches: string[];
}

const BUILDER_ARGS: Record<Builder, string[]> = {
  'npm run build': ['scripts/build.ts'],
  'astro build': ['node_modules/astro/bin/astro.mjs', 'build'],
};

/** A Ladderbook build of `contentDir` in a project copy (see copyProject). */
export function ladderbookJob(options: LadderbookBuild): BuildJob {
  return {
    cwd: options.projectDir,
    args: BUILDER_ARGS[options.builder ?? 'npm run build'],
    env: {
      ...BENCH_ENV,
      HANDBOOK_CONTENT_DIR: options.contentDir,
      HANDBOOK_OUT_DIR: options.outDir,
      HANDBOOK_BASE: options.base,
      HANDBOOK_MARKDOWN: options.processor,
      ...(options.socialImages ? { HANDBOOK_SOCIAL_IMAGES: options.socialImages } : {}),
    },
    outDir: options.outDir,
    caches: [options.outDir, ...projectCaches(options.projectDir)],
  };
}

/** Astro's caches in a project: generated types, the content layer's store, Vite's cache. */
export function projectCaches(projectDir: string): string[] {
  return [join(projectDir, '.astro'), join(projectDir, 'node_modules/.astro'), join(projectDir, 'node_modules/.vite')];
}

/** Milliseconds from the start of the build to each phase boundary seen in the log. */
export type Timeline = Partial<Record<(typeof MARKS)[number]['name'], number>>;

export interface BuildMeasure {
  wallMs: number;
  /** Peak of the summed resident memory of the build's process tree (node plus Pagefind), sampled every 50 ms. */
  peakTreeRss: number;
  /** Peak resident memory of the largest single process in the tree, the astro one (the kernel's VmHWM). */
  peakMainRss: number;
  /** CPU time (user + system) of the build's process tree (Pagefind included), last sampled just before it exited. */
  cpuMs: number;
  /** The machine's 1-minute load average when the build started: other work skews wall times. */
  loadBefore: number;
  timeline: Timeline;
  /** Phase durations (ms) derived from the timeline. */
  phases: Record<string, number>;
  /** The highest summed resident memory of the process tree seen during each phase (bytes). */
  phaseRss: Record<string, number>;
  /** Pages Astro reports as built. */
  pages: number;
  log: string;
}

/** Log lines that mark phase boundaries, in the order Astro prints them. */
const MARKS = [
  { name: 'syncStart', pattern: /\[content\] Syncing content/ },
  { name: 'syncEnd', pattern: /\[content\] Synced content/ },
  { name: 'typesEnd', pattern: /\[types\] Generated/ },
  { name: 'collectStart', pattern: /Collecting build info/ },
  { name: 'bundleStart', pattern: /Building static entrypoints/ },
  { name: 'renderStart', pattern: /generating static routes/ },
  { name: 'renderEnd', pattern: /^\S*\s*✓ Completed in/ },
  // Ladderbook's index line (after astro build, or from its build:done hook), or Starlight's.
  { name: 'indexEnd', pattern: /search index: \d+ pages|Finished building search index/ },
  { name: 'done', pattern: /page\(s\) built in/ },
] as const;

/** The later of Astro's "built" line and the search index line: after it the processes only exit. */
function lastMark(t: Timeline): number | undefined {
  const seen = [t.done, t.indexEnd].filter((at) => at !== undefined);
  return seen.length ? Math.max(...seen) : undefined;
}

/**
 * Phase durations from a timeline: `startup` is Node, the Astro config and the content check (all
 * before the first log line), `bundle` is Vite/Rolldown, `render` writes the HTML, `index` is Pagefind.
 */
export function phasesOf(t: Timeline, wallMs: number): Record<string, number> {
  const span = (from: number | undefined, to: number | undefined) => (from !== undefined && to !== undefined ? Math.max(0, to - from) : NaN);
  return {
    startup: t.syncStart ?? NaN,
    contentSync: span(t.syncStart, t.syncEnd),
    types: span(t.syncEnd, t.typesEnd),
    collect: span(t.typesEnd, t.bundleStart),
    bundle: span(t.bundleStart, t.renderStart),
    render: span(t.renderStart, t.renderEnd),
    index: span(t.renderEnd, t.indexEnd),
    exit: span(lastMark(t), wallMs),
  };
}

/** The phase windows of a timeline, in ms from the start (those whose bounds were seen). */
export function phaseWindows(t: Timeline, wallMs: number): { name: string; from: number; to: number }[] {
  const windows = [
    { name: 'startup', from: 0, to: t.syncStart },
    { name: 'contentSync', from: t.syncStart, to: t.syncEnd },
    { name: 'types', from: t.syncEnd, to: t.typesEnd },
    { name: 'collect', from: t.typesEnd, to: t.bundleStart },
    { name: 'bundle', from: t.bundleStart, to: t.renderStart },
    { name: 'render', from: t.renderStart, to: t.renderEnd },
    { name: 'index', from: t.renderEnd, to: t.indexEnd },
    { name: 'exit', from: lastMark(t), to: wallMs },
  ];
  return windows.filter((w): w is { name: string; from: number; to: number } => w.from !== undefined && w.to !== undefined);
}

function rssByPhase(t: Timeline, wallMs: number, samples: { at: number; rss: number }[]): Record<string, number> {
  return Object.fromEntries(
    phaseWindows(t, wallMs).map((w) => [w.name, Math.max(0, ...samples.filter((s) => s.at >= w.from && s.at < w.to).map((s) => s.rss))]),
  );
}

const PAGE_SIZE = 4096;

/** The pid and every descendant of it, from /proc (Linux). */
function processTree(root: number): number[] {
  const parentOf = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parentOf.set(Number(entry), Number(fields[1]));
    } catch {
      /* the process ended meanwhile */
    }
  }
  const tree = [root];
  for (let i = 0; i < tree.length; i++) for (const [pid, ppid] of parentOf) if (ppid === tree[i]) tree.push(pid);
  return tree;
}

function residentBytes(pid: number): number {
  try {
    return Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * PAGE_SIZE;
  } catch {
    return 0;
  }
}

const TICKS_PER_SECOND = 100;

/** CPU time of a process and its reaped children, in ms (utime + stime + cutime + cstime). */
function cpuTime(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // Fields 14–17 of /proc/<pid>/stat, counted from the state field (index 0 here = field 3).
    const ticks = [11, 12, 13, 14].reduce((sum, i) => sum + Number(fields[i]), 0);
    return (ticks * 1000) / TICKS_PER_SECOND;
  } catch {
    return 0;
  }
}

function highWaterMark(pid: number): number {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

export interface MeasureOptions {
  /** Keep the output and caches of the previous build (a rebuild); cold by default. */
  warm?: boolean | undefined;
  /** Write V8 CPU profiles of the build's node processes into this folder (see largestProfile). */
  cpuProfileDir?: string | undefined;
  /** Stop the build (and everything it started) after this long and count it as failed. */
  timeoutMs?: number | undefined;
}

/** Process groups of the builds running now, so an interrupted bench can stop them. */
const running = new Set<number>();

/** Stops every build this process started and has not seen finish (the whole process group of each). */
export function stopBuilds(): void {
  for (const pgid of running) {
    try {
      process.kill(-pgid, 'SIGKILL');
    } catch {
      /* already gone */
    }
  }
}

/** Runs one build (cold unless `warm`) and measures it; rejects with the build's log when it fails. */
export async function measureBuild(job: BuildJob, options: MeasureOptions = {}): Promise<BuildMeasure> {
  if (!options.warm) for (const dir of job.caches) await rm(dir, { recursive: true, force: true });
  const profiling = options.cpuProfileDir ? { NODE_OPTIONS: `--cpu-prof --cpu-prof-dir=${options.cpuProfileDir}` } : {};
  const loadBefore = loadavg()[0]!;
  const started = performance.now();
  const child = spawn(process.execPath, job.args, {
    cwd: job.cwd,
    env: {
      ...process.env,
      ...profiling,
      ...job.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
      FORCE_COLOR: '0',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, so a timeout or an interrupted bench stops Pagefind too.
    detached: true,
  });
  if (child.pid) running.add(child.pid);
  let timedOut = false;
  const deadline = options.timeoutMs
    ? setTimeout(() => {
        timedOut = true;
        try {
          process.kill(-child.pid!, 'SIGKILL');
        } catch {
          /* already gone */
        }
      }, options.timeoutMs)
    : undefined;
  const timeline: Timeline = {};
  let log = '';
  let pending = '';
  const onData = (chunk: Buffer) => {
    const now = performance.now() - started;
    pending += chunk.toString('utf8');
    const lines = pending.split('\n');
    pending = lines.pop()!;
    for (const raw of lines) {
      const line = raw.replace(/\x1b\[[0-9;]*m/g, '');
      log += `${line}\n`;
      for (const mark of MARKS) {
        if (timeline[mark.name] !== undefined || !mark.pattern.test(line)) continue;
        // "✓ Completed in" also ends earlier steps; only the one after rendering starts counts.
        if (mark.name === 'renderEnd' && timeline.renderStart === undefined) continue;
        timeline[mark.name] = now;
      }
    }
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);

  let peakTreeRss = 0;
  let peakMainRss = 0;
  let cpuMs = 0;
  const samples: { at: number; rss: number }[] = [];
  const sample = () => {
    if (!child.pid) return;
    const tree = processTree(child.pid);
    // Live processes count their own time; ended ones are in their parent's children's time.
    cpuMs = Math.max(cpuMs, tree.reduce((sum, pid) => sum + cpuTime(pid), 0));
    const rss = tree.reduce((sum, pid) => sum + residentBytes(pid), 0);
    samples.push({ at: performance.now() - started, rss });
    peakTreeRss = Math.max(peakTreeRss, rss);
    peakMainRss = Math.max(peakMainRss, ...tree.map(highWaterMark));
  };
  const timer = setInterval(sample, 50);
  const code = await new Promise<number>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (c) => resolve(c ?? 1));
  });
  clearInterval(timer);
  clearTimeout(deadline);
  if (child.pid) running.delete(child.pid);
  const wallMs = performance.now() - started;
  if (timedOut) log += `\nstopped by the bench after ${Math.round(wallMs / 1000)} s (--timeout)\n`;
  if (pending) log += pending;
  if (code !== 0) {
    const failure = new Error(`the build failed (exit ${code}):\n${log.slice(-4000)}`) as Error & { measure?: BuildMeasure };
    // Not enumerable: the figures travel with the error without being printed with it.
    Object.defineProperty(failure, 'measure', { value: { wallMs, peakTreeRss, peakMainRss, cpuMs, loadBefore, timeline, phases: phasesOf(timeline, wallMs), phaseRss: {}, pages: 0, log } });
    throw failure;
  }
  const pages = Number(/(\d+) page\(s\) built in/.exec(log)?.[1] ?? NaN);
  return { wallMs, peakTreeRss, peakMainRss, cpuMs, loadBefore, timeline, phases: phasesOf(timeline, wallMs), phaseRss: rssByPhase(timeline, wallMs, samples), pages, log };
}

/** The largest `.cpuprofile` in a folder: of the profiles `node --cpu-prof` wrote, the astro process's. */
export async function largestProfile(dir: string): Promise<string | undefined> {
  const files = await Promise.all((await readdir(dir)).filter((n) => n.endsWith('.cpuprofile')).map(async (n) => ({ file: join(dir, n), size: (await stat(join(dir, n))).size })));
  return files.sort((a, b) => b.size - a.size)[0]?.file;
}
