/**
 * The same chapters, built by Astro Starlight: `npm run bench -- --against starlight`.
 *
 * Starlight is installed from the npm registry into the bench's own folder
 * (`.cache/bench/starlight-<version>/`, reused by later runs), never into the project's
 * dependencies, with the same Astro version as the project so that both builds run on the same
 * compiler, bundler and Markdown processor (Sätteri, Astro 7's default, which Starlight uses too).
 *
 * The chapters are the bench corpus's chapter files, turned into what a Starlight author would
 * write: the same frontmatter title and description, the same text, headings, lists, table and code
 * block; links by content id become their plain text (Starlight has no such links), and the
 * chapters' `<Callout>` and `<Takeaways>` become Starlight asides (`:::tip[Title]`), its own way of
 * writing the same box. Each part is a sidebar group, as a Starlight handbook would be organised.
 * Starlight's defaults stay on: its search (Pagefind, run at the end of `astro build`), sitemap,
 * Expressive Code for code blocks, and a sidebar listing every page.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { CONTENT_LAYOUT } from '../../src/lib/check/source.ts';
import type { Corpus } from './generate.ts';

/** The Starlight release compared with; the newest on the registry when the comparison was written. */
export const STARLIGHT_VERSION = '0.42.4';

/**
 * Installs Starlight with `astroVersion` into `<root>/.cache/bench/starlight-<version>-astro-<astro>/`
 * unless it is already there, and returns that folder.
 */
export async function installStarlight(root: string, astroVersion: string, log: (line: string) => void): Promise<string> {
  const dir = join(root, '.cache/bench', `starlight-${STARLIGHT_VERSION}-astro-${astroVersion}`);
  const installed = join(dir, 'node_modules/@astrojs/starlight/package.json');
  if (existsSync(installed) && (JSON.parse(readFileSync(installed, 'utf8')) as { version: string }).version === STARLIGHT_VERSION) return dir;
  log(`installing @astrojs/starlight@${STARLIGHT_VERSION} with astro@${astroVersion} into ${dir} (npm registry)`);
  await mkdir(dir, { recursive: true });
  const pkg = {
    name: 'ladderbook-bench-starlight',
    private: true,
    type: 'module',
    dependencies: { '@astrojs/starlight': STARLIGHT_VERSION, astro: astroVersion },
    allowScripts: { esbuild: true },
  };
  await writeFile(join(dir, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const code = await new Promise<number>((done, fail) => {
    const child = spawn(npm, ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: dir, stdio: 'inherit' });
    child.once('error', fail);
    child.once('exit', (c) => done(c ?? 1));
  });
  if (code !== 0 || !existsSync(installed)) throw new Error(`npm install of @astrojs/starlight@${STARLIGHT_VERSION} in ${dir} failed (exit ${code})`);
  return dir;
}

/** A chapter's file in Starlight's docs folder: `<part>/<slug>.mdx` (the number prefix dropped; slugs sort in reading order). */
export function starlightPath(chapterFile: string): string {
  const [, part, name] = /^[^/]+\/([^/]+)\/\d+-(.+)$/.exec(chapterFile) ?? [];
  if (!part || !name) throw new Error(`not a corpus chapter path: ${chapterFile}`);
  return `${part}/${name}`;
}

/**
 * A Ladderbook chapter as a Starlight author would write it: links by content id become their
 * text, `<Callout kind title>` and `<Takeaways>` become asides, and the frontmatter keeps title
 * and description (Starlight has no `levels`).
 */
export function toStarlightChapter(source: string): string {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(source);
  if (!match) throw new Error('a chapter without frontmatter');
  const data = parse(match[1]!) as { title: string; description: string };
  const body = source
    .slice(match[0].length)
    .replace(/\[([^\]]+)\]\((?:chapter|level|quiz|part):[^)]*\)/g, '$1')
    .replace(/<Callout kind="(\w+)" title="([^"]*)">/g, ':::$1[$2]')
    .replace(/<\/Callout>/g, ':::')
    .replace(/<Takeaways>/g, ':::note[Takeaways]')
    .replace(/<\/Takeaways>/g, ':::');
  return `---\ntitle: ${JSON.stringify(data.title)}\ndescription: ${JSON.stringify(data.description)}\n---\n${body}`;
}

const CONTENT_CONFIG = `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`;

/**
 * Writes a Starlight project for the corpus into `<installDir>/sites/<name>/` and returns its
 * folder: its config (a sidebar group per part), the content config, the chapters and a home page.
 * It sits inside the install folder because Starlight's components live in node_modules and Vite
 * must see them under one real path (linked packages would resolve outside the project); Node
 * finds the packages one folder up, and Astro's caches (`node_modules/.astro`, `.vite`) go into
 * the site's own node_modules.
 */
export async function writeStarlightProject(installDir: string, astroVersion: string, name: string, corpus: Corpus, base: string): Promise<string> {
  const dir = join(installDir, 'sites', name);
  await rm(dir, { recursive: true, force: true });
  const docs = join(dir, 'src/content/docs');
  await mkdir(join(dir, 'node_modules'), { recursive: true });
  const parts = parse(corpus.files.get(CONTENT_LAYOUT.parts)!) as { id: string; title: string; summary: string }[];
  const config = `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({
  site: 'https://handbook.example.org',
  base: ${JSON.stringify(base)},
  integrations: [
    starlight({
      title: 'Bench handbook',
      sidebar: ${JSON.stringify(parts.map((p) => ({ label: p.title, items: [{ autogenerate: { directory: p.id } }] })))},
    }),
  ],
});
`;
  // Astro reads the dependencies to tell which packages Vite must bundle (Starlight's components import astro: modules).
  const pkg = { name: 'bench-starlight-site', private: true, type: 'module', dependencies: { '@astrojs/starlight': STARLIGHT_VERSION, astro: astroVersion } };
  await writeFile(join(dir, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);
  await writeFile(join(dir, 'astro.config.mjs'), config);
  await writeFile(join(dir, 'tsconfig.json'), '{ "extends": "astro/tsconfigs/strict", "include": [".astro/types.d.ts", "**/*"], "exclude": ["dist"] }\n');
  await mkdir(join(dir, 'src'), { recursive: true });
  await writeFile(join(dir, 'src/content.config.ts'), CONTENT_CONFIG);
  const chapters = [...corpus.files].filter(([path]) => path.startsWith(`${CONTENT_LAYOUT.chapters.dir}/`));
  for (const part of parts) await mkdir(join(docs, part.id), { recursive: true });
  await Promise.all(chapters.map(([path, text]) => writeFile(join(docs, starlightPath(path)), toStarlightChapter(text))));
  const home = ['---', 'title: Bench handbook', 'description: The bench corpus, built by Starlight.', '---', '', ...parts.map((p) => `- ${p.title}: ${p.summary}`), ''];
  await writeFile(join(docs, 'index.mdx'), home.join('\n'));
  return dir;
}
