/**
 * Searches a built site's Pagefind index from Node, the way the browser does: the site's own
 * pagefind.js is loaded and fetches its index over HTTP from a throwaway server that serves the
 * output folder under its base path, and merges the index's shards as the browser does. So
 * "search finds it" is tested against the real index.
 */
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join, normalize } from 'node:path';
import { pathToFileURL } from 'node:url';
import { shardFolders } from './search-index.ts';

export interface SearchHit {
  url: string;
  title: string;
}

interface PagefindModule {
  options(options: { basePath: string; baseUrl: string }): Promise<void>;
  init(): Promise<void>;
  mergeIndex(url: string, options: { baseUrl: string }): Promise<void>;
  search(query: string | null, options?: { filters?: Record<string, string> }): Promise<{ results: { data(): Promise<{ url: string; meta: { title?: string } }> }[] }>;
}

/** Runs one search (or a filter-only browse with `query: null`) against the site in `dir`. */
export async function searchSite(dir: string, base: string, query: string | null, filters?: Record<string, string>): Promise<SearchHit[]> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent((req.url ?? '/').split('?')[0]!);
    const file = normalize(join(dir, path.startsWith(base) ? path.slice(base.length) : path));
    if (!file.startsWith(normalize(dir))) return void res.writeHead(403).end();
    readFile(file).then(
      (body) => res.end(body),
      () => res.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    // A query string makes each site (and each call) load its own copy of the module.
    const url = `${pathToFileURL(join(dir, 'pagefind/pagefind.js')).href}?port=${port}`;
    const pagefind = (await import(url)) as PagefindModule;
    const origin = `http://127.0.0.1:${port}${base}`;
    const [primary, ...others] = shardFolders(dir);
    await pagefind.options({ basePath: origin + primary, baseUrl: base });
    await pagefind.init();
    // A large handbook's index comes in shards, which the browser merges the same way.
    for (const shard of others) await pagefind.mergeIndex(origin + shard, { baseUrl: base });
    const found = await pagefind.search(query, filters ? { filters } : {});
    const rows = await Promise.all(found.results.map((r) => r.data()));
    return rows.map((row) => ({ url: row.url, title: row.meta.title ?? '' }));
  } finally {
    server.close();
  }
}
