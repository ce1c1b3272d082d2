/**
 * The handbook's build hooks in one integration: the config module, the one reading of the
 * content (which reports every problem before Astro renders anything, and gives pages their
 * model), Pagefind indexing while pages render (unless scripts/build.ts does it after the build),
 * and search in dev.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { configModule, type LoadedConfig } from './handbook-config.ts';
import { SEARCH_INDEX_ENV, StreamedIndex, isSearchablePage } from './pagefind-index.ts';
import { pagefindDev } from './pagefind-dev.ts';
import { contentModule, readContentFolder, type ReadingHolder } from './content-model.ts';
import { stringsModule } from './strings-module.ts';
import { formatProblems } from '../lib/errors.ts';
import { noPreloadHelper } from './no-preload-helper.ts';
import { chapterChunkName } from './chapter-chunks.ts';
import { pruneCardCache } from './social-image-cache.ts';
import { socialImageCache, usedSocialImages } from '../lib/social/image-cache.ts';

/** The page's path inside the built site (`chapters/x/index.html`, `de/chapters/x/index.html`) from its URL under the base. */
function siteFile(url: string, base: string): string {
  // Decoded, as the file is named on disk (where `npm run build`'s Pagefind reads it).
  const path = decodeURIComponent(new URL(url).pathname);
  const inside = path.startsWith(base) ? path.slice(base.length) : path.replace(/^\//, '');
  return inside === '' || inside.endsWith('/') ? `${inside}index.html` : inside;
}

export function handbook(config: LoadedConfig): AstroIntegration {
  let search: StreamedIndex | undefined;
  let cacheDir: URL | undefined;
  return {
    name: 'ladderbook',
    hooks: {
      'astro:config:setup': async ({ config: astroConfig, updateConfig, command, logger }) => {
        const reading = await readContentFolder(config);
        if (reading.problems.length) {
          const report = formatProblems(reading.problems);
          if (command === 'build') throw new Error(report);
          logger.error(report);
        }
        const holder: ReadingHolder = { current: reading };
        // The chapters in reading order, then each language's translated ones in reading order.
        const { chapters, translations } = reading.model;
        const chapterFiles = [
          ...chapters.map((c) => c.file),
          ...Object.values(translations).flatMap((t) => chapters.flatMap((c) => t.chapters[c.id]?.file ?? [])),
        ];
        updateConfig({
          vite: {
            // A few dozen chapters per chunk of the prerender bundle, not one chunk each (see chapter-chunks.ts).
            environments: {
              prerender: { build: { rolldownOptions: { output: { codeSplitting: { groups: [{ name: chapterChunkName(config.rootPath, chapterFiles) }] } } } } },
            },
            // Test and benchmark output must not trigger reloads of the dev server.
            server: { watch: { ignored: ['**/tests/.output/**', '**/.cache/**', '**/dist/**'] } },
            plugins: [
              noPreloadHelper(),
              configModule({ ...config, cachePath: fileURLToPath(astroConfig.cacheDir) }),
              contentModule(config, holder, (id) => id.startsWith('\0virtual:ladderbook/strings')),
              stringsModule(config, () => holder.current.model),
              pagefindDev(config),
            ],
          },
        });
      },
      'astro:config:done': ({ config: astroConfig }) => {
        cacheDir = astroConfig.cacheDir;
      },
      'astro:build:start': ({ setPrerenderer }) => {
        if (process.env[SEARCH_INDEX_ENV] === 'separate') return;
        // Each page Astro renders goes to Pagefind as it is written, so indexing (in Pagefind's own
        // process) overlaps with rendering instead of following it.
        const index = (search = new StreamedIndex());
        setPrerenderer((prerenderer) => ({
          ...prerenderer,
          name: 'ladderbook:search-index',
          render: async (request, options) => {
            const seq = index.reserve();
            try {
              const result = await prerenderer.render(request, options);
              const response = result instanceof Response ? result : result.response;
              const file = siteFile(request.url, config.base);
              const html = response.ok && isSearchablePage(file) ? await response.clone().text() : undefined;
              await index.deliver(seq, html === undefined ? undefined : { file, html });
              return result;
            } catch (error) {
              void index.deliver(seq, undefined);
              throw error;
            }
          },
        }));
      },
      'astro:build:done': async ({ dir, logger }) => {
        // Social images this build did not use (edited or removed pages) leave the cache.
        const used = usedSocialImages();
        if (used.size) pruneCardCache(socialImageCache(fileURLToPath(cacheDir!)), used);
        if (!search) {
          logger.info('search: indexed once astro build has exited (npm run build)');
          return;
        }
        await search.finish(fileURLToPath(dir), (message) => logger.info(message));
      },
    },
  };
}
