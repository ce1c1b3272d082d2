/**
 * The default handbook in its two languages (English at /handbook/, German at /handbook/de/), as a
 * reader and a search engine see the built pages; and a handbook with one language (the fork
 * fixture) that shows none of it. The German texts expected here are written in the test, from
 * content/translations/de/ and the German catalogue as a German reader would read them.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SITE, FORK_SITE, siteDir } from '../support/sites.ts';
import { readPage, textOf } from '../support/html.ts';
import { indexedPageCounts } from '../support/search-index.ts';

const dir = siteDir(DEFAULT_SITE);
const SITE = 'https://ladderbook.example.org/handbook/';

const htmlTag = (html: string) => html.match(/<html[^>]*>/)![0];
const alternates = (html: string) => [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => [m[1], m[2]]);
const canonical = (html: string) => html.match(/<link rel="canonical" href="([^"]+)"/)?.[1];
const pickerLinks = (html: string) =>
  [...(html.match(/<details class="language-picker">[\s\S]*?<\/details>/)?.[0] ?? '').matchAll(/<a href="([^"]+)"[^>]*lang="([^"]+)"[^>]*>([^<]+)<\/a>/g)].map((m) => [m[3], m[1]]);
/** The page's links, leaving out the language picker (whose job is to leave the language). */
const links = (html: string) => [...html.replace(/<details class="language-picker">[\s\S]*?<\/details>/, '').matchAll(/<a [^>]*href="([^"#]+)[^"]*"/g)].map((m) => m[1]!);

describe('the German home page, /handbook/de/', () => {
  const html = readPage(dir, 'de/');

  it('is in German: lang, its description and the interface', () => {
    expect(htmlTag(html)).toContain('lang="de"');
    expect(htmlTag(html)).toContain('dir="ltr"');
    expect(html).toContain('Ein Handbuch zur Laufbahn von Engineers jenseits von Senior');
    expect(textOf(html)).toContain('Fang dort an, wo du stehst');
    expect(textOf(html)).toContain('Zum Inhalt springen');
    // The German part titles of content/translations/de/parts.yaml.
    expect(textOf(html)).toContain('Mentoring-Grundlagen');
  });

  it('names its English and German versions for search engines', () => {
    expect(alternates(html)).toEqual([
      ['en', SITE],
      ['de', `${SITE}de/`],
      ['x-default', SITE],
    ]);
    expect(canonical(html)).toBe(`${SITE}de/`);
  });

  it('offers the same page in each language', () => {
    expect(pickerLinks(html)).toEqual([
      ['English', '/handbook/'],
      ['Deutsch', '/handbook/de/'],
    ]);
  });

  it('keeps its links in German: the header and the reading paths lead to /handbook/de/ pages', () => {
    const internal = links(html).filter((href) => href.startsWith('/handbook/') && !href.startsWith('/handbook/_astro/'));
    const english = internal.filter((href) => !href.startsWith('/handbook/de/'));
    expect(english).toEqual([]);
    expect(internal).toContain('/handbook/de/ladder/staff/');
  });
});

describe('the 404 page, served at any missing address', () => {
  const html = readFileSync(join(dir, '404.html'), 'utf8');

  it('offers each language’s home page, having no page of its own in another language', () => {
    expect(pickerLinks(html)).toEqual([
      ['English', '/handbook/'],
      ['Deutsch', '/handbook/de/'],
    ]);
    expect(alternates(html)).toEqual([]);
  });
});

describe('a German chapter with a translation', () => {
  const html = readPage(dir, 'de/chapters/career-paths/manufacturing-scope/');

  it('shows the German text under its German title, indexed for German search', () => {
    expect(html).toMatch(/<h1[^>]*>Scope selbst schaffen/);
    expect(html).not.toContain('class="language-notice"');
    expect(html).toContain('data-pagefind-body');
  });

  it('links to other chapters in German', () => {
    expect(links(html).filter((href) => href.startsWith('/handbook/chapters/'))).toEqual([]);
  });

  it('has the German navigation and the German date format', () => {
    expect(textOf(html)).toContain('Auf dieser Seite');
    expect(html).toMatch(/Zuletzt geändert am <time datetime="\d{4}-\d{2}-\d{2}">\d{1,2}\. (Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember) \d{4}<\/time>/);
  });
});

describe('a German chapter without a translation', () => {
  const html = readPage(dir, 'de/chapters/mentorship/why-invest/');

  it('shows the English text, says so in German, and marks the English as English', () => {
    expect(textOf(html)).toContain('Diese Seite gibt es noch nicht auf Deutsch; sie wird auf Englisch angezeigt.');
    expect(html).toMatch(/<h1[^>]*lang="en"[^>]*>Why invest in others<\/h1>/);
    expect(html).toMatch(/<div lang="en" dir="ltr">\s*<p class="lead">/);
    expect(htmlTag(html)).toContain('lang="de"');
  });

  it('stays out of the German search index and points search engines to the English page', () => {
    expect(html).not.toContain('data-pagefind-body');
    expect(canonical(html)).toBe(`${SITE}chapters/mentorship/why-invest/`);
    expect(alternates(html)).toEqual([]);
  });

  it('keeps the reader in German: its navigation and next link lead to German pages', () => {
    const nav = html.match(/<nav class="prev-next"[\s\S]*?<\/nav>/)?.[0] ?? '';
    expect(links(nav).every((href) => href.startsWith('/handbook/de/'))).toBe(true);
  });
});

describe('link previews per language', () => {
  const image = (html: string) => html.match(/<meta property="og:image" content="([^"]+)"/)![1]!;

  it('a translated page shows a card in its language, written into the language\'s folder', () => {
    const html = readPage(dir, 'de/ladder/staff/');
    expect(image(html)).toBe(`${SITE}og/de/levels/staff.png`);
    expect(existsSync(join(dir, 'og/de/levels/staff.png'))).toBe(true);
    expect(html).toContain('content="Staff Engineer (L6), Track Individual Contributor · Ladderbook"');
  });

  it('a page shown in English for want of a translation shows the English card', () => {
    expect(image(readPage(dir, 'de/chapters/mentorship/why-invest/'))).toBe(`${SITE}og/chapters/mentorship/why-invest.png`);
    expect(existsSync(join(dir, 'og/de/chapters/mentorship/why-invest.png'))).toBe(false);
  });
});

describe('search per language', () => {
  const counts = indexedPageCounts(dir);
  const indexed = (prefix: string) =>
    walkHtml(dir)
      .filter((f) => (prefix ? f.startsWith(prefix) : !f.startsWith('de/')))
      .filter((f) => readFileSync(join(dir, f), 'utf8').includes('data-pagefind-body'));

  it('has one index per language, each of its own pages', () => {
    expect(Object.keys(counts).sort()).toEqual(['de', 'en']);
    expect(counts.de).toBe(indexed('de/').length);
    expect(counts.en).toBe(indexed('').length);
  });

  it('indexes the German translations, and no page shown in English for want of one', () => {
    const german = indexed('de/');
    expect(german).toContain('de/chapters/career-paths/manufacturing-scope/index.html');
    expect(german).not.toContain('de/chapters/mentorship/why-invest/index.html');
  });
});

describe('the sitemap', () => {
  const sitemap = readFileSync(join(dir, 'sitemap-0.xml'), 'utf8');

  it('lists the German pages with their English alternates', () => {
    expect(sitemap).toContain(`<loc>${SITE}de/ladder/</loc>`);
    expect(sitemap).toContain(`<xhtml:link rel="alternate" hreflang="de" href="${SITE}de/chapters/"/>`);
  });

  it('leaves out the German pages that hold no content of their own, as it does the English ones', () => {
    expect(sitemap).not.toContain(`${SITE}de/search/`);
    expect(sitemap).not.toContain(`${SITE}de/progress/`);
  });
});

describe('a handbook in one language (the fork fixture)', () => {
  const kinds = siteDir(FORK_SITE);
  const pages = walkHtml(kinds);

  it('has no language folders, alternates or language picker', () => {
    expect(pages.every((f) => !/^[a-z]{2}(-[a-z0-9]+)?\//.test(f) || /^(og)\//.test(f))).toBe(true);
    for (const file of pages) {
      const html = readFileSync(join(kinds, file), 'utf8');
      expect(html, file).not.toContain('hreflang');
      expect(html, file).not.toContain('language-picker');
    }
    expect(readFileSync(join(kinds, 'sitemap-0.xml'), 'utf8')).not.toContain('xhtml:link');
  });

  it('is in English', () => {
    expect(htmlTag(readPage(kinds, ''))).toContain('lang="en"');
  });
});

/** Every HTML file of a built site, relative to it. */
function walkHtml(root: string, sub = ''): string[] {
  if (!existsSync(join(root, sub))) return [];
  return readdirSync(join(root, sub), { withFileTypes: true }).flatMap((entry) => {
    const path = sub ? `${sub}/${entry.name}` : entry.name;
    if (entry.isDirectory()) return entry.name === 'pagefind' || entry.name === '_astro' ? [] : walkHtml(root, path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}
