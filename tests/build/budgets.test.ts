/**
 * Byte budgets a reader on a phone feels, checked on the default handbook (built by setup.ts with
 * base /handbook/), and reproducible builds. The budgets come from the performance issue: chapter
 * pages under 40 KB of HTML and no JavaScript but the page script (search trigger, theme switch;
 * ≤ 2 KB gzipped) until the reader opens search; quiz pages at most 8 KB of gzipped JS at load;
 * at most 12 KB of gzipped CSS on any page. Page weight is measured by scripts/bench/page-weight.ts,
 * the same code `npm run bench` reports with: every `<script src>`, module preload and inline
 * script, plus every chunk those import statically (`import()` loads on demand and is not counted).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadHandbookConfig } from '../../src/integrations/handbook-config.ts';
import { DEFAULT_SITE, FORK_SITE, ROOT, runBuild, siteDir } from '../support/sites.ts';
import { SiteReader, walk, type PageKind, type PageWeight } from '../../scripts/bench/page-weight.ts';

const KB = 1024;

/**
 * Budgets per kind of page: HTML raw, CSS gzipped, JS at load gzipped; `pageScriptOnly`: no JS but
 * the shell's. Chapter and quiz figures are the issue's; home and comparison pages are reading pages
 * like chapters; level pages hold the self-assessment and the search page its UI, so they get the
 * budget of the other interactive page, the quiz.
 */
const BUDGETS: { kind: PageKind; html?: number; css: number; js: number; pageScriptOnly: boolean }[] = [
  { kind: 'chapter', html: 40 * KB, css: 12 * KB, js: 2 * KB, pageScriptOnly: true },
  { kind: 'home', css: 12 * KB, js: 2 * KB, pageScriptOnly: true },
  { kind: 'comparison', css: 12 * KB, js: 2 * KB, pageScriptOnly: true },
  { kind: 'level', css: 12 * KB, js: 8 * KB, pageScriptOnly: false },
  { kind: 'quiz', css: 12 * KB, js: 8 * KB, pageScriptOnly: false },
  { kind: 'search', css: 12 * KB, js: 8 * KB, pageScriptOnly: false },
];

// Every language's pages are held to the same budgets (the default handbook ships German too).
const config = await loadHandbookConfig(ROOT);
const reader = new SiteReader(siteDir(DEFAULT_SITE), DEFAULT_SITE.base, config.locales.slice(1).map((l) => l.code));
let pages: PageWeight[] = [];
let pageScript: string[] = [];

beforeAll(() => {
  pages = reader.htmlFiles().map((file) => reader.page(file));
  // The shell's script is the one every budgeted page loads: src/browser/page.ts, bundled by Base.astro.
  pageScript = pages
    .filter((p) => BUDGETS.some((b) => b.kind === p.kind))
    .map((p) => p.jsFiles)
    .reduce((common, files) => common.filter((f) => files.includes(f)));
});

const ofKind = (kind: PageKind) => pages.filter((p) => p.kind === kind);
const kb = (bytes: number) => `${bytes} B (${(bytes / KB).toFixed(2)} KB)`;

describe('page weight of the default handbook', () => {
  it('has every kind of page the budgets cover', () => {
    expect(Object.fromEntries(BUDGETS.map((b) => [b.kind, ofKind(b.kind).length > 0]))).toEqual(Object.fromEntries(BUDGETS.map((b) => [b.kind, true])));
  });

  it('holds German pages to the budgets too', () => {
    expect(ofKind('chapter').some((p) => p.path.startsWith('de/chapters/'))).toBe(true);
  });

  it('has one page script that every page shares, at most 2 KB gzipped with the inline scripts', () => {
    expect(pageScript).toHaveLength(1);
    const shellOnly = pages.filter((p) => p.jsFiles.join() === pageScript.join());
    expect(Math.max(...shellOnly.map((p) => p.js.gzip))).toBeLessThanOrEqual(2 * KB);
  });

  it.each(BUDGETS.filter((b) => b.html))('$kind pages: HTML under $html bytes raw', ({ kind, html }) => {
    const over = ofKind(kind).filter((p) => p.html.raw >= html!).map((p) => `${p.path}: ${kb(p.html.raw)}`);
    expect(over).toEqual([]);
  });

  it.each(BUDGETS)('$kind pages: at most $css bytes of gzipped CSS (linked and inline)', ({ kind, css }) => {
    const over = ofKind(kind).filter((p) => p.css.gzip > css).map((p) => `${p.path}: ${kb(p.css.gzip)} gz`);
    expect(over).toEqual([]);
  });

  it.each(BUDGETS)('$kind pages: at most $js bytes of gzipped JavaScript at load', ({ kind, js }) => {
    const over = ofKind(kind)
      .filter((p) => p.js.gzip > js)
      .map((p) => `${p.path}: ${kb(p.js.gzip)} gz in ${p.jsFiles.map((f) => f.split('/').pop()).join(', ')}`);
    expect(over).toEqual([]);
  });

  it.each(BUDGETS.filter((b) => b.pageScriptOnly))('$kind pages load no script but the page script until search opens', ({ kind }) => {
    const extra = ofKind(kind)
      .filter((p) => p.jsFiles.join() !== pageScript.join())
      .map((p) => `${p.path}: ${p.jsFiles.filter((f) => !pageScript.includes(f)).join(', ')}`);
    expect(extra).toEqual([]);
  });

  it('chapter pages load search only on demand: the search chunk is reachable only through import()', () => {
    const chapter = ofKind('chapter')[0]!;
    expect(chapter.jsFiles.some((f) => /search/i.test(f))).toBe(false);
    expect(chapter.lazyJsFiles.some((f) => /search/i.test(f))).toBe(true);
  });
});

describe.each([
  // npm run build: Pagefind indexes the written site after astro build has exited, in shards
  // (tests/support/sites.ts splits this handbook's index).
  { site: DEFAULT_SITE, index: ['pagefind/pagefind-entry.json', 'pagefind-2/pagefind-entry.json'] },
  // A plain astro build: Pagefind indexes each page while Astro renders several at once.
  { site: FORK_SITE, index: ['pagefind/pagefind-entry.json'] },
])('reproducible builds: $site.name site, $site.builder', ({ site, index }) => {
  const dirs = [mkdtempSync(join(tmpdir(), 'ladderbook-repro-a-')), mkdtempSync(join(tmpdir(), 'ladderbook-repro-b-'))];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('builds the same content twice into byte-identical folders', () => {
    for (const dir of dirs) {
      // Both builds draw their social images afresh rather than reading the first build's from
      // the cache, so this also shows that drawing them gives the same bytes every time.
      rmSync(join(ROOT, 'node_modules/.astro/social-images'), { recursive: true, force: true });
      const result = runBuild({ ...site.env, HANDBOOK_OUT_DIR: dir }, site.builder);
      expect(result.status, result.output.slice(-2000)).toBe(0);
    }
    const [a, b] = dirs.map((d) => walk(d).sort()) as [string[], string[]];
    expect(b).toEqual(a);
    expect(a).toEqual(expect.arrayContaining(index));
    // Nothing is excluded: HTML, CSS/JS chunks, the Pagefind index and bundle, JSON exports.
    const differing = a.filter((file) => !readFileSync(join(dirs[0]!, file)).equals(readFileSync(join(dirs[1]!, file))));
    expect(differing).toEqual([]);
  });
});
