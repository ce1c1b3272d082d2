import { describe, expect, it } from 'vitest';
import { answersOf, saveAnswer } from './answers.ts';
import { assessSignal, assessmentOf } from './assessment.ts';
import { day, sampleState } from './fixtures.ts';
import { ATTEMPTS_CAP, latestScore, recordScore } from './scores.ts';
import { emptyProgress } from './shape.ts';

const mid = { correct: 2, total: 3, points: 2.5, max: 3 };
const staff = { correct: 0, total: 1, points: 0, max: 1 };

describe('scores', () => {
  it('keeps the latest score with its per-level results, ignoring the rest of the quiz result', () => {
    const quizResult = { quiz: 'check-feedback', score: 2.5, max: 4, correct: 2, ungraded: 0, levels: { mid, staff }, questions: [] };
    const state = recordScore(emptyProgress(), 'check-feedback', quizResult, day(2));
    expect(latestScore(state, 'check-feedback')).toEqual({ at: day(2), score: 2.5, max: 4, levels: { mid, staff } });
    expect(state.quizzes['check-feedback']?.updatedAt).toBe(day(2));
  });

  it.each([
    [1, [0]],
    [ATTEMPTS_CAP, Array.from({ length: 20 }, (_, i) => i)],
    [ATTEMPTS_CAP + 5, Array.from({ length: 20 }, (_, i) => i + 5)],
  ])('after %i attempts the history holds the last 20 (by score: %j)', (count, scores) => {
    let state = emptyProgress();
    for (let i = 0; i < count; i++) state = recordScore(state, 'check-feedback', { score: i, max: 40, levels: {} }, day(i));
    expect(state.quizzes['check-feedback']?.attempts.map((a) => a.score)).toEqual(scores);
    expect(latestScore(state, 'check-feedback')?.score).toBe(count - 1);
  });

  it('a quiz never graded has no score and no attempts', () => {
    expect(latestScore(sampleState(), 'check-how-people-learn')).toBeUndefined();
    expect(sampleState().quizzes['check-teaching']).toBeUndefined();
  });
});

describe('answers and self-assessment', () => {
  it('saves answers by quiz and question id, replacing an earlier answer, without touching the input', () => {
    const before = sampleState();
    const state = saveAnswer(before, 'check-feedback', 'feedback-sbi-choice', { type: 'single', choice: 'vague' }, day(4));
    expect(answersOf(state, 'check-feedback')).toEqual({
      'feedback-sbi-choice': { type: 'single', choice: 'vague' },
      'feedback-behaviour-vs-interpretation': { type: 'multiple', choices: ['interrupted', 'merged'] },
    });
    expect(state.quizzes['check-feedback']?.updatedAt).toBe(day(4));
    expect(before).toEqual(sampleState());
    expect(answersOf(state, 'check-teaching')).toEqual({});
  });

  it('saves each signal of a level with its evidence and stamps the level', () => {
    let state = assessSignal(sampleState(), 'staff', 'cross-team-influence', { met: false, evidence: '' }, day(3));
    state = assessSignal(state, 'staff', 'design-doc-adopted', { met: true, evidence: 'Payments RFC and the Search RFC' }, day(4));
    expect(assessmentOf(state, 'staff')).toEqual({
      updatedAt: day(4),
      signals: {
        'design-doc-adopted': { met: true, evidence: 'Payments RFC and the Search RFC' },
        'cross-team-influence': { met: false, evidence: '' },
      },
    });
    expect(assessmentOf(state, 'principal')).toBeUndefined();
  });
});
