/**
 * The career ladder for pages, built from the collections by the same pure model the content
 * check uses (src/lib/ladder). Level pages also need the MDX entry for the narrative.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildLadder } from '../lib/ladder/model.ts';
import type { Ladder } from '../lib/ladder/types.ts';
import { formatProblems } from '../lib/errors.ts';
import { inFileOrder } from './ordered.ts';

let cached: Promise<{ ladder: Ladder; entries: Map<string, CollectionEntry<'levels'>> }> | undefined;

async function load() {
  const [tracks, activities, dimensions, levels, chapters] = await Promise.all([
    getCollection('tracks'),
    getCollection('activities'),
    getCollection('dimensions'),
    getCollection('levels'),
    getCollection('chapters'),
  ]);
  // List files are given whole, in file order, so problems name the file and the list position.
  const list = (entries: Parameters<typeof inFileOrder>[0], file: string) => ({ file, data: inFileOrder(entries) });
  const { ladder, problems } = buildLadder(
    {
      tracks: list(tracks, 'ladder/tracks.yaml'),
      activities: list(activities, 'ladder/activities.yaml'),
      dimensions: list(dimensions, 'ladder/dimensions.yaml'),
      levels: levels.map((e) => ({ file: e.filePath ?? `${e.id}.mdx`, id: e.id, data: e.data })),
    },
    { chapterIds: new Set(chapters.map((c) => c.id)) },
  );
  // The content check has reported these before the build; this guards pages from half a ladder.
  if (problems.length) throw new Error(formatProblems(problems));
  return { ladder, entries: new Map(levels.map((e) => [e.id, e])) };
}

export async function getLadder(): Promise<Ladder> {
  return (await (cached ??= load())).ladder;
}

/** The level's MDX entry, for rendering its narrative. */
export async function getLevelEntry(id: string): Promise<CollectionEntry<'levels'>> {
  const entry = (await (cached ??= load())).entries.get(id);
  if (!entry) throw new Error(`No level "${id}"`);
  return entry;
}
