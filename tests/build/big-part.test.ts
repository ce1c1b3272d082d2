/**
 * A handbook whose chapters all sit in one part of 400 (generated like the bench corpus, short
 * chapters): a chapter page lists the current chapter's neighbourhood in the navigation and links
 * the part's own page for the rest, so a chapter page stays under the 40 KB budget however large
 * its part is. Listing the whole part, as the navigation used to, put it at 59 KB here and
 * 124 KB in a part of 1,000.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CORPUS, generateCorpus, readLadderSource, writeCorpus } from '../../scripts/bench/generate.ts';
import { SiteReader } from '../../scripts/bench/page-weight.ts';
import { NAV_CHAPTER_LIMIT } from '../../src/lib/nav/part-window.ts';
import { ROOT, SITES, runBuild } from '../support/sites.ts';
import { readPage, textOf } from '../support/html.ts';

const BASE = '/big/';
const CHAPTERS = 400;
const out = join(SITES, 'big-part');
// A fixed folder: Astro's content cache in node_modules/.astro remembers entries by path.
const content = join(SITES, 'big-part-content');
let chapterUrls: string[] = [];

beforeAll(async () => {
  rmSync(content, { recursive: true, force: true });
  const corpus = generateCorpus({ ...DEFAULT_CORPUS, chapters: CHAPTERS, perPart: CHAPTERS, words: 300 }, await readLadderSource(join(ROOT, 'content')));
  await writeCorpus(corpus, content);
  const result = runBuild({ HANDBOOK_CONTENT_DIR: content, HANDBOOK_OUT_DIR: out, HANDBOOK_BASE: BASE, HANDBOOK_SOCIAL_IMAGES: 'none' });
  if (result.status !== 0) throw new Error(`building a handbook with a part of ${CHAPTERS} chapters failed:\n${result.output.slice(-3000)}`);
  const part = readPage(out, 'chapters/part-01/');
  chapterUrls = [...part.matchAll(/<h3><a href="([^"]+)">/g)].map((m) => m[1]!);
}, 300_000);

/** The entries of the navigation's list of the current part's chapters, as link texts and targets. */
function navChapters(html: string): { text: string; href: string; current: boolean }[] {
  const list = /<p class="nav-heading">Chapters<\/p>\s*<ul>[\s\S]*?<ul>([\s\S]*?)<\/ul>/.exec(html)![1]!;
  return [...list.matchAll(/<li[^>]*>\s*<a href="([^"]+)"([^>]*)>([\s\S]*?)<\/a>\s*<\/li>/g)].map((m) => ({
    href: m[1]!,
    current: m[2]!.includes('aria-current="page"'),
    text: textOf(m[3]!),
  }));
}

describe(`navigation in a part of ${CHAPTERS} chapters`, () => {
  it('has a contents page that links every chapter of the part', () => {
    expect(chapterUrls).toHaveLength(CHAPTERS);
  });

  it('keeps every chapter page under 40 KB of HTML', () => {
    const reader = new SiteReader(out, BASE);
    const chapters = reader.htmlFiles().map((f) => reader.page(f)).filter((p) => p.kind === 'chapter');
    expect(chapters).toHaveLength(CHAPTERS);
    const heaviest = Math.max(...chapters.map((p) => p.html.raw));
    expect(heaviest).toBeLessThan(40 * 1024);
  });

  it('lists the chapters around the current one and links the part for the rest', () => {
    const current = 199;
    const nav = navChapters(readPage(out, chapterUrls[current]!.slice(BASE.length)));
    expect(nav[0]).toEqual({ text: '192 earlier chapters', href: `${BASE}chapters/part-01/`, current: false });
    expect(nav.at(-1)).toEqual({ text: '193 more chapters', href: `${BASE}chapters/part-01/`, current: false });
    const listed = nav.slice(1, -1);
    expect(listed.map((c) => c.href)).toEqual(chapterUrls.slice(192, 192 + NAV_CHAPTER_LIMIT));
    expect(listed.filter((c) => c.current).map((c) => c.href)).toEqual([chapterUrls[current]]);
  });

  it('lists the first chapters with a count of the rest on the first chapter and on the part page', () => {
    for (const page of [chapterUrls[0]!.slice(BASE.length), 'chapters/part-01/']) {
      const nav = navChapters(readPage(out, page));
      expect(nav.map((c) => c.href).slice(0, NAV_CHAPTER_LIMIT)).toEqual(chapterUrls.slice(0, NAV_CHAPTER_LIMIT));
      expect(nav.at(-1)).toEqual({ text: `${CHAPTERS - NAV_CHAPTER_LIMIT} more chapters`, href: `${BASE}chapters/part-01/`, current: false });
    }
  });
});
