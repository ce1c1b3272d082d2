/**
 * Where a build's main thread spends its time, from a V8 CPU profile (`node --cpu-prof`): self
 * time by package and by function, overall and per build phase. Work Rolldown and Pagefind do in
 * native threads or their own process does not show up here, which is why the bench also reports
 * the phase timeline from Astro's log.
 */

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
/** The parts of V8's `.cpuprofile` JSON this module reads. */
export interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface Cost {
  name: string;
  ms: number;
}

export interface ProfileSummary {
  totalMs: number;
  byPackage: Cost[];
  byFunction: Cost[];
  /** For each phase window, the packages that cost the most in it. */
  byPhase: { phase: string; ms: number; byPackage: Cost[] }[];
}

/**
 * Groups a script URL: `astro`, `@astrojs/mdx`, `project:src/data`, `node:internal`, `(garbage
 * collector)`… Files the build bundled into its output (`out/.prerender`, chunks) count as `site bundle`.
 */
export function packageOf(frame: CallFrame): string {
  const url = frame.url;
  if (!url) return frame.functionName.startsWith('(') ? frame.functionName : '(native)';
  if (url.startsWith('node:')) return 'node:internal';
  const nm = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url);
  if (nm) return nm[1]!;
  const src = /\/(src\/[^/]+)\//.exec(url);
  if (src && !/\/(dist|out|\.prerender|chunks)\//.test(url)) return `project:${src[1]}`;
  if (/\/(chunks|\.prerender|pages|entry)[^/]*\/|\.mjs$/.test(url) && /\/(out|dist|\.astro)\//.test(url)) return 'site bundle';
  if (url.includes('/content/')) return 'content modules';
  return url.replace(/^file:\/\//, '').split('/').slice(-2).join('/');
}

function top(map: Map<string, number>, limit: number): Cost[] {
  return [...map]
    .map(([name, us]) => ({ name, ms: Math.round(us / 1000) }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, limit);
}

/** Summarises a profile; `phases` are windows in ms from the start of the profile. */
export function summarizeProfile(profile: CpuProfile, phases: { name: string; from: number; to: number }[] = [], limit = 15): ProfileSummary {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const byPackage = new Map<string, number>();
  const byFunction = new Map<string, number>();
  const perPhase = phases.map(() => new Map<string, number>());
  let t = 0;
  profile.samples.forEach((id, i) => {
    const delta = profile.timeDeltas[i] ?? 0;
    t += delta;
    const frame = nodes.get(id)?.callFrame;
    if (!frame) return;
    const pkg = packageOf(frame);
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + delta);
    const fn = `${frame.functionName || '(anonymous)'} ${pkg}${frame.url ? `:${frame.lineNumber + 1}` : ''}`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + delta);
    const ms = t / 1000;
    phases.forEach((p, j) => {
      if (ms >= p.from && ms < p.to) perPhase[j]!.set(pkg, (perPhase[j]!.get(pkg) ?? 0) + delta);
    });
  });
  return {
    totalMs: Math.round((profile.endTime - profile.startTime) / 1000),
    byPackage: top(byPackage, limit),
    byFunction: top(byFunction, limit),
    byPhase: phases.map((p, j) => ({ phase: p.name, ms: Math.round(p.to - p.from), byPackage: top(perPhase[j]!, 6) })),
  };
}

/** The summary as Markdown (for the bench report). */
export function profileMarkdown(summary: ProfileSummary): string {
  const table = (rows: Cost[], head: string) =>
    [`| ${head} | self time (ms) | share |`, '| --- | ---: | ---: |', ...rows.map((r) => `| ${r.name.replace(/\|/g, '\\|')} | ${r.ms} | ${((100 * r.ms) / summary.totalMs).toFixed(1)} % |`)].join('\n');
  const phases = summary.byPhase
    .filter((p) => Number.isFinite(p.ms) && p.ms > 0)
    .map((p) => `| ${p.phase} | ${p.ms} | ${p.byPackage.map((c) => `${c.name} ${c.ms}`).join(', ')} |`);
  return [
    `Main thread, ${summary.totalMs} ms profiled.`,
    '',
    table(summary.byPackage, 'package'),
    '',
    table(summary.byFunction, 'function'),
    ...(phases.length ? ['', '| phase | wall (ms) | main-thread self time by package (ms) |', '| --- | ---: | --- |', ...phases] : []),
  ].join('\n');
}
