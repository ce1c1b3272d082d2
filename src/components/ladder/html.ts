/**
 * Pieces of markup that fill a message's placeholders on the ladder's pages (rendered with
 * `set:html`): the message is the catalogue's, trusted; every text put into it here is escaped.
 */
import type { PageLocale } from '../../data/i18n.ts';
import type { TextLang } from '../../data/ladder.ts';
import { escapeHtml } from '../../lib/i18n/html.ts';

/** `text` escaped, in an element marked with its language when that is not the page's. */
export function textHtml(text: string, lang: TextLang = {}, tag = 'span'): string {
  const attributes = `${lang.lang ? ` lang="${escapeHtml(lang.lang)}"` : ''}${lang.dir ? ` dir="${lang.dir}"` : ''}`;
  return attributes || tag !== 'span' ? `<${tag}${attributes}>${escapeHtml(text)}</${tag}>` : escapeHtml(text);
}

/** A date (`YYYY-MM-DD`) as a `<time>` element, written the page's way. */
export function dateHtml(date: string, L: Pick<PageLocale, 'date'>): string {
  return `<time datetime="${escapeHtml(date)}">${escapeHtml(L.date(new Date(`${date}T00:00:00Z`)))}</time>`;
}
