/**
 * Renders a social card to PNG: satori lays the card out and turns its text into SVG paths, sharp
 * (libvips and librsvg, already installed as Astro's image service) rasterises that SVG on libuv's
 * thread pool. The font is Inter (SIL Open Font License 1.1), read from the @fontsource/inter
 * package, so nothing is downloaded at build time. Both steps are deterministic: the same card
 * gives the same bytes on every build.
 *
 * Rendered images are kept in a cache folder (`<Astro's cacheDir>/social-images/`, by default
 * node_modules/.astro/social-images/), named by a hash of everything that decides their bytes:
 * the laid-out card (text, colours, layout), the fonts, and the satori, sharp and libvips
 * versions. A rebuild, and every build after the first on a machine that keeps that folder, reads
 * unchanged images instead of drawing them again (about 22 ms of CPU each); a card whose text or
 * layout changed gets a new name, so a stale image is never served.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
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

/** sharp's PNG settings: its defaults, written out because they are part of the cache key. */
const PNG_OPTIONS = { compressionLevel: 6, adaptiveFiltering: false } as const;

interface Renderer {
  fonts: SatoriOptions['fonts'];
  /** Hashes the fonts, the renderers' versions and the PNG settings: the part of every key that is the same for all cards. */
  version: string;
}

let renderer: Renderer | undefined;

/** Reads the font files and versions once, resolved from the project root (the build's own chunks live elsewhere). */
function loadRenderer(rootPath: string): Renderer {
  if (renderer) return renderer;
  const require = createRequire(join(rootPath, 'package.json'));
  const fonts = FONT_FILES.map(({ file, weight }) => ({
    name: CARD_FONT,
    data: readFileSync(require.resolve(`@fontsource/inter/files/${file}`)),
    weight,
    style: 'normal' as const,
  }));
  const version = createHash('sha256');
  for (const font of fonts) version.update(font.data);
  const satoriVersion = (JSON.parse(readFileSync(require.resolve('satori/package.json'), 'utf8')) as { version: string }).version;
  // sharp.versions names sharp itself and every library it draws with (libvips, librsvg, libpng, zlib …).
  version.update(JSON.stringify({ satori: satoriVersion, sharp: sharp.versions, png: PNG_OPTIONS, size: SOCIAL_IMAGE_SIZE }));
  return (renderer = { fonts, version: version.digest('hex') });
}

/** The cache file name of a card: a hash of its laid-out tree and the renderer. */
export function cardKey(card: SocialCard, rootPath: string): string {
  return createHash('sha256').update(loadRenderer(rootPath).version).update(JSON.stringify(cardTree(card))).digest('hex').slice(0, 32);
}

/** The card as a 1200×630 PNG, drawn afresh. */
export async function renderCard(card: SocialCard, rootPath: string): Promise<Buffer> {
  const svg = await satori(cardTree(card), { ...SOCIAL_IMAGE_SIZE, fonts: loadRenderer(rootPath).fonts });
  return sharp(Buffer.from(svg)).png(PNG_OPTIONS).toBuffer();
}

/**
 * The card as a PNG from the cache folder when it holds it, otherwise drawn and stored there
 * (written under a temporary name and renamed, so a build that stops half-way leaves no broken file).
 */
export async function cachedCard(card: SocialCard, rootPath: string, cacheDir: string): Promise<{ png: Buffer; key: string; cached: boolean }> {
  const key = cardKey(card, rootPath);
  const file = join(cacheDir, `${key}.png`);
  try {
    return { png: readFileSync(file), key, cached: true };
  } catch {
    const png = await renderCard(card, rootPath);
    mkdirSync(cacheDir, { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, png);
    renameSync(temporary, file);
    return { png, key, cached: false };
  }
}
