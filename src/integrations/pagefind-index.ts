/**
 * Indexes a built site with Pagefind's Node API, one of two ways:
 * - streamed (a plain `astro build`): every searchable page goes to Pagefind as soon as Astro has
 *   rendered it, so Pagefind's own process indexes on the second core while Astro renders on the
 *   first, and the index is written at build:done, in one bundle;
 * - separate (`npm run build`): after `astro build` has exited, so the two processes never hold
 *   memory at the same time, and in shards of at most SEARCH_SHARD_PAGES pages per language, one
 *   Pagefind run each, so Pagefind's memory stays bounded too (see src/lib/search/shards.ts).
 * Either way the site ships with search, and the same pages fed in the same order give the same
 * index files.
 */
import { copyFile, link, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { SHARDS_FILE, shardFolder, shardsManifest } from '../lib/search/shard-manifest.ts';
import { mergedShardNeeds, shardPages, shardPagesFrom } from '../lib/search/shards.ts';

/**
 * The pages that can carry `data-pagefind-body`, relative to the site root: chapters and parts,
 * the ladder (levels and comparisons) and quizzes. Pagefind parses every file its glob matches, so
 * leaving out the rest (worksheets, the one-page print edition, progress and review) saves it from
 * reading half the site at 1,000 chapters. tests/build/site.test.ts fails when a page with
 * `data-pagefind-body` falls outside this glob. The same folders under a language's prefix
 * (`de/chapters/…`) are searched too; Pagefind makes one index per `<html lang>`, and the browser
 * loads the one of the page it runs on.
 */
export const SEARCHABLE_PAGES = '{chapters/**/index.html,ladder/**/index.html,quizzes/*/index.html,*/chapters/**/index.html,*/ladder/**/index.html,*/quizzes/*/index.html}';

/** The same pages as SEARCHABLE_PAGES (a language's `de/…` included), as a test of a file's path inside the site. */
export function isSearchablePage(file: string): boolean {
  return /^(?:[^/]+\/)?(?:(?:chapters|ladder)\/(?:.+\/)?index\.html|quizzes\/[^/]+\/index\.html)$/.test(file);
}

/** How the search index is built: "streamed" (while Astro renders) or "separate" (set by scripts/build.ts). */
export const SEARCH_INDEX_ENV = 'LADDERBOOK_SEARCH_INDEX';

type Pagefind = typeof import('pagefind');
type PagefindIndex = NonNullable<Awaited<ReturnType<Pagefind['createIndex']>>['index']>;

async function newIndex(pagefind: Pagefind): Promise<PagefindIndex> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  return index;
}

/** Writes shard `n` of `shards` into its folder; the first shard also gets the list of the others, for the browser. */
async function write(index: PagefindIndex, site: string, n = 0, shards = 1): Promise<void> {
  const folder = join(site, shardFolder(n));
  const written = await index.writeFiles({ outputPath: folder });
  if (written.errors.length) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
  if (n === 0) await writeFile(join(folder, SHARDS_FILE), JSON.stringify(shardsManifest(shards)));
  else await pruneMergedShard(folder);
}

/** Removes from a merged shard's folder what only the first shard needs: its script, WebAssembly and UI (see mergedShardNeeds). */
async function pruneMergedShard(folder: string): Promise<void> {
  const files = (await readdir(folder, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
  await Promise.all(files.filter((file) => !mergedShardNeeds(relative(folder, file).replaceAll('\\', '/'))).map((file) => rm(file)));
}

/**
 * A folder beside the site holding `pages` (paths in the site) at the same paths, hard-linked
 * (copied where the file system cannot link), for Pagefind to read as a directory: it reads a
 * directory's files in parallel, where pages sent one by one through its Node API took 58 s
 * instead of 36 s at 10,000 chapters.
 */
async function shardFolderOnDisk(site: string, pages: readonly string[]): Promise<string> {
  const folder = await mkdtemp(join(dirname(resolve(site)), '.search-shard-'));
  await Promise.all([...new Set(pages.map((page) => dirname(join(folder, page))))].map((dir) => mkdir(dir, { recursive: true })));
  for (let at = 0; at < pages.length; at += 256) {
    await Promise.all(
      pages.slice(at, at + 256).map((page) => link(join(site, page), join(folder, page)).catch(() => copyFile(join(site, page), join(folder, page)))),
    );
  }
  return folder;
}

/**
 * Indexes a built site from its files (after `astro build` has exited), `perShard` pages per
 * language and Pagefind run at most. Pagefind's process is stopped after each shard, which hands
 * its memory back before the next one starts.
 */
export async function indexSite(site: string, log: (message: string) => void, perShard = shardPagesFrom()): Promise<void> {
  const files = (await readdir(site, { recursive: true })).map((file) => file.replaceAll('\\', '/')).filter(isSearchablePage);
  const shards = shardPages(files, perShard);
  const pagefind = await import('pagefind');
  try {
    let indexed = 0;
    for (const [n, pages] of shards.entries()) {
      const index = await newIndex(pagefind);
      // One shard: Pagefind reads the site itself, through the same glob.
      const folder = shards.length === 1 ? site : await shardFolderOnDisk(site, pages);
      try {
        const added = await index.addDirectory({ path: folder, glob: SEARCHABLE_PAGES });
        if (added.errors.length) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
        indexed += added.page_count;
      } finally {
        if (folder !== site) await rm(folder, { recursive: true, force: true });
      }
      await write(index, site, n, shards.length);
      await pagefind.close();
    }
    log(`search index: ${indexed} pages${shards.length > 1 ? `, in ${shards.length} parts of at most ${perShard} pages per language` : ''}`);
  } finally {
    await pagefind.close();
  }
}

/** How many pages may wait in Pagefind's queue before rendering waits for it. */
const IN_FLIGHT = 16;

/**
 * An index fed page by page while Astro renders. Pages are numbered when Astro starts rendering
 * them and reach Pagefind in that order, even when Astro renders several at once, so the index is
 * the same on every build. Up to IN_FLIGHT pages are sent ahead; beyond that, rendering waits,
 * so pages never pile up in memory when Pagefind is the slower of the two.
 */
export class StreamedIndex {
  private index: Promise<PagefindIndex> | undefined;
  private pagefind: Promise<Pagefind> | undefined;
  private next = 0;
  private sent = 0;
  private waiting = new Map<number, { file: string; html: string } | undefined>();
  private inFlight = new Set<Promise<void>>();
  private failure: unknown;
  private pages = 0;

  /** A number for the next page Astro starts to render. */
  reserve(): number {
    return this.next++;
  }

  /**
   * The page numbered `seq` is rendered: `file` is its path in the site, `html` its text
   * (undefined when it is not indexed). Resolves when Pagefind has room for more.
   */
  async deliver(seq: number, page: { file: string; html: string } | undefined): Promise<void> {
    this.waiting.set(seq, page);
    while (this.waiting.has(this.sent)) {
      const ready = this.waiting.get(this.sent);
      this.waiting.delete(this.sent);
      this.sent++;
      if (ready) this.send(ready.file, ready.html);
    }
    while (this.inFlight.size >= IN_FLIGHT) await Promise.race(this.inFlight);
  }

  private send(file: string, html: string): void {
    this.pagefind ??= import('pagefind');
    this.index ??= this.pagefind.then(newIndex);
    // Pagefind reads its requests in the order they are written, so sending in page order is enough.
    const added: Promise<void> = this.index
      .then((index) => index.addHTMLFile({ sourcePath: file, content: html }))
      .then((result) => {
        if (result.errors.length) throw new Error(`Pagefind could not index ${file}: ${result.errors.join('; ')}`);
        this.pages++;
      })
      .catch((error: unknown) => {
        this.failure ??= error;
      })
      .finally(() => this.inFlight.delete(added));
    this.inFlight.add(added);
  }

  /** Writes the index into `<site>/pagefind/` once every page has been added, and stops Pagefind. */
  async finish(site: string, log: (message: string) => void): Promise<void> {
    try {
      if (this.waiting.size) throw new Error(`search index: ${this.waiting.size} page(s) never arrived`);
      await Promise.all(this.inFlight);
      if (this.failure) throw this.failure;
      if (!this.index) throw new Error('search index: no searchable page was rendered');
      await write(await this.index, site);
      log(`search index: ${this.pages} pages`);
    } finally {
      if (this.pagefind) await (await this.pagefind).close();
    }
  }
}
