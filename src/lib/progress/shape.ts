/**
 * The saved-progress shape: its TypeScript types and the current version (schema.ts holds the
 * matching zod/mini schema, the specification, used by tests only; check-shape.ts is the small
 * hand-written check that runs when data is read back). Everything else in `progress/` works on
 * `ProgressState` values and never reads raw storage itself.
 *
 * All times are milliseconds since the epoch, always passed in by the caller (never read from a clock
 * here), so tests set the time.
 */
/** Version written into every saved state and export; bump it together with a new entry in MIGRATIONS. */
export const PROGRESS_VERSION = 2;

// Answers have one shape everywhere: the quiz kinds' own (types only, so nothing more is bundled).
import type { Answer } from '../quiz/types.ts';
import type { MisfitReason } from '../quiz/kinds/kind.ts';
export type { Answer };

/** Review stage: 1 = due one day after a wrong answer, 2 = three days later, 3 = seven days later. */
export type ReviewStage = 1 | 2 | 3;

/** Where one question stands in spaced review. */
export interface ReviewEntry {
  /** Current stage; answering right when due moves it up, past 3 the question graduates. */
  stage: ReviewStage;
  /** When the question is next due (ms since epoch). */
  due: number;
}

/** Result for the questions of one ladder level (same shape as the quiz engine's `LevelScore`). */
export interface LevelTally {
  /** Number of fully right questions. */
  correct: number;
  /** Number of questions for this level. */
  total: number;
  /** Sum of the scores, partial credit included. */
  points: number;
  /** Highest possible points. */
  max: number;
}

/** The latest graded result of a quiz. */
export interface ScoreRecord {
  /** When it was graded (ms since epoch). */
  at: number;
  /** Sum of all question scores, partial credit included. */
  score: number;
  /** Highest possible score. */
  max: number;
  /** Per ladder level id. */
  levels: Record<string, LevelTally>;
}

/** One entry of the attempts history. */
export interface Attempt {
  /** When it was graded (ms since epoch). */
  at: number;
  /** Score reached. */
  score: number;
  /** Highest possible score at the time. */
  max: number;
}

/** Everything saved for one quiz. */
export interface QuizProgress {
  /** When anything in this entry last changed (ms since epoch); the newer side wins an import by default. */
  updatedAt: number;
  /** The reader's current answer per question id. */
  answers: Record<string, Answer>;
  /** Spaced-review schedule per question id (questions answered wrong and not yet graduated). */
  review: Record<string, ReviewEntry>;
  /** The most recent graded result, once the quiz was graded. */
  latest?: ScoreRecord;
  /** Past graded results, oldest first, at most ATTEMPTS_CAP of them. */
  attempts: Attempt[];
}

/** The reader's verdict on one readiness signal of a level. */
export interface SignalAssessment {
  /** Whether the reader thinks they meet the signal. */
  met: boolean;
  /** What they wrote as evidence (may be empty). */
  evidence: string;
}

/** The self-assessment of one ladder level. */
export interface LevelAssessment {
  /** When any signal of this level last changed (ms since epoch). */
  updatedAt: number;
  /**
   * The revision of the ladder the reader last saved this against (`2026`), so a later revision's page
   * can tell which of its signals are new to them. Absent when saved before revisions were recorded,
   * or on a ladder without named revisions.
   */
  revision?: string;
  /** Per signal id. Verdicts on signals a later revision retired stay here: they are shown aside, never deleted. */
  signals: Record<string, SignalAssessment>;
}

/** Why an answer was moved out of a quiz: its question is gone or of another kind now, or a kind's own misfit. */
export type OrphanReason = 'question-removed' | 'type-changed' | MisfitReason;

/** Saved data that no longer matches its quiz, kept aside (never thrown away) so it can be exported. */
export interface OrphanedAnswer {
  /** Quiz the data belonged to. */
  quizId: string;
  /** Question the data belonged to. */
  questionId: string;
  /** What no longer matched. */
  reason: OrphanReason;
  /** When it was moved aside (ms since epoch). */
  at: number;
  /** The answer as it was saved, if there was one. */
  answer?: Answer;
  /** The review schedule as it was saved, if there was one. */
  review?: ReviewEntry;
}

/** Everything the reader's browser keeps for Ladderbook. */
export interface ProgressState {
  /** Shape version (PROGRESS_VERSION). */
  version: typeof PROGRESS_VERSION;
  /** Per quiz id. */
  quizzes: Record<string, QuizProgress>;
  /** Per ladder level id. */
  assessments: Record<string, LevelAssessment>;
  /** Answers that no longer match their quiz. */
  orphaned: OrphanedAnswer[];
}

/** A state with nothing saved yet. */
export function emptyProgress(): ProgressState {
  return { version: PROGRESS_VERSION, quizzes: {}, assessments: {}, orphaned: [] };
}
