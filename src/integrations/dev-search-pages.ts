/**
 * Lists of pages worked out from the content folder, without a build, as site paths without the
 * base (`/chapters/mentorship/feedback/`, `/de/ladder/staff/`): the pages search indexes, for the
 * dev server's in-memory index, and the pages of a language shown in the default language for want
 * of a translation, which the sitemap leaves out (their canonical URL is the default language's).
 */
import type { LoadedConfig } from './handbook-config.ts';
import { readContentFolder } from './content-model.ts';
import { comparisonPairs } from '../lib/ladder/pairs.ts';

export interface ContentPage {
  path: string;
  /** False for a page of another language that shows the default language's text. */
  translated: boolean;
  /**
   * The content files whose words the page shows, relative to the project root, where they are
   * known: a chapter's file (and its translation's), a part page's chapters. Empty for pages drawn
   * from data that any page may show (the ladder, quizzes).
   */
  sources: string[];
}

/** Every page with content of its own, in every language, and whether it is translated. */
async function contentPages(config: LoadedConfig): Promise<ContentPage[]> {
  const { model, ladder } = await readContentFolder(config);
  return config.locales.flatMap((locale, i) => {
    const t = i === 0 ? undefined : model.translations[locale.code];
    const has = (item: unknown) => i === 0 || Boolean(item);
    const prefix = i === 0 ? '' : `/${locale.code}`;
    const published = model.chapters.filter((c) => !c.draft);
    // A chapter's words come from its file, and in a translation also from the translation's.
    const filesOf = (c: (typeof published)[number]) => [c.file, ...(t?.chapters[c.id] ? [t.chapters[c.id]!.file] : [])];
    const pages: ContentPage[] = [
      // Generated from the ladder's data, field by field: in the page's language whatever is translated.
      { path: '/ladder/', translated: true, sources: [] },
      { path: '/ladder/changes/', translated: true, sources: [] },
      ...comparisonPairs(ladder).map((p) => ({ path: `/ladder/compare/${p.from.id}/${p.to.id}/`, translated: true, sources: [] })),
      ...model.parts.map((p) => ({ path: `/chapters/${p.id}/`, translated: has(t?.parts[p.id]), sources: published.filter((c) => c.partId === p.id).flatMap(filesOf) })),
      ...published.map((c) => ({ path: `/chapters/${c.id}/`, translated: has(t?.chapters[c.id]), sources: filesOf(c) })),
      ...ladder.levels.map((l) => ({ path: `/ladder/${l.id}/`, translated: has(t?.ladder.levels[l.id]?.file), sources: [] })),
      ...(config.features.quizzes ? model.quizzes.map((q) => ({ path: `/quizzes/${q.id}/`, translated: has(t?.quizzes[q.id]), sources: [] })) : []),
    ];
    return pages.map((page) => ({ ...page, path: prefix + page.path }));
  });
}

/** The pages search indexes: Pagefind files each under its `lang`; a page shown in the fallback language carries no `data-pagefind-body`. */
export async function searchablePaths(config: LoadedConfig): Promise<string[]> {
  return (await searchablePages(config)).map((p) => p.path);
}

/** The searchable pages with the content files they show. */
export async function searchablePages(config: LoadedConfig): Promise<ContentPage[]> {
  return (await contentPages(config)).filter((p) => p.translated);
}

/**
 * The pages to read again after `file` (relative to the project root) was saved: those that show
 * its words, when the file is known to feed only them (a chapter: its page and its part's), else
 * undefined, meaning every page (ladder data, quizzes, parts and strings show up anywhere).
 */
export function pagesShowing(pages: readonly ContentPage[], file: string): string[] | undefined {
  const showing = pages.filter((page) => page.sources.includes(file)).map((page) => page.path);
  return showing.length > 0 ? showing : undefined;
}

/** The pages of other languages that show the default language's text (none with one language). */
export async function fallbackPaths(config: LoadedConfig): Promise<string[]> {
  if (config.locales.length < 2) return [];
  return (await contentPages(config)).filter((p) => !p.translated).map((p) => p.path);
}
