/** `order`: its answer-key entry, the reader's saved answer, and how that answer survives edits. */
import { array, object, oneOf, string } from '../../../shared/shape-check.ts';
import type { AnswerKind, KeyEntryBase } from '../kind.ts';

/** Key of an `order` question: the item ids in the correct order. */
export interface OrderKeyEntry extends KeyEntryBase {
  type: 'order';
  /** Item ids, first to last. */
  order: string[];
}

/** The reader's answer to an `order` question. */
export interface OrderAnswer {
  type: 'order';
  /** Item ids in the reader's order, first to last. */
  order: string[];
}

/** A saved order fits only while it holds exactly the current items, each once: otherwise it cannot be graded. */
export const orderAnswer: AnswerKind<OrderKeyEntry, OrderAnswer> = {
  type: 'order',
  check: object({ type: oneOf('order'), order: array(string) }),
  fit: (answer, entry) => {
    const known = new Set(entry.order);
    const same = answer.order.length === known.size && new Set(answer.order).size === known.size && answer.order.every((id) => known.has(id));
    return same ? { keep: answer } : { reason: 'items-changed' };
  },
};
