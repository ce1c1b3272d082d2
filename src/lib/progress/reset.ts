/**
 * Resets: one quiz, one level's self-assessment, or everything. Each returns the new state and an
 * undo token holding exactly what was removed (plain JSON, so the page may keep it in sessionStorage);
 * `undoReset` puts it back as it was.
 */
import { omitKey } from './entries.ts';
import { emptyProgress, type LevelAssessment, type ProgressState, type QuizProgress } from './shape.ts';

/** What a reset removed; `removed` is undefined when there was nothing to remove. */
export type UndoToken =
  | { kind: 'quiz'; quizId: string; removed: QuizProgress | undefined }
  | { kind: 'assessment'; levelId: string; removed: LevelAssessment | undefined }
  | { kind: 'all'; removed: ProgressState };

/** A reset's outcome. */
export interface ResetResult {
  /** The state without the reset data. */
  state: ProgressState;
  /** Pass to `undoReset` to restore it. */
  undo: UndoToken;
}

/** Removes one quiz's answers, scores, attempts and review schedule (its orphaned answers stay archived). */
export function resetQuiz(state: ProgressState, quizId: string): ResetResult {
  const removed = state.quizzes[quizId];
  return { state: { ...state, quizzes: omitKey(state.quizzes, quizId) }, undo: { kind: 'quiz', quizId, removed } };
}

/** Removes one level's self-assessment. */
export function resetAssessment(state: ProgressState, levelId: string): ResetResult {
  const removed = state.assessments[levelId];
  return {
    state: { ...state, assessments: omitKey(state.assessments, levelId) },
    undo: { kind: 'assessment', levelId, removed },
  };
}

/** Removes everything, orphaned answers included. */
export function resetAll(state: ProgressState): ResetResult {
  return { state: emptyProgress(), undo: { kind: 'all', removed: state } };
}

/**
 * Restores what a reset removed, replacing whatever the same quiz or level holds now (undo everything
 * replaces the whole state). A token of a reset that removed nothing changes nothing.
 */
export function undoReset(state: ProgressState, undo: UndoToken): ProgressState {
  switch (undo.kind) {
    case 'all':
      return undo.removed;
    case 'quiz':
      return undo.removed ? { ...state, quizzes: { ...state.quizzes, [undo.quizId]: undo.removed } } : state;
    case 'assessment':
      return undo.removed ? { ...state, assessments: { ...state.assessments, [undo.levelId]: undo.removed } } : state;
  }
}
