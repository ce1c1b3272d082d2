/** Reads a built site's search index as the browser finds it: the first shard and the ones it lists to merge. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PRIMARY_BUNDLE, SHARDS_FILE, type ShardsManifest } from '../../src/lib/search/shard-manifest.ts';

/** The folders of every shard of the index, relative to the site: `pagefind/` first. */
export function shardFolders(dir: string): string[] {
  const manifest = JSON.parse(readFileSync(join(dir, PRIMARY_BUNDLE, SHARDS_FILE), 'utf8')) as ShardsManifest;
  return [PRIMARY_BUNDLE, ...manifest.merge];
}

/** How many pages the shard in `folder` indexes in each language (from its pagefind-entry.json). */
export function shardPageCounts(dir: string, folder: string): Record<string, number> {
  const entry = JSON.parse(readFileSync(join(dir, folder, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  return Object.fromEntries(Object.entries(entry.languages).map(([language, { page_count }]) => [language, page_count]));
}

/** How many pages the whole index holds in each language, over all its shards. */
export function indexedPageCounts(dir: string): Record<string, number> {
  const totals: Record<string, number> = {};
  for (const folder of shardFolders(dir)) for (const [language, count] of Object.entries(shardPageCounts(dir, folder))) totals[language] = (totals[language] ?? 0) + count;
  return totals;
}
