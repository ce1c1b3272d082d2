import { describe, expect, it } from 'vitest';
import { markdownLinks, stringsOf } from './markdown-links.ts';

describe('markdownLinks: links in quiz text', () => {
  it.each([
    ['No links here, only text: with a colon.', []],
    ['See [feedback](chapter:mentorship/feedback#the-sbi-model).', [['link', 'chapter:mentorship/feedback#the-sbi-model', 1]]],
    ['First line.\n\nThen [Staff](level:staff) and [a ref][r].\n\n[r]: quiz:level-staff', [['link', 'level:staff', 3], ['link', 'quiz:level-staff', 5]]],
    ['An autolink <https://example.org/> and an image ![chart](/chart.png)', [['link', 'https://example.org/', 1], ['image', '/chart.png', 1]]],
  ])('%j', (text, expected) => {
    expect(markdownLinks(text).map((l) => [l.kind, l.href, l.line])).toEqual(expected);
  });
});

describe('stringsOf', () => {
  it('lists every string of parsed YAML with its path', () => {
    expect(stringsOf({ title: 'T', questions: [{ prompt: 'P', choices: [{ text: 'A', correct: true }] }] })).toEqual([
      { path: ['title'], text: 'T' },
      { path: ['questions', 0, 'prompt'], text: 'P' },
      { path: ['questions', 0, 'choices', 0, 'text'], text: 'A' },
    ]);
  });
});
