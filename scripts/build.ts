/**
 * `npm run build`: `astro build`, then the search index, in two processes so their memory never
 * adds up. Arguments are passed on to `astro build`.
 *
 * Each measure below, at 1,000 chapters on a 2-core machine (three builds each; npm run bench for
 * the full figures), took the build's peak memory to 0.75–0.77 GB from:
 * - 1.14–1.18 GB with Pagefind run from Astro's build:done hook, where its 0.45 GB comes on top
 *   of what the Astro process still holds (that way was also 1 s slower);
 * - 1.04–1.10 GB without MIMALLOC_PURGE_DELAY=0 and MIMALLOC_ARENA_EAGER_COMMIT=0: Rolldown's
 *   allocator (mimalloc) otherwise keeps what it frees. They must be set before the process starts;
 * - 0.94–1.08 GB without --heap-growing-percent=20, which keeps V8 from growing its heap in big
 *   steps while Astro renders, for about 0.6 s more garbage collection.
 * A plain `astro build` still builds the whole site, search included, in about the same time,
 * but peaks at 1.9 GB.
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
