/** Latest score per quiz, with per-level results, and a capped history of attempts. */
import { changeQuiz } from './entries.ts';
import type { Attempt, LevelTally, ProgressState, ScoreRecord } from './shape.ts';

/** How many attempts are kept per quiz (the oldest go first). */
export const ATTEMPTS_CAP = 20;

/** A graded quiz as the quiz engine returns it (its `QuizResult` fits; other fields are ignored). */
export interface GradedScore {
  /** Sum of the question scores. */
  score: number;
  /** Highest possible score. */
  max: number;
  /** Per ladder level id. */
  levels: Readonly<Record<string, LevelTally>>;
}

/** Records a graded result: it becomes the latest score and is appended to the attempts history. */
export function recordScore(state: ProgressState, quizId: string, result: GradedScore, now: number): ProgressState {
  const levels: Record<string, LevelTally> = {};
  for (const [levelId, { correct, total, points, max }] of Object.entries(result.levels)) {
    levels[levelId] = { correct, total, points, max };
  }
  const latest: ScoreRecord = { at: now, score: result.score, max: result.max, levels };
  const attempt: Attempt = { at: now, score: result.score, max: result.max };
  return changeQuiz(state, quizId, now, (entry) => ({
    ...entry,
    latest,
    attempts: [...entry.attempts, attempt].slice(-ATTEMPTS_CAP),
  }));
}

/** The latest graded result of a quiz, if it was ever graded. */
export function latestScore(state: ProgressState, quizId: string): ScoreRecord | undefined {
  return state.quizzes[quizId]?.latest;
}

