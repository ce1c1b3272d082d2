/**
 * How the build bundles chapters: a few dozen chapters per output chunk instead of one chunk per
 * chapter. Rolldown otherwise writes two chunks for every chapter (its compiled MDX and the
 * module that carries its styles), and Astro imports each one separately while it renders, so
 * the cost of a chunk, in bundling and in Node's module loader, was paid 2,000 times at 1,000
 * chapters. Measured there on the 2-core bench machine: bundling 5.5 → 4.0 s, rendering
 * 6.3 → 5.2 s, peak memory unchanged (npm run bench has the current figures).
 */
import { resolve } from 'node:path';

/** Chapters per chunk, in reading order. Groups of 25 or 100 measured alike; one chunk for all was no faster. */
export const CHAPTERS_PER_CHUNK = 25;

/**
 * Rolldown's `codeSplitting.groups[].name`: the chunk a module goes into (`chapters-3`) when it
 * is one of the chapter files or a module derived from one (`…/05-feedback.mdx?astroPropagatedAssets`),
 * or null to leave it where Rolldown puts it. `files` are the chapters' paths in reading order.
 */
export function chapterChunkName(rootPath: string, files: readonly string[], perChunk = CHAPTERS_PER_CHUNK): (id: string) => string | null {
  const position = new Map(files.map((file, i) => [resolve(rootPath, file).replaceAll('\\', '/'), i]));
  return (id) => {
    const at = position.get(id.split('?')[0]!);
    return at === undefined ? null : `chapters-${Math.floor(at / perChunk)}`;
  };
}
