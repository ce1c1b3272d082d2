/**
 * Spaced review. A wrong answer schedules the question one day later (stage 1). Answering it right
 * once it is due moves it to stage 2 (three days later), then stage 3 (seven days later); right again
 * at stage 3 and it graduates (leaves the schedule). A wrong answer at any time starts again at one
 * day. A right answer before the due time changes nothing.
 */
import { changeQuiz, omitKey } from './entries.ts';
import type { ProgressState, ReviewStage } from './shape.ts';

/** One day in ms. */
export const DAY_MS = 86_400_000;

/** Days until the next review, by stage (index 0 = stage 1). */
export const REVIEW_INTERVAL_DAYS: readonly [number, number, number] = [1, 3, 7];

/** The review intervals as readers read them, "1, 3 and 7", from REVIEW_INTERVAL_DAYS in the page's language. */
export function reviewIntervals(locale = 'en-GB'): string {
  return new Intl.ListFormat(locale, { type: 'conjunction' }).format(REVIEW_INTERVAL_DAYS.map(String));
}

/** A question to review. */
export interface DueReview {
  /** Quiz the question belongs to. */
  quizId: string;
  /** The question to ask again. */
  questionId: string;
  /** When it became due (ms since epoch). */
  due: number;
  /** The stage it is in (1 to 3). */
  stage: ReviewStage;
}

/** Updates the review schedule of one question after the reader answered it (right or wrong) at `now`. */
export function recordOutcome(state: ProgressState, quizId: string, questionId: string, correct: boolean, now: number): ProgressState {
  const current = state.quizzes[quizId]?.review[questionId];
  if (!correct) {
    return changeQuiz(state, quizId, now, (entry) => ({
      ...entry,
      review: { ...entry.review, [questionId]: { stage: 1, due: now + REVIEW_INTERVAL_DAYS[0] * DAY_MS } },
    }));
  }
  if (!current || now < current.due) return state;
  if (current.stage === 3) {
    return changeQuiz(state, quizId, now, (entry) => ({ ...entry, review: omitKey(entry.review, questionId) }));
  }
  const stage = (current.stage + 1) as ReviewStage;
  return changeQuiz(state, quizId, now, (entry) => ({
    ...entry,
    review: { ...entry.review, [questionId]: { stage, due: now + REVIEW_INTERVAL_DAYS[stage - 1]! * DAY_MS } },
  }));
}

/** Every question due at `now`, the longest overdue first (then by quiz and question id). */
export function dueForReview(state: ProgressState, now: number): DueReview[] {
  const due: DueReview[] = [];
  for (const [quizId, quiz] of Object.entries(state.quizzes)) {
    for (const [questionId, entry] of Object.entries(quiz.review)) {
      if (entry.due <= now) due.push({ quizId, questionId, due: entry.due, stage: entry.stage });
    }
  }
  return due.sort(
    (a, b) => a.due - b.due || a.quizId.localeCompare(b.quizId) || a.questionId.localeCompare(b.questionId),
  );
}
