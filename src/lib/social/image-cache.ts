/**
 * Where social images are cached and which ones a build used, shared by the image endpoint (in
 * Astro's prerender bundle, src/data/render-card.ts) and the integration (which prunes the cache
 * once the build is done). Both run in the build's one Node process, so the set of used images
 * lives on globalThis.
 */
import { join } from 'node:path';

/** The cache folder for social images inside Astro's cache folder. */
export function socialImageCache(cachePath: string): string {
  return join(cachePath, 'social-images');
}

const USED = Symbol.for('ladderbook.socialImages.used');
type WithUsed = typeof globalThis & { [USED]?: Set<string> };

/** The cache keys of the images this process has written or read. */
export function usedSocialImages(): Set<string> {
  return ((globalThis as WithUsed)[USED] ??= new Set());
}
