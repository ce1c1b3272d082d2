/**
 * Renders a social card to PNG: satori lays the card out and turns its text into SVG paths, sharp
 * (libvips and librsvg, already installed as Astro's image service) rasterises that SVG on libuv's
 * thread pool. The font is Inter (SIL Open Font License 1.1), read from the @fontsource/inter
 * package, so nothing is downloaded at build time. Both steps are deterministic: the same card
 * gives the same bytes on every build.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import satori, { type SatoriOptions } from 'satori';
import sharp from 'sharp';
import { CARD_FONT, cardTree, type SocialCard } from '../lib/social/card.ts';
import { SOCIAL_IMAGE_SIZE } from '../lib/social/share.ts';

/** Latin and Latin Extended (accented names), regular for the small text and bold for titles. */
const FONT_FILES = [
  { file: 'inter-latin-400-normal.woff', weight: 400 },
  { file: 'inter-latin-ext-400-normal.woff', weight: 400 },
  { file: 'inter-latin-700-normal.woff', weight: 700 },
  { file: 'inter-latin-ext-700-normal.woff', weight: 700 },
] as const;

let fonts: SatoriOptions['fonts'] | undefined;

/** Reads the font files once, resolved from the project root (the build's own chunks live elsewhere). */
function loadFonts(rootPath: string): SatoriOptions['fonts'] {
  const require = createRequire(join(rootPath, 'package.json'));
  return (fonts ??= FONT_FILES.map(({ file, weight }) => ({
    name: CARD_FONT,
    data: readFileSync(require.resolve(`@fontsource/inter/files/${file}`)),
    weight,
    style: 'normal' as const,
  })));
}

/** The card as a 1200×630 PNG. */
export async function renderCard(card: SocialCard, rootPath: string): Promise<Buffer> {
  const svg = await satori(cardTree(card), { ...SOCIAL_IMAGE_SIZE, fonts: loadFonts(rootPath) });
  return sharp(Buffer.from(svg)).png().toBuffer();
}
