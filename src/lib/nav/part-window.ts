/**
 * Which parts the navigation lists, so a chapter page weighs the same whether the handbook has
 * 4 parts or 40. Up to `limit` parts are all listed; beyond that, a run of `limit` parts around
 * the current one, with counts of the parts left out before and after (the page links them to the
 * chapters index, which lists everything).
 */
export interface PartWindow<T> {
  shown: T[];
  /** Parts left out before the first one shown. */
  before: number;
  /** Parts left out after the last one shown. */
  after: number;
}

/** The most parts the navigation lists on one page. */
export const NAV_PART_LIMIT = 12;

export function partWindow<T>(parts: readonly T[], current: number, limit = NAV_PART_LIMIT): PartWindow<T> {
  if (parts.length <= limit) return { shown: [...parts], before: 0, after: 0 };
  // The current part sits in the middle of the run where it can; -1 (no current part) starts at the top.
  const centred = current < 0 ? 0 : current - Math.floor((limit - 1) / 2);
  const start = Math.min(Math.max(0, centred), parts.length - limit);
  return { shown: parts.slice(start, start + limit), before: start, after: parts.length - start - limit };
}
