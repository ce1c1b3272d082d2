/**
 * A large handbook's search index comes in shards (src/lib/search/shards.ts). The default
 * handbook is built here with at most 60 pages per language and shard (tests/support/sites.ts),
 * which makes three shards of its searchable pages: the tests check the split and that a search
 * finds what is in every shard, through the site's own pagefind.js.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SITE, siteDir } from '../support/sites.ts';
import { searchSite } from '../support/pagefind-search.ts';
import { shardFolders, shardPageCounts } from '../support/search-index.ts';

const dir = siteDir(DEFAULT_SITE);
const BASE = DEFAULT_SITE.base;

/** Site paths (`/handbook/quizzes/level-staff/`) of the pages under `folder` that search indexes. */
function searchable(folder: string): string[] {
  return readdirSync(join(dir, folder), { recursive: true })
    .map(String)
    .filter((file) => file.endsWith('index.html') && readFileSync(join(dir, folder, file), 'utf8').includes('data-pagefind-body'))
    .map((file) => `${BASE}${folder}/${file.replace(/index\.html$/, '')}`);
}

describe('a search index split into shards', () => {
  const shards = shardFolders(dir);

  it('is split into shards of at most 60 pages per language, each language in the first one', () => {
    expect(shards).toEqual(['pagefind/', 'pagefind-2/', 'pagefind-3/']);
    const counts = shards.map((folder) => shardPageCounts(dir, folder));
    expect(Object.keys(counts[0]!).sort()).toEqual(['de', 'en']);
    for (const count of counts) for (const pages of Object.values(count)) expect(pages).toBeLessThanOrEqual(60);
  });

  it("ships Pagefind's script once: the other shards hold only their index", () => {
    expect(existsSync(join(dir, 'pagefind/pagefind.js'))).toBe(true);
    for (const folder of shards.slice(1)) {
      const files = readdirSync(join(dir, folder));
      expect(files).toContain('pagefind-entry.json');
      expect(files.filter((file) => /\.(js|css|pagefind)$/.test(file))).toEqual([]);
    }
  });

  it('finds pages from every shard: browsing quizzes, which sort last, lists every quiz', async () => {
    const hits = await searchSite(dir, BASE, null, { kind: 'quiz' });
    expect(hits.map((hit) => hit.url).sort()).toEqual(searchable('quizzes').sort());
  });

  it('ranks one result list across shards: a word from a chapter and from quizzes finds both', async () => {
    const urls = (await searchSite(dir, BASE, 'mentorship')).map((hit) => hit.url);
    expect(urls.some((url) => url.startsWith(`${BASE}chapters/mentorship/`))).toBe(true);
    expect(urls.some((url) => url.startsWith(`${BASE}quizzes/`))).toBe(true);
  });
});
