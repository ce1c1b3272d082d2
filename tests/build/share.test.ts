/**
 * Pages that share well, on the built default handbook (base /handbook/) and the fork fixture
 * (base /acme-ladder/, its own title and colour): link-preview tags with absolute URLs under the
 * base, a 1200×630 PNG per level, chapter and quiz, the sitemap and robots.txt, and the link check
 * noticing a missing image.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { readDist } from '../../scripts/check-dist.ts';
import { checkDistLinks, formatBrokenLinks } from '../../src/lib/check/dist-links.ts';
import { DEFAULT_SITE, FORK_SITE, siteDir } from '../support/sites.ts';
import { readPage } from '../support/html.ts';

const SITES = [
  { spec: DEFAULT_SITE, origin: 'https://ladderbook.example.org', title: 'Ladderbook', accent: '#2f54c9', level: 'staff', languages: ['de'] },
  { spec: FORK_SITE, origin: 'https://acme-robotics.github.io', title: 'Acme Engineering Ladder', accent: '#0b7a5a', level: 'reliability-engineer', languages: [] },
] as const;

/** A page's path as in the default language: without a language's folder (`de/ladder/staff/index.html` → `ladder/staff/index.html`). */
const inDefault = (file: string, languages: readonly string[]) => languages.reduce((f, code) => (f.startsWith(`${code}/`) ? f.slice(code.length + 1) : f), file);

/** `property`/`name` → content of every link-preview tag in a page's head. */
function shareTags(html: string): Record<string, string> {
  const head = html.slice(0, html.indexOf('</head>'));
  const tags = [...head.matchAll(/<meta (?:property|name)="((?:og|twitter):[^"]+)" content="([^"]*)"/g)];
  return Object.fromEntries(tags.map((m) => [m[1]!, m[2]!.replace(/&amp;/g, '&').replace(/&#39;|&#x27;/g, "'").replace(/&quot;/g, '"')]));
}

/** Width and height from a PNG's header; throws when the file is not a PNG. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  if (!bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) throw new Error(`${file} is not a PNG`);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The file behind an absolute URL of the site. */
function fileOf(dir: string, origin: string, base: string, url: string): string {
  const prefix = `${origin}${base}`;
  if (!url.startsWith(prefix)) throw new Error(`${url} is not under ${prefix}`);
  return join(dir, url.slice(prefix.length));
}

/** The colour of one pixel, as `#rrggbb`. */
async function pixel(file: string, x: number, y: number): Promise<string> {
  const { data, info } = await sharp(file).raw().toBuffer({ resolveWithObject: true });
  const at = (y * info.width + x) * info.channels;
  return `#${[...data.subarray(at, at + 3)].map((c) => c.toString(16).padStart(2, '0')).join('')}`;
}

const htmlPages = (dir: string) =>
  readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.html'))
    .map((f) => f.split('\\').join('/'));

describe.each(SITES)('$spec.name site: link previews', ({ spec, origin, title, accent, level, languages }) => {
  const dir = siteDir(spec);
  const base = spec.base;

  it('a level page has every tag, with absolute URLs under the base, and its own image', () => {
    const tags = shareTags(readPage(dir, `ladder/${level}/`));
    expect(tags).toMatchObject({
      'og:type': 'article',
      'og:site_name': title,
      'og:url': `${origin}${base}ladder/${level}/`,
      'og:image': `${origin}${base}og/levels/${level}.png`,
      'og:image:width': '1200',
      'og:image:height': '630',
      'twitter:card': 'summary_large_image',
    });
    expect(tags['og:title']).toBeTruthy();
    expect(tags['og:description']).toBeTruthy();
    expect(tags['og:image:alt']).toMatch(new RegExp(`\\(.+\\), .+ track · ${title}$`));
  });

  it('the image is a 1200×630 PNG with the accent band at the top in the handbook\'s colour', async () => {
    const file = fileOf(dir, origin, base, shareTags(readPage(dir, `ladder/${level}/`))['og:image']!);
    expect(pngSize(file)).toEqual({ width: 1200, height: 630 });
    expect(await pixel(file, 600, 8)).toBe(accent);
    expect(await pixel(file, 1190, 320)).toBe('#ffffff');
  });

  it('every page but the 404 has the tags; og:url is its canonical URL; chapters, levels and quizzes are articles with their own image', () => {
    const problems: string[] = [];
    const images = new Set<string>();
    for (const file of htmlPages(dir)) {
      const html = readFileSync(join(dir, file), 'utf8');
      const tags = shareTags(html);
      const missing = ['og:type', 'og:site_name', 'og:title', 'og:description', 'og:image', 'twitter:card'].filter((t) => !tags[t]);
      if (file === '404.html') {
        if (tags['og:url']) problems.push('404.html: has og:url');
      } else {
        if (!tags['og:url']) missing.push('og:url');
        const canonical = html.match(/<link rel="canonical" href="([^"]+)"/)?.[1];
        if (tags['og:url'] !== canonical) problems.push(`${file}: og:url ${tags['og:url']} is not the canonical ${canonical}`);
      }
      if (missing.length) problems.push(`${file}: no ${missing.join(', ')}`);
      const own = /^(ladder\/(?!compare\/|changes\/)[^/]+|chapters\/[^/]+\/[^/]+|quizzes\/[^/]+)\/index\.html$/.test(inDefault(file, languages));
      const expectedType = own ? 'article' : 'website';
      if (tags['og:type'] !== expectedType) problems.push(`${file}: og:type ${tags['og:type']}, expected ${expectedType}`);
      const image = tags['og:image'] ?? '';
      if (own && image.endsWith('/og/site.png')) problems.push(`${file}: shows the site-wide image`);
      if (!own && !image.endsWith('/og/site.png')) problems.push(`${file}: shows ${image}`);
      if (!existsSync(fileOf(dir, origin, base, image))) problems.push(`${file}: ${image} does not exist`);
      images.add(image);
    }
    expect(problems).toEqual([]);
    // One image per level, chapter and quiz page, plus the site-wide one, and no image without a page.
    const written = readdirSync(join(dir, 'og'), { recursive: true }).map(String).filter((f) => f.endsWith('.png'));
    expect(written.map((f) => `${origin}${base}og/${f.split('\\').join('/')}`).sort()).toEqual([...images].sort());
  });
});

describe.each(SITES)('$spec.name site: sitemap and robots.txt', ({ spec, origin, languages }) => {
  const dir = siteDir(spec);
  const base = spec.base;

  /** Every URL in the sitemap files the index names. */
  function sitemapUrls(): string[] {
    const index = readFileSync(join(dir, 'sitemap-index.xml'), 'utf8');
    const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(sitemaps.length).toBeGreaterThan(0);
    return sitemaps.flatMap((url) => [...readFileSync(fileOf(dir, origin, base, url), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!));
  }

  it('lists exactly the public pages, under the base path', () => {
    // Derived from the built files: every page, less those that are not for sharing, in every
    // language, and less those whose canonical URL is another page's (shown in the default language).
    const leftOut = /^(404\.html|search\/index\.html|print\/index\.html|progress\/index\.html|review\/index\.html|quizzes\/[^/]+\/worksheet\/index\.html|ladder\/[^/]+\/packet\/index\.html)$/;
    const pages = htmlPages(dir)
      .filter((f) => !leftOut.test(inDefault(f, languages)))
      .map((f) => ({ url: `${origin}${base}${f.replace(/index\.html$/, '')}`, canonical: readFileSync(join(dir, f), 'utf8').match(/<link rel="canonical" href="([^"]+)"/)?.[1] }))
      .filter((page) => page.canonical === page.url)
      .map((page) => page.url);
    expect(pages.length).toBeGreaterThan(40);
    expect(sitemapUrls().sort()).toEqual(pages.sort());
  });

  it('robots.txt names the sitemap by its absolute URL under the base', () => {
    const robots = readFileSync(join(dir, 'robots.txt'), 'utf8');
    const sitemap = robots.match(/^Sitemap: (\S+)$/m)?.[1];
    expect(sitemap).toBe(`${origin}${base}sitemap-index.xml`);
    expect(existsSync(fileOf(dir, origin, base, sitemap!))).toBe(true);
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).not.toMatch(/^Disallow: \//m);
  });
});

describe('the built-site link check covers the social images', () => {
  it('reports a level page whose image file is missing', async () => {
    const dir = siteDir(DEFAULT_SITE);
    const { files, pages } = await readDist(dir);
    files.delete('og/levels/staff.png');
    const broken = checkDistLinks({ pages, files, base: DEFAULT_SITE.base, site: 'https://ladderbook.example.org' });
    expect(formatBrokenLinks(broken)).toBe(
      '1 broken link on 1 page:\n  /handbook/ladder/staff/ › og:image="https://ladderbook.example.org/handbook/og/levels/staff.png": no file at /handbook/og/levels/staff.png',
    );
  });
});
