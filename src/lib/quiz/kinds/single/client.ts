/** `single` in the browser: 1 for the correct choice, else 0; the picked radio button is the answer. */
import type { ClientKind } from '../kind.ts';
import type { SingleAnswer, SingleKeyEntry } from './answer.ts';

export const singleClient: ClientKind<SingleKeyEntry, SingleAnswer> = {
  answerType: 'single',
  score: (entry, answer) => (answer.choice === entry.correct ? 1 : 0),
  answered: (answer) => answer.choice !== '',
  read: (values) => {
    const [choice] = values.choice ?? [];
    return choice ? { type: 'single', choice } : undefined;
  },
  write: (answer) => ({ choice: [answer.choice] }),
};
