/**
 * Gathers the content folder into a ContentSnapshot for the pure content check
 * (src/lib/check). Used by the build integration, `npm run check` and the tests.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { CONTENT_LAYOUT, type ContentSnapshot, type SourceFile, type TranslationSnapshot } from '../lib/check/source.ts';
import { snapshotRevisions } from './revision-files.ts';

/** The files every content folder may hold; a translation's folder is laid out the same way. */
async function snapshotFolder(folder: string, rootPath: string) {
  const show = (abs: string) => relative(rootPath, abs).split(sep).join('/');
  const one = async (name: string): Promise<SourceFile | undefined> => {
    const abs = join(folder, name);
    return existsSync(abs) ? { file: show(abs), relative: name, text: await readFile(abs, 'utf8') } : undefined;
  };
  const many = async (dir: string, extension: string, recursive: boolean): Promise<SourceFile[]> => {
    const absDir = join(folder, dir);
    if (!existsSync(absDir)) return [];
    const names = (await readdir(absDir, { recursive })).map(String).filter((n) => n.endsWith(extension));
    names.sort();
    return Promise.all(
      names.map(async (name) => {
        const abs = join(absDir, name);
        return { file: show(abs), relative: name.split(sep).join('/'), text: await readFile(abs, 'utf8') };
      }),
    );
  };
  const [parts, paths, tracks, activities, dimensions, chapters, levels, quizzes, revision] = await Promise.all([
    one(CONTENT_LAYOUT.parts),
    one(CONTENT_LAYOUT.paths),
    one(CONTENT_LAYOUT.tracks),
    one(CONTENT_LAYOUT.activities),
    one(CONTENT_LAYOUT.dimensions),
    many(CONTENT_LAYOUT.chapters.dir, '.mdx', true),
    many(CONTENT_LAYOUT.levels.dir, '.mdx', false),
    many(CONTENT_LAYOUT.quizzes.dir, '.yaml', false),
    one(CONTENT_LAYOUT.revision),
  ]);
  return { parts, paths, tracks, activities, dimensions, chapters, levels, quizzes, revision, many };
}

/** Every language's folder under `translations/`, in folder-name order. */
async function snapshotTranslations(contentPath: string, rootPath: string): Promise<TranslationSnapshot[]> {
  const dir = join(contentPath, CONTENT_LAYOUT.translations.dir);
  if (!existsSync(dir)) return [];
  const codes = (await readdir(dir, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name).sort();
  return Promise.all(
    codes.map(async (code) => {
      const { many: _many, ...files } = await snapshotFolder(join(dir, code), rootPath);
      return { code, path: relative(rootPath, join(dir, code)).split(sep).join('/'), ...files };
    }),
  );
}

export async function snapshotContent(contentPath: string, rootPath: string): Promise<ContentSnapshot> {
  const [{ many, ...files }, revisions, translations] = await Promise.all([
    snapshotFolder(contentPath, rootPath),
    snapshotRevisions(contentPath, rootPath),
    snapshotTranslations(contentPath, rootPath),
  ]);
  const strings = await many(CONTENT_LAYOUT.strings.dir, '.yaml', false);
  return { ...files, revisions, translations, strings };
}
