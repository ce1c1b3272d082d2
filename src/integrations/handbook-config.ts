/**
 * Loads handbook.config.ts (or the file named by HANDBOOK_CONFIG, which the fork fixture uses),
 * validates it, applies the environment overrides and exposes the result to pages as the
 * virtual module `virtual:ladderbook/config`.
 */
import { isAbsolute, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Plugin } from 'vite';
import type { HandbookConfig } from '../schemas/handbook-config.ts';
import { resolveConfig } from '../lib/config/resolve-config.ts';

/** The resolved config plus absolute paths the build needs. */
export interface LoadedConfig extends HandbookConfig {
  /** Absolute path of the content folder. */
  contentPath: string;
  /** Absolute path of the project root (the folder holding the config file's project). */
  rootPath: string;
}

export async function loadHandbookConfig(root = process.cwd()): Promise<LoadedConfig> {
  const file = process.env.HANDBOOK_CONFIG ?? 'handbook.config.ts';
  const path = isAbsolute(file) ? file : resolve(root, file);
  const module = (await import(pathToFileURL(path).href)) as { default: unknown };
  const config = resolveConfig(module.default, process.env, file);
  const contentPath = isAbsolute(config.contentDir) ? config.contentDir : resolve(root, config.contentDir);
  return { ...config, contentPath, rootPath: root };
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
