/**
 * Turns off module preloading for the browser build. With it, the page script every page loads
 * carries the import lists of every lazily loaded module (search, quizzes, quiz checking) and the
 * code that preloads them: about 0.25 KB gzipped, which takes it over its 2 KB budget. Lazily
 * loaded modules then fetch their own imports, one round trip later. Astro sets
 * `build.modulePreload` itself, so the client environment's setting is changed here, after Astro's.
 */
import type { Plugin } from 'vite';

export function noPreloadHelper(): Plugin {
  return {
    name: 'ladderbook:no-preload-helper',
    configEnvironment(name) {
      if (name === 'client') return { build: { modulePreload: false } };
      return undefined;
    },
  };
}
