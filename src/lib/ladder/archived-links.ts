/**
 * Links in the frozen narrative of an earlier revision's level. `level:` ids mean that revision's
 * levels, so they lead to its archived pages; chapters, quizzes and parts belong to the living
 * handbook, so they lead to the current pages. The frozen file is not edited after freezing, so a
 * link to something gone since is shown as its text instead of failing the build, and an anchor
 * that no longer exists is dropped (the link still leads to the page).
 */
import { parseContentRef } from '../links/content-ref.ts';
import { resolveLink, type LinkIndex } from '../links/resolve.ts';
import { archivedLevelUrl } from './revision-urls.ts';

export interface ArchivedLinkContext {
  readonly base: string;
  readonly revision: string;
  /** Level id → heading slugs of its frozen narrative, for every level of the revision. */
  readonly anchors: ReadonlyMap<string, ReadonlySet<string>>;
  /** What exists in the current handbook. */
  readonly current: LinkIndex;
  /**
   * The anchor a current page gives a heading of its source (`page` is its content id), when the
   * page is shown in another language whose translation has headings of its own.
   */
  readonly anchorIn?: (page: string, anchor: string) => string;
}

/** The href to render, or undefined to show the link's text alone. */
export function archivedLinkHref(href: string, context: ArchivedLinkContext): string | undefined {
  const ref = parseContentRef(href);
  if (ref?.kind === 'level' && context.anchors.has(ref.id)) {
    const url = archivedLevelUrl(context.base, context.revision, ref.id);
    return ref.anchor && context.anchors.get(ref.id)!.has(ref.anchor) ? `${url}#${ref.anchor}` : url;
  }
  const resolved = resolveLink(href, context.current, context.base);
  if (resolved.ok) return ref?.anchor && context.anchorIn ? resolved.href.replace(/#.*$/, `#${context.anchorIn(`${ref.kind}:${ref.id}`, ref.anchor)}`) : resolved.href;
  if (ref?.anchor) {
    const page = resolveLink(`${ref.kind}:${ref.id}`, context.current, context.base);
    if (page.ok) return page.href;
  }
  return undefined;
}
