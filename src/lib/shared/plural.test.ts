import { describe, expect, it } from 'vitest';
import { plural } from './plural.ts';

describe('plural', () => {
  it.each([
    [0, 'part', undefined, '0 parts'],
    [1, 'part', undefined, '1 part'],
    [2, 'part', undefined, '2 parts'],
    [1, 'quiz', 'quizzes', '1 quiz'],
    [3, 'quiz', 'quizzes', '3 quizzes'],
  ])('%i %s', (n, one, many, text) => {
    expect(plural(n, one, many)).toBe(text);
  });

  it.each([
    [1, '+1', '+1 step'],
    [-1, '−1', '−1 step'],
    [-2, '−2', '−2 steps'],
  ])('a count shown signed: %i', (n, shown, text) => {
    expect(plural(n, 'step', undefined, shown)).toBe(text);
  });
});
