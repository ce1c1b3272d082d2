/**
 * Links by content id, resolved for a page in one language: to the same language's page (which
 * shows the translation, or the default language's text with a notice), and with `#anchors` mapped
 * to the translated page's headings by position (a translation keeps the source's headings).
 */
import content from 'virtual:ladderbook/content';
import { parseContentRef } from '../lib/links/content-ref.ts';
import { resolveLink, type Resolution } from '../lib/links/resolve.ts';
import { localeByCode } from './i18n.ts';
import { getLinkIndex } from './link-index.ts';

/** The heading anchors of a page in a language, when that language has its own body for it. */
function translatedAnchors(code: string, page: string): string[] | undefined {
  const t = content.translations[code];
  const ref = parseContentRef(page);
  if (!t || !ref) return undefined;
  if (ref.kind === 'chapter') return t.chapters[ref.id]?.anchors;
  if (ref.kind === 'level') return t.ladder.levels[ref.id]?.anchors;
  return undefined;
}

/** The anchor the translated page gives the heading that has `anchor` in the source. */
export function anchorIn(code: string, page: string, anchor: string): string {
  const translated = translatedAnchors(code, page);
  const at = content.links.anchors[page]?.indexOf(anchor) ?? -1;
  return (translated && at >= 0 ? translated[at] : undefined) ?? anchor;
}

/** The content id of the page at a path of the site (`chapters/mentorship/feedback/` → `chapter:mentorship/feedback`). */
export function pageRefOf(pathname: string, localeBase: string): string | undefined {
  const rest = pathname.startsWith(localeBase) ? pathname.slice(localeBase.length) : '';
  const chapter = /^chapters\/([^/]+\/[^/]+)\/$/.exec(rest);
  if (chapter) return `chapter:${chapter[1]}`;
  const level = /^ladder\/([^/]+)\/$/.exec(rest);
  return level && content.links.ids.level.includes(level[1]!) ? `level:${level[1]}` : undefined;
}

/**
 * Resolves a link written on page `self` (a content id) for locale `code`. A bare `#anchor` is
 * only mapped, not checked: the content check checked the author's, and the renderer adds its own
 * (footnotes' `#user-content-fn-…`).
 */
export async function resolveIn(href: string, code: string, self?: string): Promise<Resolution> {
  const L = localeByCode(code);
  if (href.startsWith('#')) return { ok: true, external: false, href: self && !L.isDefault ? `#${anchorIn(code, self, href.slice(1))}` : href };
  const result = resolveLink(href, await getLinkIndex(), L.base, self);
  if (!result.ok || result.external || L.isDefault) return result;
  const hash = result.href.indexOf('#');
  const target = href.split('#')[0]!;
  return hash < 0 ? result : { ...result, href: result.href.slice(0, hash + 1) + anchorIn(code, target, result.href.slice(hash + 1)) };
}
