import { describe, expect, it } from 'vitest';
import { isSearchablePage } from './pagefind-index.ts';

// The same pages as SEARCHABLE_PAGES, the glob Pagefind reads after `npm run build`; the build
// tests check both ways of indexing against the pages that carry data-pagefind-body.
describe('the pages search indexes while Astro renders', () => {
  it.each([
    ['chapters/index.html', true],
    ['chapters/mentorship/index.html', true],
    ['chapters/mentorship/feedback/index.html', true],
    ['ladder/index.html', true],
    ['ladder/staff/index.html', true],
    ['ladder/compare/senior/staff/index.html', true],
    ['ladder/staff/packet/index.html', true],
    ['quizzes/check-feedback/index.html', true],
    ['quizzes/index.html', false],
    ['quizzes/check-feedback/worksheet/index.html', false],
    ['print/index.html', false],
    ['index.html', false],
    ['search/index.html', false],
    ['og/chapters/mentorship/feedback.png', false],
    // Each language's pages, which Pagefind indexes under the page's own <html lang>.
    ['de/chapters/index.html', true],
    ['de/chapters/mentorship/feedback/index.html', true],
    ['de/ladder/compare/senior/staff/index.html', true],
    ['de/quizzes/check-feedback/index.html', true],
    ['de/quizzes/index.html', false],
    ['de/quizzes/check-feedback/worksheet/index.html', false],
    ['de/print/index.html', false],
    ['de/index.html', false],
    ['de/search/index.html', false],
    ['og/de/chapters/mentorship/feedback.png', false],
  ])('%s: %s', (file, searchable) => {
    expect(isSearchablePage(file)).toBe(searchable);
  });
});
