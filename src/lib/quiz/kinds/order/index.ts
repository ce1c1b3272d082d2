/** `order`: the reader puts items (written in the correct order) back in order. */
import { plural } from '../../../shared/plural.ts';
import { seededShuffle } from '../../shuffle.ts';
import type { KindIssue, QuestionKind } from '../kind.ts';
import { distinctTexts, uniqueIds } from '../rules.ts';
import { orderAnswer, type OrderAnswer, type OrderKeyEntry } from './answer.ts';
import { orderAnswerSchema } from './answer-schema.ts';
import { orderClient } from './client.ts';
import type { OrderQuestionData } from './schema.ts';

/** What the markup of an order question shows: items in page order, and the right order for the answer. */
export interface OrderView {
  items: { id: string; html: string }[];
  /** Item ids, first to last. */
  correctOrder: string[];
}

/** Rules: at least two items; item ids unique; no two items with the same text. */
function validate(question: OrderQuestionData, at: readonly PropertyKey[]): KindIssue[] {
  const issues: KindIssue[] = [];
  if (question.items.length < 2) {
    issues.push({
      path: [...at, 'items'],
      message: `has ${plural(question.items.length, 'item')}, at least 2 needed`,
      hint: 'add items: an order question needs at least 2 items to put in order',
    });
  }
  issues.push(...uniqueIds(question.items, 'items', at), ...distinctTexts(question.items, 'items', at));
  return issues;
}

/** Items shuffled with the question id, but never left already solved: then rotated by one. */
function shuffle(question: OrderQuestionData): OrderQuestionData {
  let items = seededShuffle(question.items, question.id);
  if (items.length >= 2 && items.every((item, index) => item === question.items[index])) items = [...items.slice(1), items[0]!];
  return { ...question, items };
}

export const orderKind: QuestionKind<OrderQuestionData, OrderKeyEntry, OrderAnswer, OrderView> = {
  types: ['order'],
  validate,
  key: (question) => ({ id: question.id, type: 'order', level: question.level, order: question.items.map((item) => item.id) }),
  shuffle,
  view: async (question, markdown) => ({
    items: await Promise.all(shuffle(question).items.map(async (item) => ({ id: item.id, html: (await markdown.inline(item.text)) ?? item.text }))),
    correctOrder: question.items.map((item) => item.id),
  }),
  answer: orderAnswer,
  client: orderClient,
  answerSpec: orderAnswerSchema,
};
