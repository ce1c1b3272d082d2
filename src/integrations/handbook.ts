/**
 * The handbook's build hooks in one integration: the config module, the one reading of the
 * content (which reports every problem before Astro renders anything, and gives pages their model), Pagefind indexing (unless scripts/build.ts
 * does it after the build), and search in dev.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { configModule, type LoadedConfig } from './handbook-config.ts';
import { SEARCH_INDEX_ENV, indexSite } from './pagefind-index.ts';
import { pagefindDev } from './pagefind-dev.ts';
import { contentModule, readContentFolder, type ReadingHolder } from './content-model.ts';
import { stringsModule } from './strings-module.ts';
import { formatProblems } from '../lib/errors.ts';
import { noPreloadHelper } from './no-preload-helper.ts';
import { chapterChunkName } from './chapter-chunks.ts';

export function handbook(config: LoadedConfig): AstroIntegration {
  return {
    name: 'ladderbook',
    hooks: {
      'astro:config:setup': async ({ updateConfig, command, logger }) => {
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
              configModule(config),
              contentModule(config, holder, (id) => id.startsWith('\0virtual:ladderbook/strings')),
              stringsModule(config, () => holder.current.model),
              pagefindDev(config),
            ],
          },
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (process.env[SEARCH_INDEX_ENV] === 'separate') {
          logger.info('search: indexed once astro build has exited (npm run build)');
          return;
        }
        await indexSite(fileURLToPath(dir), (message) => logger.info(message));
      },
    },
  };
}
