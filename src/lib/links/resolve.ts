/**
 * Resolves every link an author can write to what the built page should contain, or to a
 * problem with a hint. Rules: content ids resolve (and their anchors must exist); external
 * URLs, mailto: and tel: pass through; a bare `#anchor` must name a heading of the same page;
 * root (`/x`) and relative (`../x`) links are rejected, because they break under a base path.
 */
import { closest } from '../errors.ts';
import { CONTENT_KINDS, parseContentRef, urlFor, type ContentKind } from './content-ref.ts';

/** What exists, for checking links: ids per kind and, for chapters and levels, their heading anchors. */
export interface LinkIndex {
  ids: Record<ContentKind, ReadonlySet<string>>;
  /** `kind:id` → the slugs of that page's headings. */
  anchors: ReadonlyMap<string, ReadonlySet<string>>;
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
  if (!ref) {
    const kind = /^([a-z]+):/.exec(href)?.[1];
    if (kind && !href.startsWith('//')) {
      const guess = closest(kind, CONTENT_KINDS);
      return {
        ok: false,
        message: `"${href}" uses an unknown link kind "${kind}:"`,
        hint: guess ? `did you mean "${guess}:"?` : `link kinds are ${CONTENT_KINDS.map((k) => `${k}:`).join(', ')}`,
      };
    }
    return {
      ok: false,
      message: `"${href}" is a path link, which breaks when the site is served under a base path`,
      hint: 'link by content id instead, e.g. "chapter:mentorship/feedback", "level:staff" or "quiz:level-staff"',
    };
  }
  const ids = index.ids[ref.kind];
  if (!ids.has(ref.id)) {
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

function anchorProblem(anchor: string, anchors: ReadonlySet<string>, page: string): Resolution {
  const guess = closest(anchor, anchors);
  return {
    ok: false,
    message: `"#${anchor}" is not a heading of ${page}`,
    hint: guess ? `did you mean "#${guess}"?` : `headings there: ${[...anchors].slice(0, 8).join(', ') || 'none'}`,
  };
}
