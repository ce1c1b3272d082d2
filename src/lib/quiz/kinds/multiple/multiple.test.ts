import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../errors.ts';
import { multipleQuestion, scoreOf } from '../../test-questions.ts';
import type { Answer } from '../../types.ts';
import type { KindIssue } from '../kind.ts';
import { multipleKind } from './index.ts';
import { seededShuffle } from '../../shuffle.ts';

const at = ['questions', 3];
const show = (issues: KindIssue[]) => issues.map((issue) => formatProblem({ file: 'q.yaml', ...issue }));
const choice = (id: string, text: string, correct = false) => ({ id, text, correct, why: 'Because.' });

describe('multipleKind.validate', () => {
  it.each([
    ['a valid question', multipleQuestion(), []],
    ['a single correct choice is fine', multipleQuestion({ choices: [choice('a', 'A', true), choice('b', 'B')] }), []],
    ['every choice correct is allowed', multipleQuestion({ choices: [choice('a', 'A', true), choice('b', 'B', true)] }), []],
    [
      'no correct choice',
      multipleQuestion({ choices: [choice('a', 'Alpha'), choice('b', 'Beta')] }),
      ['q.yaml › questions[3].choices: no choice is marked correct\n    hint: add "correct: true" to each right answer (at least one)'],
    ],
    [
      'a repeated id and a repeated text are both reported',
      multipleQuestion({ choices: [choice('a', 'Alpha', true), choice('a', 'Beta'), choice('c', 'beta')] }),
      [
        'q.yaml › questions[3].choices[1].id: id "a" is already used by choices[0]\n' +
          '    hint: ids must be unique within a question (saved answers refer to them); rename one',
        'q.yaml › questions[3].choices[2].text: same text as choices[1] ("Beta")\n' +
          '    hint: readers cannot tell the two apart; reword one or remove it',
      ],
    ],
  ])('%s', (_name, question, expected) => {
    expect(show(multipleKind.validate(question, at))).toEqual(expected);
  });
});

describe('multipleKind.key', () => {
  it('lists every correct choice in the author order', () => {
    expect(multipleKind.key(multipleQuestion())).toEqual({
      id: 'test-multiple',
      type: 'multiple',
      level: 'mid',
      correct: ['a', 'b'],
      choices: ['a', 'b', 'c', 'd', 'e'],
    });
  });
});

describe('multipleKind.grade (2 correct of 5: each right tick +1/2, each wrong tick −1/2, floor 0)', () => {
  const entry = multipleKind.key(multipleQuestion());
  const ticks = (...choices: string[]): Answer => ({ type: 'multiple', choices });
  it.each<[string, Answer | undefined, number]>([
    ['both correct', ticks('a', 'b'), 1],
    ['both correct, ticked in another order', ticks('b', 'a'), 1],
    ['one of two correct', ticks('a'), 0.5],
    ['one correct and one wrong', ticks('a', 'c'), 0],
    ['both correct and one wrong', ticks('a', 'b', 'c'), 0.5],
    ['both correct and two wrong', ticks('a', 'b', 'c', 'd'), 0],
    ['everything ticked', ticks('a', 'b', 'c', 'd', 'e'), 0],
    ['only wrong ones (floored at 0)', ticks('c', 'd', 'e'), 0],
    ['nothing ticked', ticks(), 0],
    ['a correct id ticked twice counts once', ticks('a', 'a'), 0.5],
    ['an unknown id counts as wrong', ticks('a', 'b', 'zzz'), 0.5],
    ['no answer', undefined, 0],
    ['an answer of another type', { type: 'single', choice: 'a' }, 0],
  ])('%s scores %s', (_name, answer, score) => {
    expect(scoreOf(entry, answer)).toBe(score);
  });

  it('gives thirds with three correct choices', () => {
    const three = multipleKind.key(multipleQuestion({ choices: multipleQuestion().choices.map((c, i) => ({ ...c, correct: i < 3 })) }));
    expect(scoreOf(three, ticks('a'))).toBeCloseTo(1 / 3);
    expect(scoreOf(three, ticks('a', 'b'))).toBeCloseTo(2 / 3);
    expect(scoreOf(three, ticks('a', 'b', 'd'))).toBeCloseTo(1 / 3);
    expect(scoreOf(three, ticks('a', 'b', 'c'))).toBe(1);
  });
});

describe('multipleKind.shuffle', () => {
  it('shuffles choices with the question id as seed and keeps each choice whole', () => {
    const question = multipleQuestion({ id: 'culture-safety-signs' });
    const shown = multipleKind.shuffle(question);
    expect(shown.choices).toEqual(seededShuffle(question.choices, 'culture-safety-signs'));
    expect(shown.choices.find((c) => c.id === 'a')).toEqual(question.choices[0]);
    expect(multipleKind.shuffle(question)).toEqual(shown);
  });
});
