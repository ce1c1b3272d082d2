/**
 * What the sitemap lists (@astrojs/sitemap writes it; this decides which pages) and robots.txt.
 * The sitemap lists every public page under the base path, and leaves out pages that are not
 * worth finding from outside: they have no content of their own, or repeat other pages.
 */
import { absoluteUrl } from './share.ts';

/** The file @astrojs/sitemap writes at the base, listing its sitemap files. */
export const SITEMAP_INDEX = 'sitemap-index.xml';

/** Pages left out, as patterns on the path relative to the base (`ladder/staff/packet/`), each with why. */
export const LEFT_OUT: readonly { pattern: RegExp; why: string }[] = [
  { pattern: /^404(\.html|\/)?$/, why: 'the page served at every missing URL' },
  { pattern: /^search\/$/, why: 'a search form: its results depend on the query, and search engines ask not to list search pages' },
  { pattern: /^print\/$/, why: 'every chapter again on one page, for printing' },
  { pattern: /^quizzes\/[^/]+\/worksheet\/$/, why: 'a quiz again, laid out for paper' },
  { pattern: /^progress\/$/, why: "the reader's own scores, empty for anyone else" },
  { pattern: /^review(\/.*)?$/, why: "the reader's own review queue, empty for anyone else" },
  { pattern: /^ladder\/[^/]+\/packet\/$/, why: "a promotion packet drafted from the reader's own self-assessment" },
];

/**
 * Whether a page belongs in the sitemap, by its path relative to the base (`''` is the home page);
 * `localeCodes` are the prefixes of the languages other than the default (`de/search/` is a search page too).
 */
export function inSitemap(path: string, localeCodes: readonly string[] = []): boolean {
  const prefix = localeCodes.find((code) => path === code || path.startsWith(`${code}/`));
  const page = prefix ? path.slice(prefix.length).replace(/^\//, '') : path;
  return !LEFT_OUT.some((rule) => rule.pattern.test(page));
}

/**
 * The filter @astrojs/sitemap calls with each page's absolute URL. `fallback` are the paths (under
 * the base, `de/chapters/x/y/`) of pages shown in the default language for want of a translation:
 * their canonical URL is the default language's page, which the sitemap lists.
 */
export function sitemapFilter(site: string, base: string, localeCodes: readonly string[] = [], fallback: ReadonlySet<string> = new Set()): (url: string) => boolean {
  const root = absoluteUrl(site, base, '');
  return (url) => url.startsWith(root) && inSitemap(url.slice(root.length), localeCodes) && !fallback.has(url.slice(root.length));
}

/**
 * The sitemap's language alternates (`xhtml:link hreflang`) for a handbook in several languages:
 * the first path segment names the language, a page at the root is in the default one.
 */
export function sitemapLanguages(locales: readonly { code: string; lang: string }[]): { defaultLocale: string; locales: Record<string, string> } | undefined {
  if (locales.length < 2) return undefined;
  return { defaultLocale: locales[0]!.code, locales: Object.fromEntries(locales.map((l) => [l.code, l.lang])) };
}

/**
 * robots.txt: every page may be crawled (link previews read the pages left out of the sitemap as
 * well), and the sitemap's absolute URL. Crawlers read robots.txt only at the root of a host, so
 * under a base path it is there for the host's owner to copy from.
 */
export function robotsTxt(site: string, base: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(site, base, SITEMAP_INDEX)}\n`;
}
