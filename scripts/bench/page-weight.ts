/**
 * What a reader downloads per page of a built site: the HTML, the CSS it links or inlines, and the
 * JavaScript it runs at load (every `<script src>`, module preload and inline script, plus every
 * chunk those import statically). Chunks reached only through `import()` are counted apart as
 * "lazy": they load when the reader asks for them (search, for example), not at load.
 *
 * Used by `npm run bench` (figures per kind of page) and by tests/build/budgets.test.ts (budgets).
 * Sizes are raw and gzipped (zlib's default level, what static hosts typically send).
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Size {
  raw: number;
  gzip: number;
}

export const PAGE_KINDS = [
  'home',
  'chapter',
  'part',
  'chapters-index',
  'level',
  'comparison',
  'ladder-index',
  'quiz',
  'quizzes-index',
  'search',
  'other',
] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

export interface PageWeight {
  /** Path of the HTML file inside the output folder, with `/` separators. */
  path: string;
  kind: PageKind;
  html: Size;
  /** Linked stylesheets plus inline `<style>` blocks. */
  css: Size;
  /** Everything that runs at load: external scripts, module preloads, their static imports, inline scripts. */
  js: Size;
  /** The JS files loaded at load, relative to the output folder, sorted. */
  jsFiles: string[];
  /** How many inline `<script>` blocks the page has. */
  inlineScripts: number;
  cssFiles: string[];
  /** Chunks only reachable through dynamic `import()` from the page's scripts. */
  lazyJs: Size;
  lazyJsFiles: string[];
}

export interface SiteWeight {
  pages: PageWeight[];
  /** Every file in the output folder. */
  total: { files: number; bytes: number };
  /** Pagefind's output: the fixed JS/wasm bundle and the index that grows with the content. */
  search: { bundleBytes: number; indexBytes: number; indexFiles: number };
}

/**
 * The kind of page an HTML file is, from its path in the output folder; a page under a language's
 * folder (`de/chapters/…`, with `de` among `localeCodes`) is the kind it is in the default language.
 */
export function pageKind(path: string, localeCodes: readonly string[] = []): PageKind {
  const first = path.split('/')[0]!;
  const parts = (localeCodes.includes(first) ? path.slice(first.length + 1) : path).split('/');
  if (parts.at(-1) !== 'index.html') return 'other';
  const dirs = parts.slice(0, -1);
  const [top, a, b, c] = dirs;
  if (dirs.length === 0) return 'home';
  if (top === 'search' && dirs.length === 1) return 'search';
  if (top === 'chapters') return ['chapters-index', 'part', 'chapter'][dirs.length - 1] as PageKind | undefined ?? 'other';
  if (top === 'quizzes') return ['quizzes-index', 'quiz'][dirs.length - 1] as PageKind | undefined ?? 'other';
  if (top === 'ladder') {
    if (dirs.length === 1) return 'ladder-index';
    if (a === 'compare') return dirs.length === 4 && b && c ? 'comparison' : 'other';
    if (dirs.length === 2) return 'level';
  }
  return 'other';
}

export function sizeOf(text: string | Buffer): Size {
  const buffer = typeof text === 'string' ? Buffer.from(text) : text;
  return { raw: buffer.length, gzip: buffer.length ? gzipSync(buffer).length : 0 };
}

const add = (a: Size, b: Size): Size => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip });
const ZERO: Size = { raw: 0, gzip: 0 };

/** The attributes of a start tag, lower-cased names (`<script type="module" src="/x.js">`). */
function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([\w:-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) {
    out[m[1]!.toLowerCase()] = m[2] ?? m[3] ?? m[4] ?? '';
  }
  return out;
}

const JS_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);

/** What one HTML document references and inlines. */
export interface HtmlRefs {
  scripts: string[];
  inlineScripts: string[];
  stylesheets: string[];
  inlineStyles: string[];
}

/** Finds scripts, module preloads and styles in an HTML document. */
export function htmlRefs(html: string): HtmlRefs {
  const refs: HtmlRefs = { scripts: [], inlineScripts: [], stylesheets: [], inlineStyles: [] };
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attrs = attributes(m[1]!);
    if (!JS_TYPES.has((attrs.type ?? '').toLowerCase())) continue; // JSON data blocks do not run
    if (attrs.src !== undefined) refs.scripts.push(attrs.src);
    else if (m[2]!.trim()) refs.inlineScripts.push(m[2]!);
  }
  for (const m of html.matchAll(/<link\b([^>]*)>/gi)) {
    const attrs = attributes(m[1]!);
    const rel = (attrs.rel ?? '').toLowerCase().split(/\s+/);
    if (rel.includes('modulepreload') && attrs.href) refs.scripts.push(attrs.href);
    if (rel.includes('stylesheet') && attrs.href) refs.stylesheets.push(attrs.href);
  }
  for (const m of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) refs.inlineStyles.push(m[1]!);
  return refs;
}

/**
 * Relative module specifiers in a built JS file: static imports and re-exports (`import"./a.js"`,
 * `import{x}from"./a.js"`, `export*from"./a.js"`) and dynamic `import("./b.js")` apart.
 */
export function moduleSpecifiers(code: string): { static: string[]; dynamic: string[] } {
  const isRelative = (s: string) => /^(\.{1,2}\/|\/)/.test(s);
  const found = { static: [] as string[], dynamic: [] as string[] };
  for (const m of code.matchAll(/(?<![\w$.])(?:import|export)\s*(?:[\w$*{}\s,]*?\bfrom\s*)?["'`]([^"'`\s]+)["'`]/g)) {
    if (isRelative(m[1]!)) found.static.push(m[1]!);
  }
  for (const m of code.matchAll(/(?<![\w$.])import\s*\(\s*["'`]([^"'`\s]+)["'`]\s*\)/g)) {
    if (isRelative(m[1]!)) found.dynamic.push(m[1]!);
  }
  return found;
}

/** Reads a built site and weighs its files and pages. */
export class SiteReader {
  private readonly sizes = new Map<string, Size>();
  private readonly specifiers = new Map<string, ReturnType<typeof moduleSpecifiers>>();

  readonly outDir: string;
  /** The base path the site was built with (`/handbook/`). */
  readonly base: string;
  /** The folders of the languages other than the default (`de`), whose pages are of the same kinds. */
  readonly localeCodes: readonly string[];

  constructor(outDir: string, base: string, localeCodes: readonly string[] = []) {
    this.outDir = outDir;
    this.base = base;
    this.localeCodes = localeCodes;
  }

  /** Every HTML file, relative to the output folder, sorted. */
  htmlFiles(): string[] {
    return walk(this.outDir).filter((f) => f.endsWith('.html')).sort();
  }

  /** The output-folder path a URL in `fromFile` points to, or undefined for other sites. */
  resolve(url: string, fromFile: string): string | undefined {
    if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(url)) return undefined;
    const clean = url.split(/[?#]/)[0]!;
    if (clean.startsWith('/')) {
      const base = this.base.endsWith('/') ? this.base : `${this.base}/`;
      if (clean.startsWith(base)) return clean.slice(base.length);
      return clean === base.slice(0, -1) ? '' : undefined;
    }
    return posix.normalize(posix.join(posix.dirname(fromFile), clean));
  }

  /** Raw and gzipped size of a file in the output folder (zero if it is missing). */
  fileSize(path: string): Size {
    let size = this.sizes.get(path);
    if (!size) {
      const abs = join(this.outDir, path);
      size = existsSync(abs) ? sizeOf(readFileSync(abs)) : ZERO;
      this.sizes.set(path, size);
    }
    return size;
  }

  private imports(path: string): ReturnType<typeof moduleSpecifiers> {
    let found = this.specifiers.get(path);
    if (!found) {
      const abs = join(this.outDir, path);
      const raw = existsSync(abs) ? moduleSpecifiers(readFileSync(abs, 'utf8')) : { static: [], dynamic: [] };
      const resolveAll = (list: string[]) => list.map((s) => this.resolve(s, path)).filter((p): p is string => p !== undefined && existsSync(join(this.outDir, p)));
      found = { static: resolveAll(raw.static), dynamic: resolveAll(raw.dynamic) };
      this.specifiers.set(path, found);
    }
    return found;
  }

  /** The files `entries` load, following static imports (the whole graph a browser fetches at once). */
  staticGraph(entries: string[]): Set<string> {
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const next of this.imports(file).static) visit(next);
    };
    entries.forEach(visit);
    return seen;
  }

  /** Weighs one HTML page. */
  page(path: string): PageWeight {
    const html = readFileSync(join(this.outDir, path), 'utf8');
    const refs = htmlRefs(html);
    const local = (urls: string[]) => [...new Set(urls.map((u) => this.resolve(u, path)).filter((p): p is string => p !== undefined))];
    const jsFiles = [...this.staticGraph(local(refs.scripts))].sort();
    const lazyEntries = jsFiles.flatMap((f) => this.imports(f).dynamic);
    const atLoad = new Set(jsFiles);
    const lazyJsFiles = [...this.staticGraph(lazyEntries)].filter((f) => !atLoad.has(f)).sort();
    const cssFiles = local(refs.stylesheets).sort();
    const inlineJs = refs.inlineScripts.length ? sizeOf(refs.inlineScripts.join('\n')) : ZERO;
    const inlineCss = refs.inlineStyles.length ? sizeOf(refs.inlineStyles.join('\n')) : ZERO;
    const sum = (files: string[]) => files.map((f) => this.fileSize(f)).reduce(add, ZERO);
    return {
      path,
      kind: pageKind(path, this.localeCodes),
      html: sizeOf(html),
      css: add(sum(cssFiles), inlineCss),
      js: add(sum(jsFiles), inlineJs),
      jsFiles,
      inlineScripts: refs.inlineScripts.length,
      cssFiles,
      lazyJs: sum(lazyJsFiles),
      lazyJsFiles,
    };
  }

  /** Weighs every page, the whole output folder and the search index. */
  site(): SiteWeight {
    const files = walk(this.outDir);
    const bytes = (list: string[]) => list.reduce((sum, f) => sum + statSync(join(this.outDir, f)).size, 0);
    // The index's shards (pagefind-2/ …) count as index; only pagefind/ has the script and WebAssembly.
    const pagefind = files.filter((f) => /^pagefind(?:-\d+)?\//.test(f));
    const bundle = pagefind.filter((f) => /^pagefind\/(pagefind[\w.-]*\.(js|css)|wasm\.[\w-]+\.pagefind)$/.test(f));
    const index = pagefind.filter((f) => !bundle.includes(f));
    return {
      pages: this.htmlFiles().map((f) => this.page(f)),
      total: { files: files.length, bytes: bytes(files) },
      search: { bundleBytes: bytes(bundle), indexBytes: bytes(index), indexFiles: index.length },
    };
  }
}

/** Every file under `dir`, relative, with `/` separators. */
export function walk(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(dir, join(d.parentPath, d.name)).split(sep).join('/'));
}

/** The median of numbers (the mean of the middle two for an even count); 0 for none. */
export function median(values: number[]): number {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
