/**
 * Collection glue, for rendering MDX only: chapter and level bodies. Everything else pages show
 * (parts, the ladder, quizzes, reading paths, links) comes from the one reading of the content
 * that the content check does (virtual:ladderbook/content, see src/integrations/content-model.ts).
 */
import { existsSync } from 'node:fs';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { chapterSchema } from './schemas/chapter.ts';
import { levelSchema } from './schemas/ladder.ts';
import { chapterTranslationSchema, levelTranslationSchema } from './schemas/translation.ts';
import { CONTENT_LAYOUT, chapterIdFromPath } from './lib/check/source.ts';

// Set by astro.config.mjs from handbook.config.ts (or HANDBOOK_CONTENT_DIR).
const content = process.env.HANDBOOK_CONTENT_PATH ?? './content';
const at = (path: string) => `${content}/${path}`;

/**
 * Nothing reads an entry's raw source at run time (MDX renders from its compiled module), and
 * Astro would otherwise bundle every file's text into one module for the build: 14 MB at 1,000
 * chapters. Without it the 1,000-chapter bench builds about 1 s faster with 0.2 GB less memory.
 */
const retainBody = false;

export const collections = {
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
  /**
   * The frozen narratives of earlier revisions' levels, id `<revision folder>/<level id>`. Most ladders
   * have no revisions folder, and the glob loader warns about a missing one, so it only looks when
   * there is one.
   */
  revisionLevels: defineCollection({
    loader: existsSync(at(CONTENT_LAYOUT.revisions.dir))
      ? glob({
          pattern: CONTENT_LAYOUT.revisions.levelsPattern,
          base: at(CONTENT_LAYOUT.revisions.dir),
          generateId: ({ entry }) => entry.replace('/levels/', '/').replace(/\.mdx$/, ''),
          retainBody,
        })
      : { name: 'no-revisions', load: async () => {} },
    schema: levelSchema,
  }),
  /** Translated chapters, id `<locale code>/<chapter id>`; the one reading of the content checks them first. */
  chapterTranslations: defineCollection({
    loader: existsSync(at(CONTENT_LAYOUT.translations.dir))
      ? glob({
          pattern: CONTENT_LAYOUT.translations.chaptersPattern,
          base: at(CONTENT_LAYOUT.translations.dir),
          generateId: ({ entry }) => chapterIdFromPath(entry.replace('/chapters/', '/')),
          retainBody,
        })
      : { name: 'no-translations', load: async () => {} },
    schema: chapterTranslationSchema,
  }),
  /** Translated level narratives, id `<locale code>/<level id>`. */
  levelTranslations: defineCollection({
    loader: existsSync(at(CONTENT_LAYOUT.translations.dir))
      ? glob({
          pattern: CONTENT_LAYOUT.translations.levelsPattern,
          base: at(CONTENT_LAYOUT.translations.dir),
          generateId: ({ entry }) => entry.replace('/ladder/levels/', '/').replace(/\.mdx$/, ''),
          retainBody,
        })
      : { name: 'no-level-translations', load: async () => {} },
    schema: levelTranslationSchema,
  }),
};
