/**
 * Which kind handles which question type. Build-time only (validation and answer keys);
 * the browser grades through ./grade.ts, which imports just the kinds' grade functions.
 */
import type { QuestionData, QuestionType } from '../../schemas/quiz.ts';
import type { AnswerKey, AnswerKeyEntry } from './types.ts';
import type { KindIssue, QuestionKind } from './kinds/kind.ts';
import { multipleKind } from './kinds/multiple.ts';
import { orderKind } from './kinds/order.ts';
import { selfGradedKind } from './kinds/self-graded.ts';
import { singleKind } from './kinds/single.ts';

/** Every registered kind. */
export const questionKinds: readonly QuestionKind[] = [
  singleKind,
  multipleKind,
  orderKind,
  selfGradedKind,
];

const byType = new Map<string, QuestionKind>();
for (const kind of questionKinds) for (const type of kind.types) byType.set(type, kind);

/** The kind that handles `type`; throws for a type no kind registered (a programming error). */
export function kindOf(type: QuestionType): QuestionKind {
  const kind = byType.get(type);
  if (!kind) throw new Error(`no question kind registered for type "${type}"`);
  return kind;
}

/** The kind's rules for one question; `at` is its path in the file (`['questions', 2]`). */
export function validateQuestion(question: QuestionData, at: readonly PropertyKey[]): KindIssue[] {
  return kindOf(question.type).validate(question, at);
}

/** One question's answer key entry. */
export function keyOfQuestion(question: QuestionData): AnswerKeyEntry {
  return kindOf(question.type).key(question);
}

/** The answer key a quiz page embeds as JSON. */
export function answerKeyOf(quiz: { id: string; questions: readonly QuestionData[] }): AnswerKey {
  return { quiz: quiz.id, questions: quiz.questions.map(keyOfQuestion) };
}
