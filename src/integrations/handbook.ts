/**
 * The handbook's build hooks in one integration: the config module, the content check that
 * reports every problem before Astro renders anything, Pagefind indexing (unless scripts/build.ts
 * does it after the build), and search in dev.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { configModule, type LoadedConfig } from './handbook-config.ts';
import { SEARCH_INDEX_ENV, indexSite } from './pagefind-index.ts';
import { pagefindDev } from './pagefind-dev.ts';
import { checkContentFolder } from './content-check.ts';
import { noPreloadHelper } from './no-preload-helper.ts';

export function handbook(config: LoadedConfig): AstroIntegration {
  return {
    name: 'ladderbook',
    hooks: {
      'astro:config:setup': async ({ updateConfig, command, logger }) => {
        const report = await checkContentFolder(config);
        if (report) {
          if (command === 'build') throw new Error(report);
          logger.error(report);
        }
        updateConfig({
          vite: {
            // Test and benchmark output must not trigger reloads of the dev server.
            server: { watch: { ignored: ['**/tests/.output/**', '**/.cache/**', '**/dist/**'] } },
            plugins: [
              noPreloadHelper(),
              configModule(config),
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
