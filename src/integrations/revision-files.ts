/**
 * Gathers the ladder's revisions for the content snapshot: the current ladder's revision.yaml, and
 * every frozen revision under `ladder/revisions/<folder>/` with its own ladder files.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { CONTENT_LAYOUT, type RevisionSnapshot, type SourceFile } from '../lib/check/source.ts';

/** The files of the ladder folder that a revision freezes, by their place in it. */
const LADDER_FILES = {
  revision: 'revision.yaml',
  tracks: 'tracks.yaml',
  activities: 'activities.yaml',
  dimensions: 'dimensions.yaml',
} as const;

async function sourceAt(abs: string, rootPath: string, relativeName: string): Promise<SourceFile | undefined> {
  if (!existsSync(abs)) return undefined;
  return { file: relative(rootPath, abs).split(sep).join('/'), relative: relativeName, text: await readFile(abs, 'utf8') };
}

/** One revision folder (or the current ladder folder) read as a RevisionSnapshot. */
export async function snapshotLadderFolder(dir: string, rootPath: string, folder: string): Promise<RevisionSnapshot> {
  const [revision, tracks, activities, dimensions] = await Promise.all(
    Object.values(LADDER_FILES).map((name) => sourceAt(join(dir, name), rootPath, name)),
  );
  const levelsDir = join(dir, 'levels');
  const names = existsSync(levelsDir) ? (await readdir(levelsDir)).filter((n) => n.endsWith('.mdx')).sort() : [];
  const levels = (await Promise.all(names.map((name) => sourceAt(join(levelsDir, name), rootPath, name)))).filter((s) => s !== undefined);
  return { folder, path: relative(rootPath, dir).split(sep).join('/'), revision, tracks, activities, dimensions, levels };
}

/** Every frozen revision, in folder-name order; empty when the ladder has none. */
export async function snapshotRevisions(contentPath: string, rootPath: string): Promise<RevisionSnapshot[]> {
  const dir = join(contentPath, CONTENT_LAYOUT.revisions.dir);
  if (!existsSync(dir)) return [];
  const folders = (await readdir(dir, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name).sort();
  return Promise.all(folders.map((folder) => snapshotLadderFolder(join(dir, folder), rootPath, folder)));
}
