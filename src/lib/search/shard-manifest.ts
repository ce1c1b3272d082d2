/**
 * Where the shards of a split search index go (shards.ts), and the list the first shard carries
 * so that the browser, which loads the first shard's script, can merge the others.
 */

/** The first shard's folder: the bundle with Pagefind's script, which the page loads. */
export const PRIMARY_BUNDLE = 'pagefind/';

/** The list of the other shards' folders, written into the first shard's folder. */
export const SHARDS_FILE = 'shards.json';

/** What SHARDS_FILE holds: the other shards' folders, relative to the site's base. */
export interface ShardsManifest {
  merge: string[];
}

/** The folder of shard `n` (0-based), relative to the site's base: `pagefind/`, `pagefind-2/`, `pagefind-3/` … */
export function shardFolder(n: number): string {
  return n === 0 ? PRIMARY_BUNDLE : `pagefind-${n + 1}/`;
}

/** The manifest for `shards` shards. */
export function shardsManifest(shards: number): ShardsManifest {
  return { merge: Array.from({ length: Math.max(0, shards - 1) }, (_, i) => shardFolder(i + 1)) };
}
