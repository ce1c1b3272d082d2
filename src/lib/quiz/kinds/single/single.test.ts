import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../errors.ts';
import { singleQuestion, scoreOf } from '../../test-questions.ts';
import type { Answer } from '../../types.ts';
import type { KindIssue } from '../kind.ts';
import { singleKind } from './index.ts';

const at = ['questions', 0];
const show = (issues: KindIssue[]) => issues.map((issue) => formatProblem({ file: 'q.yaml', ...issue }));
const choice = (id: string, text: string, correct = false) => ({ id, text, correct, why: 'Because.' });

describe('singleKind.validate', () => {
  it.each([
    ['a valid question', singleQuestion(), []],
    [
      'no correct choice',
      singleQuestion({ choices: [choice('a', 'Alpha'), choice('b', 'Beta')] }),
      ['q.yaml › questions[0].choices: no choice is marked correct\n    hint: add "correct: true" to the one right answer'],
    ],
    [
      'two correct choices',
      singleQuestion({ choices: [choice('a', 'Alpha', true), choice('b', 'Beta', true), choice('c', 'Gamma')] }),
      [
        'q.yaml › questions[0].choices: 2 choices are marked correct (a, b), but a single question has exactly one\n' +
          '    hint: keep "correct: true" on the one right answer, or use "type: multiple" if several are right',
      ],
    ],
    [
      'a repeated choice id',
      singleQuestion({ choices: [choice('a', 'Alpha', true), choice('a', 'Beta')] }),
      [
        'q.yaml › questions[0].choices[1].id: id "a" is already used by choices[0]\n' +
          '    hint: ids must be unique within a question (saved answers refer to them); rename one',
      ],
    ],
    [
      'the same text in another case and spacing',
      singleQuestion({ choices: [choice('a', 'Ask them first', true), choice('b', '  ask THEM  first ')] }),
      [
        'q.yaml › questions[0].choices[1].text: same text as choices[0] ("Ask them first")\n' +
          '    hint: readers cannot tell the two apart; reword one or remove it',
      ],
    ],
  ])('%s', (_name, question, expected) => {
    expect(show(singleKind.validate(question, at))).toEqual(expected);
  });
});

describe('singleKind.key', () => {
  it('names the one correct choice', () => {
    expect(singleKind.key(singleQuestion({ level: 'staff' }))).toEqual({
      id: 'test-single',
      type: 'single',
      level: 'staff',
      correct: 'a',
      choices: ['a', 'b', 'c'],
    });
  });
});

describe('singleKind.grade', () => {
  const entry = singleKind.key(singleQuestion());
  it.each<[string, Answer | undefined, number]>([
    ['the correct choice', { type: 'single', choice: 'a' }, 1],
    ['a wrong choice', { type: 'single', choice: 'b' }, 0],
    ['an unknown choice', { type: 'single', choice: 'zzz' }, 0],
    ['no answer', undefined, 0],
    ['an answer of another type', { type: 'multiple', choices: ['a'] }, 0],
  ])('%s scores %s', (_name, answer, score) => {
    expect(scoreOf(entry, answer)).toBe(score);
  });
});
