/**
 * Parses YAML and remembers where each value stands, so problems can say `file:line › path`.
 */
import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { Problem } from '../errors.ts';

export interface ParsedYaml {
  data: unknown;
  /** 1-based line of the value at `path` (or of its closest existing parent). */
  lineOf(path: readonly PropertyKey[]): number | undefined;
  /** Syntax errors, as problems. */
  problems: Problem[];
}

export function parseYaml(file: string, text: string, lineOffset = 0): ParsedYaml {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const problems: Problem[] = doc.errors.map((e) => ({
    file,
    path: [],
    line: counter.linePos(e.pos[0]).line + lineOffset,
    message: `YAML syntax error: ${e.message.split('\n')[0]}`,
    hint:
      e.code === 'DUPLICATE_KEY'
        ? 'each key may appear once per mapping'
        : 'check indentation, and quote text that contains ": " or starts with a special character',
  }));
  const lineOf = (path: readonly PropertyKey[]): number | undefined => {
    let node: unknown = doc.contents;
    let found: Node | undefined = isNodeWithRange(node) ? node : undefined;
    for (const key of path) {
      if (isMap(node)) node = node.get(key as string, true);
      else if (isSeq(node) && typeof key === 'number') node = node.get(key, true);
      else break;
      if (isNodeWithRange(node)) found = node;
      else break;
    }
    return found?.range ? counter.linePos(found.range[0]).line + lineOffset : undefined;
  };
  return { data: problems.length ? undefined : doc.toJS(), lineOf, problems };
}

function isNodeWithRange(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && 'range' in value;
}

/** Adds line numbers to problems that point into a parsed YAML file. */
export function withLines(problems: readonly Problem[], parsed: ParsedYaml, basePath: readonly PropertyKey[] = []): Problem[] {
  return problems.map((p) => {
    if (p.line !== undefined) return p;
    const line = parsed.lineOf(p.path.slice(basePath.length));
    return line === undefined ? p : { ...p, line };
  });
}
