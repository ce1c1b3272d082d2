/**
 * Resolves every link an author can write to what the built page should contain, or to a
 * problem with a hint. Rules: content ids resolve (and their anchors must exist); external
 * URLs, mailto: and tel: pass through; a bare `#anchor` must name a heading of the same page;
 * root (`/x`) and relative (`../x`) links are rejected, because they break under a base path,
 * with the content id to write instead when one matches.
 */
import { closest } from '../errors.ts';
import { CONTENT_KINDS, parseContentRef, urlFor, type ContentKind } from './content-ref.ts';
import { draftReference } from './drafts.ts';
import { guessContentRef } from './guess.ts';

/** What exists, for checking links: ids per kind and, for chapters and levels, their heading anchors. */
export interface LinkIndex {
  /** Published ids per kind. */
  ids: Record<ContentKind, ReadonlySet<string>>;
  /** `kind:id` → the slugs of that page's headings. */
  anchors: ReadonlyMap<string, ReadonlySet<string>>;
  /** Chapters that exist as drafts: a link to one gets its own message. */
  draftChapters?: ReadonlySet<string>;
}

export type Resolution = { ok: true; href: string; external: boolean } | { ok: false; message: string; hint: string };

const EXTERNAL = /^(https?:|mailto:|tel:)/i;

/**
 * @param href what the author wrote
 * @param index what exists
 * @param base the site's base path
 * @param self the page the link is on (`chapter:mentorship/feedback`), for bare `#anchor` links
 */
export function resolveLink(href: string, index: LinkIndex, base: string, self?: string): Resolution {
  if (EXTERNAL.test(href)) return { ok: true, href, external: true };
  if (href.startsWith('#')) {
    const anchor = href.slice(1);
    const anchors = self ? index.anchors.get(self) : undefined;
    if (!anchors || anchors.has(anchor)) return { ok: true, href, external: false };
    return anchorProblem(anchor, anchors, self!);
  }
  const ref = parseContentRef(href);
  if (!ref) return notAContentRef(href, index, self);
  const ids = index.ids[ref.kind];
  if (!ids.has(ref.id)) {
    if (ref.kind === 'chapter' && index.draftChapters?.has(ref.id)) return { ok: false, ...draftReference(href) };
    const guess = closest(ref.id, ids);
    return {
      ok: false,
      message: `"${href}" points to a ${ref.kind} that does not exist`,
      hint: guess ? `did you mean "${ref.kind}:${guess}"?` : `no ${ref.kind} has the id "${ref.id}"`,
    };
  }
  const url = urlFor(ref.kind, ref.id, base);
  if (!ref.anchor) return { ok: true, href: url, external: false };
  const anchors = index.anchors.get(`${ref.kind}:${ref.id}`);
  if (anchors && !anchors.has(ref.anchor)) return anchorProblem(ref.anchor, anchors, `${ref.kind}:${ref.id}`);
  return { ok: true, href: `${url}#${ref.anchor}`, external: false };
}

/**
 * Images: a relative path (`./img/org.png`) is bundled by the build and an https URL is left
 * alone; a root path (`/org.png`) would miss the base path, and a content id is not an image.
 * Returns the problem, or undefined when the source is fine.
 */
export function imageProblem(src: string): { message: string; hint: string } | undefined {
  if (EXTERNAL.test(src) || src.startsWith('data:')) return undefined;
  const bundle = 'put the image beside the file and write a relative path such as "./img/chart.png"; the build bundles it under the base path';
  if (src.startsWith('/')) {
    return { message: `image "${src}" is a root path, which breaks when the site is served under a base path`, hint: bundle };
  }
  if (parseContentRef(src)) return { message: `image "${src}" is a content id, not an image file`, hint: bundle };
  return undefined;
}

const EXAMPLES = '"chapter:mentorship/feedback", "level:staff" or "quiz:level-staff"';

/** Why `href` is neither external nor a content id, and what to write instead. */
function notAContentRef(href: string, index: LinkIndex, self?: string): Resolution {
  if (href.trim() === '') {
    return { ok: false, message: 'the link has no target', hint: `write a content id such as ${EXAMPLES}, or a full https:// address` };
  }
  if (href.startsWith('//')) {
    return { ok: false, message: `"${href}" has no scheme`, hint: `write the full address, starting with https:` };
  }
  const kind = /^([a-z]+):/i.exec(href)?.[1];
  if (kind && (CONTENT_KINDS as readonly string[]).includes(kind)) {
    return {
      ok: false,
      message: `"${href}" is not a complete ${kind} link`,
      hint: `write ${kind}:<id>, optionally followed by #<heading-anchor>, with no spaces`,
    };
  }
  if (kind) {
    const guess = closest(kind.toLowerCase(), CONTENT_KINDS);
    return {
      ok: false,
      message: `"${href}" uses an unknown link kind "${kind}:"`,
      hint: guess ? `did you mean "${guess}:"?` : `link kinds are ${CONTENT_KINDS.map((k) => `${k}:`).join(', ')}`,
    };
  }
  const guess = guessContentRef(href, index.ids, self);
  return {
    ok: false,
    message: `"${href}" is a path link, which breaks when the site is served under a base path`,
    hint: guess
      ? `write "${guess}" instead; links by content id get the base path added`
      : `link by content id instead, e.g. ${EXAMPLES}`,
  };
}

function anchorProblem(anchor: string, anchors: ReadonlySet<string>, page: string): Resolution {
  const guess = closest(anchor, anchors);
  return {
    ok: false,
    message: `"#${anchor}" is not a heading of ${page}`,
    hint: guess ? `did you mean "#${guess}"?` : `headings there: ${[...anchors].slice(0, 8).join(', ') || 'none'}`,
  };
}
