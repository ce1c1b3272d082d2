/**
 * Gathers the content folder into a ContentSnapshot for the pure content check
 * (src/lib/check). Used by the build integration, `npm run check` and the tests.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { CONTENT_LAYOUT, type ContentSnapshot, type SourceFile } from '../lib/check/source.ts';
import { snapshotRevisions } from './revision-files.ts';

export async function snapshotContent(contentPath: string, rootPath: string): Promise<ContentSnapshot> {
  const show = (abs: string) => relative(rootPath, abs).split(sep).join('/');
  const one = async (name: string): Promise<SourceFile | undefined> => {
    const abs = join(contentPath, name);
    return existsSync(abs) ? { file: show(abs), relative: name, text: await readFile(abs, 'utf8') } : undefined;
  };
  const many = async (dir: string, extension: string, recursive: boolean): Promise<SourceFile[]> => {
    const absDir = join(contentPath, dir);
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
  const [parts, paths, tracks, activities, dimensions, chapters, levels, quizzes, revision, revisions] = await Promise.all([
    one(CONTENT_LAYOUT.parts),
    one(CONTENT_LAYOUT.paths),
    one(CONTENT_LAYOUT.tracks),
    one(CONTENT_LAYOUT.activities),
    one(CONTENT_LAYOUT.dimensions),
    many(CONTENT_LAYOUT.chapters.dir, '.mdx', true),
    many(CONTENT_LAYOUT.levels.dir, '.mdx', false),
    many(CONTENT_LAYOUT.quizzes.dir, '.yaml', false),
    one(CONTENT_LAYOUT.revision),
    snapshotRevisions(contentPath, rootPath),
  ]);
  return { parts, paths, tracks, activities, dimensions, chapters, levels, quizzes, revision, revisions };
}
