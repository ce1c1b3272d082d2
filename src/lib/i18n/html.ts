/**
 * Interface strings that hold a link or other markup: the message has a placeholder (`{chapters}`)
 * and the page fills it with an element built here, then renders the whole with `set:html`. The
 * catalogue's texts are trusted; what goes into an element is escaped.
 */
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** `<a href="…">text</a>`, both escaped. */
export function linkHtml(href: string, text: string): string {
  return `<a href="${escapeHtml(href)}">${escapeHtml(text)}</a>`;
}
