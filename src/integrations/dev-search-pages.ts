/**
 * The pages search indexes, as site paths without the base (`/chapters/mentorship/feedback/`),
 * worked out from the content folder so the dev server can index them without a build.
 */
import type { LoadedConfig } from './handbook-config.ts';
import { readContentFolder } from './content-model.ts';
import { comparisonPairs } from '../lib/ladder/pairs.ts';

export async function searchablePaths(config: LoadedConfig): Promise<string[]> {
  const { model, ladder } = await readContentFolder(config);
  return [
    '/ladder/',
    '/ladder/changes/',
    ...model.parts.map((p) => `/chapters/${p.id}/`),
    ...model.chapters.filter((c) => !c.draft).map((c) => `/chapters/${c.id}/`),
    ...ladder.levels.map((l) => `/ladder/${l.id}/`),
    ...comparisonPairs(ladder).map((p) => `/ladder/compare/${p.from.id}/${p.to.id}/`),
    ...(config.features.quizzes ? model.quizzes.map((q) => `/quizzes/${q.id}/`) : []),
  ];
}
