/**
 * Where a handbook's configuration, content and public files are. A fork keeps everything it
 * changes in one folder of its own, `org/` (its handbook.config.ts, content/ and public/), and never
 * edits the default handbook's files, so upstream can change those and the engine and a merge into
 * the fork has nothing to conflict with. The engine reads `org/handbook.config.ts` when it exists
 * and the default `handbook.config.ts` otherwise; HANDBOOK_CONFIG names another file (the tests'
 * fixtures). Folders in a config file are relative to that file's folder, so `contentDir: 'content'`
 * in org/handbook.config.ts means org/content; HANDBOOK_CONTENT_DIR is relative to the project root.
 */
import { dirname, isAbsolute, resolve } from 'node:path';

/** The organisation's folder, relative to the project root. */
export const ORG_FOLDER = 'org';
/** The organisation's config file. */
export const ORG_CONFIG = `${ORG_FOLDER}/handbook.config.ts`;
/** The default handbook's config file. */
export const DEFAULT_CONFIG = 'handbook.config.ts';

/** The config file to load, relative to the root (or absolute when HANDBOOK_CONFIG is). */
export function configFileFor(env: { HANDBOOK_CONFIG?: string | undefined }, exists: (relative: string) => boolean): string {
  if (env.HANDBOOK_CONFIG) return env.HANDBOOK_CONFIG;
  return exists(ORG_CONFIG) ? ORG_CONFIG : DEFAULT_CONFIG;
}

export interface PathsInput {
  /** Absolute project root. */
  root: string;
  /** The config file, as configFileFor gave it. */
  configFile: string;
  /** `contentDir` and `publicDir` as the config file writes them. */
  contentDir: string;
  publicDir: string;
  /** HANDBOOK_CONTENT_DIR, if set. */
  envContentDir?: string | undefined;
  /** Whether an absolute path exists. */
  exists: (absolute: string) => boolean;
}

/**
 * Absolute content and public folders. A public folder that does not exist falls back to the
 * default handbook's `public/`, so an organisation without files of its own still has a favicon.
 */
export function configPaths(input: PathsInput): { contentPath: string; publicPath: string } {
  const configDir = dirname(resolve(input.root, input.configFile));
  const at = (base: string, path: string) => (isAbsolute(path) ? path : resolve(base, path));
  const contentPath = input.envContentDir ? at(input.root, input.envContentDir) : at(configDir, input.contentDir);
  const publicPath = at(configDir, input.publicDir);
  return { contentPath, publicPath: input.exists(publicPath) ? publicPath : resolve(input.root, 'public') };
}
