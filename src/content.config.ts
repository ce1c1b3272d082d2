/**
 * Collection glue: loaders reading the content folder, schemas from src/schemas. Cross-file rules
 * (references, quiz rules, links) run before this, in the content check (src/integrations).
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'zod';
import { parse } from 'yaml';
import { chapterSchema } from './schemas/chapter.ts';
import { partSchema } from './schemas/part.ts';
import { readingPathSchema } from './schemas/reading-path.ts';
import { quizSchema } from './schemas/quiz.ts';
import { activitySchema, dimensionSchema, levelSchema, trackSchema } from './schemas/ladder.ts';
import { CONTENT_LAYOUT, chapterIdFromPath } from './lib/check/source.ts';

// Set by astro.config.mjs from handbook.config.ts (or HANDBOOK_CONTENT_DIR).
const content = process.env.HANDBOOK_CONTENT_PATH ?? './content';
const at = (path: string) => `${content}/${path}`;

/**
 * A YAML list file whose order matters (parts, reading paths, tracks, dimensions, activities).
 * Collections do not keep file order, so each entry gets its position as `order`; authors never
 * write it, and src/data sorts by it and drops it.
 */
const listFile = (path: string) =>
  file(at(path), {
    parser: (text) => (parse(text) as Record<string, unknown>[]).map((entry, order) => ({ ...entry, order })),
  });
const order = { order: z.number().int() };

/**
 * Nothing reads an entry's raw source at run time (MDX renders from its compiled module), and
 * Astro would otherwise bundle every file's text into one module for the build: 14 MB at 1,000
 * chapters. Without it the 1,000-chapter bench builds about 1 s faster with 0.2 GB less memory.
 */
const retainBody = false;

export const collections = {
  parts: defineCollection({ loader: listFile(CONTENT_LAYOUT.parts), schema: partSchema.extend(order) }),
  paths: defineCollection({ loader: listFile(CONTENT_LAYOUT.paths), schema: readingPathSchema.extend(order) }),
  tracks: defineCollection({ loader: listFile(CONTENT_LAYOUT.tracks), schema: trackSchema.extend(order) }),
  activities: defineCollection({ loader: listFile(CONTENT_LAYOUT.activities), schema: activitySchema.extend(order) }),
  dimensions: defineCollection({ loader: listFile(CONTENT_LAYOUT.dimensions), schema: dimensionSchema.extend(order) }),
  chapters: defineCollection({
    loader: glob({
      pattern: CONTENT_LAYOUT.chapters.pattern,
      base: at(CONTENT_LAYOUT.chapters.dir),
      generateId: ({ entry }) => chapterIdFromPath(entry),
      retainBody,
    }),
    schema: chapterSchema,
  }),
  levels: defineCollection({
    loader: glob({ pattern: CONTENT_LAYOUT.levels.pattern, base: at(CONTENT_LAYOUT.levels.dir), retainBody }),
    schema: levelSchema,
  }),
  quizzes: defineCollection({
    loader: glob({ pattern: CONTENT_LAYOUT.quizzes.pattern, base: at(CONTENT_LAYOUT.quizzes.dir), retainBody }),
    schema: quizSchema,
  }),
};
