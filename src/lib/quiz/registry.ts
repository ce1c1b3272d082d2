/**
 * Which kind handles which question type, at build time (validation, answer keys, shuffling, the
 * texts each kind's markup shows). An exhaustive map: a question type without a kind, or a kind for
 * a type the schema does not know, is a compile error. The browser's counterpart is ./kinds/loaders.ts
 * (it may not import this module: it would bundle zod and the rules).
 */
import type { QuestionData, QuestionOf, QuestionType } from '../../schemas/quiz.ts';
import type { KindIssue, QuestionKind } from './kinds/kind.ts';
import { matchKind } from './kinds/match/index.ts';
import { multipleKind } from './kinds/multiple/index.ts';
import { orderKind } from './kinds/order/index.ts';
import { selfGradedKind } from './kinds/self-graded/index.ts';
import { singleKind } from './kinds/single/index.ts';
import type { AnswerKey, AnswerKeyEntry } from './types.ts';

/**
 * A kind that takes the questions of type T. `any`: each kind has its own key entry and answer types,
 * which this constraint does not pin down (types.ts reads them back from the map itself); it checks
 * that every type has a kind for its own question data. A kind may handle several types (the
 * self-graded one handles three), so its `types` and `shuffle` are checked more loosely.
 */
type KindFor<T extends QuestionType> = Omit<QuestionKind<QuestionOf<T>, any, any, unknown>, 'types' | 'shuffle'> & {
  readonly types: readonly QuestionType[];
  readonly shuffle: (question: QuestionOf<T>) => QuestionData;
};

/** Every question type's kind. */
export const questionKinds = {
  single: singleKind,
  multiple: multipleKind,
  order: orderKind,
  open: selfGradedKind,
  scenario: selfGradedKind,
  design: selfGradedKind,
  match: matchKind,
} satisfies { [T in QuestionType]: KindFor<T> };

/**
 * The kind of one question, typed for any question. The map's entries each take only their own
 * question type, which TypeScript cannot line up with a question of the union type, so this is
 * the one place that widens them (safe: the entry is picked by the question's own `type`).
 */
export function kindOf(question: QuestionData): QuestionKind<QuestionData, AnswerKeyEntry, { type: string }, unknown> {
  return questionKinds[question.type] as unknown as QuestionKind<QuestionData, AnswerKeyEntry, { type: string }, unknown>;
}

/** The kind's rules for one question; `at` is its path in the file (`['questions', 2]`). */
export function validateQuestion(question: QuestionData, at: readonly PropertyKey[]): KindIssue[] {
  return kindOf(question).validate(question, at);
}

/** The answer key a quiz page embeds as JSON. */
export function answerKeyOf(quiz: { id: string; questions: readonly QuestionData[] }): AnswerKey {
  return { quiz: quiz.id, questions: quiz.questions.map((question) => kindOf(question).key(question)) };
}
