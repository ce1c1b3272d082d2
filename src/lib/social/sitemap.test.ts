import { describe, expect, it } from 'vitest';
import { inSitemap, robotsTxt, sitemapFilter, sitemapLanguages } from './sitemap.ts';

describe('inSitemap: which pages a search engine is told about', () => {
  it.each([
    ['', true],
    ['chapters/', true],
    ['chapters/mentorship/', true],
    ['chapters/mentorship/feedback/', true],
    ['ladder/', true],
    ['ladder/staff/', true],
    ['ladder/compare/senior/staff/', true],
    ['quizzes/', true],
    ['quizzes/check-feedback/', true],
    ['chapters/review/', true],
    ['ladder/packet/', true],
    ['404.html', false],
    ['404/', false],
    ['search/', false],
    ['print/', false],
    ['progress/', false],
    ['review/', false],
    ['quizzes/check-feedback/worksheet/', false],
    ['ladder/staff/packet/', false],
  ])('%j → %s', (path, listed) => {
    expect(inSitemap(path)).toBe(listed);
  });
});

describe('inSitemap in a handbook with German and Arabic under /de/ and /ar/', () => {
  it.each([
    ['de/', true],
    ['de/ladder/staff/', true],
    ['ar/chapters/mentorship/feedback/', true],
    ['de/search/', false],
    ['ar/progress/', false],
    ['de/quizzes/check-feedback/worksheet/', false],
    ['de/ladder/staff/packet/', false],
    // A page whose first segment only starts like a language code is not under it.
    ['design/search/', true],
  ])('%j → %s', (path, listed) => {
    expect(inSitemap(path, ['de', 'ar'])).toBe(listed);
  });
});

describe('sitemapFilter with pages shown in the default language', () => {
  const filter = sitemapFilter('https://x.org', '/hb/', ['de'], new Set(['de/chapters/a/b/']));
  it.each([
    ['https://x.org/hb/de/chapters/a/b/', false],
    ['https://x.org/hb/chapters/a/b/', true],
    ['https://x.org/hb/de/chapters/a/c/', true],
  ])('%s → %s', (url, listed) => {
    expect(filter(url)).toBe(listed);
  });
});

describe('sitemapLanguages', () => {
  it('gives none for one language, so a one-language sitemap is as before', () => {
    expect(sitemapLanguages([{ code: 'en', lang: 'en' }])).toBeUndefined();
  });
  it('names the default language and every language by its path segment', () => {
    expect(sitemapLanguages([{ code: 'en', lang: 'en' }, { code: 'de', lang: 'de-DE' }])).toEqual({ defaultLocale: 'en', locales: { en: 'en', de: 'de-DE' } });
  });
});

describe('sitemapFilter', () => {
  const filter = sitemapFilter('https://acme-robotics.github.io', '/acme-ladder/');
  it.each([
    ['https://acme-robotics.github.io/acme-ladder/', true],
    ['https://acme-robotics.github.io/acme-ladder/ladder/sre/', true],
    ['https://acme-robotics.github.io/acme-ladder/progress/', false],
    ['https://acme-robotics.github.io/other/', false],
  ])('%s → %s', (url, listed) => {
    expect(filter(url)).toBe(listed);
  });
});

describe('robotsTxt', () => {
  it('allows everything and names the sitemap with its absolute URL under the base', () => {
    expect(robotsTxt('https://acme-robotics.github.io', '/acme-ladder/')).toBe(
      'User-agent: *\nAllow: /\n\nSitemap: https://acme-robotics.github.io/acme-ladder/sitemap-index.xml\n',
    );
    expect(robotsTxt('https://ladderbook.example.org', '/')).toContain('Sitemap: https://ladderbook.example.org/sitemap-index.xml\n');
  });
});
