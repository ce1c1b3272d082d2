/**
 * A handbook with forty parts (generated like the bench corpus, one short chapter each): the
 * navigation on a chapter page lists a dozen parts around the reader's own and sends the rest
 * to the chapter index, so chapter pages weigh the same however many parts a handbook has.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CORPUS, generateCorpus, readLadderSource, writeCorpus } from '../../scripts/bench/generate.ts';
import { NAV_PART_LIMIT } from '../../src/lib/nav/part-window.ts';
import { ROOT, SITES, runBuild } from '../support/sites.ts';
import { readPage, textOf } from '../support/html.ts';

const BASE = '/many/';
const out = join(SITES, 'many-parts');
// A fixed folder: Astro's content cache in node_modules/.astro remembers entries by path.
const content = join(SITES, 'many-parts-content');

beforeAll(async () => {
  rmSync(content, { recursive: true, force: true });
  const corpus = generateCorpus({ ...DEFAULT_CORPUS, chapters: 40, perPart: 1, words: 300 }, await readLadderSource(join(ROOT, 'content')));
  await writeCorpus(corpus, content);
  const result = runBuild({ HANDBOOK_CONTENT_DIR: content, HANDBOOK_OUT_DIR: out, HANDBOOK_BASE: BASE });
  if (result.status !== 0) throw new Error(`building a 40-part handbook failed:\n${result.output.slice(-3000)}`);
}, 120_000);

/** The top-level entries of the navigation's chapter list, as their link texts. */
function navParts(html: string): string[] {
  const list = html.match(/<p class="nav-heading">Chapters<\/p>\s*<ul>([\s\S]*?)<\/ul>\s*<p class="nav-heading">Ladder/)![1]!;
  // Drop the current part's nested chapter list, then read one entry per top-level <li>.
  return [...list.replace(/<ul>[\s\S]*?<\/ul>/g, '').matchAll(/<li[^>]*>([\s\S]*?)<\/li>/g)].map((m) => textOf(m[1]!));
}

describe('navigation in a handbook with forty parts', () => {
  it('lists a dozen parts around the current one and counts the others', () => {
    const parts = navParts(readPage(out, 'chapters/part-20/'));
    expect(parts).toHaveLength(NAV_PART_LIMIT + 2);
    expect(parts[0]).toBe('14 earlier parts');
    expect(parts.at(-1)).toBe('14 more parts');
    expect(parts.slice(1, -1).map((t) => t.split(':')[0])).toEqual(Array.from({ length: NAV_PART_LIMIT }, (_, i) => `Part ${15 + i}`));
  });

  it('sends the parts it leaves out to the chapter index, which lists all forty', () => {
    const html = readPage(out, 'chapters/part-01/');
    expect(navParts(html).at(-1)).toBe('28 more parts');
    expect(html).toContain(`<li class="nav-more"><a href="${BASE}chapters/">28 more parts</a></li>`);
    const index = readPage(out, 'chapters/');
    expect(index.match(/href="\/many\/chapters\/part-\d\d\/"/g)?.length).toBeGreaterThanOrEqual(40);
  });
});
