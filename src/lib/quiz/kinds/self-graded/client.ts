/**
 * `open`, `scenario`, `design` in the browser: the reader ticks the rubric points their answer
 * covered; score = ticked points / all points. Ticks only count once the model answer was revealed;
 * before that the question scores 0 and is "not graded yet" (`awaiting`). Unknown or repeated ids
 * are ignored. The form: the text (`text`), the rubric boxes (`rubric`) and the model answer's
 * `<details data-name="…:model">`, whose being open means revealed.
 */
import type { ClientKind } from '../kind.ts';
import type { SelfAnswer, SelfGradedKeyEntry } from './answer.ts';

export const selfGradedClient: ClientKind<SelfGradedKeyEntry, SelfAnswer> = {
  answerType: 'self',
  score: (entry, answer) => {
    if (!answer.revealed || entry.rubric.length === 0) return 0;
    const ticked = new Set(answer.ticked);
    return entry.rubric.filter((id) => ticked.has(id)).length / entry.rubric.length;
  },
  answered: (answer) => answer.revealed || answer.text.trim() !== '',
  awaiting: (answer) => !answer.revealed,
  read: (values) => {
    const text = values.text?.[0] ?? '';
    const ticked = [...(values.rubric ?? [])];
    const revealed = values.model?.includes('open') ?? false;
    return text || revealed || ticked.length ? { type: 'self', text, ticked, revealed } : undefined;
  },
  write: (answer) => ({ text: [answer.text], rubric: answer.ticked, model: answer.revealed ? ['open'] : [] }),
};
