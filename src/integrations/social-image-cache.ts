/**
 * Keeps the social image cache (see src/data/render-card.ts) to the size of the site: once a
 * build is done, the images it did not use (pages edited or removed since) leave the cache.
 */
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** Removes cached images not in `used` (cache keys); returns how many went. */
export function pruneCardCache(cacheDir: string, used: ReadonlySet<string>): number {
  let removed = 0;
  let names: string[];
  try {
    names = readdirSync(cacheDir);
  } catch {
    return 0;
  }
  for (const name of names) {
    if (used.has(name.replace(/\.png$/, ''))) continue;
    rmSync(join(cacheDir, name), { force: true });
    removed++;
  }
  return removed;
}
