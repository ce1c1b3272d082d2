/**
 * Serves a built site on a free local port for the browser tests and scripts: a small static
 * server (like a static host), so several can run at once — `astro preview` allows only one
 * per project. Directory URLs need their trailing slash, as with trailingSlash: 'always'.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { createServer } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';

export async function freePort(): Promise<number> {
  return new Promise((done, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => done(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.md': 'text/markdown; charset=utf-8',
};

export interface Preview {
  url: string;
  stop(): Promise<void>;
}

/** Serves `dir` under `base` (e.g. `/handbook/`); resolves once it listens. */
export async function serveStatic(dir: string, base: string): Promise<Preview> {
  const root = resolve(dir);
  const server = createHttpServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file: string | undefined;
    if (pathname.startsWith(base)) {
      const candidate = normalize(join(root, pathname.slice(base.length)));
      const target = pathname.endsWith('/') ? join(candidate, 'index.html') : candidate;
      if (target.startsWith(root) && existsSync(target) && statSync(target).isFile()) file = target;
    }
    if (!file) {
      res.writeHead(404, { 'Content-Type': TYPES['.html']! });
      const notFound = join(root, '404.html');
      if (existsSync(notFound)) createReadStream(notFound).pipe(res);
      else res.end('Not found');
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  const port = await freePort();
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  return {
    url: `http://127.0.0.1:${port}${base}`,
    stop: () => new Promise<void>((done) => server.close(() => done())),
  };
}

/** Serves the site built for `env` (its HANDBOOK_OUT_DIR, or dist/) under `base`. */
export function startPreview(env: Record<string, string>, base: string): Promise<Preview> {
  return serveStatic(env.HANDBOOK_OUT_DIR ?? 'dist', base);
}
