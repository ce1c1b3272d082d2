/**
 * The social images the site has: the site-wide one, and one per level, chapter and quiz whose
 * kind is switched on in handbook.config.ts › socialImages; and, for every other language, one per
 * translated page whose card the font can write, in that language's folder (`og/de/levels/staff.png`).
 * src/pages/og/[...image].ts writes them; Base.astro points each page at its own.
 */
import config from 'virtual:ladderbook/config';
import { cardFontWrites, socialCard, type SocialCard } from '../lib/social/card.ts';
import { SITE_IMAGE, socialImagePath, type CardWords, type SharedPage } from '../lib/social/share.ts';
import { getChapters, getParts } from './chapters.ts';
import { allLocales, type PageLocale } from './i18n.ts';
import { getLadder, getLevelEntry } from './ladder.ts';
import { getQuizzes } from './quizzes.ts';
import { cachedCard, renderCard } from './render-card.ts';
import { socialImageCache, usedSocialImages } from '../lib/social/image-cache.ts';

/** The handbook's identity as the cards show it, in one language. */
const identity = (L: PageLocale) => ({ ...config, title: L.title, description: L.description, accent: config.colors.accent });

export interface SocialImage {
  /** Path inside the site: `og/levels/staff.png`. */
  path: string;
  card: SocialCard;
}

/** The words of a card in one language. */
export function cardWords({ t }: PageLocale): CardWords {
  return {
    track: (name) => t('share.track', { track: name }),
    chapter: t('common.kind.chapter'),
    quiz: (questions) => (questions ? t('share.quizQuestions', { count: questions }) : t('share.quiz')),
  };
}

/** The pages of one language that can have an image of their own (in another language, the translated ones), from the data their pages show. */
async function sharedPages(L: PageLocale): Promise<SharedPage[]> {
  const code = L.locale.code;
  const [ladder, parts, chapters, quizzes] = await Promise.all([getLadder(code), getParts(code), getChapters(code), config.features.quizzes ? getQuizzes(code) : []]);
  const partTitles = new Map(parts.map((p) => [p.id, p.title]));
  const levels = await Promise.all(ladder.levels.map(async (l) => ({ level: l, translated: (await getLevelEntry(l.id, code)).translated })));
  return [
    ...levels.filter((l) => l.translated).map(({ level: l }): SharedPage => ({ kind: 'level', id: l.id, title: l.title, code: l.code, track: ladder.track(l.track)?.name ?? l.track })),
    ...chapters.filter((c) => c.translated).map((c): SharedPage => ({ kind: 'chapter', id: c.id, title: c.title, part: partTitles.get(c.partId) })),
    ...quizzes.filter((q) => q.translated).map((q): SharedPage => ({ kind: 'quiz', id: q.id, title: q.title, questions: q.questions.length })),
  ];
}

let images: Promise<SocialImage[]> | undefined;

/** Every image to write: the site-wide one first, then the pages' own, language by language. */
export function getSocialImages(): Promise<SocialImage[]> {
  return (images ??= Promise.all(
    allLocales().map(async (L) =>
      (await sharedPages(L))
        .map((page) => ({ path: socialImagePath(page, config.socialImages, L.isDefault ? undefined : L.locale.code), card: socialCard(page, identity(L), cardWords(L)) }))
        .filter((image) => image.path !== SITE_IMAGE && (L.isDefault || cardFontWrites(image.card))),
    ),
  ).then((perLocale) => [{ path: SITE_IMAGE, card: socialCard(undefined, identity(allLocales()[0]!), cardWords(allLocales()[0]!)) }, ...perLocale.flat()]));
}

let imagePaths: Promise<Set<string>> | undefined;

/** The image a page of language `L` shows: its own in its language, else the default language's, else the site-wide one. */
export async function socialImageOf(page: SharedPage | undefined, L: PageLocale): Promise<string> {
  // One set for the whole build, not one per page: every page asks (n² at 10,000 chapters otherwise).
  const paths = await (imagePaths ??= getSocialImages().then((list) => new Set(list.map((image) => image.path))));
  const own = socialImagePath(page, config.socialImages, L.isDefault ? undefined : L.locale.code);
  if (paths.has(own)) return own;
  const fallback = socialImagePath(page, config.socialImages);
  return paths.has(fallback) ? fallback : SITE_IMAGE;
}

/**
 * How many images ahead of the one Astro asks for are rendered meanwhile. Astro writes pages one
 * at a time; the PNG step runs on libuv's threads while the layout of the next card runs here, so
 * working ahead keeps both cores busy (measured at 1,000 chapters: see the README's Performance).
 */
const AHEAD = 3;
const started = new Map<string, Promise<Buffer>>();
/** Where each image is in the list (looked up once per image, so not a search). */
let positions: Map<string, number> | undefined;

/** The PNG of one image (by its path), starting the next few in the list while it waits. */
export async function renderSocialImage(path: string): Promise<Buffer> {
  const list = await getSocialImages();
  positions ??= new Map(list.map((image, i) => [image.path, i]));
  const at = positions.get(path) ?? -1;
  if (at < 0) throw new Error(`No social image "${path}"`);
  for (const image of import.meta.env.DEV ? [list[at]!] : list.slice(at, at + 1 + AHEAD)) {
    if (started.has(image.path)) continue;
    const png = config.cachePath
      ? cachedCard(image.card, config.rootPath, socialImageCache(config.cachePath)).then(({ png, key }) => {
          usedSocialImages().add(key);
          return png;
        })
      : renderCard(image.card, config.rootPath);
    // A failure surfaces when its own page is written; until then it must not count as unhandled.
    png.catch(() => undefined);
    started.set(image.path, png);
  }
  const png = started.get(path)!;
  started.delete(path);
  return png;
}
