/**
 * Loads the handbook's config: org/handbook.config.ts when the organisation's folder has one, else
 * the default handbook.config.ts, or the file named by HANDBOOK_CONFIG (the tests' fixtures; see
 * src/lib/config/config-paths.ts). Validates it, applies the environment overrides and exposes the
 * result to pages as the virtual module `virtual:ladderbook/config`.
 */
import { existsSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Plugin } from 'vite';
import type { HandbookConfig } from '../schemas/handbook-config.ts';
import { resolveConfig } from '../lib/config/resolve-config.ts';
import { configFileFor, configPaths } from '../lib/config/config-paths.ts';

/** The resolved config plus absolute paths the build needs. */
export interface LoadedConfig extends HandbookConfig {
  /** Absolute path of the content folder. */
  contentPath: string;
  /** Absolute path of the folder of static files. */
  publicPath: string;
  /** The config file read, relative to the root (`org/handbook.config.ts`, `handbook.config.ts` …). */
  configFile: string;
  /** Absolute path of the project root (the folder holding the config file's project). */
  rootPath: string;
  /** Absolute path of Astro's cache folder (`cacheDir`), set by the integration: social images are cached there. */
  cachePath?: string | undefined;
}

export async function loadHandbookConfig(root = process.cwd()): Promise<LoadedConfig> {
  const file = configFileFor(process.env, (relative) => existsSync(resolve(root, relative)));
  const path = isAbsolute(file) ? file : resolve(root, file);
  const module = (await import(pathToFileURL(path).href)) as { default: unknown };
  const config = resolveConfig(module.default, process.env, file);
  const paths = configPaths({
    root,
    configFile: file,
    contentDir: config.contentDir,
    publicDir: config.publicDir,
    envContentDir: process.env.HANDBOOK_CONTENT_DIR,
    exists: existsSync,
  });
  return { ...config, ...paths, rootPath: root, configFile: file };
}

const MODULE_ID = 'virtual:ladderbook/config';

/** Vite plugin serving the resolved config to pages and components. */
export function configModule(config: LoadedConfig): Plugin {
  return {
    name: 'ladderbook:config',
    resolveId: (id) => (id === MODULE_ID ? `\0${MODULE_ID}` : undefined),
    load: (id) => (id === `\0${MODULE_ID}` ? `export default ${JSON.stringify(config)};` : undefined),
  };
}
