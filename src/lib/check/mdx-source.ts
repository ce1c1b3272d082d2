/**
 * Reads an MDX file the way the build will: frontmatter, headings (with the anchors the page will
 * have), links with their line numbers, and component attributes that name other content.
 */
import { mdxToMdast, type MdastNode } from 'satteri';
import type { Problem } from '../errors.ts';
import { headingSlugs } from '../links/headings.ts';
import { parseYaml, type ParsedYaml } from './yaml-source.ts';

export interface MdxLink {
  href: string;
  line: number;
}

export interface MdxElement {
  name: string;
  /** Attributes with a plain string value (`kind="tip"`); a bare attribute (`open`) has the value `true`. */
  attributes: Record<string, string | true>;
  /** Names of attributes written as `{…}` expressions, and `{...spread}`s as `...`: the check cannot read their values. */
  expressions: string[];
  line: number;
}

export interface ScannedMdx {
  frontmatter: ParsedYaml;
  headings: { depth: number; text: string; slug: string; line: number }[];
  links: MdxLink[];
  /** Markdown images (`![alt](src)`): relative paths are bundled, root paths would miss the base. */
  images: MdxLink[];
  elements: MdxElement[];
  problems: Problem[];
}

interface Positioned {
  position?: { start: { line: number } };
}

export function scanMdx(file: string, text: string): ScannedMdx {
  const problems: Problem[] = [];
  let tree: MdastNode | undefined;
  try {
    tree = mdxToMdast(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const line = Number(/(\d+):\d+/.exec(message)?.[1]) || undefined;
    problems.push({
      file,
      path: [],
      ...(line ? { line } : {}),
      message: `MDX syntax error: ${message.split('\n')[0]}`,
      hint: 'escape "<" and "{" in prose as "\\<" and "\\{", and close every component tag',
    });
  }
  const yamlNode = tree ? children(tree).find((n) => n.type === 'yaml') : undefined;
  const frontmatterText = yamlNode && 'value' in yamlNode ? String(yamlNode.value) : '';
  // Frontmatter starts on line 2 (after the opening ---).
  const frontmatter = parseYaml(file, frontmatterText, 1);
  if (tree && !yamlNode) {
    problems.push({ file, path: [], line: 1, message: 'missing frontmatter', hint: 'start the file with a --- block holding title and description' });
  }
  const headings: ScannedMdx['headings'] = [];
  const links: MdxLink[] = [];
  const images: MdxLink[] = [];
  const elements: MdxElement[] = [];
  if (tree) {
    walk(tree, (node) => {
      const line = (node as Positioned).position?.start.line ?? 0;
      if (node.type === 'heading' && 'depth' in node) headings.push({ depth: Number(node.depth), text: plainText(node), slug: '', line });
      // Reference-style links (`[text][ref]`) take their target from the `definition`.
      if ((node.type === 'link' || node.type === 'definition') && 'url' in node) links.push({ href: String(node.url), line });
      if (node.type === 'image' && 'url' in node) images.push({ href: String(node.url), line });
      if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && 'name' in node && node.name) {
        const attributes: Record<string, string | true> = {};
        const expressions: string[] = [];
        for (const attr of ('attributes' in node ? (node.attributes as unknown[]) : []) as { type: string; name?: string; value?: unknown }[]) {
          if (attr.type !== 'mdxJsxAttribute' || !attr.name) expressions.push('...');
          else if (typeof attr.value === 'string') attributes[attr.name] = attr.value;
          else if (attr.value === null || attr.value === undefined) attributes[attr.name] = true;
          else expressions.push(attr.name);
        }
        elements.push({ name: String(node.name), attributes, expressions, line });
        if (typeof attributes.href === 'string') links.push({ href: attributes.href, line });
      }
    });
  }
  headingSlugs(headings.map((h) => h.text)).forEach((slug, i) => (headings[i]!.slug = slug));
  return { frontmatter, headings, links, images, elements, problems: [...problems, ...frontmatter.problems] };
}

function children(node: MdastNode): MdastNode[] {
  return 'children' in node && Array.isArray(node.children) ? (node.children as MdastNode[]) : [];
}

function walk(node: MdastNode, visit: (node: MdastNode) => void): void {
  visit(node);
  for (const child of children(node)) walk(child, visit);
}

function plainText(node: MdastNode): string {
  if ('value' in node && typeof node.value === 'string' && node.type !== 'yaml') return node.value;
  return children(node).map(plainText).join('');
}
