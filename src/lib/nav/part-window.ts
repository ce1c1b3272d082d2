/**
 * Which parts, and which chapters of the current part, the navigation lists, so a chapter page
 * weighs the same whether the handbook has 4 parts or 40 and whether a part has 10 chapters or
 * 1,000. Up to `limit` items are all listed; beyond that, a run of `limit` items around the
 * current one, with counts of the items left out before and after (the page links them to a
 * contents page that lists everything: the chapters index for parts, the part's own page for
 * chapters).
 */
export interface NavWindow<T> {
  shown: T[];
  /** Items left out before the first one shown. */
  before: number;
  /** Items left out after the last one shown. */
  after: number;
}
/** The most parts the navigation lists on one page. */
export const NAV_PART_LIMIT = 12;

/**
 * The most chapters of the current part the navigation lists on one page. With a dozen parts,
 * that keeps the navigation to about thirty links however the chapters are grouped.
 */
export const NAV_CHAPTER_LIMIT = 15;

/** A run of at most `limit` items around `current` (an index; -1 for none, which starts at the top). */
export function navWindow<T>(items: readonly T[], current: number, limit: number): NavWindow<T> {
  if (items.length <= limit) return { shown: [...items], before: 0, after: 0 };
  // The current item sits in the middle of the run where it can.
  const centred = current < 0 ? 0 : current - Math.floor((limit - 1) / 2);
  const start = Math.min(Math.max(0, centred), items.length - limit);
  return { shown: items.slice(start, start + limit), before: start, after: items.length - start - limit };
}

/** The parts the navigation lists around the current one. */
export function partWindow<T>(parts: readonly T[], current: number, limit = NAV_PART_LIMIT): NavWindow<T> {
  return navWindow(parts, current, limit);
}

/** The chapters of the current part the navigation lists: the current chapter's neighbourhood. */
export function chapterWindow<T>(chapters: readonly T[], current: number, limit = NAV_CHAPTER_LIMIT): NavWindow<T> {
  return navWindow(chapters, current, limit);
}
