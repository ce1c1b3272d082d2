import { describe, expect, it } from 'vitest';
import { archivedLinkHref, type ArchivedLinkContext } from './archived-links.ts';

const context: ArchivedLinkContext = {
  base: '/acme/',
  revision: '2026',
  anchors: new Map([
    ['senior-engineer', new Set(['what-the-work-looks-like'])],
    ['staff-engineer', new Set()],
  ]),
  current: {
    ids: { chapter: new Set(['growing/promotion']), level: new Set(['staff-engineer', 'engineer-3']), quiz: new Set(['level-sre']), part: new Set(['growing']) },
    anchors: new Map([['chapter:growing/promotion', new Set(['evidence'])]]),
  },
};

describe('archivedLinkHref', () => {
  it.each<[string, string, string | undefined]>([
    ['a level of the revision: its archived page', 'level:senior-engineer', '/acme/ladder/2026/senior-engineer/'],
    ['with an anchor its narrative has', 'level:senior-engineer#what-the-work-looks-like', '/acme/ladder/2026/senior-engineer/#what-the-work-looks-like'],
    ['with an anchor it lacks: the page', 'level:staff-engineer#gone', '/acme/ladder/2026/staff-engineer/'],
    ['a level only the current ladder has: its current page', 'level:engineer-3', '/acme/ladder/engineer-3/'],
    ['a level gone everywhere: text', 'level:on-call-lead', undefined],
    ['a chapter that still exists, with its anchor', 'chapter:growing/promotion#evidence', '/acme/chapters/growing/promotion/#evidence'],
    ['a chapter anchor gone since: the chapter', 'chapter:growing/promotion#old-heading', '/acme/chapters/growing/promotion/'],
    ['a chapter deleted since: text', 'chapter:growing/old', undefined],
    ['a quiz', 'quiz:level-sre', '/acme/quizzes/level-sre/'],
    ['an external link', 'https://example.com/x', 'https://example.com/x'],
    ['a path link (never valid): text', '/chapters/growing/promotion/', undefined],
  ])('%s', (_case, href, expected) => {
    expect(archivedLinkHref(href, context)).toBe(expected);
  });
});

describe('archivedLinkHref on a page in another language', () => {
  const german: ArchivedLinkContext = { ...context, base: '/acme/de/', anchorIn: (page, anchor) => (page === 'chapter:growing/promotion' && anchor === 'evidence' ? 'belege' : anchor) };

  it.each<[string, string, string | undefined]>([
    ['a level of the revision: its archived page in the language', 'level:senior-engineer#what-the-work-looks-like', '/acme/de/ladder/2026/senior-engineer/#what-the-work-looks-like'],
    ['a chapter: the translated page, with the translation’s anchor', 'chapter:growing/promotion#evidence', '/acme/de/chapters/growing/promotion/#belege'],
    ['a chapter anchor gone since: the chapter', 'chapter:growing/promotion#old-heading', '/acme/de/chapters/growing/promotion/'],
    ['a quiz', 'quiz:level-sre', '/acme/de/quizzes/level-sre/'],
  ])('%s', (_case, href, expected) => {
    expect(archivedLinkHref(href, german)).toBe(expected);
  });
});
