/**
 * Lists of pages worked out from the content folder, without a build, as site paths without the
 * base (`/chapters/mentorship/feedback/`, `/de/ladder/staff/`): the pages search indexes, for the
 * dev server's in-memory index, and the pages of a language shown in the default language for want
 * of a translation, which the sitemap leaves out (their canonical URL is the default language's).
 */
import type { LoadedConfig } from './handbook-config.ts';
import { readContentFolder } from './content-model.ts';
import { comparisonPairs } from '../lib/ladder/pairs.ts';

interface ContentPage {
  path: string;
  /** False for a page of another language that shows the default language's text. */
  translated: boolean;
}

/** Every page with content of its own, in every language, and whether it is translated. */
async function contentPages(config: LoadedConfig): Promise<ContentPage[]> {
  const { model, ladder } = await readContentFolder(config);
  return config.locales.flatMap((locale, i) => {
    const t = i === 0 ? undefined : model.translations[locale.code];
    const has = (item: unknown) => i === 0 || Boolean(item);
    const prefix = i === 0 ? '' : `/${locale.code}`;
    const pages: ContentPage[] = [
      // Generated from the ladder's data, field by field: in the page's language whatever is translated.
      { path: '/ladder/', translated: true },
      { path: '/ladder/changes/', translated: true },
      ...comparisonPairs(ladder).map((p) => ({ path: `/ladder/compare/${p.from.id}/${p.to.id}/`, translated: true })),
      ...model.parts.map((p) => ({ path: `/chapters/${p.id}/`, translated: has(t?.parts[p.id]) })),
      ...model.chapters.filter((c) => !c.draft).map((c) => ({ path: `/chapters/${c.id}/`, translated: has(t?.chapters[c.id]) })),
      ...ladder.levels.map((l) => ({ path: `/ladder/${l.id}/`, translated: has(t?.ladder.levels[l.id]?.file) })),
      ...(config.features.quizzes ? model.quizzes.map((q) => ({ path: `/quizzes/${q.id}/`, translated: has(t?.quizzes[q.id]) })) : []),
    ];
    return pages.map((page) => ({ ...page, path: prefix + page.path }));
  });
}

/** The pages search indexes: Pagefind files each under its `lang`; a page shown in the fallback language carries no `data-pagefind-body`. */
export async function searchablePaths(config: LoadedConfig): Promise<string[]> {
  return (await contentPages(config)).filter((p) => p.translated).map((p) => p.path);
}

/** The pages of other languages that show the default language's text (none with one language). */
export async function fallbackPaths(config: LoadedConfig): Promise<string[]> {
  if (config.locales.length < 2) return [];
  return (await contentPages(config)).filter((p) => !p.translated).map((p) => p.path);
}
