/**
 * Chapters and parts in reading order, for navigation, prev/next and listings.
 * The only place pages get chapters from.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { resolve } from 'node:path';
import config from 'virtual:ladderbook/config';
import { chapterOrderFromPath } from '../lib/check/source.ts';
import { urlFor } from '../lib/links/content-ref.ts';
import { gitDates } from './git-dates.ts';
import { inFileOrder } from './ordered.ts';

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
  const [partCollection, chapterEntries] = await Promise.all([
    getCollection('parts'),
    getCollection('chapters', ({ data }) => !data.draft),
  ]);
  const partEntries = inFileOrder(partCollection);
  const dates = gitDates(config.rootPath, config.contentPath);
  const partOrder = new Map(partEntries.map((p, i) => [p.id, i]));
  const chapters: Chapter[] = chapterEntries
    .map((entry) => {
      const partId = entry.id.split('/')[0] ?? '';
      const sourcePath = entry.filePath ?? '';
      return {
        id: entry.id,
        title: entry.data.title,
        description: entry.data.description,
        partId,
        url: urlFor('chapter', entry.id, config.base),
        levels: entry.data.levels,
        entry,
        sourcePath,
        updated: entry.data.updated ?? dates.get(resolve(config.rootPath, sourcePath).replaceAll('\\', '/')),
        order: chapterOrderFromPath(sourcePath.split('/').slice(-2).join('/')),
      };
    })
    .sort(
      (a, b) =>
        (partOrder.get(a.partId) ?? 1e9) - (partOrder.get(b.partId) ?? 1e9) ||
        a.order - b.order ||
        a.id.localeCompare(b.id),
    )
    .map(({ order: _order, ...chapter }) => chapter);
  const parts: Part[] = partEntries.map((p) => ({
    id: p.id,
    title: p.title,
    summary: p.summary,
    url: urlFor('part', p.id, config.base),
    chapters: chapters.filter((c) => c.partId === p.id).map(summary),
  }));
  return { parts, chapters };
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
