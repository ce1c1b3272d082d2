/**
 * Browser-facing quiz types: the answer key a quiz page embeds as JSON, the reader's answers,
 * and the graded result. Types only (no runtime code, no zod), so the page bundle stays tiny.
 */

/** The question types (the same as the schema's). */
export type QuestionType = 'single' | 'multiple' | 'order' | 'open' | 'scenario' | 'design';

/** The question types the reader grades against a rubric. */
export type SelfGradedType = 'open' | 'scenario' | 'design';

/** What every answer key entry has. */
interface KeyEntryBase {
  /** Question id (unique across the site). */
  id: string;
  /** Ladder level id the question targets. */
  level: string;
}

/** Key of a `single` question: the one correct choice id. */
export interface SingleKeyEntry extends KeyEntryBase {
  type: 'single';
  /** Id of the correct choice. */
  correct: string;
}

/** Key of a `multiple` question: the ids of all correct choices. */
export interface MultipleKeyEntry extends KeyEntryBase {
  type: 'multiple';
  /** Ids of the correct choices (at least one). */
  correct: string[];
}

/** Key of an `order` question: the item ids in the correct order. */
export interface OrderKeyEntry extends KeyEntryBase {
  type: 'order';
  /** Item ids, first to last. */
  order: string[];
}

/** Key of a self-graded question: the rubric point ids. */
export interface SelfGradedKeyEntry extends KeyEntryBase {
  type: SelfGradedType;
  /** Ids of the rubric points, in the author's order. */
  rubric: string[];
}

/** One question's entry in the answer key. */
export type AnswerKeyEntry = SingleKeyEntry | MultipleKeyEntry | OrderKeyEntry | SelfGradedKeyEntry;

/** What a quiz page embeds as JSON for grading in the browser. */
export interface AnswerKey {
  /** Quiz id (the file name without `.yaml`). */
  quiz: string;
  /** One entry per question, in the quiz's order. */
  questions: AnswerKeyEntry[];
}

/** The reader's answer to a `single` question. */
export interface SingleAnswer {
  type: 'single';
  /** Id of the picked choice. */
  choice: string;
}

/** The reader's answer to a `multiple` question. */
export interface MultipleAnswer {
  type: 'multiple';
  /** Ids of the ticked choices. */
  choices: string[];
}

/** The reader's answer to an `order` question. */
export interface OrderAnswer {
  type: 'order';
  /** Item ids in the reader's order, first to last. */
  order: string[];
}

/** The reader's answer to a self-graded question (open, scenario, design). */
export interface SelfAnswer {
  type: 'self';
  /** What the reader wrote. */
  text: string;
  /** Ids of the rubric points the reader ticked as covered. */
  ticked: string[];
  /** Whether the model answer was revealed; only then do the ticks count. */
  revealed: boolean;
}

/** Any answer. */
export type Answer = SingleAnswer | MultipleAnswer | OrderAnswer | SelfAnswer;

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
