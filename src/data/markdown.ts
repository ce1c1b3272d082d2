/**
 * Markdown in quiz prompts, choices and answers, rendered at build time with the same
 * processor as chapters (Sätteri), so the browser only ever receives HTML. Links by content
 * id are resolved like links in chapters.
 */
import { markdownToHtml } from 'satteri';
import config from 'virtual:ladderbook/config';
import { resolveLink } from '../lib/links/resolve.ts';
import { getLinkIndex } from './link-index.ts';

/** Block Markdown → HTML. */
export async function renderMarkdown(markdown: string): Promise<string> {
  const index = await getLinkIndex();
  const { html } = markdownToHtml(markdown);
  return html.replace(/href="([^"]*)"/g, (_, href: string) => {
    const result = resolveLink(href.replaceAll('&amp;', '&'), index, config.base);
    if (!result.ok) throw new Error(`${result.message} (${result.hint})`);
    return `href="${result.href}"`;
  });
}

/**
 * Markdown that must sit inside phrasing content (labels, legends): paragraphs become
 * block-styled spans. Returns undefined when the text holds blocks that cannot (lists, tables).
 */
export async function renderInlineMarkdown(markdown: string): Promise<string | undefined> {
  const html = (await renderMarkdown(markdown)).trim();
  if (/<(ul|ol|table|pre|blockquote|h[1-6]|div|hr)\b/.test(html)) return undefined;
  const paragraphs = html.split(/<\/p>\s*/).filter(Boolean).map((p) => p.replace(/^<p>/, ''));
  return paragraphs.length === 1 ? paragraphs[0]! : paragraphs.map((p) => `<span class="para">${p}</span>`).join('');
}
