/**
 * The check over the built site: every internal `href`, `src`, `srcset`, `poster`, form
 * `action` and link-preview `<meta>` URL (`og:image`, `og:url` …) in the output folder must lead
 * to a file (or a folder's index.html) under the base path, and every `#anchor` to an element id
 * on the target page. Pure: the caller reads the
 * folder (scripts/check-dist.ts) and passes the pages and the list of files.
 *
 * Why after the build as well as before it: the content check proves the links authors write;
 * this proves the links the templates write (navigation, breadcrumbs, charts, search), and that
 * none of them forgets the base path a GitHub Pages project site is served under.
 */
import { plural } from '../shared/plural.ts';
import { closest } from '../errors.ts';
import { parseContentRef } from '../links/content-ref.ts';

/** One built HTML page. */
export interface BuiltPage {
  /** Path inside the output folder, with `/` separators (`chapters/mentorship/feedback/index.html`). */
  file: string;
  html: string;
}

/** What the check needs to know about a built site. */
export interface DistSite {
  /** Every HTML page of the site. */
  pages: readonly BuiltPage[];
  /** Every file in the output folder, relative to it, with `/` separators (pages included). */
  files: ReadonlySet<string>;
  /** The base path the site is served under: `/` or `/handbook/`. */
  base: string;
  /** The site's origin (`https://handbook.example.org`): absolute URLs on it are checked too. */
  site?: string | undefined;
}

/** A link in the built site that leads nowhere. */
export interface BrokenLink {
  /** The page it is on, as a file in the output folder. */
  page: string;
  /** The page it is on, as a URL path (`/handbook/chapters/x/`). */
  pageUrl: string;
  /** The attribute holding it (`href`, `src`, `srcset` …), or the name of a `<meta>` tag (`og:image`). */
  attribute: string;
  /** The link exactly as written in the page. */
  link: string;
  /** What is wrong, in one sentence. */
  reason: string;
  /** How to fix it, when there is something specific to say. */
  hint?: string;
}

/** Attributes that hold a URL (srcset holds several). */
const URL_ATTRIBUTES = new Set(['href', 'src', 'srcset', 'poster', 'action', 'formaction', 'data', 'xlink:href']);

/**
 * `<meta>` tags whose `content` is a URL of the site: the page's own address and its social image
 * for link previews. A preview with a missing image shows a bare link, so these are checked too;
 * the attribute reported is the tag's name (`og:image`).
 */
const URL_META = new Set(['og:url', 'og:image', 'og:image:url', 'og:image:secure_url', 'twitter:image', 'twitter:image:src']);

/** Anchors every browser understands without a matching element: `#` and `#top` scroll to the top. */
const IMPLICIT_ANCHORS = new Set(['', 'top']);

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** A URL found in a page, with the attribute it came from. */
export interface FoundLink {
  attribute: string;
  value: string;
}

/** What one page links to and which anchors it offers. */
export interface ScannedPage {
  links: FoundLink[];
  /** Every `id` (and legacy `<a name>`) on the page. */
  ids: Set<string>;
}

/**
 * Reads the links and ids out of HTML without a parser dependency: Astro writes well-formed
 * markup, so a tag scanner that skips comments and the bodies of `<script>` and `<style>` is
 * enough. Attribute values are entity-decoded.
 */
export function scanHtml(html: string): ScannedPage {
  const links: FoundLink[] = [];
  const ids = new Set<string>();
  const tag = /<!--[\s\S]*?-->|<(script|style|textarea)\b((?:[^>"']|"[^"]*"|'[^']*')*)>[\s\S]*?<\/\1\s*>|<([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/gi;
  for (const match of html.matchAll(tag)) {
    const name = (match[1] ?? match[3] ?? '').toLowerCase();
    if (!name) continue;
    const attributes = parseAttributes(match[2] ?? match[4] ?? '');
    if (name === 'meta') {
      const meta = new Map(attributes);
      const kind = (meta.get('property') ?? meta.get('name'))?.toLowerCase();
      const content = meta.get('content');
      if (kind && content !== undefined && URL_META.has(kind)) links.push({ attribute: kind, value: content });
      continue;
    }
    for (const [key, value] of attributes) {
      if (key === 'id' || (key === 'name' && name === 'a')) ids.add(value);
      else if (URL_ATTRIBUTES.has(key)) {
        if (key === 'srcset') for (const url of srcsetUrls(value)) links.push({ attribute: key, value: url });
        else links.push({ attribute: key, value });
      }
    }
  }
  return { links, ids };
}

function parseAttributes(source: string): [string, string][] {
  const out: [string, string][] = [];
  const attribute = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
  for (const m of source.matchAll(attribute)) {
    out.push([m[1]!.toLowerCase(), decodeEntities(m[2] ?? m[3] ?? m[4] ?? '')]);
  }
  return out;
}

/** `a.webp 400w, b.webp 800w` → the URLs. */
function srcsetUrls(value: string): string[] {
  return value
    .split(/,\s+|,(?=\S)/)
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter(Boolean);
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
  });
}

/** `a/b/index.html` → `<base>a/b/`; `404.html` → `<base>404.html`. */
export function pageUrlOf(file: string, base: string): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  if (file === 'index.html') return prefix;
  if (file.endsWith('/index.html')) return prefix + file.slice(0, -'index.html'.length);
  return prefix + file;
}

/** Checks every link of every page; returns the broken ones in page order (empty = all resolve). */
export function checkDistLinks(site: DistSite): BrokenLink[] {
  const base = site.base.endsWith('/') ? site.base : `${site.base}/`;
  const origin = site.site ? new URL(site.site).origin : undefined;
  const scanned = new Map(site.pages.map((page) => [page.file, scanHtml(page.html)] as const));
  const broken: BrokenLink[] = [];
  for (const page of site.pages) {
    const pageUrl = pageUrlOf(page.file, base);
    for (const link of scanned.get(page.file)!.links) {
      const problem = checkLink(link.value, { page: page.file, pageUrl, base, origin, files: site.files, scanned });
      if (problem) broken.push({ page: page.file, pageUrl, attribute: link.attribute, link: link.value, ...problem });
    }
  }
  return broken;
}

interface LinkContext {
  page: string;
  pageUrl: string;
  base: string;
  origin: string | undefined;
  files: ReadonlySet<string>;
  scanned: ReadonlyMap<string, ScannedPage>;
}

type Verdict = { reason: string; hint?: string } | undefined;

const INTERNAL = 'http://ladderbook.invalid';

function checkLink(raw: string, ctx: LinkContext): Verdict {
  const value = raw.trim();
  if (value === '') return undefined;
  let url: URL;
  if (parseContentRef(value)) {
    return {
      reason: 'a link by content id reached the page unresolved',
      hint: 'render content links through ContentLink (MDX) or renderMarkdown (YAML text), which resolve them',
    };
  }
  if (SCHEME.test(value) || value.startsWith('//')) {
    // External, unless it points at the site itself (canonical links, feeds).
    const absolute = new URL(value, 'https://external.invalid');
    if (!ctx.origin || absolute.origin !== ctx.origin) return undefined;
    url = absolute;
  } else {
    if (ctx.page === '404.html' && !value.startsWith('/') && !value.startsWith('#')) {
      return {
        reason: 'relative link on the 404 page, which is served at every missing URL',
        hint: 'write it from the root with the base path (pathFor(config.base, …))',
      };
    }
    url = new URL(value, INTERNAL + ctx.pageUrl);
  }
  const anchor = safeDecode(url.hash.slice(1));
  const path = safeDecode(url.pathname);

  if (!path.startsWith(ctx.base)) {
    return {
      reason: `leads outside the base path ${ctx.base}`,
      hint: `build internal URLs from the base (pathFor/urlFor in src/lib/links), or link by content id in content`,
    };
  }
  const rest = path.slice(ctx.base.length);
  let target: string;
  if (rest === '' || rest.endsWith('/')) {
    target = `${rest}index.html`;
    if (!ctx.files.has(target)) return { reason: `no page at ${path}` };
  } else if (ctx.files.has(rest)) {
    target = rest;
  } else if (ctx.files.has(`${rest}/index.html`)) {
    return { reason: `${path} is a folder written without its trailing slash`, hint: `write ${path}/ (the site uses trailing slashes; some hosts answer 404 without it)` };
  } else {
    return { reason: `no file at ${path}` };
  }

  if (IMPLICIT_ANCHORS.has(anchor)) return undefined;
  const page = ctx.scanned.get(target);
  if (!page) return undefined; // not an HTML page (a JSON file, an image): nothing to anchor to
  if (page.ids.has(anchor)) return undefined;
  const where = target === ctx.page ? 'this page' : path;
  return { reason: `no element with id "${anchor}" on ${where}`, ...closestHint(anchor, page.ids) };
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

function closestHint(anchor: string, ids: ReadonlySet<string>): { hint: string } | Record<string, never> {
  const guess = closest(anchor, ids);
  return guess ? { hint: `did you mean "#${guess}"?` } : {};
}

/** How many pages a report names for one link before it says "and N more". */
const PAGES_SHOWN = 3;

/**
 * The report a person reads: a count, then each broken link with its page. The same broken
 * link on many pages (a header link to a missing page) is reported once, with the pages listed.
 */
export function formatBrokenLinks(broken: readonly BrokenLink[]): string {
  const pages = new Set(broken.map((b) => b.page)).size;
  const head = `${plural(broken.length, 'broken link')} on ${plural(pages, 'page')}:`;
  const groups = new Map<string, BrokenLink[]>();
  for (const b of broken) {
    const key = JSON.stringify([b.attribute, b.link, b.reason]);
    groups.set(key, [...(groups.get(key) ?? []), b]);
  }
  const lines = [...groups.values()].map((group) => {
    const first = group[0]!;
    const what = `${first.attribute}="${first.link}": ${first.reason}`;
    let line = group.length === 1 ? `  ${first.pageUrl} › ${what}` : `  ${what}\n      on ${group.length} pages: ${pageList(group)}`;
    if (first.hint) line += `\n      hint: ${first.hint}`;
    return line;
  });
  return [head, ...lines].join('\n');
}

function pageList(group: readonly BrokenLink[]): string {
  const shown = group.slice(0, PAGES_SHOWN).map((b) => b.pageUrl);
  const more = group.length - shown.length;
  return more > 0 ? `${shown.join(', ')} and ${more} more` : shown.join(', ');
}
