/**
 * What a page shows when its link is pasted into a chat, an issue or a post: the Open Graph and
 * Twitter card tags, and which social image it points at. Pure: the layout passes what the page
 * knows (its kind, title, and for a level its code and track) and the handbook's identity.
 */
import { pathFor } from '../links/content-ref.ts';

/** The kinds of page that can have a social image of their own (handbook.config.ts › socialImages). */
export const SOCIAL_IMAGE_KINDS = ['levels', 'chapters', 'quizzes'] as const;
export type SocialImageKind = (typeof SOCIAL_IMAGE_KINDS)[number];
/** Which kinds get their own image; the others show the site-wide one. */
export type SocialImageSwitches = Readonly<Record<SocialImageKind, boolean>>;

/** Social images are 1200×630, the size Open Graph consumers crop the least. */
export const SOCIAL_IMAGE_SIZE = { width: 1200, height: 630 } as const;

/** Folder of the social images inside the site. */
export const SOCIAL_IMAGE_DIR = 'og';
/** The site-wide image: every page without one of its own shows it. */
export const SITE_IMAGE = `${SOCIAL_IMAGE_DIR}/site.png`;

/** What a shareable page tells the layout about itself. Other pages pass nothing. */
export type SharedPage =
  | { kind: 'level'; id: string; title: string; code: string; track: string }
  | { kind: 'chapter'; id: string; title: string; part?: string | undefined }
  | { kind: 'quiz'; id: string; title: string; questions?: number | undefined };

const KIND_SWITCH = { level: 'levels', chapter: 'chapters', quiz: 'quizzes' } as const satisfies Record<SharedPage['kind'], SocialImageKind>;

/** The words around a page's own texts on its card and in the card's alt text, in the page's language. */
export interface CardWords {
  /** A level's track: "Individual contributor track". */
  track(name: string): string;
  /** Above a chapter that has no part. */
  chapter: string;
  /** What a quiz is, with its length when known: "Checkpoint quiz · 6 questions". */
  quiz(questions: number | undefined): string;
}

/**
 * The page's social image, as a path inside the site (`og/levels/staff.png`): its own when its
 * kind is switched on, the site-wide one otherwise; in a language's folder (`og/de/levels/staff.png`)
 * for a translated page's card. The image endpoint writes exactly these paths.
 */
export function socialImagePath(page: Pick<SharedPage, 'kind' | 'id'> | undefined, switches: SocialImageSwitches, language?: string): string {
  if (!page || !switches[KIND_SWITCH[page.kind]]) return SITE_IMAGE;
  return `${SOCIAL_IMAGE_DIR}/${language ? `${language}/` : ''}${KIND_SWITCH[page.kind]}/${page.id}.png`;
}

/** An absolute URL on the site: `absoluteUrl('https://x.org', '/handbook/', 'og/site.png')`. */
export function absoluteUrl(site: string, base: string, path: string): string {
  return new URL(pathFor(base, path), site).href;
}

/** One `<meta>` tag: Open Graph tags use `property`, Twitter's use `name`. */
export type MetaTag = { property: string; content: string } | { name: string; content: string };

export interface ShareInput {
  /** The handbook's identity (handbook.config.ts). */
  site: string;
  base: string;
  siteTitle: string;
  /** The page's URL path, base included (`/handbook/ladder/staff/`); undefined on the 404 page, which has no URL of its own. */
  pathname: string | undefined;
  /** The page's own title, without the handbook's name. */
  title: string;
  description: string;
  page?: SharedPage | undefined;
  /** The page's own image, when it has one (`socialImagePath`); the site-wide one otherwise. */
  image: string;
  words: CardWords;
}

/**
 * The tags, in the order they are written. Chapters, levels and quizzes are `article`s; the rest
 * (home, listings, comparisons, parts) are `website`. No `twitter:image`, `twitter:title` …:
 * Twitter/X reads the `og:` tags, so repeating them would only add bytes to every page.
 */
export function shareTags(input: ShareInput): MetaTag[] {
  const image = input.image;
  const tags: MetaTag[] = [
    { property: 'og:type', content: input.page ? 'article' : 'website' },
    { property: 'og:site_name', content: input.siteTitle },
    { property: 'og:title', content: input.title },
    { property: 'og:description', content: input.description },
  ];
  if (input.pathname !== undefined) tags.push({ property: 'og:url', content: new URL(input.pathname, input.site).href });
  tags.push(
    { property: 'og:image', content: absoluteUrl(input.site, input.base, image) },
    { property: 'og:image:width', content: String(SOCIAL_IMAGE_SIZE.width) },
    { property: 'og:image:height', content: String(SOCIAL_IMAGE_SIZE.height) },
    { property: 'og:image:alt', content: imageAlt(input, image) },
    { name: 'twitter:card', content: 'summary_large_image' },
  );
  return tags;
}

/** What the image says, for people who cannot see it. */
function imageAlt(input: ShareInput, image: string): string {
  const page = input.page;
  if (!page || image === SITE_IMAGE) return input.siteTitle;
  if (page.kind === 'level') return `${page.title} (${page.code}), ${input.words.track(page.track)} · ${input.siteTitle}`;
  return `${page.title} · ${input.siteTitle}`;
}
