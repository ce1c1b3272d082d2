/**
 * The built-site link check on the default handbook (tests/.output/sites/default, base
 * /handbook/): every internal link, asset and #anchor resolves; and a broken link planted in a
 * copy of the site is reported, by the function and by `npm run check:dist`.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkDistDir } from '../../scripts/check-dist.ts';
import { formatBrokenLinks } from '../../src/lib/check/dist-links.ts';
import { DEFAULT_SITE, ROOT, siteDir } from '../support/sites.ts';

const dir = siteDir(DEFAULT_SITE);
const BASE = DEFAULT_SITE.base;
const SITE = 'https://ladderbook.example.org';

/** `npm run check:dist -- <dir>` for the default site (base from HANDBOOK_BASE, site from the config). */
function runCli(target: string) {
  const result = spawnSync(process.execPath, ['scripts/check-dist.ts', target], {
    cwd: ROOT,
    env: { ...process.env, ...DEFAULT_SITE.env },
    encoding: 'utf8',
  });
  return { status: result.status ?? 1, output: `${result.stdout}${result.stderr}` };
}

describe('the default handbook, built under /handbook/', () => {
  it('has no broken internal link, asset or #anchor on any page', async () => {
    const { broken, pages } = await checkDistDir(dir, { base: BASE, site: SITE });
    expect(pages).toBeGreaterThan(100);
    expect(broken.length ? formatBrokenLinks(broken) : 'no broken links').toBe('no broken links');
  });

  it('passes npm run check:dist', () => {
    const cli = runCli(dir);
    expect(cli.output).toMatch(/^Every link resolves: \d+ links on \d+ pages of .* \(base \/handbook\/\)/m);
    expect(cli.status).toBe(0);
  });
});

describe('a copy of the site with broken links planted in one chapter', () => {
  let copy: string;
  const chapter = 'chapters/mentorship/feedback/index.html';
  const planted = [
    '<a href="/ladder/staff/">forgot the base</a>',
    '<a href="/handbook/ladder/grand-wizard/">a level that is not there</a>',
    '<a href="/handbook/ladder/staff/#no-such-heading">an anchor that is not there</a>',
    '<a href="#the-sbi-modle">a typo in a same-page anchor</a>',
    '<img src="/handbook/_astro/missing.webp" alt="">',
  ].join('');

  beforeAll(() => {
    copy = mkdtempSync(join(tmpdir(), 'ladderbook-links-'));
    cpSync(dir, copy, { recursive: true });
    const file = join(copy, chapter);
    writeFileSync(file, readFileSync(file, 'utf8').replace('</main>', `${planted}</main>`));
  });
  afterAll(() => rmSync(copy, { recursive: true, force: true }));

  it('reports every planted link with its page, and nothing else', async () => {
    const { broken } = await checkDistDir(copy, { base: BASE, site: SITE });
    expect(broken.map((b) => `${b.pageUrl} › ${b.attribute}="${b.link}": ${b.reason}`)).toEqual([
      '/handbook/chapters/mentorship/feedback/ › href="/ladder/staff/": leads outside the base path /handbook/',
      '/handbook/chapters/mentorship/feedback/ › href="/handbook/ladder/grand-wizard/": no page at /handbook/ladder/grand-wizard/',
      '/handbook/chapters/mentorship/feedback/ › href="/handbook/ladder/staff/#no-such-heading": no element with id "no-such-heading" on /handbook/ladder/staff/',
      '/handbook/chapters/mentorship/feedback/ › href="#the-sbi-modle": no element with id "the-sbi-modle" on this page',
      '/handbook/chapters/mentorship/feedback/ › src="/handbook/_astro/missing.webp": no file at /handbook/_astro/missing.webp',
    ]);
  });

  it('makes npm run check:dist exit 1 and print them', () => {
    const cli = runCli(copy);
    expect(cli.status).toBe(1);
    expect(cli.output).toContain('5 broken links on 1 page:');
    expect(cli.output).toContain('href="#the-sbi-modle": no element with id "the-sbi-modle" on this page\n      hint: did you mean "#the-sbi-model"?');
  });
});
