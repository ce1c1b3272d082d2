/**
 * `npm run lighthouse`: scores the home page, a chapter, a level, a comparison, a quiz and the
 * search page with Lighthouse's default (mobile) preset, in Debian's Chromium, and fails unless all
 * four categories (performance, accessibility, best practices, SEO) score 100 on every page.
 *
 * It builds the default handbook under /handbook/ into tests/.output/sites/lighthouse (its own
 * folder, so tests using the other sites are not disturbed), serves it with `astro preview`, and
 * picks the heaviest page of each kind (the worst case). Results go to tests/.output/lighthouse/
 * (lighthouse.json, lighthouse.md, one JSON report per page).
 *
 * Options: --no-build (reuse the last build), --pages chapters/x/y/,search/ (paths under the base).
 * Chromium: CHROME_PATH, else the one the browser tests use (/usr/bin/chromium). Lighthouse drives
 * it over the DevTools protocol and never downloads a browser.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumPath } from '../tests/browser/chromium.ts';
import { startPreview } from '../tests/browser/preview.ts';
import { DEFAULT_SITE, ROOT, ensureSite, siteDir, siteEnv, type SiteSpec } from '../tests/support/sites.ts';
import { SiteReader, type PageKind } from './bench/page-weight.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const KINDS: PageKind[] = ['home', 'chapter', 'level', 'comparison', 'quiz', 'search'];
const OUT = join(ROOT, 'tests/.output/lighthouse');
const SITE: SiteSpec = { ...DEFAULT_SITE, name: 'lighthouse' };

const { values } = parseArgs({ options: { 'no-build': { type: 'boolean', default: false }, pages: { type: 'string' } } });

/** Each kind's heaviest page, as a path under the base (`chapters/mentorship/feedback/`). */
function pickPages(): { kind: string; path: string }[] {
  if (values.pages) return values.pages.split(',').map((path) => ({ kind: 'page', path: path.trim() }));
  const reader = new SiteReader(siteDir(SITE), SITE.base);
  const pages = reader.htmlFiles().map((f) => reader.page(f));
  return KINDS.map((kind) => {
    const heaviest = pages.filter((p) => p.kind === kind).sort((a, b) => b.html.raw - a.html.raw)[0];
    if (!heaviest) throw new Error(`The site has no ${kind} page.`);
    return { kind, path: heaviest.path.replace(/index\.html$/, '') };
  });
}

function lighthouseVersion(): string {
  return (JSON.parse(readFileSync(join(ROOT, 'node_modules/lighthouse/package.json'), 'utf8')) as { version: string }).version;
}

/** The selectors an audit's details name, e.g. ` at header > a.search-trigger`. */
function offenders(details: unknown): string {
  const items = (details as { items?: { node?: { selector?: string } }[] } | undefined)?.items ?? [];
  const selectors = [...new Set(items.map((i) => i.node?.selector).filter((s): s is string => Boolean(s)))].slice(0, 3);
  return selectors.length ? ` at ${selectors.join('; ')}` : '';
}

interface PageScores {
  kind: string;
  path: string;
  scores: Record<(typeof CATEGORIES)[number], number>;
  /** Audits that cost points: id and score. */
  failing: string[];
  metrics: { fcpMs: number; lcpMs: number; tbtMs: number; cls: number; transferBytes: number };
}

ensureSite(SITE, { force: !values['no-build'] });
const targets = pickPages();
const preview = await startPreview(siteEnv(SITE), SITE.base);
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH ?? chromiumPath(),
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
  logLevel: 'silent',
});
const results: PageScores[] = [];
try {
  mkdirSync(OUT, { recursive: true });
  for (const { kind, path } of targets) {
    const url = new URL(path, preview.url).href;
    const run = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
    if (!run) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { lhr } = run;
    if (lhr.runtimeError) throw new Error(`Lighthouse could not test ${url}: ${lhr.runtimeError.message}`);
    writeFileSync(join(OUT, `${kind}.json`), JSON.stringify(lhr, null, 2));
    const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)])) as PageScores['scores'];
    // The audits that cost points in a category below 100 (with the elements they name).
    const failing = CATEGORIES.filter((c) => scores[c] < 100).flatMap((c) =>
      (lhr.categories[c]?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
        .map((ref) => `${c}/${ref.id} (${lhr.audits[ref.id]?.score}${offenders(lhr.audits[ref.id]?.details)})`),
    );
    const metric = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
    results.push({
      kind,
      path,
      scores,
      failing,
      metrics: {
        fcpMs: metric('first-contentful-paint'),
        lcpMs: metric('largest-contentful-paint'),
        tbtMs: metric('total-blocking-time'),
        cls: metric('cumulative-layout-shift'),
        transferBytes: metric('total-byte-weight'),
      },
    });
    console.log(`${kind.padEnd(11)} ${CATEGORIES.map((c) => `${c} ${scores[c]}`).join(', ')}${failing.length ? ` — ${failing.join(', ')}` : ''}`);
  }
} finally {
  chrome.kill();
  await preview.stop();
}

const table = [
  `Lighthouse ${lighthouseVersion()}, default mobile preset (simulated slow 4G, Moto G Power), Chromium ${process.env.CHROME_PATH ?? chromiumPath()}, site built with base ${SITE.base}.`,
  '',
  '| page | path | performance | accessibility | best practices | SEO | FCP | LCP | TBT | CLS | transfer |',
  '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...results.map(
    (r) =>
      `| ${r.kind} | ${SITE.base}${r.path} | ${r.scores.performance} | ${r.scores.accessibility} | ${r.scores['best-practices']} | ${r.scores.seo} | ` +
      `${(r.metrics.fcpMs / 1000).toFixed(1)} s | ${(r.metrics.lcpMs / 1000).toFixed(1)} s | ${Math.round(r.metrics.tbtMs)} ms | ${r.metrics.cls.toFixed(3)} | ${(r.metrics.transferBytes / 1024).toFixed(1)} KB |`,
  ),
].join('\n');
writeFileSync(join(OUT, 'lighthouse.json'), `${JSON.stringify(results, null, 2)}\n`);
writeFileSync(join(OUT, 'lighthouse.md'), `${table}\n`);
console.log(`\n${table}\n\nReports: tests/.output/lighthouse/`);
const below = results.filter((r) => CATEGORIES.some((c) => r.scores[c] < 100));
if (below.length) {
  console.error(`\nNot 100 everywhere: ${below.map((r) => `${r.kind} (${r.failing.join(', ')})`).join('; ')}`);
  process.exit(1);
}
