/**
 * Links inside Markdown held in YAML (quiz prompts, choices, explanations, model answers):
 * the build renders them and resolves `chapter:`/`level:`/`quiz:`/`part:` ids like chapter
 * links, so the content check must see them too, with the YAML path of the text they sit in.
 */
import { markdownToMdast, type MdastNode } from 'satteri';

/** One link or image found in a Markdown string. */
export interface MarkdownLink {
  href: string;
  /** `image` for `![alt](src)`; `link` for inline, reference-style and autolinks. */
  kind: 'link' | 'image';
  /** 1-based line inside the Markdown text. */
  line: number;
}

/** Only text that could hold a link is parsed (`](`, `]:`, `<scheme:`): most strings hold none. */
const MAY_LINK = /\]\(|\]:|<[a-z][a-z0-9+.-]*:/i;

/** Every link and image in a Markdown string, in document order. */
export function markdownLinks(text: string): MarkdownLink[] {
  if (!MAY_LINK.test(text)) return [];
  const found: MarkdownLink[] = [];
  const visit = (node: MdastNode): void => {
    const line = (node as { position?: { start: { line: number } } }).position?.start.line ?? 1;
    if ((node.type === 'link' || node.type === 'definition') && 'url' in node) found.push({ href: String(node.url), kind: 'link', line });
    if (node.type === 'image' && 'url' in node) found.push({ href: String(node.url), kind: 'image', line });
    if ('children' in node && Array.isArray(node.children)) for (const child of node.children as MdastNode[]) visit(child);
  };
  visit(markdownToMdast(text));
  return found;
}

/** Every string in parsed YAML data with its path (`['questions', 2, 'explanation']`). */
export function stringsOf(data: unknown, path: PropertyKey[] = []): { path: PropertyKey[]; text: string }[] {
  if (typeof data === 'string') return [{ path, text: data }];
  if (Array.isArray(data)) return data.flatMap((item, i) => stringsOf(item, [...path, i]));
  if (data && typeof data === 'object') return Object.entries(data).flatMap(([key, value]) => stringsOf(value, [...path, key]));
  return [];
}
