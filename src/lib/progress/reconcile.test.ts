import { describe, expect, it } from 'vitest';
import { day } from './fixtures.ts';
import type { AnswerKey, AnswerKeyEntry } from '../quiz/types.ts';
import { reconcile } from './reconcile.ts';
import { emptyProgress, type Answer, type OrphanReason, type ProgressState } from './shape.ts';

const QUIZ = 'check-feedback';

function stateWith(answers: Record<string, Answer>, review: ProgressState['quizzes'][string]['review'] = {}): ProgressState {
  return { ...emptyProgress(), quizzes: { [QUIZ]: { updatedAt: day(1), answers, review, attempts: [] } } };
}

const single: AnswerKeyEntry = { id: 'q', type: 'single', level: 'mid', correct: 'sbi', choices: ['sbi', 'vague', 'identity'] };
const multiple: AnswerKeyEntry = { id: 'q', type: 'multiple', level: 'mid', correct: ['merged'], choices: ['interrupted', 'merged', 'care'] };
const order: AnswerKeyEntry = { id: 'q', type: 'order', level: 'mid', order: ['novice', 'competent', 'expert'] };
const scenario: AnswerKeyEntry = { id: 'q', type: 'scenario', level: 'mid', rubric: ['steals-learning', 'ask-questions'] };

describe('reconcile: one answer against the question as it is now', () => {
  it.each<[string, Answer, AnswerKeyEntry | undefined, Answer | undefined, OrphanReason | undefined]>([
    ['single, choice still there', { type: 'single', choice: 'sbi' }, single, { type: 'single', choice: 'sbi' }, undefined],
    ['single, choice removed', { type: 'single', choice: 'sandwich' }, single, undefined, 'choice-removed'],
    ['multiple, all choices still there (new ones added)', { type: 'multiple', choices: ['merged'] }, multiple, { type: 'multiple', choices: ['merged'] }, undefined],
    ['multiple, one choice removed', { type: 'multiple', choices: ['merged', 'no-tests'] }, multiple, undefined, 'choice-removed'],
    ['multiple, nothing ticked', { type: 'multiple', choices: [] }, multiple, { type: 'multiple', choices: [] }, undefined],
    ['order, same items reordered', { type: 'order', order: ['expert', 'novice', 'competent'] }, order, { type: 'order', order: ['expert', 'novice', 'competent'] }, undefined],
    ['order, an item removed', { type: 'order', order: ['novice', 'proficient', 'competent', 'expert'] }, order, undefined, 'items-changed'],
    ['order, an item added', { type: 'order', order: ['novice', 'expert'] }, order, undefined, 'items-changed'],
    ['order, an item twice', { type: 'order', order: ['novice', 'novice', 'expert'] }, order, undefined, 'items-changed'],
    [
      'self, ticks still there',
      { type: 'self', text: 'Ask, do not rewrite.', ticked: ['ask-questions'], revealed: true },
      scenario,
      { type: 'self', text: 'Ask, do not rewrite.', ticked: ['ask-questions'], revealed: true },
      undefined,
    ],
    [
      'self, a ticked rubric point removed: text stays, the tick goes, a copy is archived',
      { type: 'self', text: 'Ask, do not rewrite.', ticked: ['ask-questions', 'old-point'], revealed: true },
      scenario,
      { type: 'self', text: 'Ask, do not rewrite.', ticked: ['ask-questions'], revealed: true },
      'choice-removed',
    ],
    ['question became multiple', { type: 'single', choice: 'merged' }, multiple, undefined, 'type-changed'],
    ['question became open', { type: 'single', choice: 'sbi' }, { ...scenario, type: 'open' }, undefined, 'type-changed'],
    ['question removed', { type: 'single', choice: 'sbi' }, undefined, undefined, 'question-removed'],
  ])('%s', (_name, answer, question, kept, reason) => {
    const before = stateWith({ q: answer });
    const key: AnswerKey = { quiz: QUIZ, questions: question ? [question] : [] };
    const { state, moved } = reconcile(before, key, day(9));
    expect(state.quizzes[QUIZ]?.answers.q).toEqual(kept);
    expect(moved).toEqual(reason ? [{ quizId: QUIZ, questionId: 'q', reason, at: day(9), answer }] : []);
    expect(state.orphaned).toEqual(moved);
    if (!reason) expect(state).toBe(before);
  });
});

describe('reconcile: the whole quiz', () => {
  const before = stateWith(
    {
      kept: { type: 'single', choice: 'sbi' },
      gone: { type: 'single', choice: 'sbi' },
      'choice-gone': { type: 'single', choice: 'sandwich' },
    },
    { gone: { stage: 2, due: day(4) }, 'review-only-gone': { stage: 1, due: day(2) }, 'choice-gone': { stage: 1, due: day(2) } },
  );
  const key: AnswerKey = { quiz: QUIZ, questions: [{ ...single, id: 'kept' }, { ...single, id: 'choice-gone' }] };
  const { state, moved } = reconcile(before, key, day(9));

  it('keeps valid answers, moves the rest with their review schedule when the question is gone', () => {
    expect(state.quizzes[QUIZ]?.answers).toEqual({ kept: { type: 'single', choice: 'sbi' } });
    expect(moved).toEqual([
      { quizId: QUIZ, questionId: 'gone', reason: 'question-removed', at: day(9), answer: { type: 'single', choice: 'sbi' }, review: { stage: 2, due: day(4) } },
      { quizId: QUIZ, questionId: 'choice-gone', reason: 'choice-removed', at: day(9), answer: { type: 'single', choice: 'sandwich' } },
      { quizId: QUIZ, questionId: 'review-only-gone', reason: 'question-removed', at: day(9), review: { stage: 1, due: day(2) } },
    ]);
  });

  it('keeps the review schedule of a question that still exists', () => {
    expect(state.quizzes[QUIZ]?.review).toEqual({ 'choice-gone': { stage: 1, due: day(2) } });
  });

  it('is upkeep, not a change by the reader: updatedAt stays, the input is untouched, a second run moves nothing', () => {
    expect(state.quizzes[QUIZ]?.updatedAt).toBe(day(1));
    expect(Object.keys(before.quizzes[QUIZ]!.answers)).toHaveLength(3);
    expect(reconcile(state, key, day(10))).toEqual({ state, moved: [] });
  });

  it('a quiz with nothing saved is left alone', () => {
    const empty = emptyProgress();
    expect(reconcile(empty, key, day(9)).state).toBe(empty);
  });
});
