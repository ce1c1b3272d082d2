/**
 * `order` in the browser, with partial credit for the longest run of items in correct relative
 * order: the reader's order is mapped to correct positions, and with L = the length of its longest
 * increasing subsequence and n items, score = (L − 1) / (n − 1). Fully right = 1, reversed = 0, one
 * item moved elsewhere = (n − 2) / (n − 1). Unknown or repeated ids are ignored.
 *
 * The form has a position select per item (`q-<id>:<item id>`, values 1…n); the answer exists once
 * every item has a position.
 */
import type { ClientKind } from '../kind.ts';
import type { OrderAnswer, OrderKeyEntry } from './answer.ts';

export const orderClient: ClientKind<OrderKeyEntry, OrderAnswer> = {
  answerType: 'order',
  score: (entry, answer) => {
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
  },
  answered: (answer) => answer.order.length > 0,
  read: (values) => {
    const placed = Object.entries(values).map(([item, [position = '']]) => ({ item, position }));
    if (placed.length === 0 || placed.some((p) => p.position === '')) return undefined;
    return { type: 'order', order: placed.sort((a, b) => Number(a.position) - Number(b.position)).map((p) => p.item) };
  },
  write: (answer) => Object.fromEntries(answer.order.map((item, index) => [item, [String(index + 1)]])),
};

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
