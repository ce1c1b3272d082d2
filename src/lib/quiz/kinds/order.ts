/** `order`: the reader puts items (written in the correct order) back in order. */
import type { OrderQuestionData } from '../../../schemas/quiz.ts';
import type { OrderKeyEntry } from '../types.ts';
import type { KindIssue, QuestionKind } from './kind.ts';
import { gradeOrder } from './order.grade.ts';
import { distinctTexts, uniqueIds } from './rules.ts';

/** Rules: at least two items; item ids unique; no two items with the same text. */
function validate(question: OrderQuestionData, at: readonly PropertyKey[]): KindIssue[] {
  const issues: KindIssue[] = [];
  if (question.items.length < 2) {
    issues.push({
      path: [...at, 'items'],
      message: `has ${question.items.length} item${question.items.length === 1 ? '' : 's'}, at least 2 needed`,
      hint: 'add items: an order question needs at least 2 items to put in order',
    });
  }
  issues.push(...uniqueIds(question.items, 'items', at), ...distinctTexts(question.items, 'items', at));
  return issues;
}

/** The order kind. */
export const orderKind: QuestionKind<OrderQuestionData, OrderKeyEntry> = {
  types: ['order'],
  validate,
  key: (question) => ({
    id: question.id,
    type: 'order',
    level: question.level,
    order: question.items.map((item) => item.id),
  }),
  grade: gradeOrder,
};
