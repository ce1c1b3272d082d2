/** `match`: its answer-key entry, the reader's saved answer, and how that answer survives edits. */
import { object, oneOf, record, string } from '../../../shared/shape-check.ts';
import type { AnswerKind, KeyEntryBase } from '../kind.ts';

/** Key of a `match` question. */
export interface MatchKeyEntry extends KeyEntryBase {
  type: 'match';
  /** Item id → the id of the option it matches, in the items' order. */
  pairs: Record<string, string>;
  /** Ids of all options, for reconciling saved answers after an edit. */
  options: string[];
}

/** The reader's answer to a `match` question (some items may still be unmatched). */
export interface MatchAnswer {
  type: 'match';
  /** Item id → the id of the option the reader matched it with. */
  pairs: Record<string, string>;
}

/**
 * A saved pair stays while both its item and its option still exist; when some do not, the others
 * stay and the answer as saved is kept aside (`items-changed`).
 */
export const matchAnswer: AnswerKind<MatchKeyEntry, MatchAnswer> = {
  type: 'match',
  check: object({ type: oneOf('match'), pairs: record(string) }),
  fit: (answer, entry) => {
    const pairs = Object.fromEntries(Object.entries(answer.pairs).filter(([item, option]) => Object.hasOwn(entry.pairs, item) && entry.options.includes(option)));
    const kept = Object.keys(pairs).length;
    if (kept === Object.keys(answer.pairs).length) return { keep: answer };
    return kept ? { keep: { type: 'match', pairs }, reason: 'items-changed' } : { reason: 'items-changed' };
  },
};
