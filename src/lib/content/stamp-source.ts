/**
 * Records in a translation file which version of its source it matches (`source: 1a2b3c4d`), as a
 * text edit so the translator's formatting and comments stay as they were: in an entry of a list
 * file (`- id: roles` … `source:`), or at the top of a whole-file translation (a quiz's YAML, or the
 * frontmatter of a chapter or level).
 */

/** The text with `source: <hash>` in the list entry whose `id` is `id`; undefined when there is no such entry. */
export function stampEntry(text: string, id: string, hash: string): string | undefined {
  const lines = text.split('\n');
  const start = lines.findIndex((line) => new RegExp(`^(\\s*)- id:\\s*["']?${escape(id)}["']?\\s*(#.*)?$`).test(line));
  if (start < 0) return undefined;
  const indent = `${/^(\s*)-/.exec(lines[start]!)![1]}  `;
  // The entry runs until the next line that is not blank and not indented under it.
  let end = start + 1;
  while (end < lines.length && (lines[end]!.trim() === '' || lines[end]!.startsWith(indent))) end++;
  const at = lines.slice(start + 1, end).findIndex((line) => line.startsWith(`${indent}source:`));
  if (at >= 0) lines[start + 1 + at] = `${indent}source: "${hash}"`;
  else lines.splice(start + 1, 0, `${indent}source: "${hash}"`);
  return lines.join('\n');
}

/** The text with a top-level `source: <hash>`: in the frontmatter of an MDX file, or among the top-level keys of a YAML file. */
export function stampFile(text: string, hash: string, kind: 'mdx' | 'yaml'): string {
  const lines = text.split('\n');
  if (kind === 'mdx') {
    if (lines[0]?.trim() !== '---') return ['---', `source: "${hash}"`, '---', ...lines].join('\n');
    const close = lines.findIndex((line, i) => i > 0 && line.trim() === '---');
    const at = lines.slice(1, close).findIndex((line) => /^source:/.test(line));
    if (at >= 0) lines[1 + at] = `source: "${hash}"`;
    else lines.splice(close, 0, `source: "${hash}"`);
    return lines.join('\n');
  }
  const at = lines.findIndex((line) => /^source:/.test(line));
  if (at >= 0) {
    lines[at] = `source: "${hash}"`;
    return lines.join('\n');
  }
  // After the leading comments, so a `# yaml-language-server` line stays first.
  const first = lines.findIndex((line) => line.trim() !== '' && !line.startsWith('#'));
  lines.splice(first < 0 ? lines.length : first, 0, `source: "${hash}"`);
  return lines.join('\n');
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
