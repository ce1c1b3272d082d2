import { describe, expect, it } from 'vitest';
import { inSitemap, robotsTxt, sitemapFilter } from './sitemap.ts';

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
