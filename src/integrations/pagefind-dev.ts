/**
 * Search under `astro dev`, with no build needed: once the dev server listens, it renders every
 * searchable page through itself, indexes the HTML with Pagefind in memory (the same markup and
 * filters as a production build) and serves the bundle at `<base>pagefind/`. Edits to content
 * re-index after a short pause: a saved chapter has only its own pages rendered again (its page and
 * its part's), the rest of the index is made from the pages as last rendered; any other content
 * file has every page rendered again.
 */
import { extname, relative, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Plugin, ViteDevServer } from 'vite';
import type { LoadedConfig } from './handbook-config.ts';
import { pagesShowing, searchablePages } from './dev-search-pages.ts';
import { PRIMARY_BUNDLE, SHARDS_FILE, shardsManifest } from '../lib/search/shard-manifest.ts';

const TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
  '.wasm': 'application/wasm',
};

/** Each searchable page's HTML as last rendered, by path. */
type Rendered = Map<string, string>;

/**
 * Renders through the dev server the pages that show the `saved` content files (relative to the
 * project root; every searchable page on the first run, or when a saved file may show anywhere),
 * keeps them in `rendered`, and indexes every searchable page from there.
 */
async function buildIndex(server: ViteDevServer, config: LoadedConfig, rendered: Rendered, saved: readonly string[] = []): Promise<Map<string, Uint8Array>> {
  const { port } = server.httpServer!.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}${config.base.replace(/\/$/, '')}`;
  const pages = await searchablePages(config);
  const paths = pages.map((p) => p.path);
  const showing = saved.map((file) => pagesShowing(pages, file));
  const only = saved.length === 0 || showing.some((p) => p === undefined) ? undefined : new Set(showing.flatMap((p) => p ?? []));
  for (const path of paths) {
    if (only && rendered.has(path) && !only.has(path)) continue;
    const response = await fetch(origin + path);
    if (response.ok) rendered.set(path, await response.text());
    else rendered.delete(path);
  }
  const pagefind = await import('pagefind');
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(errors.join('; '));
  let indexed = 0;
  for (const path of paths) {
    const content = rendered.get(path);
    if (content === undefined) continue;
    await index.addHTMLFile({ url: path, content });
    indexed++;
  }
  const { files } = await index.getFiles();
  await index.deleteIndex();
  const renderedNow = only ? `, ${[...only].filter((p) => rendered.has(p)).length} rendered again` : '';
  server.config.logger.info(`search index for dev: ${indexed} pages${renderedNow}`, { timestamp: true });
  // One bundle in dev: the list of shards to merge is empty (see src/lib/search/shards.ts).
  const shards: [string, Uint8Array] = [SHARDS_FILE, new TextEncoder().encode(JSON.stringify(shardsManifest(1)))];
  return new Map([...files.map((f): [string, Uint8Array] => [f.path, f.content]), shards]);
}

export function pagefindDev(config: LoadedConfig): Plugin {
  const prefix = config.base + PRIMARY_BUNDLE;
  let files: Promise<Map<string, Uint8Array>> | undefined;
  let timer: NodeJS.Timeout | undefined;
  return {
    name: 'ladderbook:pagefind-dev',
    apply: 'serve',
    configureServer(server) {
      const rendered: Rendered = new Map();
      // Content files saved since the last index.
      let saves: string[] = [];
      const start = (saved?: readonly string[]) => {
        files = buildIndex(server, config, rendered, saved).catch((error: unknown) => {
          server.config.logger.warn(`search index for dev failed: ${String(error)}`);
          return new Map();
        });
      };
      server.httpServer?.once('listening', () => setTimeout(() => start(), 200));
      server.watcher.on('change', (file) => {
        if (!resolve(file).startsWith(config.contentPath)) return;
        saves.push(relative(config.rootPath, resolve(file)).replaceAll('\\', '/'));
        clearTimeout(timer);
        timer = setTimeout(() => {
          start(saves);
          saves = [];
        }, 1500);
      });
      server.middlewares.use(async (req, res, next) => {
        // Inside Astro's dev server req.url has the base stripped; originalUrl keeps it.
        const url = (req.originalUrl ?? req.url ?? '').split('?')[0] ?? '';
        if (!url.startsWith(prefix)) return next();
        files ??= Promise.resolve(new Map());
        const content = (await files).get(url.slice(prefix.length));
        if (!content) {
          res.statusCode = 404;
          res.end('Not in the dev search index (it may still be building).');
          return;
        }
        res.setHeader('Content-Type', TYPES[extname(url)] ?? 'application/octet-stream');
        res.end(content);
      });
    },
  };
}
