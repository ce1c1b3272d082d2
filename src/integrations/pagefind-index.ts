/**
 * Indexes a built site with Pagefind's Node API. `npm run build` calls this once `astro build` has
 * exited (scripts/build.ts); a plain `astro build` calls it from the integration's build:done hook,
 * so either way the site ships with search.
 */
import { join } from 'node:path';

/**
 * The pages that can carry `data-pagefind-body`, relative to the site root: chapters and parts,
 * the ladder (levels and comparisons) and quizzes. Pagefind parses every file its glob matches, so
 * leaving out the rest (worksheets, the one-page print edition, progress and review) saves it from
 * reading half the site at 1,000 chapters. tests/build/site.test.ts fails when a page with
 * `data-pagefind-body` falls outside this glob. The same folders under a language's prefix
 * (`de/chapters/…`) are searched too; Pagefind makes one index per `<html lang>`, and the browser
 * loads the one of the page it runs on.
 */
export const SEARCHABLE_PAGES = '{chapters/**/index.html,ladder/**/index.html,quizzes/*/index.html,*/chapters/**/index.html,*/ladder/**/index.html,*/quizzes/*/index.html}';

/** Set to "separate" by scripts/build.ts, which indexes after `astro build` exits. */
export const SEARCH_INDEX_ENV = 'LADDERBOOK_SEARCH_INDEX';

export async function indexSite(site: string, log: (message: string) => void): Promise<void> {
  const pagefind = await import('pagefind');
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: site, glob: SEARCHABLE_PAGES });
    if (added.errors.length) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
    if (written.errors.length) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
    log(`search index: ${added.page_count} pages`);
  } finally {
    await pagefind.close();
  }
}
