/**
 * `match` in the browser, with partial credit per pair: score = items matched right / all items.
 * The form has a drop-down per item (`q-<id>:<item id>`, its value an option id, "" for none yet).
 */
import type { ClientKind } from '../kind.ts';
import type { MatchAnswer, MatchKeyEntry } from './answer.ts';

export const matchClient: ClientKind<MatchKeyEntry, MatchAnswer> = {
  answerType: 'match',
  score: (entry, answer) => {
    const items = Object.keys(entry.pairs);
    if (items.length === 0) return 0;
    return items.filter((item) => Object.hasOwn(answer.pairs, item) && answer.pairs[item] === entry.pairs[item]).length / items.length;
  },
  answered: (answer) => Object.keys(answer.pairs).length > 0,
  read: (values) => {
    const pairs = Object.fromEntries(Object.entries(values).flatMap(([item, [option = '']]) => (option ? [[item, option]] : [])));
    return Object.keys(pairs).length ? { type: 'match', pairs } : undefined;
  },
  write: (answer) => Object.fromEntries(Object.entries(answer.pairs).map(([item, option]) => [item, [option]])),
};
