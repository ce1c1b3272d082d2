/**
 * Search under `astro dev`: serves the Pagefind bundle of the last build (dist/pagefind/) at
 * `<base>pagefind/`, so the header search works while writing. Without a build yet it says how
 * to get one instead of failing silently.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import type { Plugin } from 'vite';

const TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
  '.wasm': 'application/wasm',
};

export function pagefindDev(options: { base: string; distPath: string }): Plugin {
  const prefix = `${options.base}pagefind/`;
  const root = join(options.distPath, 'pagefind');
  let warned = false;
  return {
    name: 'ladderbook:pagefind-dev',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        // Inside Astro's dev server req.url has the base stripped; originalUrl keeps it.
        const url = (req.originalUrl ?? req.url ?? '').split('?')[0] ?? '';
        if (!url.startsWith(prefix)) return next();
        const file = normalize(join(root, url.slice(prefix.length)));
        if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
          if (!warned) {
            server.config.logger.warn('Search in dev uses the last build’s index: run `npm run build` once.');
            warned = true;
          }
          res.statusCode = 404;
          res.end('No search index yet: run `npm run build` once, then reload.');
          return;
        }
        res.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
        createReadStream(file).pipe(res);
      });
    },
  };
}
