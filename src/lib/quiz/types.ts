/**
 * Browser-facing quiz types: the answer key a quiz page embeds as JSON, the reader's answers, and
 * the graded result. Types only (no runtime code, no zod), so the page bundle stays tiny. The
 * per-kind types are read off the kinds themselves (./registry.ts), never listed again here.
 */
import type { QuestionType } from '../../schemas/quiz.ts';
import type { questionKinds } from './registry.ts';

export type { QuestionType };

type Kinds = typeof questionKinds;

/** The answer-key entry of a question of type T. */
export type KeyEntryOf<T extends QuestionType> = ReturnType<Kinds[T]['key']>;
/** The reader's saved answer to a question of type T. */
export type AnswerOf<T extends QuestionType> = Parameters<Kinds[T]['client']['write']>[0];
/** What the markup of a question of type T shows. */
export type ViewOf<T extends QuestionType> = Awaited<ReturnType<Kinds[T]['view']>>;

/** One question's entry in the answer key. */
export type AnswerKeyEntry = { [T in QuestionType]: KeyEntryOf<T> }[QuestionType];

/** Any answer. */
export type Answer = { [T in QuestionType]: AnswerOf<T> }[QuestionType];

/** What a quiz page embeds as JSON for grading in the browser. */
export interface AnswerKey {
  /** Quiz id (the file name without `.yaml`). */
  quiz: string;
  /** One entry per question, in the quiz's order. */
  questions: AnswerKeyEntry[];
}

/** The reader's answers, by question id. */
export type Answers = Record<string, Answer>;

/**
 * How a question came out:
 * - `correct`: score 1;
 * - `partial`: 0 < score < 1;
 * - `wrong`: answered, score 0;
 * - `unanswered`: no answer;
 * - `ungraded`: self-graded and the model answer not revealed yet ("not graded yet").
 */
export type QuestionStatus = 'correct' | 'partial' | 'wrong' | 'unanswered' | 'ungraded';

/** One graded question. */
export interface QuestionResult {
  id: string;
  type: QuestionType;
  level: string;
  /** 0…1, partial credit included. */
  score: number;
  /** True when the score is 1 (fully right). */
  correct: boolean;
  status: QuestionStatus;
}

/** Score of the questions that target one level ("Staff questions: 3 of 4"). */
export interface LevelScore {
  /** Number of fully right questions. */
  correct: number;
  /** Number of questions for this level. */
  total: number;
  /** Sum of the scores (partial credit included). */
  points: number;
  /** Highest possible points (= total: each question is worth 1). */
  max: number;
}

/** A graded quiz. */
export interface QuizResult {
  quiz: string;
  /** Sum of all question scores (partial credit included). */
  score: number;
  /** Highest possible score (= number of questions). */
  max: number;
  /** Number of fully right questions. */
  correct: number;
  /** Number of self-graded questions whose model answer is not revealed yet. */
  ungraded: number;
  /** Per level id, in the order levels first appear in the quiz. */
  levels: Record<string, LevelScore>;
  /** Per question, in the quiz's order. */
  questions: QuestionResult[];
}
