/**
 * The social image of a page as data: what text goes on it (`socialCard`) and how it is laid out
 * (`cardTree`, an element tree in the shape satori reads, so no JSX or React is needed). Pure; the
 * rendering to PNG is src/data/social-images.ts.
 */
import type { CardWords, SharedPage } from './share.ts';
import { SOCIAL_IMAGE_SIZE } from './share.ts';

/** The handbook's identity, as far as a card shows it. */
export interface CardIdentity {
  title: string;
  organisation: string;
  description: string;
  /** The light theme's accent (a validated `#rrggbb`). */
  accent: string;
  site: string;
  base: string;
}

/** The text and colour of one social image. */
export interface SocialCard {
  /** The handbook's title, top left in the accent colour. */
  handbook: string;
  accent: string;
  /** A level's code, shown in an accent badge before the kicker. */
  badge?: string | undefined;
  /** The short line above the title: a level's track, a chapter's part, what a quiz is. */
  kicker: string;
  title: string;
  /** A paragraph under the title (the site-wide card's description). */
  detail?: string | undefined;
  /** Where the handbook lives, without the scheme: `ladderbook.example.org/handbook`. */
  address: string;
}

/** The card for a page (or, without one, the site-wide card), worded in the page's language. */
export function socialCard(page: SharedPage | undefined, identity: CardIdentity, words: CardWords): SocialCard {
  const common = { handbook: identity.title, accent: identity.accent, address: siteAddress(identity.site, identity.base) };
  if (!page) return { ...common, kicker: identity.organisation, title: identity.title, detail: identity.description };
  switch (page.kind) {
    case 'level':
      return { ...common, badge: page.code, kicker: words.track(page.track), title: page.title };
    case 'chapter':
      return { ...common, kicker: page.part ?? words.chapter, title: page.title };
    case 'quiz':
      return { ...common, kicker: words.quiz(page.questions), title: page.title };
  }
}

/** `https://x.org` + `/handbook/` → `x.org/handbook`. */
export function siteAddress(site: string, base: string): string {
  const url = new URL(base, site);
  return `${url.host}${url.pathname.replace(/\/+$/, '')}`;
}

/**
 * The title's font size in px: large for short titles, smaller for long ones, so that most titles
 * fit in three lines of the 1040 px text column (longer ones end in an ellipsis).
 */
export function titleSize(title: string, hasDetail = false): number {
  const length = [...title].length;
  if (hasDetail) return length <= 24 ? 80 : 64;
  if (length <= 28) return 88;
  if (length <= 48) return 76;
  if (length <= 72) return 64;
  return 56;
}

/** An element in satori's shape: `{ type, props: { style, children } }`. */
export interface CardNode {
  type: 'div';
  props: { style: Record<string, string | number>; children?: string | CardNode | (string | CardNode)[] };
}

const div = (style: Record<string, string | number>, children?: CardNode['props']['children']): CardNode => ({
  type: 'div',
  props: children === undefined ? { style } : { style, children },
});

/** The font family the renderer registers (Inter, from @fontsource/inter). */
export const CARD_FONT = 'Inter';

const INK = '#111827';
const MUTED = '#4b5563';
const PAD_X = 80;

/**
 * Clamps text to `lines` lines with an ellipsis. Satori cuts the text itself; `overflow: hidden`
 * would add a mask per box, which makes rasterising several times slower.
 */
const clamp = (lines: number) => ({ display: 'block', lineClamp: lines });

/**
 * The layout: a band of the accent colour across the top, the handbook's title, then the kicker
 * (with a level's code in a badge), the page title as large as fits, and the address at the foot.
 */
export function cardTree(card: SocialCard): CardNode {
  const size = titleSize(card.title, card.detail !== undefined);
  const kicker = div({ display: 'flex', alignItems: 'center', fontSize: 32, color: MUTED, marginBottom: 20 }, [
    ...(card.badge
      ? [div({ display: 'flex', background: card.accent, color: '#ffffff', fontWeight: 700, borderRadius: 12, padding: '6px 18px', marginRight: 20 }, card.badge)]
      : []),
    div({ ...clamp(1), maxWidth: 1040 - (card.badge ? 240 : 0) }, card.kicker),
  ]);
  const main = div({ display: 'flex', flexDirection: 'column', flexGrow: 1, justifyContent: 'center' }, [
    kicker,
    div({ ...clamp(card.detail === undefined ? 3 : 2), fontSize: size, fontWeight: 700, color: INK, lineHeight: 1.12, letterSpacing: '-0.02em' }, card.title),
    ...(card.detail ? [div({ ...clamp(3), fontSize: 32, color: MUTED, lineHeight: 1.4, marginTop: 24 }, card.detail)] : []),
  ]);
  // The size goes on an outer box without padding: satori sizes boxes as content-box, so padding
  // on the sized box would push the foot off the image.
  const body = div({ display: 'flex', flexDirection: 'column', flexGrow: 1, padding: `44px ${PAD_X}px 48px` }, [
    div({ ...clamp(1), fontSize: 34, fontWeight: 700, color: card.accent }, card.handbook),
    main,
    div({ ...clamp(1), fontSize: 26, color: MUTED }, card.address),
  ]);
  // The accent band is a box of its own, not a border: satori draws borders with clip paths and
  // masks, which are slow to rasterise.
  return div(
    { display: 'flex', flexDirection: 'column', width: SOCIAL_IMAGE_SIZE.width, height: SOCIAL_IMAGE_SIZE.height, background: '#ffffff', fontFamily: CARD_FONT },
    [div({ display: 'flex', height: 20, background: card.accent }), body],
  );
}

/**
 * Whether the card font (Inter: Latin, Greek, Cyrillic) can write every text of a card. A card in
 * a script it lacks (Arabic, Hebrew, Chinese …) would show empty boxes, so such a page shows the
 * card of the default language instead.
 */
export function cardFontWrites(card: SocialCard): boolean {
  const text = [card.handbook, card.badge ?? '', card.kicker, card.title, card.detail ?? '', card.address].join(' ');
  return /^[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Script=Common}\p{Script=Inherited}]*$/u.test(text);
}
