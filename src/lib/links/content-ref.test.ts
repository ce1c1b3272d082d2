import { describe, expect, it } from 'vitest';
import { parseContentRef, pathFor, urlFor } from './content-ref.ts';

describe('parseContentRef', () => {
  it.each([
    ['chapter:mentorship/feedback', { kind: 'chapter', id: 'mentorship/feedback' }],
    ['chapter:mentorship/feedback#the-sbi-model', { kind: 'chapter', id: 'mentorship/feedback', anchor: 'the-sbi-model' }],
    ['level:staff', { kind: 'level', id: 'staff' }],
    ['level:staff#signals', { kind: 'level', id: 'staff', anchor: 'signals' }],
    ['quiz:level-staff', { kind: 'quiz', id: 'level-staff' }],
    ['quiz:check-feedback#feedback-sbi-choice', { kind: 'quiz', id: 'check-feedback', anchor: 'feedback-sbi-choice' }],
    ['part:mentorship', { kind: 'part', id: 'mentorship' }],
  ])('%s is a content id', (href, expected) => {
    expect(parseContentRef(href)).toEqual(expected);
  });

  it.each([
    ['https://example.org/staff'],
    ['/chapters/mentorship/feedback/'],
    ['../mentorship/05-feedback.mdx'],
    ['#the-sbi-model'],
    ['chapters:mentorship/feedback'], // plural is not a kind
    ['level:'], // no id
    ['level:staff#'], // empty anchor
    ['level:staff engineer'], // space in the id
    [''],
  ])('%j is not a content id', (href) => {
    expect(parseContentRef(href)).toBeUndefined();
  });
});

describe('urlFor', () => {
  it.each([
    ['chapter', 'mentorship/feedback', '/', '/chapters/mentorship/feedback/'],
    ['part', 'mentorship', '/', '/chapters/mentorship/'],
    ['level', 'staff', '/', '/ladder/staff/'],
    ['quiz', 'level-staff', '/', '/quizzes/level-staff/'],
    ['chapter', 'mentorship/feedback', '/acme-ladder/', '/acme-ladder/chapters/mentorship/feedback/'],
    ['part', 'mentorship', '/acme-ladder/', '/acme-ladder/chapters/mentorship/'],
    ['level', 'staff', '/acme-ladder/', '/acme-ladder/ladder/staff/'],
    ['quiz', 'level-staff', '/acme-ladder/', '/acme-ladder/quizzes/level-staff/'],
    // A base without its trailing slash still yields a well-formed URL.
    ['level', 'staff', '/acme-ladder', '/acme-ladder/ladder/staff/'],
  ] as const)('%s:%s under %s → %s', (kind, id, base, url) => {
    expect(urlFor(kind, id, base)).toBe(url);
  });
});

describe('pathFor', () => {
  it.each([
    ['/', '', '/'],
    ['/', 'search/', '/search/'],
    ['/', '/search/', '/search/'],
    ['/handbook/', 'search/', '/handbook/search/'],
    ['/handbook/', '/logo.svg', '/handbook/logo.svg'],
    ['/handbook', 'ladder/', '/handbook/ladder/'],
  ])('pathFor(%j, %j) → %j', (base, path, expected) => {
    expect(pathFor(base, path)).toBe(expected);
  });
});
