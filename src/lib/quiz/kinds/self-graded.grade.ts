import type { Answer, SelfGradedKeyEntry } from '../types.ts';

/**
 * `open`, `scenario`, `design`: the reader ticks the rubric points their answer covered;
 * score = ticked points / all points. Ticks only count once the model answer was revealed;
 * before that the question scores 0 and is "not graded yet" (see `isAwaitingSelfGrade`).
 * Unknown or repeated ids are ignored.
 */
export function gradeSelfGraded(entry: SelfGradedKeyEntry, answer: Answer | undefined): number {
  if (answer?.type !== 'self' || !answer.revealed || entry.rubric.length === 0) return 0;
  const ticked = new Set(answer.ticked);
  const covered = entry.rubric.filter((id) => ticked.has(id)).length;
  return covered / entry.rubric.length;
}

/** True while the reader has not revealed the model answer, so the ticks do not count yet. */
export function isAwaitingSelfGrade(answer: Answer | undefined): boolean {
  return answer?.type !== 'self' || !answer.revealed;
}
