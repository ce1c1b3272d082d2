/**
 * Search under `astro dev`, with no build needed: once the dev server listens, it renders every
 * searchable page through itself, indexes the HTML with Pagefind in memory (the same markup and
 * filters as a production build) and serves the bundle at `<base>pagefind/`. Edits to content
 * re-index after a short pause.
 */
import { extname, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Plugin, ViteDevServer } from 'vite';
import type { LoadedConfig } from './handbook-config.ts';
import { searchablePaths } from './dev-search-pages.ts';

const TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
  '.wasm': 'application/wasm',
};

async function buildIndex(server: ViteDevServer, config: LoadedConfig): Promise<Map<string, Uint8Array>> {
  const { port } = server.httpServer!.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}${config.base.replace(/\/$/, '')}`;
  const pagefind = await import('pagefind');
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(errors.join('; '));
  let pages = 0;
  for (const path of await searchablePaths(config)) {
    const response = await fetch(origin + path);
    if (!response.ok) continue;
    await index.addHTMLFile({ url: path, content: await response.text() });
    pages++;
  }
  const { files } = await index.getFiles();
  await index.deleteIndex();
  server.config.logger.info(`search index for dev: ${pages} pages`, { timestamp: true });
  return new Map(files.map((f) => [f.path, f.content]));
}

export function pagefindDev(config: LoadedConfig): Plugin {
  const prefix = `${config.base}pagefind/`;
  let files: Promise<Map<string, Uint8Array>> | undefined;
  let timer: NodeJS.Timeout | undefined;
  return {
    name: 'ladderbook:pagefind-dev',
    apply: 'serve',
    configureServer(server) {
      const start = () => {
        files = buildIndex(server, config).catch((error: unknown) => {
          server.config.logger.warn(`search index for dev failed: ${String(error)}`);
          return new Map();
        });
      };
      server.httpServer?.once('listening', () => setTimeout(start, 200));
      server.watcher.on('change', (file) => {
        if (!resolve(file).startsWith(config.contentPath)) return;
        clearTimeout(timer);
        timer = setTimeout(start, 1500);
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
