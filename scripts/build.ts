/**
 * `npm run build`: `astro build`, then the search index, in two processes so their memory never
 * adds up. Arguments are passed on to `astro build`.
 *
 * Measured at 1,000 chapters on a 2-core machine (npm run bench; figures in the README):
 * - Pagefind needs about 0.45 GB. Run from Astro's build:done hook, it comes on top of the
 *   1 GB or so that the Astro process still holds, so it is run here once that process has exited.
 * - Rolldown's allocator (mimalloc) keeps the memory it frees unless told to return it at once:
 *   MIMALLOC_PURGE_DELAY=0 and MIMALLOC_ARENA_EAGER_COMMIT=0 lower the build's peak by 0.3–0.5 GB
 *   at no measurable cost in time. They must be set before the process starts.
 * - V8 grows its heap in big steps while Astro renders; --heap-growing-percent=20 keeps it
 *   0.15–0.25 GB smaller for about 0.5 s more garbage collection.
 * A plain `astro build` still builds the whole site, search included, with more memory.
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { outDir } from '../src/integrations/out-dir.ts';
import { SEARCH_INDEX_ENV, indexSite } from '../src/integrations/pagefind-index.ts';

const ROOT = resolve(import.meta.dirname, '..');
const ASTRO = resolve(ROOT, 'node_modules/astro/bin/astro.mjs');

/** Environment for the astro process; values already set by the caller win. */
const BUILD_ENV = {
  MIMALLOC_PURGE_DELAY: '0',
  MIMALLOC_ARENA_EAGER_COMMIT: '0',
} as const;

const NODE_FLAGS = ['--heap-growing-percent=20'] as const;

async function astroBuild(args: string[]): Promise<number> {
  const child = spawn(process.execPath, [...NODE_FLAGS, ASTRO, 'build', ...args], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...BUILD_ENV, ...process.env, [SEARCH_INDEX_ENV]: 'separate' },
  });
  return new Promise((done, fail) => {
    child.once('error', fail);
    child.once('exit', (code, signal) => done(code ?? (signal ? 1 : 0)));
  });
}

const status = await astroBuild(process.argv.slice(2));
if (status !== 0) process.exit(status);
await indexSite(resolve(ROOT, outDir()), (message) => console.log(`[ladderbook] ${message}`));
