/**
 * How a large handbook's search index is split. Pagefind holds every page it indexes in memory
 * until it writes the index: about 0.38 MB per 2,000-word page, so 4 GB at 10,000 chapters, more
 * than Astro's own build. `npm run build` therefore indexes at most SEARCH_SHARD_PAGES pages per
 * Pagefind run, one run after another, each written as its own bundle (a shard), and the browser
 * merges the shards with Pagefind's `mergeIndex`, which searches them all and ranks the results
 * together. A handbook under the limit gets one bundle, as before. Where the shards go and how
 * the browser finds them: shard-manifest.ts.
 *
 * Each shard holds a slice of every language's pages, so the first shard, whose bundle the page
 * loads, has an index in every language: Pagefind picks the index of the page's `<html lang>`,
 * and would fall back to another language's if that one were missing.
 */
/** Searchable pages per Pagefind run (about 0.8 GB of Pagefind's memory at 2,000 words a page). */
export const SEARCH_SHARD_PAGES = 2000;

/** Overrides SEARCH_SHARD_PAGES for `npm run build` (the tests split a small handbook this way). */
export const SEARCH_SHARD_PAGES_ENV = 'LADDERBOOK_SEARCH_SHARD_PAGES';

/** The pages per shard that `env` asks for, or SEARCH_SHARD_PAGES; anything but a whole number ≥ 1 is an error. */
export function shardPagesFrom(env: NodeJS.ProcessEnv = process.env): number {
  const value = env[SEARCH_SHARD_PAGES_ENV]?.trim();
  if (!value) return SEARCH_SHARD_PAGES;
  if (!/^[1-9]\d*$/.test(value)) throw new Error(`${SEARCH_SHARD_PAGES_ENV}=${value}: expected a whole number of pages, at least 1`);
  return Number(value);
}

/**
 * The language folder of a searchable page (`de` for `de/chapters/…`), or '' for the default
 * language, whose pages start with `chapters/`, `ladder/` or `quizzes/`.
 */
export function languageFolder(file: string): string {
  const first = file.slice(0, file.indexOf('/'));
  return ['chapters', 'ladder', 'quizzes'].includes(first) ? '' : first;
}

/**
 * Splits searchable pages (paths relative to the site) into shards of at most `perShard` pages of
 * each language: shard n holds the n-th slice of every language's pages, in path order, so the
 * split is the same on every build. Returns one shard (possibly empty) when everything fits.
 */
export function shardPages(files: readonly string[], perShard: number): string[][] {
  const byLanguage = new Map<string, string[]>();
  for (const file of [...files].sort()) {
    const language = languageFolder(file);
    byLanguage.set(language, [...(byLanguage.get(language) ?? []), file]);
  }
  const count = Math.max(1, ...[...byLanguage.values()].map((pages) => Math.ceil(pages.length / perShard)));
  return Array.from({ length: count }, (_, n) => [...byLanguage.values()].flatMap((pages) => pages.slice(n * perShard, (n + 1) * perShard)));
}

/**
 * Whether a file Pagefind writes into a shard's folder is needed when that shard is merged into
 * the first: its entry file, metadata and index, fragment and filter chunks. The first shard's
 * script, WebAssembly and UI files serve every shard, so the others need no copies.
 */
export function mergedShardNeeds(file: string): boolean {
  return file === 'pagefind-entry.json' || file.endsWith('.pf_meta') || /^(?:index|fragment|filter)\//.test(file);
}
