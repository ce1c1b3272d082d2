/**
 * Chapters and parts in reading order, for navigation, prev/next and listings.
 * The only place pages get chapters from.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { resolve } from 'node:path';
import config from 'virtual:ladderbook/config';
import content from 'virtual:ladderbook/content';
import { urlFor } from '../lib/links/content-ref.ts';
import { gitDates } from './git-dates.ts';

export interface ChapterSummary {
  id: string;
  title: string;
  description: string;
  partId: string;
  url: string;
  levels: string[];
}

export interface Part {
  id: string;
  title: string;
  summary: string;
  url: string;
  chapters: ChapterSummary[];
}

export interface Chapter extends ChapterSummary {
  entry: CollectionEntry<'chapters'>;
  /** Project-relative path, for the edit link. */
  sourcePath: string;
  updated?: Date | undefined;
}

let cached: Promise<{ parts: Part[]; chapters: Chapter[] }> | undefined;

async function load(): Promise<{ parts: Part[]; chapters: Chapter[] }> {
  const entries = new Map((await getCollection('chapters')).map((entry) => [entry.id, entry]));
  const dates = gitDates(config.rootPath, config.contentPath);
  // The content model lists chapters in reading order; drafts are not published.
  const chapters: Chapter[] = content.chapters
    .filter((meta) => !meta.draft)
    .map((meta) => ({
      id: meta.id,
      title: meta.title,
      description: meta.description,
      partId: meta.partId,
      url: urlFor('chapter', meta.id, config.base),
      levels: meta.levels,
      entry: entryOf(entries, meta.id),
      sourcePath: meta.file,
      updated: meta.updated ? new Date(meta.updated) : dates.get(resolve(config.rootPath, meta.file).replaceAll('\\', '/')),
    }));
  const parts: Part[] = content.parts.map((p) => ({
    id: p.id,
    title: p.title,
    summary: p.summary,
    url: urlFor('part', p.id, config.base),
    chapters: chapters.filter((c) => c.partId === p.id).map(summary),
  }));
  return { parts, chapters };
}

/** The collection entry that renders a chapter's MDX (both readings list the same files). */
function entryOf(entries: ReadonlyMap<string, CollectionEntry<'chapters'>>, id: string): CollectionEntry<'chapters'> {
  const entry = entries.get(id);
  if (!entry) throw new Error(`The content collection has no chapter "${id}"; restart the dev server if the file was just added`);
  return entry;
}

function summary(c: Chapter): ChapterSummary {
  return { id: c.id, title: c.title, description: c.description, partId: c.partId, url: c.url, levels: c.levels };
}

/** All parts in reading order, each with its chapters. */
export async function getParts(): Promise<Part[]> {
  return (cached ??= load()).then((d) => d.parts);
}

/** All published chapters in reading order. */
export async function getChapters(): Promise<Chapter[]> {
  return (cached ??= load()).then((d) => d.chapters);
}

/** The chapters before and after, across parts. */
export async function neighbours(id: string): Promise<{ prev?: ChapterSummary | undefined; next?: ChapterSummary | undefined }> {
  const chapters = await getChapters();
  const i = chapters.findIndex((c) => c.id === id);
  const at = (j: number) => (chapters[j] ? summary(chapters[j]) : undefined);
  return { prev: at(i - 1), next: at(i + 1) };
}
