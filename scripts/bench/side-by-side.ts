/**
 * The side-by-side report of `npm run bench -- --against starlight`: the same chapters built by
 * Ladderbook and by Starlight, cold and alternately, with the goals of issue #16 checked against
 * the medians. Pure: against.ts measures, run.ts writes the JSON and Markdown.
 */
import { median } from './page-weight.ts';
import { gb, medianRun, seconds, type RunFigures } from './report.ts';

/** What is built and how: Ladderbook by `npm run build` or a plain `astro build`, Starlight by `astro build`. */
export const VARIANTS = {
  ladderbook: {
    label: 'Ladderbook, `npm run build`',
    builds: 'chapters, part pages, the ladder (levels, comparisons, level quizzes), print edition, search index, sitemap; one site-wide social image',
  },
  'ladderbook-astro': {
    label: 'Ladderbook, `astro build`',
    builds: 'the same site as `npm run build`',
  },
  starlight: {
    label: 'Starlight, `astro build`',
    builds: 'chapters, a home page, 404, search index, sitemap',
  },
  'ladderbook-images': {
    label: 'Ladderbook, `npm run build`, social images as configured',
    builds: 'the same site, plus the social images `handbook.config.ts` turns on (a PNG per level, chapter and quiz by default)',
  },
} as const;
export type VariantName = keyof typeof VARIANTS;

/** The variant every ratio is taken against. */
export const REFERENCE: VariantName = 'starlight';

export interface OutputFigures {
  /** HTML files in the output. */
  htmlFiles: number;
  /** Chapter pages: median and heaviest HTML, bytes. */
  chapterHtml: { median: number; max: number; count: number };
  /** Everything in the output folder. */
  bytes: number;
  /** PNG files under og/ (Ladderbook's social images). */
  images: number;
}

export interface ToolSample {
  chapters: number;
  variant: VariantName;
  runs: RunFigures[];
  /** Medians of the runs that finished; undefined when none did. */
  median?: RunFigures | undefined;
  /** Why a build failed (the end of its log), when one did; later runs of it at this size are skipped. */
  failed?: { afterMs: number; peakTreeRss: number; message: string } | undefined;
  output?: OutputFigures | undefined;
}

export interface EditFigures {
  chapters: number;
  variant: VariantName;
  /** The cold build made just before the rebuilds, with the same caches the rebuild then reuses. */
  cold?: RunFigures | undefined;
  /** Rebuilds, each after editing one chapter, with the previous build's output and caches kept. */
  rebuilds: RunFigures[];
  /** Whether every rebuilt page showed its edit. */
  rebuildShowsEdit: boolean;
  /** Dev server: milliseconds from saving the chapter to the page serving the new text, per edit. */
  devMs: number[];
  /** Dev server: milliseconds from saving the chapter until the server is idle again (Ladderbook re-indexes search for dev). */
  devBusyMs: number[];
  /** Dev server: milliseconds from starting it to the chapter page answering. */
  devStartMs?: number | undefined;
  error?: string | undefined;
}

export interface SideBySideResult {
  date: string;
  machine: { cpus: number; cpuModel: string; memoryBytes: number; node: string; astro: string; starlight: string; commit: string };
  command: string;
  options: { chapters: number[]; runs: number; largeRuns?: number; perPart: number; words: number; seed: number; variants: VariantName[]; editsAt: number[]; edits: number };
  /** The machine's load averages (1, 5, 15 minutes) when the bench started and ended. */
  load: { start: number[]; end: number[] };
  samples: ToolSample[];
  edits: EditFigures[];
}

/** A sample's medians from its finished runs. */
export function withMedian(sample: ToolSample): ToolSample {
  return { ...sample, median: sample.runs.length ? medianRun(sample.runs) : undefined };
}

export interface GoalCheck {
  goal: string;
  measured: string;
  /** undefined: could not be checked (a build failed, or the size was not run). */
  met: boolean | undefined;
}

const ratio = (a: number, b: number) => a / b;
const fixed = (x: number) => x.toFixed(2);

/** The goals of issue #16, part 3, checked on a result. */
export function checkGoals(result: SideBySideResult): GoalCheck[] {
  const find = (chapters: number, variant: VariantName) => result.samples.find((s) => s.chapters === chapters && s.variant === variant);
  const checks: GoalCheck[] = [];
  const reference = find(1000, REFERENCE);
  for (const variant of ['ladderbook', 'ladderbook-astro'] as const) {
    const ours = find(1000, variant);
    if (!ours) continue;
    const { label } = VARIANTS[variant];
    if (!ours.median || !reference?.median) {
      checks.push({ goal: `1,000 chapters, ${label}: at most 0.4 of Starlight's time and half its peak memory`, measured: ours.median ? 'Starlight did not finish' : 'the build failed', met: undefined });
      continue;
    }
    const time = ratio(ours.median.wallMs, reference.median.wallMs);
    const memory = ratio(ours.median.peakTreeRss, reference.median.peakTreeRss);
    checks.push(
      {
        goal: `1,000 chapters, ${label}: at most 0.4 of Starlight's time`,
        measured: `${fixed(time)} (${seconds(ours.median.wallMs)} s against ${seconds(reference.median.wallMs)} s)`,
        met: time <= 0.4,
      },
      {
        goal: `1,000 chapters, ${label}: at most half Starlight's peak memory`,
        measured: `${fixed(memory)} (${gb(ours.median.peakTreeRss)} GB against ${gb(reference.median.peakTreeRss)} GB)`,
        met: memory <= 0.5,
      },
    );
  }
  const large = Math.max(...result.options.chapters);
  if (large >= 10_000) {
    for (const variant of ['ladderbook', 'ladderbook-astro'] as const) {
      const small = find(1000, variant);
      const big = find(large, variant);
      if (!big) continue;
      const { label } = VARIANTS[variant];
      if (!big.median) {
        checks.push({ goal: `${large.toLocaleString('en')} chapters, ${label}: finishes`, measured: `failed after ${seconds(big.failed?.afterMs ?? 0)} s`, met: false });
        continue;
      }
      if (small?.median) {
        const growth = ratio(big.median.wallMs, small.median.wallMs);
        checks.push({
          goal: `${large.toLocaleString('en')} chapters, ${label}: at most 11 times its 1,000-chapter time`,
          measured: `×${growth.toFixed(1)} (${seconds(big.median.wallMs)} s against ${seconds(small.median.wallMs)} s)`,
          met: growth <= 11,
        });
      }
      checks.push({
        goal: `${large.toLocaleString('en')} chapters, ${label}: peak memory under 1.5 GB`,
        measured: `${gb(big.median.peakTreeRss)} GB (largest process ${gb(big.median.peakMainRss)} GB)`,
        met: big.median.peakTreeRss < 1.5e9,
      });
    }
  }
  for (const s of result.samples.filter((x) => x.variant === 'ladderbook' && x.output)) {
    checks.push({
      goal: `${s.chapters.toLocaleString('en')} chapters: every chapter page under 40 KB of HTML`,
      measured: `heaviest ${(s.output!.chapterHtml.max / 1024).toFixed(1)} KB`,
      met: s.output!.chapterHtml.max < 40 * 1024,
    });
  }
  for (const e of result.edits.filter((x) => x.variant === 'ladderbook')) {
    if (!e.cold || !e.rebuilds.length) continue;
    const rebuild = median(e.rebuilds.map((r) => r.wallMs));
    checks.push({
      goal: `${e.chapters.toLocaleString('en')} chapters: a rebuild after editing one chapter takes at most half a cold build, and shows the edit`,
      measured: `${fixed(rebuild / e.cold.wallMs)} (${seconds(rebuild)} s against ${seconds(e.cold.wallMs)} s)${e.rebuildShowsEdit ? '' : ', the edit did not show'}`,
      met: rebuild <= e.cold.wallMs / 2 && e.rebuildShowsEdit,
    });
  }
  return checks;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(0)} MB`;
const loads = (l: number[]) => l.map((x) => x.toFixed(2)).join(', ');

/** The report as Markdown: the side-by-side table, what images add, rebuilds and the dev server, the goals. */
export function sideBySideMarkdown(result: SideBySideResult): string {
  const { machine, options } = result;
  const lines: string[] = [
    `Measured ${result.date.slice(0, 16).replace('T', ' ')} UTC on ${machine.cpus} × ${machine.cpuModel}, ${gb(machine.memoryBytes)} GB RAM, Node ${machine.node}, ` +
      `Astro ${machine.astro} (both tools), Starlight ${machine.starlight}, Ladderbook commit ${machine.commit}. ` +
      `Load average (1, 5, 15 min) at the start ${loads(result.load.start)}, at the end ${loads(result.load.end)}; each build's 1-minute load is in the JSON.`,
    '',
    `Command: \`${result.command}\`. The same generated chapters (~${options.words.toLocaleString('en')} words of MDX each: headings, lists, a GFM table, a code block, a callout, takeaways; ` +
      `${options.perPart} per part) go to both tools; for Starlight, links by content id become plain text and callouts become its asides. ` +
      `Every build is cold (output and Astro's caches removed), the tools take turns build by build, ${options.runs} round${options.runs === 1 ? '' : 's'}` +
      `${options.largeRuns !== undefined && options.largeRuns !== options.runs && options.chapters.some((n) => n > 1000) ? ` (${options.largeRuns} above 1,000 chapters)` : ''}; figures are medians. ` +
      'Peak memory is the resident memory of the build\'s whole process tree (Node, and Pagefind\'s process), summed, sampled every 50 ms.',
    '',
    '| chapters | tool and command | what it builds | pages | wall time (median) | each run | × Starlight | peak memory, all processes | × Starlight | largest process | chapter page (median / heaviest) |',
    '| ---: | --- | --- | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: |',
  ];
  const sizes = [...new Set(result.samples.map((s) => s.chapters))].sort((a, b) => a - b);
  for (const n of sizes) {
    const reference = result.samples.find((s) => s.chapters === n && s.variant === REFERENCE)?.median;
    for (const s of result.samples.filter((x) => x.chapters === n)) {
      const v = VARIANTS[s.variant];
      const label = s.variant === 'starlight' ? v.label.replace('Starlight', `Starlight ${machine.starlight}`) : v.label;
      const m = s.median;
      const page = s.output ? `${kb(s.output.chapterHtml.median)} / ${kb(s.output.chapterHtml.max)}` : '–';
      if (!m) {
        const f = s.failed;
        lines.push(`| ${n.toLocaleString('en')} | ${label} | ${v.builds} | – | **failed** after ${seconds(f?.afterMs ?? 0)} s: ${f?.message ?? ''} | – | – | ${f ? `${gb(f.peakTreeRss)} GB before failing` : '–'} | – | – | – |`);
        continue;
      }
      const vs = (ours: number, theirs: number | undefined) => (theirs && s.variant !== REFERENCE ? fixed(ours / theirs) : '–');
      lines.push(
        `| ${n.toLocaleString('en')} | ${label} | ${v.builds} | ${Math.round(m.pages).toLocaleString('en')} | **${seconds(m.wallMs)} s** | ${s.runs.map((r) => seconds(r.wallMs)).join(' / ')} | ${vs(m.wallMs, reference?.wallMs)} | ` +
          `**${gb(m.peakTreeRss)} GB** | ${vs(m.peakTreeRss, reference?.peakTreeRss)} | ${gb(m.peakMainRss)} GB | ${page} |`,
      );
    }
  }

  const withImages = result.samples.filter((s) => s.variant === 'ladderbook-images' && s.median);
  if (withImages.length) {
    lines.push('', '### What the social images add (Ladderbook, `npm run build`)', '', '| chapters | images | wall time | CPU time | peak memory | output |', '| ---: | --- | ---: | ---: | ---: | ---: |');
    for (const s of withImages) {
      const plain = result.samples.find((x) => x.chapters === s.chapters && x.variant === 'ladderbook');
      for (const x of [plain, s]) {
        if (!x?.median) continue;
        const images = x.output ? `${x.output.images.toLocaleString('en')} (${x.variant === 'ladderbook' ? 'site-wide card only' : 'as configured'})` : '–';
        lines.push(`| ${x.chapters.toLocaleString('en')} | ${images} | ${seconds(x.median.wallMs)} s | ${seconds(x.median.cpuMs)} s | ${gb(x.median.peakTreeRss)} GB | ${x.output ? mb(x.output.bytes) : '–'} |`);
      }
    }
  }

  if (result.edits.length) {
    lines.push(
      '',
      '### After editing one chapter',
      '',
      'A sentence with a new word is added to one chapter\'s first paragraph. The rebuild keeps the previous build\'s output and Astro\'s caches; the cold build is the one made just before it. ' +
        'The dev server time runs from saving the file to the page serving the new text (polled every 50 ms), after the server has settled from the previous edit; ' +
          '"busy" runs from the save until the server\'s processes use under a tenth of a core for two seconds.',
      '',
      '| chapters | tool | cold build | rebuild (each) | rebuild ÷ cold | dev server: start to first page | dev server: save to updated page (median; each) | dev server busy after a save (median) |',
      '| ---: | --- | ---: | --- | ---: | ---: | --- | ---: |',
    );
    for (const e of result.edits) {
      const rebuild = e.rebuilds.length ? median(e.rebuilds.map((r) => r.wallMs)) : undefined;
      const tool = e.variant === 'starlight' ? `Starlight ${machine.starlight}` : e.variant === 'ladderbook-images' ? 'Ladderbook, social images as configured' : 'Ladderbook';
      lines.push(
        `| ${e.chapters.toLocaleString('en')} | ${tool} | ${e.cold ? `${seconds(e.cold.wallMs)} s` : '–'} | ${e.rebuilds.map((r) => `${seconds(r.wallMs)} s`).join(' / ') || '–'}${e.rebuilds.length && !e.rebuildShowsEdit ? ' (**edit missing**)' : ''} | ` +
          `${rebuild && e.cold ? fixed(rebuild / e.cold.wallMs) : '–'} | ${e.devStartMs ? `${seconds(e.devStartMs)} s` : '–'} | ` +
          `${e.devMs.length ? `**${seconds(median(e.devMs))} s**; ${e.devMs.map((ms) => seconds(ms)).join(' / ')}` : '–'}${e.error ? ` (${e.error})` : ''} | ` +
          `${e.devBusyMs.length ? `${seconds(median(e.devBusyMs))} s` : '–'} |`,
      );
    }
  }

  const goals = checkGoals(result);
  if (goals.length) {
    lines.push('', '### Goals (issue #16, part 3)', '', '| goal | measured | |', '| --- | --- | --- |');
    for (const g of goals) lines.push(`| ${g.goal} | ${g.measured} | ${g.met === undefined ? 'not measured' : g.met ? 'met' : '**not met**'} |`);
  }
  return `${lines.join('\n')}\n`;
}
