/**
 * The pages search indexes, as site paths without the base (`/chapters/mentorship/feedback/`),
 * worked out from the content folder so the dev server can index them without a build.
 */
import { readContent } from './content-files.ts';
import type { LoadedConfig } from './handbook-config.ts';
import { checkContent } from '../lib/check/check-content.ts';
import { chapterIdFromPath, idFromFileName } from '../lib/check/source.ts';
import { comparisonPairs } from '../lib/ladder/pairs.ts';
import { parseYaml } from '../lib/check/yaml-source.ts';

export async function searchablePaths(config: LoadedConfig): Promise<string[]> {
  const snapshot = await readContent(config.contentPath, config.rootPath);
  const { ladder } = checkContent(snapshot);
  const parts = snapshot.parts ? parseYaml(snapshot.parts.file, snapshot.parts.text).data : [];
  const partIds = Array.isArray(parts) ? parts.map((p: { id?: unknown }) => String(p.id)) : [];
  return [
    '/ladder/',
    ...partIds.map((id) => `/chapters/${id}/`),
    ...snapshot.chapters.map((c) => `/chapters/${chapterIdFromPath(c.relative)}/`),
    ...ladder.levels.map((l) => `/ladder/${l.id}/`),
    ...comparisonPairs(ladder).map((p) => `/ladder/compare/${p.from.id}/${p.to.id}/`),
    ...(config.features.quizzes ? snapshot.quizzes.map((q) => `/quizzes/${idFromFileName(q.relative)}/`) : []),
  ];
}
