/**
 * The pages search indexes, as site paths without the base (`/chapters/mentorship/feedback/`),
 * worked out from the content folder so the dev server can index them without a build; in every
 * language (`/de/chapters/…`): Pagefind files each under its page's `lang`, and pages shown in the
 * fallback language carry no `data-pagefind-body`, so they stay out.
 */
import type { LoadedConfig } from './handbook-config.ts';
import { readContentFolder } from './content-model.ts';
import { comparisonPairs } from '../lib/ladder/pairs.ts';

export async function searchablePaths(config: LoadedConfig): Promise<string[]> {
  const { model, ladder } = await readContentFolder(config);
  return config.locales.flatMap((locale, i) => {
    // Pages the default language shows; in another language, those its translation covers.
    const t = i === 0 ? undefined : model.translations[locale.code];
    const has = (items: Record<string, unknown> | undefined, id: string) => i === 0 || Boolean(items?.[id]);
    const prefix = i === 0 ? '' : `/${locale.code}`;
    return [
      '/ladder/',
      '/ladder/changes/',
      ...model.parts.filter((p) => has(t?.parts, p.id)).map((p) => `/chapters/${p.id}/`),
      ...model.chapters.filter((c) => !c.draft && has(t?.chapters, c.id)).map((c) => `/chapters/${c.id}/`),
      ...ladder.levels.filter((l) => i === 0 || t?.ladder.levels[l.id]?.file).map((l) => `/ladder/${l.id}/`),
      ...comparisonPairs(ladder).map((p) => `/ladder/compare/${p.from.id}/${p.to.id}/`),
      ...(config.features.quizzes ? model.quizzes.filter((q) => has(t?.quizzes, q.id)).map((q) => `/quizzes/${q.id}/`) : []),
    ].map((path) => prefix + path);
  });
}
