/**
 * Markdown in quiz prompts, choices and answers, rendered at build time with the same
 * processor as chapters (Sätteri), so the browser only ever receives HTML. Links by content
 * id are resolved like links in chapters.
 */
import { markdownToHtml } from 'satteri';
import config from 'virtual:ladderbook/config';
import { resolveIn } from './links.ts';

/** Block Markdown → HTML, its links resolved for locale `code` (the default when omitted). */
export async function renderMarkdown(markdown: string, code = config.locales[0]!.code): Promise<string> {
  const { html } = markdownToHtml(markdown);
  const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]!);
  const resolved = new Map<string, string>();
  for (const href of hrefs) {
    const result = await resolveIn(href.replaceAll('&amp;', '&'), code);
    if (!result.ok) throw new Error(`${result.message} (${result.hint})`);
    resolved.set(href, result.href);
  }
  return html.replace(/href="([^"]*)"/g, (_, href: string) => `href="${resolved.get(href)}"`);
}

/**
 * Markdown that must sit inside phrasing content (labels, legends): paragraphs become
 * block-styled spans. Returns undefined when the text holds blocks that cannot (lists, tables).
 */
export async function renderInlineMarkdown(markdown: string, code?: string): Promise<string | undefined> {
  const html = (await renderMarkdown(markdown, code)).trim();
  if (/<(ul|ol|table|pre|blockquote|h[1-6]|div|hr)\b/.test(html)) return undefined;
  const paragraphs = html.split(/<\/p>\s*/).filter(Boolean).map((p) => p.replace(/^<p>/, ''));
  return paragraphs.length === 1 ? paragraphs[0]! : paragraphs.map((p) => `<span class="para">${p}</span>`).join('');
}
