/**
 * The one reading of the content folder, shared by `npm run check`, the build and the dev server:
 * `readContentFolder` reads the files and runs every rule (src/lib/content), and `contentModule`
 * serves the model it produced to pages as `virtual:ladderbook/content`, so pages are built from
 * exactly what the check saw. Under `astro dev`, an edit in the content folder reads it again,
 * reports its problems and reloads the page.
 */
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { snapshotContent } from './content-files.ts';
import type { LoadedConfig } from './handbook-config.ts';
import { readContentModel, type ContentReading } from '../lib/content/read-content.ts';
import { formatProblems } from '../lib/errors.ts';

/** Reads and checks the whole content folder. */
export async function readContentFolder(config: LoadedConfig): Promise<ContentReading> {
  return readContentModel(await snapshotContent(config.contentPath, config.rootPath), { locales: config.locales });
}

const MODULE_ID = 'virtual:ladderbook/content';
const RESOLVED = `\0${MODULE_ID}`;

/** The latest reading, shared by the plugins that serve what it found (the model, the browser's strings). */
export interface ReadingHolder {
  current: ContentReading;
}

/**
 * Vite plugin serving the content model; `holder.current` starts as the reading the build's check
 * already did. Under `astro dev` an edit reads the folder again and every module made from the
 * reading (this one and those `dependents` names) is rebuilt.
 */
export function contentModule(config: LoadedConfig, holder: ReadingHolder, dependents: (id: string) => boolean = () => false): Plugin {
  return {
    name: 'ladderbook:content',
    resolveId: (id) => (id === MODULE_ID ? RESOLVED : undefined),
    // JSON.parse of a string literal parses faster than the same data as an object literal.
    load: (id) => (id === RESOLVED ? `export default JSON.parse(${JSON.stringify(JSON.stringify(holder.current.model))});` : undefined),
    configureServer(server) {
      let timer: NodeJS.Timeout | undefined;
      const reread = () => {
        void readContentFolder(config).then((next) => {
          holder.current = next;
          if (next.problems.length) server.config.logger.error(formatProblems(next.problems), { timestamp: true });
          for (const module of server.moduleGraph.idToModuleMap.values()) {
            if (module.id === RESOLVED || (module.id && dependents(module.id))) server.moduleGraph.invalidateModule(module);
          }
          server.ws.send({ type: 'full-reload' });
        });
      };
      const onChange = (file: string) => {
        if (!resolve(file).startsWith(config.contentPath)) return;
        clearTimeout(timer);
        timer = setTimeout(reread, 100);
      };
      for (const event of ['add', 'change', 'unlink'] as const) server.watcher.on(event, onChange);
    },
  };
}
