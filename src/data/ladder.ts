/**
 * The career ladder for pages: the one the content check built (virtual:ladderbook/content), as a
 * `Ladder` object, in one language: the translation's texts over the source's structure. Level
 * pages also need the MDX entry for the narrative (the translation's when there is one).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import config from 'virtual:ladderbook/config';
import content from 'virtual:ladderbook/content';
import { createLadder } from '../lib/ladder/create-ladder.ts';
import { translateLadder } from '../lib/ladder/translate-ladder.ts';
import type { Ladder } from '../lib/ladder/types.ts';
import { localeByCode } from './i18n.ts';

const ladders = new Map<string, Ladder>();
let entries: Promise<Map<string, CollectionEntry<'levels'>>> | undefined;
let translatedEntries: Promise<Map<string, CollectionEntry<'levelTranslations'>>> | undefined;

/** The ladder in the language of locale `code` (the default when omitted). */
export async function getLadder(code = config.locales[0]!.code): Promise<Ladder> {
  let ladder = ladders.get(code);
  if (!ladder) ladders.set(code, (ladder = createLadder(translateLadder(content.ladder, content.translations[code]?.ladder))));
  return ladder;
}

/** A level's narrative to render: the translation's when there is one (`translated`), else the source's. */
export async function getLevelEntry(
  id: string,
  code = config.locales[0]!.code,
): Promise<{ entry: CollectionEntry<'levels'> | CollectionEntry<'levelTranslations'>; translated: boolean }> {
  entries ??= getCollection('levels').then((all) => new Map(all.map((e) => [e.id, e])));
  translatedEntries ??= getCollection('levelTranslations').then((all) => new Map(all.map((e) => [e.id, e])));
  const translation = content.translations[code]?.ladder.levels[id]?.file ? (await translatedEntries).get(`${code}/${id}`) : undefined;
  if (translation) return { entry: translation, translated: true };
  const entry = (await entries).get(id);
  if (!entry) throw new Error(`No level "${id}"`);
  return { entry, translated: code === config.locales[0]!.code };
}

/** `lang` and `dir` for an element holding text in another language than its page's; empty when it is the page's. */
export type TextLang = { lang?: string; dir?: 'ltr' | 'rtl' };

/** Where a locale's ladder shows the default language's text: which tracks, dimensions, activities and levels have no translation. */
export interface LadderLangs {
  track(id: string): TextLang;
  dimension(id: string): TextLang;
  activity(id: string): TextLang;
  level(id: string): TextLang;
}

/**
 * The language of each part of the ladder on a page in locale `code`: an element showing a
 * track, dimension, activity or level that has no translation in that locale spreads the result,
 * so its text is marked as the default language's (for screen readers, hyphenation and fonts).
 */
export function ladderLangs(code = config.locales[0]!.code): LadderLangs {
  const t = content.translations[code]?.ladder;
  const fallback = localeByCode();
  const own: TextLang = {};
  const other: TextLang = { lang: fallback.lang, dir: fallback.dir };
  const of = (translated: Record<string, unknown> | undefined) => (id: string) => (code === fallback.locale.code || translated?.[id] ? own : other);
  return { track: of(t?.tracks), dimension: of(t?.dimensions), activity: of(t?.activities), level: of(t?.levels) };
}
