import { describe, expect, it } from 'vitest';
import { formatPoints, gradeQuestion, gradeQuiz } from './grade.ts';
import { allClients } from './test-questions.ts';
import type { Answer, AnswerKey, AnswerKeyEntry, Answers } from './types.ts';

const key: AnswerKey = {
  quiz: 'level-staff',
  questions: [
    { id: 's1', type: 'single', level: 'staff', correct: 'a', choices: ['a', 'b'] },
    { id: 'm1', type: 'multiple', level: 'staff', correct: ['a', 'b'], choices: ['a', 'b', 'c'] },
    { id: 'o1', type: 'order', level: 'senior', order: ['x', 'y', 'z'] },
    { id: 'e1', type: 'open', level: 'staff', rubric: ['p1', 'p2', 'p3', 'p4'] },
    { id: 'd1', type: 'design', level: 'senior', rubric: ['p1', 'p2'] },
  ],
};

describe('gradeQuestion', () => {
  const single = key.questions[0]!;
  const multiple = key.questions[1]!;
  const open = key.questions[3]!;
  it.each<[string, AnswerKeyEntry, Answer | undefined, { score: number; correct: boolean; status: string }]>([
    ['right single', single, { type: 'single', choice: 'a' }, { score: 1, correct: true, status: 'correct' }],
    ['wrong single', single, { type: 'single', choice: 'b' }, { score: 0, correct: false, status: 'wrong' }],
    ['half a multiple', multiple, { type: 'multiple', choices: ['a'] }, { score: 0.5, correct: false, status: 'partial' }],
    ['nothing ticked', multiple, { type: 'multiple', choices: [] }, { score: 0, correct: false, status: 'unanswered' }],
    ['no answer', single, undefined, { score: 0, correct: false, status: 'unanswered' }],
    ['open answer written, not revealed', open, { type: 'self', text: 'x', ticked: ['p1'], revealed: false }, { score: 0, correct: false, status: 'ungraded' }],
    ['open answer revealed, 3 of 4 ticked', open, { type: 'self', text: 'x', ticked: ['p1', 'p2', 'p3'], revealed: true }, { score: 0.75, correct: false, status: 'partial' }],
    ['open answer revealed, nothing ticked', open, { type: 'self', text: '', ticked: [], revealed: true }, { score: 0, correct: false, status: 'wrong' }],
  ])('%s', (_name, entry, answer, expected) => {
    expect(gradeQuestion(entry, answer, allClients)).toMatchObject({ id: entry.id, type: entry.type, level: entry.level, ...expected });
  });
});

describe('gradeQuiz', () => {
  it('adds up points and counts fully right questions overall and per level', () => {
    const answers: Answers = {
      s1: { type: 'single', choice: 'a' },
      m1: { type: 'multiple', choices: ['a', 'c'] },
      o1: { type: 'order', order: ['x', 'z', 'y'] },
      e1: { type: 'self', text: 'Mine', ticked: ['p1', 'p2', 'p3', 'p4'], revealed: true },
      d1: { type: 'self', text: 'Draft', ticked: [], revealed: false },
    };
    const result = gradeQuiz(key, answers, allClients);
    expect(result).toMatchObject({ quiz: 'level-staff', score: 2.5, max: 5, correct: 2, ungraded: 1 });
    expect(result.levels).toEqual({
      staff: { correct: 2, total: 3, points: 2, max: 3 },
      senior: { correct: 0, total: 2, points: 0.5, max: 2 },
    });
    expect(Object.keys(result.levels)).toEqual(['staff', 'senior']);
    expect(result.questions.map((q) => [q.id, q.score, q.status])).toEqual([
      ['s1', 1, 'correct'],
      ['m1', 0, 'wrong'],
      ['o1', 0.5, 'partial'],
      ['e1', 1, 'correct'],
      ['d1', 0, 'ungraded'],
    ]);
  });

  it('scores an empty answer sheet 0 of the number of questions', () => {
    const result = gradeQuiz(key, {}, allClients);
    expect(result).toMatchObject({ score: 0, max: 5, correct: 0, ungraded: 0 });
    expect(result.questions.every((q) => q.status === 'unanswered')).toBe(true);
  });

  it('ignores answers to questions that are not in the key and inherited keys', () => {
    const answers = Object.create({ s1: { type: 'single', choice: 'a' } }) as Answers;
    answers['other'] = { type: 'single', choice: 'a' };
    expect(gradeQuiz(key, answers, allClients).score).toBe(0);
  });
});

describe('answered or not', () => {
  const [single, multiple, order, open] = key.questions;
  it.each<[AnswerKeyEntry, Answer | undefined, boolean]>([
    [single!, undefined, false],
    [single!, { type: 'single', choice: '' }, false],
    [single!, { type: 'single', choice: 'a' }, true],
    [multiple!, { type: 'multiple', choices: [] }, false],
    [order!, { type: 'order', order: ['x'] }, true],
    [open!, { type: 'self', text: '   ', ticked: [], revealed: false }, false],
    [open!, { type: 'self', text: 'Some text', ticked: [], revealed: false }, true],
    [open!, { type: 'self', text: '', ticked: [], revealed: true }, true],
    [single!, { type: 'multiple', choices: ['a'] }, false],
  ])('%j with %j → %s', (entry, answer, answered) => {
    expect(gradeQuestion(entry, answer, allClients).status !== 'unanswered').toBe(answered);
  });
});

describe('formatting', () => {
  it.each<[number, number, string]>([
    [7.5, 10, '7.5 of 10 points'],
    [2 + 1 / 3, 4, '2.3 of 4 points'],
    [3, 3, '3 of 3 points'],
    [0.96, 1, '1 of 1 point'],
  ])('formatPoints(%s, %s)', (points, max, text) => {
    expect(formatPoints(points, max)).toBe(text);
  });
});
