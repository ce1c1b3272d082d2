import type { Answer, OrderKeyEntry } from '../types.ts';

/**
 * `order`, with partial credit for the longest run of items in correct relative order: the
 * reader's order is mapped to correct positions, and with L = the length of its longest
 * increasing subsequence and n items, score = (L − 1) / (n − 1). Fully right = 1, reversed = 0,
 * one item moved elsewhere = (n − 2) / (n − 1). Unknown or repeated ids are ignored.
 */
export function gradeOrder(entry: OrderKeyEntry, answer: Answer | undefined): number {
  if (answer?.type !== 'order') return 0;
  const n = entry.order.length;
  const position = new Map(entry.order.map((id, index) => [id, index]));
  const seen = new Set<string>();
  const positions: number[] = [];
  for (const id of answer.order) {
    const at = position.get(id);
    if (at === undefined || seen.has(id)) continue;
    seen.add(id);
    positions.push(at);
  }
  const run = longestIncreasingRun(positions);
  if (n <= 1) return run === n ? 1 : 0;
  return Math.max(0, (run - 1) / (n - 1));
}

/** Length of the longest strictly increasing subsequence (patience sorting, O(n log n)). */
export function longestIncreasingRun(values: readonly number[]): number {
  const tails: number[] = [];
  for (const value of values) {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (tails[mid]! < value) low = mid + 1;
      else high = mid;
    }
    tails[low] = value;
  }
  return tails.length;
}
