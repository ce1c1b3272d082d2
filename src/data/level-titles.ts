/** Level id → display title ("Staff Engineer"), for quiz badges and per-level scores. */
import { getCollection } from 'astro:content';

let cached: Promise<Record<string, string>> | undefined;

export function getLevelTitles(): Promise<Record<string, string>> {
  cached ??= getCollection('levels').then((levels) => Object.fromEntries(levels.map((l) => [l.id, l.data.title])));
  return cached;
}
