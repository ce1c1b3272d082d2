/**
 * Indexes the built site with Pagefind's Node API when the build is done, so a plain
 * `astro build` ships search. Pages opt in with `data-pagefind-body`; chrome is ignored.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';

export async function indexSite(dir: URL, logger: AstroIntegrationLogger): Promise<void> {
  const pagefind = await import('pagefind');
  const site = fileURLToPath(dir);
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: site });
    if (added.errors.length) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
    if (written.errors.length) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
    logger.info(`search index: ${added.page_count} pages`);
  } finally {
    await pagefind.close();
  }
}
