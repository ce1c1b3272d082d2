/** What links may point to, from the collections (anchors were checked before the build). */
import { getCollection } from 'astro:content';
import type { LinkIndex } from '../lib/links/resolve.ts';

let cached: Promise<LinkIndex> | undefined;

export function getLinkIndex(): Promise<LinkIndex> {
  cached ??= Promise.all([
    getCollection('chapters', ({ data }) => !data.draft),
    getCollection('levels'),
    getCollection('quizzes'),
    getCollection('parts'),
  ]).then(([chapters, levels, quizzes, parts]) => ({
    ids: {
      chapter: new Set(chapters.map((e) => e.id)),
      level: new Set(levels.map((e) => e.id)),
      quiz: new Set(quizzes.map((e) => e.id)),
      part: new Set(parts.map((e) => e.id)),
    },
    anchors: new Map(),
  }));
  return cached;
}
