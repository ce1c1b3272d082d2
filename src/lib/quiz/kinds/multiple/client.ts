/**
 * `multiple` in the browser, with partial credit. With k correct choices, each correct choice ticked
 * earns 1/k and each wrong choice ticked costs 1/k; the total is floored at 0. So ticking everything
 * is not rewarded: with 2 right of 5, ticking all five scores max(0, (2 − 3) / 2) = 0. Ticking the
 * same id twice counts once. The ticked checkboxes are the answer.
 */
import type { ClientKind } from '../kind.ts';
import type { MultipleAnswer, MultipleKeyEntry } from './answer.ts';

export const multipleClient: ClientKind<MultipleKeyEntry, MultipleAnswer> = {
  answerType: 'multiple',
  score: (entry, answer) => {
    if (entry.correct.length === 0) return 0;
    const correct = new Set(entry.correct);
    let hits = 0;
    let misses = 0;
    for (const choice of new Set(answer.choices)) {
      if (correct.has(choice)) hits++;
      else misses++;
    }
    return Math.max(0, (hits - misses) / correct.size);
  },
  answered: (answer) => answer.choices.length > 0,
  read: (values) => {
    const choices = [...(values.choice ?? [])];
    return choices.length ? { type: 'multiple', choices } : undefined;
  },
  write: (answer) => ({ choice: answer.choices }),
};
