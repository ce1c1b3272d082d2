import type { Answer, SingleKeyEntry } from '../types.ts';

/** `single`: 1 if the reader picked the correct choice, else 0. */
export function gradeSingle(entry: SingleKeyEntry, answer: Answer | undefined): number {
  return answer?.type === 'single' && answer.choice === entry.correct ? 1 : 0;
}
