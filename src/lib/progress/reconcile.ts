/**
 * Reconciles saved answers with the quiz as it is now (authors edit quizzes). Answers that no longer
 * fit move to `orphaned` with the quiz id, the reason and the time; valid answers stay in place.
 *
 * Rules:
 * - question gone → its answer and review schedule are moved (`question-removed`);
 * - question now of another kind (e.g. single → multiple) → the answer is moved (`type-changed`);
 * - single/multiple naming a choice that is gone → the whole answer is moved (`choice-removed`);
 *   new choices do not matter (the reader did not pick them);
 * - order whose items are not exactly the current items → moved (`items-changed`), since it cannot be graded;
 * - self-graded answers keep the reader's text in place with only the rubric ticks that still exist;
 *   if a tick was dropped, a copy of the answer as it was goes to `orphaned` (`choice-removed`).
 * Reconciling is upkeep, not a change by the reader: `updatedAt` is left as it was.
 */
import type { Answer, OrphanReason, OrphanedAnswer, ProgressState } from './shape.ts';

/** Question types as written in quiz files. */
export type QuestionType = 'single' | 'multiple' | 'order' | 'open' | 'scenario' | 'design';

/** One question of the quiz as it is now. */
export interface QuizKeyQuestion {
  /** Question id. */
  id: string;
  /** Question type. */
  type: QuestionType;
  /** Ids of its choices (single, multiple), items (order) or rubric points (open, scenario, design). */
  ids: readonly string[];
}

/** The current ids of a quiz, as the page knows them from the built quiz. */
export interface QuizKey {
  /** Quiz id. */
  quizId: string;
  /** Its questions. */
  questions: readonly QuizKeyQuestion[];
}

/** Outcome of `reconcile`. */
export interface ReconcileResult {
  /** The reconciled state (the same object when nothing moved). */
  state: ProgressState;
  /** What was moved to `orphaned`, for the page to mention. */
  moved: OrphanedAnswer[];
}

/** What stays in place (undefined: nothing) and why the saved answer did not fit (undefined: it did). */
function fit(answer: Answer, question: QuizKeyQuestion | undefined): { keep?: Answer; reason?: OrphanReason } {
  if (!question) return { reason: 'question-removed' };
  const expected = question.type === 'single' || question.type === 'multiple' || question.type === 'order' ? question.type : 'self';
  if (answer.type !== expected) return { reason: 'type-changed' };
  const known = new Set(question.ids);
  switch (answer.type) {
    case 'single':
      return known.has(answer.choice) ? { keep: answer } : { reason: 'choice-removed' };
    case 'multiple':
      return answer.choices.every((id) => known.has(id)) ? { keep: answer } : { reason: 'choice-removed' };
    case 'order': {
      const same = answer.order.length === known.size && new Set(answer.order).size === known.size && answer.order.every((id) => known.has(id));
      return same ? { keep: answer } : { reason: 'items-changed' };
    }
    case 'self': {
      const ticked = answer.ticked.filter((id) => known.has(id));
      return ticked.length === answer.ticked.length ? { keep: answer } : { keep: { ...answer, ticked }, reason: 'choice-removed' };
    }
  }
}

/** Moves the quiz's answers (and review entries) that no longer fit `key` to `orphaned`, stamped `now`. */
export function reconcile(state: ProgressState, key: QuizKey, now: number): ReconcileResult {
  const { quizId } = key;
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
