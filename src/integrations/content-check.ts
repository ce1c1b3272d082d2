/**
 * Reads the content folder and runs every content rule before the build renders anything;
 * returns the formatted report of all problems, or undefined when the content is sound.
 */
import type { LoadedConfig } from './handbook-config.ts';
import { readContent } from './content-files.ts';
import { checkContent } from '../lib/check/check-content.ts';
import { formatProblems } from '../lib/errors.ts';

export async function checkContentFolder(config: LoadedConfig): Promise<string | undefined> {
  const snapshot = await readContent(config.contentPath, config.rootPath);
  const { problems } = checkContent(snapshot);
  return problems.length ? formatProblems(problems) : undefined;
}
