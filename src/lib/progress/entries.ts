/**
 * Immutable updates of one quiz's or one level's entry. Every change goes through here so that
 * `updatedAt` is stamped consistently and the input state is never mutated.
 */
import type { LevelAssessment, ProgressState, QuizProgress } from './shape.ts';

/** A quiz entry with nothing in it yet. */
export function emptyQuiz(now: number): QuizProgress {
  return { updatedAt: now, answers: {}, review: {}, attempts: [] };
}

/** A copy of `record` without `key` (the same object when the key is absent). */
export function omitKey<T>(record: Record<string, T>, key: string): Record<string, T> {
  if (!Object.hasOwn(record, key)) return record;
  const { [key]: _removed, ...rest } = record;
  return rest;
}

/**
 * Applies `change` to the quiz's entry (an empty one if none) and stamps `updatedAt: now`.
 * Returns `state` itself when `change` returns the entry unchanged.
 */
export function changeQuiz(
  state: ProgressState,
  quizId: string,
  now: number,
  change: (entry: QuizProgress) => QuizProgress,
): ProgressState {
  const entry = state.quizzes[quizId] ?? emptyQuiz(now);
  const next = change(entry);
  if (next === entry) return state;
  return { ...state, quizzes: { ...state.quizzes, [quizId]: { ...next, updatedAt: now } } };
}

/** Applies `change` to the level's self-assessment (an empty one if none) and stamps `updatedAt: now`. */
export function changeAssessment(
  state: ProgressState,
  levelId: string,
  now: number,
  change: (entry: LevelAssessment) => LevelAssessment,
): ProgressState {
  const entry = state.assessments[levelId] ?? { updatedAt: now, signals: {} };
  const next = change(entry);
  if (next === entry) return state;
  return { ...state, assessments: { ...state.assessments, [levelId]: { ...next, updatedAt: now } } };
}
