/**
 * The career ladder for pages: the one the content check built (virtual:ladderbook/content), as a
 * `Ladder` object. Level pages also need the MDX entry for the narrative.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import content from 'virtual:ladderbook/content';
import { createLadder } from '../lib/ladder/create-ladder.ts';
import type { Ladder } from '../lib/ladder/types.ts';

const ladder = createLadder(content.ladder);
let entries: Promise<Map<string, CollectionEntry<'levels'>>> | undefined;

export async function getLadder(): Promise<Ladder> {
  return ladder;
}

/** The level's MDX entry, for rendering its narrative. */
export async function getLevelEntry(id: string): Promise<CollectionEntry<'levels'>> {
  entries ??= getCollection('levels').then((all) => new Map(all.map((e) => [e.id, e])));
  const entry = (await entries).get(id);
  if (!entry) throw new Error(`No level "${id}"`);
  return entry;
}
