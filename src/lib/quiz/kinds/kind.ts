/**
 * The one interface every question type implements. A kind validates the rules its type has
 * beyond the schema, builds its answer key entry and grades an answer against it.
 *
 * Grading lives in `<type>.grade.ts` (imported by ../grade.ts, which the browser bundles);
 * validation and keys live in `<type>.ts` (build time only).
 */
import type { Problem } from '../../errors.ts';
import type { QuestionData } from '../../../schemas/quiz.ts';
import type { Answer, AnswerKeyEntry } from '../types.ts';

/** A problem inside one quiz file; validate.ts adds the file. */
export type KindIssue = Omit<Problem, 'file' | 'line'>;

/** A question type's rules, key and grading. */
export interface QuestionKind<Q extends QuestionData = QuestionData, E extends AnswerKeyEntry = AnswerKeyEntry> {
  /** The `type` values this kind handles. */
  readonly types: readonly Q['type'][];
  /** Rules beyond the schema; `at` is the question's path (`['questions', 2]`). Empty = fine. */
  validate(question: Q, at: readonly PropertyKey[]): KindIssue[];
  /** The question's entry in the answer key the page embeds. */
  key(question: Q): E;
  /** Score in [0, 1]; a missing or mismatched answer scores 0. */
  grade(entry: E, answer: Answer | undefined): number;
}
