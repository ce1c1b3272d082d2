import { closest } from '../errors.ts';

/**
 * A hint for a reference that names nothing: a "did you mean" when something is close, then the
 * allowed values in their own order (`did you mean "org"? steps of scope, low to high: task, …`).
 */
export function choicesHint(word: string, choices: readonly string[], label: string): string {
  const guess = closest(word, choices);
  const list = `${label}: ${choices.join(', ')}`;
  return guess ? `did you mean "${guess}"? ${list}` : list;
}
