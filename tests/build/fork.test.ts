/**
 * The fork fixture (tests/fixtures/fork/, built by setup.ts under /acme-ladder/): what a company
 * changes in its fork shows up everywhere, nothing of the upstream handbook leaks through, and
 * the site holds together under its base path. A second build with quizzes and level images
 * switched off proves the switches remove the quiz pages and links, and the levels' images.
 */
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkDistDir, readDist } from '../../scripts/check-dist.ts';
import { formatBrokenLinks } from '../../src/lib/check/dist-links.ts';
import { scanHtml } from '../../src/lib/check/dist-links.ts';
import { FORK_SITE, SITES, runBuild, siteDir, type SiteSpec } from '../support/sites.ts';
import { readPage, textOf } from '../support/html.ts';
import { searchSite } from '../support/pagefind-search.ts';

const dir = siteDir(FORK_SITE);
const BASE = '/acme-ladder/';
const SITE = 'https://acme-robotics.github.io';
const ladder = JSON.parse(readFileSync(join(dir, 'ladder.json'), 'utf8')) as {
  organisation: string;
  tracks: { id: string; name: string }[];
  levels: { id: string; title: string; code: string; track: string; url: string }[];
  comparisons: { from: string; to: string; url: string }[];
};

describe('the fork fixture, built under /acme-ladder/', () => {
  it('passes the built-site link check: every internal link, asset and #anchor resolves', async () => {
    const { broken, pages } = await checkDistDir(dir, { base: BASE, site: SITE });
    expect(pages).toBeGreaterThan(40);
    expect(broken.length ? formatBrokenLinks(broken) : 'no broken links').toBe('no broken links');
  });

  it('puts /acme-ladder/ in front of every root link on every page', async () => {
    const { pages } = await readDist(dir);
    const missing = pages.flatMap((page) =>
      scanHtml(page.html)
        .links.map((l) => l.value)
        .filter((href) => href.startsWith('/') && !href.startsWith('//') && !href.startsWith(BASE))
        .map((href) => `${page.file}: ${href}`),
    );
    expect(missing).toEqual([]);
  });

  it("shows the fork's identity: name, organisation, logo and colours", () => {
    const home = readPage(dir, '');
    expect(home).toContain('<title>Acme Engineering Ladder</title>');
    expect(textOf(home)).toContain('Acme Engineering Ladder · Acme Robotics');
    expect(home).toContain(`src="${BASE}acme-logo.svg"`);
    expect(existsSync(join(dir, 'acme-logo.svg'))).toBe(true);
    expect(home).toContain('--accent-light:#0b7a5a');
    expect(home).toContain('--accent-dark:#63d6b0');
    expect(ladder.organisation).toBe('Acme Robotics');
  });

  it('has renamed levels and the extra track, and nothing of the upstream ladder', () => {
    expect(ladder.tracks.map((t) => t.name)).toEqual(['Engineering', 'Engineering leadership', 'Site reliability']);
    expect(ladder.levels.map((l) => `${l.code} ${l.title}`)).toEqual([
      'E1 Engineer I',
      'E2 Engineer II',
      'E3 Engineer III',
      'E4 Staff Engineer',
      'M1 Engineering Lead',
      'SRE Site Reliability Engineer',
    ]);
    const index = textOf(readPage(dir, 'ladder/'));
    for (const name of ['Site reliability', 'Engineer I', 'Site Reliability Engineer']) expect(index).toContain(name);
    for (const upstream of ['Principal', 'Junior', 'Data Architect', 'Mentorship foundations']) expect(index).not.toContain(upstream);
    expect(existsSync(join(dir, 'ladder/staff/index.html'))).toBe(false);
    expect(existsSync(join(dir, 'chapters/mentorship/index.html'))).toBe(false);
  });

  it('gives the extra level its page, and comparisons with the level it is entered from and levels of similar rank', () => {
    const page = textOf(readPage(dir, 'ladder/reliability-engineer/'));
    expect(page).toContain('Site Reliability Engineer');
    expect(page).toContain('Site reliability');
    expect(page).toContain('SRE');
    expect(page).toContain("A team's pages dropped by half after you reworked its alerts with them.");
    const pairs = ladder.comparisons.filter((c) => c.from === 'reliability-engineer').map((c) => c.to);
    // engineer-2 is its `below`; the others are within one rank on other tracks.
    expect(pairs.sort()).toEqual(['engineer-2', 'engineer-3', 'engineering-lead', 'staff-engineer']);
    for (const to of pairs) {
      for (const path of [`ladder/compare/reliability-engineer/${to}/`, `ladder/compare/${to}/reliability-engineer/`]) {
        expect(existsSync(join(dir, path, 'index.html')), path).toBe(true);
      }
    }
    const compare = textOf(readPage(dir, 'ladder/compare/engineer-3/reliability-engineer/'));
    expect(compare).toContain('Engineer III and Site Reliability Engineer');
    expect(compare).toContain('Operational ownership');
  });

  it('resolves links by content id in the chapters to URLs under the base', () => {
    const chapter = readPage(dir, 'chapters/growing/moving-into-reliability/');
    expect(chapter).toContain(`href="${BASE}chapters/joining/on-call-basics/#when-things-go-wrong"`);
    expect(chapter).toContain(`href="${BASE}ladder/reliability-engineer/"`);
    expect(chapter).toContain(`href="${BASE}quizzes/level-reliability-engineer/"`);
    expect(chapter).not.toMatch(/href="(chapter|level|quiz|part):/);
  });

  it('embeds a quiz where a chapter asks for one with <Quiz id>', () => {
    const chapter = readPage(dir, 'chapters/growing/moving-into-reliability/');
    expect(chapter).toContain('data-quiz="level-reliability-engineer"');
    expect(chapter).toMatch(/<fieldset[^>]*data-question="/);
  });

  it('lets search find the extra level, by word and by its track filter', async () => {
    const byWord = await searchSite(dir, BASE, 'reliability');
    expect(byWord.map((h) => h.url)).toContain(`${BASE}ladder/reliability-engineer/`);
    const byTrack = await searchSite(dir, BASE, null, { track: 'Site reliability' });
    expect(byTrack).toEqual([{ url: `${BASE}ladder/reliability-engineer/`, title: 'Site Reliability Engineer' }]);
  });
});

/** The same fork with `features.quizzes: false` and `socialImages.levels: false`. */
const NO_QUIZZES: SiteSpec = {
  name: 'fork-no-quizzes',
  builder: 'astro build',
  env: { HANDBOOK_CONFIG: 'tests/fixtures/fork/handbook.no-quizzes.config.ts' },
  base: BASE,
};

describe('the fork with quizzes switched off in its config', () => {
  const out = siteDir(NO_QUIZZES);
  beforeAll(() => {
    rmSync(out, { recursive: true, force: true });
    const result = runBuild({ ...NO_QUIZZES.env, HANDBOOK_OUT_DIR: out }, NO_QUIZZES.builder);
    if (result.status !== 0) throw new Error(`building ${NO_QUIZZES.name} failed:\n${result.output.slice(-3000)}`);
  });

  it('has no quiz pages, no Quizzes link in the header and no quiz forms', async () => {
    expect(out.startsWith(SITES)).toBe(true);
    expect(existsSync(join(out, 'quizzes'))).toBe(false);
    const { pages } = await readDist(out);
    const mentions = pages.filter((p) => p.html.includes('/quizzes/') || p.html.includes('<lb-quiz')).map((p) => p.file);
    expect(mentions).toEqual([]);
  });

  it('keeps the text of quiz links in chapters and drops quiz steps from reading paths, with no broken link', async () => {
    const chapter = textOf(readPage(out, 'chapters/growing/moving-into-reliability/'));
    expect(chapter).toContain('check yourself with the reliability quiz.');
    const home = textOf(readPage(out, ''));
    expect(home).toContain('Start with the path a change takes to the robots.');
    expect(home).not.toContain('Check the release and review habits have stuck.');
    const { broken } = await checkDistDir(out, { base: BASE, site: SITE });
    expect(broken.length ? formatBrokenLinks(broken) : 'no broken links').toBe('no broken links');
  });

  it("has no level or quiz images; level pages point at the site-wide image, chapters keep their own", () => {
    expect(readdirSync(join(out, 'og')).sort()).toEqual(['chapters', 'site.png']);
    const image = (path: string) => readPage(out, path).match(/<meta property="og:image" content="([^"]+)"/)?.[1];
    expect(image('ladder/reliability-engineer/')).toBe(`${SITE}${BASE}og/site.png`);
    expect(image('chapters/growing/moving-into-reliability/')).toBe(`${SITE}${BASE}og/chapters/growing/moving-into-reliability.png`);
    expect(existsSync(join(out, 'og/chapters/growing/moving-into-reliability.png'))).toBe(true);
  });
});
