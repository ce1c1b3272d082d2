/**
 * Reconciles saved answers with the quiz as it is now (authors edit quizzes). Answers that no longer
 * fit move to `orphaned` with the quiz id, the reason and the time; valid answers stay in place.
 *
 * Rules:
 * - question gone → its answer and review schedule are moved (`question-removed`);
 * - question now of a kind that saves another answer type (e.g. single → multiple) → moved (`type-changed`);
 * - otherwise the question's kind decides (its `fit`, in src/lib/quiz/kinds/<kind>/answer.ts): what
 *   stays, and why the rest no longer fits (a removed choice, changed items …); the answer as saved is
 *   then kept aside too.
 * Reconciling is upkeep, not a change by the reader: `updatedAt` is left as it was.
 */
import { answerKinds } from '../quiz/kinds/answers.ts';
import type { AnswerKind, Fit, KeyEntryBase } from '../quiz/kinds/kind.ts';
import type { AnswerKey, AnswerKeyEntry } from '../quiz/types.ts';
import type { Answer, OrphanReason, OrphanedAnswer, ProgressState } from './shape.ts';

/** Outcome of `reconcile`. */
export interface ReconcileResult {
  /** The reconciled state (the same object when nothing moved). */
  state: ProgressState;
  /** What was moved to `orphaned`, for the page to mention. */
  moved: OrphanedAnswer[];
}

/**
 * What stays in place (undefined: nothing) and why the saved answer did not fit (undefined: it did).
 * The kind is widened to any answer: it is picked by the entry's own type, so it always fits the entry.
 */
function fit(answer: Answer, entry: AnswerKeyEntry | undefined): { keep?: Answer; reason?: OrphanReason } {
  if (!entry) return { reason: 'question-removed' };
  const kind = answerKinds[entry.type] as AnswerKind<KeyEntryBase, Answer>;
  if (answer.type !== kind.type) return { reason: 'type-changed' };
  return kind.fit(answer, entry) satisfies Fit<Answer>;
}

/** Moves the quiz's answers (and review entries) that no longer fit `key` to `orphaned`, stamped `now`. */
export function reconcile(state: ProgressState, key: AnswerKey, now: number): ReconcileResult {
  const quizId = key.quiz;
  const entry = state.quizzes[quizId];
  if (!entry) return { state, moved: [] };
  const questions = new Map(key.questions.map((question) => [question.id, question]));
  const answers = { ...entry.answers };
  const review = { ...entry.review };
  const moved: OrphanedAnswer[] = [];
  for (const [questionId, answer] of Object.entries(entry.answers)) {
    const { keep, reason } = fit(answer, questions.get(questionId));
    if (!reason) continue;
    const orphan: OrphanedAnswer = { quizId, questionId, reason, at: now, answer };
    if (keep) answers[questionId] = keep;
    else delete answers[questionId];
    moved.push(orphan);
  }
  for (const [questionId, schedule] of Object.entries(entry.review)) {
    if (questions.has(questionId)) continue;
    delete review[questionId];
    const orphan = moved.find((item) => item.questionId === questionId);
    if (orphan) orphan.review = schedule;
    else moved.push({ quizId, questionId, reason: 'question-removed', at: now, review: schedule });
  }
  if (moved.length === 0) return { state, moved };
  return {
    state: { ...state, quizzes: { ...state.quizzes, [quizId]: { ...entry, answers, review } }, orphaned: [...state.orphaned, ...moved] },
    moved,
  };
}
