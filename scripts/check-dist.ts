/**
 * `npm run check:dist [-- <dir>] [--base /x/] [--site https://…]`: after a build, proves that every
 * internal link, image, script and `#anchor` in the output folder resolves, and that none misses
 * the base path. Base and site default to the handbook config (with its env overrides), the
 * folder to HANDBOOK_OUT_DIR or dist/. Prints every broken link at once; exit status 1 when any.
 *
 * The tests import `checkDistDir` to run the same check on the sites they build.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import { outDir } from '../src/integrations/out-dir.ts';
import { checkDistLinks, formatBrokenLinks, type BrokenLink, type BuiltPage } from '../src/lib/check/dist-links.ts';

/** Every file of a built site (relative, `/`-separated) and its HTML pages. */
export async function readDist(dir: string): Promise<{ files: Set<string>; pages: BuiltPage[] }> {
  const names = (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(resolve(dir).length + 1).split(sep).join('/'))
    .sort();
  const pages = await Promise.all(
    names.filter((name) => name.endsWith('.html')).map(async (file) => ({ file, html: await readFile(join(dir, file), 'utf8') })),
  );
  return { files: new Set(names), pages };
}

export interface DistCheck {
  broken: BrokenLink[];
  pages: number;
  links: number;
}

/** Runs the built-site link check over a folder. */
export async function checkDistDir(dir: string, options: { base: string; site?: string | undefined }): Promise<DistCheck> {
  const { files, pages } = await readDist(resolve(dir));
  const broken = checkDistLinks({ pages, files, base: options.base, site: options.site });
  return { broken, pages: pages.length, links: countLinks(pages) };
}

function countLinks(pages: readonly BuiltPage[]): number {
  return pages.reduce((n, p) => n + (p.html.match(/\s(?:href|src|srcset|action|poster)=/g)?.length ?? 0), 0);
}

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  if (i === -1) return undefined;
  const value = args[i + 1];
  args.splice(i, 2);
  return value;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  let base = option(args, '--base');
  let site = option(args, '--site');
  if (!base || !site) {
    const { loadHandbookConfig } = await import('../src/integrations/handbook-config.ts');
    const config = await loadHandbookConfig();
    base ??= config.base;
    site ??= config.site;
  }
  const dir = args[0] ?? outDir();
  const started = performance.now();
  const result = await checkDistDir(dir, { base, site });
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  if (result.broken.length) {
    console.error(formatBrokenLinks(result.broken));
    console.error(`\nChecked ${result.pages} pages of ${dir} (base ${base}) in ${seconds} s.`);
    process.exit(1);
  }
  console.log(`Every link resolves: ${result.links} links on ${result.pages} pages of ${dir} (base ${base}), checked in ${seconds} s.`);
}

if (import.meta.main) await main();
