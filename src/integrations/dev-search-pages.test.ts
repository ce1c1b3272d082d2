import { describe, expect, it } from 'vitest';
import { pagesShowing, type ContentPage } from './dev-search-pages.ts';

// A handbook in English and German: one part of two chapters, the first translated.
const EN_FEEDBACK = 'content/chapters/growth/01-feedback.mdx';
const EN_SCOPE = 'content/chapters/growth/02-scope.mdx';
const DE_FEEDBACK = 'content/translations/de/chapters/growth/01-feedback.mdx';
const pages: ContentPage[] = [
  { path: '/ladder/', translated: true, sources: [] },
  { path: '/chapters/growth/', translated: true, sources: [EN_FEEDBACK, EN_SCOPE] },
  { path: '/chapters/growth/feedback/', translated: true, sources: [EN_FEEDBACK] },
  { path: '/chapters/growth/scope/', translated: true, sources: [EN_SCOPE] },
  { path: '/de/chapters/growth/', translated: true, sources: [EN_FEEDBACK, DE_FEEDBACK, EN_SCOPE] },
  { path: '/de/chapters/growth/feedback/', translated: true, sources: [EN_FEEDBACK, DE_FEEDBACK] },
  { path: '/quizzes/check-feedback/', translated: true, sources: [] },
];

describe('pagesShowing: what the dev server renders again for search after a save', () => {
  it.each([
    ['a chapter: its page and its part’s, in each language that shows it', EN_SCOPE, ['/chapters/growth/', '/chapters/growth/scope/', '/de/chapters/growth/']],
    ['a translated chapter’s source: the English and German pages', EN_FEEDBACK, ['/chapters/growth/', '/chapters/growth/feedback/', '/de/chapters/growth/', '/de/chapters/growth/feedback/']],
    ['a translation: only the German pages', DE_FEEDBACK, ['/de/chapters/growth/', '/de/chapters/growth/feedback/']],
  ])('%s', (_case, file, expected) => {
    expect(pagesShowing(pages, file)).toEqual(expected);
  });

  it.each([
    ['ladder data', 'content/ladder/levels/staff.mdx'],
    ['a quiz', 'content/quizzes/check-feedback.yaml'],
    ['the parts file', 'content/parts.yaml'],
  ])('%s may show on any page: every page (undefined)', (_case, file) => {
    expect(pagesShowing(pages, file)).toBeUndefined();
  });
});
