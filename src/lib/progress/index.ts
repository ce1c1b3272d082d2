/**
 * Saved progress of a Ladderbook reader (quizzes, self-assessments, spaced review), kept in the
 * browser. Pure: storage is passed in, time is passed in. The browser code typically does:
 *
 *   const store = createStore({ storage: () => window.localStorage, key: 'ladderbook:progress', now: Date.now });
 *   store.load();   // then check store.status / store.setAside
 *   addEventListener('storage', (e) => { if (e.key === 'ladderbook:progress') render(store.onExternalChange(e.newValue)); });
 *   store.update((s) => saveAnswer(s, quizId, questionId, answer, Date.now()));
 */
export {
  PROGRESS_VERSION,
  emptyProgress,
  type Answer,
  type Attempt,
  type LevelAssessment,
  type LevelTally,
  type MultipleAnswer,
  type OrderAnswer,
  type OrphanReason,
  type OrphanedAnswer,
  type ProgressState,
  type QuizProgress,
  type ReviewEntry,
  type ReviewStage,
  type ScoreRecord,
  type SelfAnswer,
  type SignalAssessment,
  type SingleAnswer,
} from './shape.ts';
export { MIGRATIONS, migrate, type Migration, type MigrationResult } from './migrate.ts';
export { parseProgress, readState, type ParseProblem, type ParseResult, type RecoveryReason } from './parse.ts';
export { isQuotaError, type StorageLike, type StorageSource } from './storage.ts';
export { createStore, type ProgressStore, type SetAside, type StoreOptions, type StoreStatus } from './store.ts';
export { answersOf, saveAnswer } from './answers.ts';
export { assessSignal, assessmentOf } from './assessment.ts';
export { ATTEMPTS_CAP, attemptsOf, latestScore, recordScore, type GradedScore } from './scores.ts';
export { DAY_MS, REVIEW_INTERVAL_DAYS, dueForReview, recordOutcome, type DueReview } from './review.ts';
export { reconcile, type QuestionType, type QuizKey, type QuizKeyQuestion, type ReconcileResult } from './reconcile.ts';
export { resetAll, resetAssessment, resetQuiz, undoReset, type ResetResult, type UndoToken } from './reset.ts';
export {
  applyImport,
  exportProgress,
  planImport,
  readImport,
  type ImportConflict,
  type ImportFailure,
  type ImportItem,
  type ImportPlan,
  type ImportRead,
  type ImportSection,
  type ProgressExport,
} from './merge.ts';
