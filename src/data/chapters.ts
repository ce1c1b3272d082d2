/**
 * Chapters and parts in reading order, for navigation, prev/next and listings, in one language:
 * translated where a translation exists, else in the default language (`translated: false`).
 * The only place pages get chapters from.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { resolve } from 'node:path';
import config from 'virtual:ladderbook/config';
import content from 'virtual:ladderbook/content';
import { urlFor } from '../lib/links/content-ref.ts';
import { gitDates } from './git-dates.ts';
import { localeByCode } from './i18n.ts';

export interface ChapterSummary {
  id: string;
  title: string;
  description: string;
  partId: string;
  url: string;
  levels: string[];
  /** The language of the title and description when it is not the page's (no translation yet). */
  lang?: string | undefined;
}

export interface Part {
  id: string;
  title: string;
  summary: string;
  url: string;
  /** The language of the title and summary when it is not the page's. */
  lang?: string | undefined;
  chapters: ChapterSummary[];
}

export interface Chapter extends ChapterSummary {
  /** The MDX to render: the translation's when there is one. */
  entry: CollectionEntry<'chapters'> | CollectionEntry<'chapterTranslations'>;
  /** False when the page shows the default language's text for want of a translation. */
  translated: boolean;
  /** Project-relative path, for the edit link. */
  sourcePath: string;
  updated?: Date | undefined;
}

const cached = new Map<string, Promise<{ parts: Part[]; chapters: Chapter[] }>>();

async function load(code: string): Promise<{ parts: Part[]; chapters: Chapter[] }> {
  const L = localeByCode(code);
  const t = content.translations[L.locale.code];
  const [entries, translatedEntries] = await Promise.all([
    getCollection('chapters').then((all) => new Map(all.map((entry) => [entry.id, entry]))),
    getCollection('chapterTranslations').then((all) => new Map(all.filter((e) => e.id.startsWith(`${code}/`)).map((e) => [e.id.slice(code.length + 1), e]))),
  ]);
  const dates = gitDates(config.rootPath, config.contentPath);
  // The content model lists chapters in reading order; drafts are not published.
  const chapters: Chapter[] = content.chapters
    .filter((meta) => !meta.draft)
    .map((meta) => {
      const translation = t?.chapters[meta.id];
      const translatedEntry = translation && translatedEntries.get(meta.id);
      const file = translatedEntry ? translation.file : meta.file;
      return {
        id: meta.id,
        title: translatedEntry ? translation.title : meta.title,
        description: translatedEntry ? translation.description : meta.description,
        partId: meta.partId,
        url: urlFor('chapter', meta.id, L.base),
        levels: meta.levels,
        lang: L.isDefault || translatedEntry ? undefined : localeByCode().lang,
        entry: translatedEntry ?? entryOf(entries, meta.id),
        translated: L.isDefault || Boolean(translatedEntry),
        sourcePath: file,
        updated: meta.updated && !translatedEntry ? new Date(meta.updated) : dates.get(resolve(config.rootPath, file).replaceAll('\\', '/')),
      };
    });
  const parts: Part[] = content.parts.map((p) => ({
    id: p.id,
    title: t?.parts[p.id]?.title ?? p.title,
    summary: t?.parts[p.id]?.summary ?? p.summary,
    url: urlFor('part', p.id, L.base),
    lang: L.isDefault || t?.parts[p.id] ? undefined : localeByCode().lang,
    chapters: chapters.filter((c) => c.partId === p.id).map(summary),
  }));
  return { parts, chapters };
}

/** The collection entry that renders a chapter's MDX (both readings list the same files). */
function entryOf(entries: ReadonlyMap<string, CollectionEntry<'chapters'>>, id: string): CollectionEntry<'chapters'> {
  const entry = entries.get(id);
  if (!entry) throw new Error(`The content collection has no chapter "${id}"; restart the dev server if the file was just added`);
  return entry;
}

function summary(c: Chapter): ChapterSummary {
  return { id: c.id, title: c.title, description: c.description, partId: c.partId, url: c.url, levels: c.levels, lang: c.lang };
}

function loaded(code = config.locales[0]!.code) {
  let value = cached.get(code);
  if (!value) cached.set(code, (value = load(code)));
  return value;
}

/** All parts in reading order, each with its chapters, in the language of locale `code` (the default when omitted). */
export async function getParts(code?: string): Promise<Part[]> {
  return loaded(code).then((d) => d.parts);
}

/** All published chapters in reading order, in the language of locale `code`. */
export async function getChapters(code?: string): Promise<Chapter[]> {
  return loaded(code).then((d) => d.chapters);
}

/** Where each chapter is in its language's list. */
const positions = new WeakMap<readonly Chapter[], Map<string, number>>();

/** The chapters before and after, across parts. */
export async function neighbours(id: string, code?: string): Promise<{ prev?: ChapterSummary | undefined; next?: ChapterSummary | undefined }> {
  const chapters = await getChapters(code);
  // A map, not a search: every chapter page asks, so a search would cost n² at 10,000 chapters.
  let position = positions.get(chapters);
  if (!position) positions.set(chapters, (position = new Map(chapters.map((c, at) => [c.id, at]))));
  const i = position.get(id) ?? -1;
  const at = (j: number) => (chapters[j] ? summary(chapters[j]) : undefined);
  return { prev: at(i - 1), next: at(i + 1) };
}
