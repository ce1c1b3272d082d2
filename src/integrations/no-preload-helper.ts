/**
 * Keeps the bundler's module-loading helper inside the page script. With module preloading on,
 * the page script every page loads carries the import lists of every lazily loaded module
 * (search, quizzes, quiz checking) and the code that preloads them: about 0.25 KB gzipped, which
 * takes it over its 2 KB budget, so preloading is off and lazily loaded modules fetch their own
 * imports, one round trip later. The helper that wraps each `import()` remains; several chunks
 * load modules lazily (the page script, quizzes loading their question kinds, the review page), so
 * the bundler would give it a file of its own, one more request on every page. Placed in the page
 * script's chunk, which every page has already loaded, it costs the others nothing.
 * Astro sets `build.modulePreload` itself, so the client environment's settings are changed here,
 * after Astro's.
 */
import type { Plugin } from 'vite';

const PRELOAD_HELPER = '\0vite/preload-helper.js';
/** The page script: Base.astro's script, which imports src/browser/page.ts. */
const PAGE_SCRIPT = /\/src\/(layouts\/Base\.astro\?astro&type=script|browser\/page\.ts$)/;

export function noPreloadHelper(): Plugin {
  return {
    name: 'ladderbook:no-preload-helper',
    configEnvironment(name) {
      if (name !== 'client') return undefined;
      return {
        build: {
          modulePreload: false,
          rollupOptions: {
            output: { manualChunks: (id: string) => (id === PRELOAD_HELPER || PAGE_SCRIPT.test(id) ? 'page' : undefined) },
          },
        },
      };
    },
  };
}
