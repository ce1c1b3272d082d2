/**
 * The social images the site has: the site-wide one, and one per level, chapter and quiz whose
 * kind is switched on in handbook.config.ts › socialImages. src/pages/og/[...image].ts writes them.
 */
import config from 'virtual:ladderbook/config';
import content from 'virtual:ladderbook/content';
import { socialCard, type SocialCard } from '../lib/social/card.ts';
import { SITE_IMAGE, socialImagePath, type SharedPage } from '../lib/social/share.ts';
import { getLadder } from './ladder.ts';
import { renderCard } from './render-card.ts';

/** The handbook's identity as the cards show it. */
const identity = { ...config, accent: config.colors.accent };

export interface SocialImage {
  /** Path inside the site: `og/levels/staff.png`. */
  path: string;
  card: SocialCard;
}

/** The pages that can have an image of their own, from the same data their pages show. */
async function sharedPages(): Promise<SharedPage[]> {
  const ladder = await getLadder();
  const partTitles = new Map(content.parts.map((p) => [p.id, p.title]));
  return [
    ...ladder.levels.map((l): SharedPage => ({ kind: 'level', id: l.id, title: l.title, code: l.code, track: ladder.track(l.track)?.name ?? l.track })),
    ...content.chapters
      .filter((c) => !c.draft)
      .map((c): SharedPage => ({ kind: 'chapter', id: c.id, title: c.title, part: partTitles.get(c.partId) })),
    ...(config.features.quizzes ? content.quizzes.map((q): SharedPage => ({ kind: 'quiz', id: q.id, title: q.title, questions: q.questions.length })) : []),
  ];
}

let images: Promise<SocialImage[]> | undefined;

/** Every image to write: the site-wide one first, then the pages' own. */
export function getSocialImages(): Promise<SocialImage[]> {
  return (images ??= sharedPages().then((pages) => [
    { path: SITE_IMAGE, card: socialCard(undefined, identity) },
    ...pages
      .map((page) => ({ path: socialImagePath(page, config.socialImages), card: socialCard(page, identity) }))
      .filter((image) => image.path !== SITE_IMAGE),
  ]));
}

/**
 * How many images ahead of the one Astro asks for are rendered meanwhile. Astro writes pages one
 * at a time; the PNG step runs on libuv's threads while the layout of the next card runs here, so
 * working ahead keeps both cores busy (measured at 1,000 chapters: see the README's Performance).
 */
const AHEAD = 3;
const started = new Map<string, Promise<Buffer>>();

/** The PNG of one image (by its path), starting the next few in the list while it waits. */
export async function renderSocialImage(path: string): Promise<Buffer> {
  const list = await getSocialImages();
  const at = list.findIndex((image) => image.path === path);
  if (at < 0) throw new Error(`No social image "${path}"`);
  for (const image of import.meta.env.DEV ? [list[at]!] : list.slice(at, at + 1 + AHEAD)) {
    if (started.has(image.path)) continue;
    const png = renderCard(image.card, config.rootPath);
    // A failure surfaces when its own page is written; until then it must not count as unhandled.
    png.catch(() => undefined);
    started.set(image.path, png);
  }
  const png = started.get(path)!;
  started.delete(path);
  return png;
}
