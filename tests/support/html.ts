/** Small readers of built HTML for the build tests (no DOM library: the pages are our own). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export function readPage(dir: string, path: string): string {
  const file = path.endsWith('.html') ? path : join(path, 'index.html');
  return readFileSync(join(dir, file), 'utf8');
}

/** Text of the first element matching a simple tag/attribute pattern, tags stripped. */
export function textOf(html: string): string {
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/** Rows of the first <table> after `marker`, as arrays of cell texts (th and td). */
export function tableAfter(html: string, marker: string): string[][] {
  const start = html.indexOf(marker);
  if (start < 0) throw new Error(`marker not found: ${marker}`);
  const table = html.slice(start).match(/<table[\s\S]*?<\/table>/)?.[0] ?? '';
  return [...table.matchAll(/<tr[\s\S]*?<\/tr>/g)].map((row) => [...row[0].matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((c) => textOf(c[1]!)));
}
