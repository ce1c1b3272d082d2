/** The reader's answers, saved by quiz id and question id (never by position). */
import { changeQuiz } from './entries.ts';
import type { Answer, ProgressState } from './shape.ts';

/** Saves (replaces) the reader's answer to one question. */
export function saveAnswer(state: ProgressState, quizId: string, questionId: string, answer: Answer, now: number): ProgressState {
  return changeQuiz(state, quizId, now, (entry) => ({ ...entry, answers: { ...entry.answers, [questionId]: answer } }));
}

/** The saved answers of a quiz by question id (empty when none). */
export function answersOf(state: ProgressState, quizId: string): Readonly<Record<string, Answer>> {
  return state.quizzes[quizId]?.answers ?? {};
}
