import { describe, expect, it } from 'vitest';
import { day, sampleState } from './fixtures.ts';
import { dueForReview, recordOutcome } from './review.ts';
import { emptyProgress, type ProgressState } from './shape.ts';

const QUIZ = 'check-feedback';
const QUESTION = 'feedback-sbi-choice';

/** Plays answers given as [day, correct] and returns the question's schedule as {stage, dueDay}. */
function play(answers: readonly (readonly [number, boolean])[]): { stage: number; dueDay: number } | 'graduated' | 'not scheduled' {
  let state = emptyProgress();
  let everScheduled = false;
  for (const [when, correct] of answers) {
    state = recordOutcome(state, QUIZ, QUESTION, correct, day(when));
    everScheduled ||= state.quizzes[QUIZ]?.review[QUESTION] !== undefined;
  }
  const entry = state.quizzes[QUIZ]?.review[QUESTION];
  if (!entry) return everScheduled ? 'graduated' : 'not scheduled';
  return { stage: entry.stage, dueDay: (entry.due - day(0)) / 86_400_000 };
}

describe('review schedule', () => {
  it.each([
    ['day 0 wrong → due day 1', [[0, false]], { stage: 1, dueDay: 1 }],
    ['right on day 1 → due day 4', [[0, false], [1, true]], { stage: 2, dueDay: 4 }],
    ['right on day 4 → due day 11', [[0, false], [1, true], [4, true]], { stage: 3, dueDay: 11 }],
    ['right on day 11 → graduates', [[0, false], [1, true], [4, true], [11, true]], 'graduated'],
    ['wrong on day 4 (in review) → starts again, due day 5', [[0, false], [1, true], [4, false]], { stage: 1, dueDay: 5 }],
    ['wrong at stage 3 → starts again at 1 day', [[0, false], [1, true], [4, true], [11, false]], { stage: 1, dueDay: 12 }],
    ['answered late (day 3 instead of 1) → 3 days from then', [[0, false], [3, true]], { stage: 2, dueDay: 6 }],
    ['right before it is due changes nothing', [[0, false], [0.5, true]], { stage: 1, dueDay: 1 }],
    ['wrong again before it is due restarts the day', [[0, false], [0.5, false]], { stage: 1, dueDay: 1.5 }],
    ['right the first time → never scheduled', [[0, true]], 'not scheduled'],
    ['graduated, then wrong again → back in review', [[0, false], [1, true], [4, true], [11, true], [20, false]], { stage: 1, dueDay: 21 }],
  ] as const)('%s', (_name, answers, expected) => {
    expect(play(answers)).toEqual(expected);
  });

  it('a right answer that changes nothing returns the same state (nothing to save)', () => {
    const state = recordOutcome(emptyProgress(), QUIZ, QUESTION, true, day(0));
    expect(state).toEqual(emptyProgress());
  });

  it('stamps the quiz as changed and leaves the input untouched', () => {
    const before = sampleState();
    const after = recordOutcome(before, QUIZ, QUESTION, false, day(5));
    expect(after.quizzes[QUIZ]?.updatedAt).toBe(day(5));
    expect(before).toEqual(sampleState());
  });
});

describe('dueForReview', () => {
  let state: ProgressState = emptyProgress();
  state = recordOutcome(state, 'check-teaching', 'teaching-b', false, day(0)); // due day 1
  state = recordOutcome(state, 'check-feedback', 'feedback-z', false, day(0)); // due day 1
  state = recordOutcome(state, 'check-feedback', 'feedback-a', false, day(2)); // due day 3
  state = recordOutcome(state, 'check-feedback', 'feedback-late', false, day(-1)); // due day 0

  it.each([
    ['before anything is due', day(-0.5), []],
    ['exactly when due', day(0), ['check-feedback/feedback-late@0']],
    [
      'on day 2: overdue first, then by quiz and question',
      day(2),
      ['check-feedback/feedback-late@0', 'check-feedback/feedback-z@1', 'check-teaching/teaching-b@1'],
    ],
    [
      'on day 10: everything',
      day(10),
      ['check-feedback/feedback-late@0', 'check-feedback/feedback-z@1', 'check-teaching/teaching-b@1', 'check-feedback/feedback-a@3'],
    ],
  ])('%s', (_name, now, expected) => {
    expect(dueForReview(state, now).map((d) => `${d.quizId}/${d.questionId}@${(d.due - day(0)) / 86_400_000}`)).toEqual(expected);
  });

  it('says which stage each question is in', () => {
    const later = recordOutcome(state, 'check-feedback', 'feedback-z', true, day(1));
    expect(dueForReview(later, day(4))).toContainEqual({ quizId: 'check-feedback', questionId: 'feedback-z', due: day(4), stage: 2 });
  });
});
