import { describe, expect, it } from 'vitest';
import { NAV_CHAPTER_LIMIT, chapterWindow, partWindow } from './part-window.ts';

const parts = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe('partWindow', () => {
  it.each([
    { n: 4, current: 2, limit: 12, shown: [1, 2, 3, 4], before: 0, after: 0 },
    { n: 12, current: 11, limit: 12, shown: parts(12), before: 0, after: 0 },
    // More parts than the limit: a run of `limit` around the current part (index 19 = part 20).
    { n: 40, current: 19, limit: 12, shown: [15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26], before: 14, after: 14 },
    // At either end the run does not slide past the first or the last part.
    { n: 40, current: 0, limit: 12, shown: parts(12), before: 0, after: 28 },
    { n: 40, current: 2, limit: 12, shown: parts(12), before: 0, after: 28 },
    { n: 40, current: 39, limit: 12, shown: [29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40], before: 28, after: 0 },
    // Pages outside any part (the ladder, quizzes) list the first parts.
    { n: 40, current: -1, limit: 12, shown: parts(12), before: 0, after: 28 },
    { n: 5, current: 2, limit: 3, shown: [2, 3, 4], before: 1, after: 1 },
    { n: 0, current: -1, limit: 12, shown: [], before: 0, after: 0 },
  ])('$n parts, current index $current, limit $limit', ({ n, current, limit, shown, before, after }) => {
    expect(partWindow(parts(n), current, limit)).toEqual({ shown, before, after });
  });

  it('always shows the current part', () => {
    for (let current = 0; current < 40; current++) {
      expect(partWindow(parts(40), current).shown).toContain(current + 1);
    }
  });
});

describe('chapterWindow', () => {
  const chapters = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
  it.each([
    // A part of up to 15 chapters is listed whole, as before.
    { n: 10, current: 3, shown: chapters(10), before: 0, after: 0 },
    { n: 15, current: 14, shown: chapters(15), before: 0, after: 0 },
    // A part of 1,000 chapters: the 15 around the current one (index 499 = chapter 500), the rest counted.
    { n: 1000, current: 499, shown: Array.from({ length: 15 }, (_, i) => 493 + i), before: 492, after: 493 },
    // Near either end the run stays inside the part.
    { n: 1000, current: 0, shown: chapters(15), before: 0, after: 985 },
    { n: 1000, current: 999, shown: Array.from({ length: 15 }, (_, i) => 986 + i), before: 985, after: 0 },
    // The part's own page has no current chapter: the first ones.
    { n: 1000, current: -1, shown: chapters(15), before: 0, after: 985 },
  ])('$n chapters, current index $current', ({ n, current, shown, before, after }) => {
    expect(chapterWindow(chapters(n), current)).toEqual({ shown, before, after });
  });

  it('always shows the current chapter and never more than NAV_CHAPTER_LIMIT', () => {
    for (let current = 0; current < 100; current++) {
      const { shown, before, after } = chapterWindow(chapters(100), current);
      expect(shown).toContain(current + 1);
      expect(shown).toHaveLength(NAV_CHAPTER_LIMIT);
      expect(before + shown.length + after).toBe(100);
    }
  });
});
