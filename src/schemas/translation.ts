/**
 * Translated content, under `translations/<code>/` in the content folder, mirroring the default
 * language's files and ids. A translation holds only the text a reader reads; structure (ids,
 * ranks, steps, answers) comes from the source. `source` records which version of the source a
 * translation matches (the hash `npm run check` prints), so a later edit of the source shows it stale.
 */
import { z } from 'zod';
import { idSchema, contentRefSchema } from './ids.ts';
import { quizSchema } from './quiz.ts';

const text = z.string().trim().min(1);

/** The hash of the source version a translation matches: eight hexadecimal digits. */
export const sourceHashSchema = z.string().regex(/^[0-9a-f]{8}$/, 'expected the eight-digit version that npm run translations -- stamp records, like "1a2b3c4d"');

/** A translated chapter's frontmatter (`translations/<code>/chapters/<part>/NN-slug.mdx`). */
export const chapterTranslationSchema = z.strictObject({
  /** The chapter's title. */
  title: text,
  /** Its one-sentence description. */
  description: text,
  /** The version of the source this translates. */
  source: sourceHashSchema.optional(),
});

/** A translated level's frontmatter (`translations/<code>/ladder/levels/<id>.mdx`): its texts, matched to the source. */
export const levelTranslationSchema = z.strictObject({
  title: text.optional(),
  summary: text.optional(),
  /** By signal id. */
  signals: z.array(z.strictObject({ id: idSchema, text })).optional(),
  /** By trap id (the source's `id`, or the slug of its title). */
  traps: z.array(z.strictObject({ id: idSchema, title: text, text })).optional(),
  /** In the source's order, one for each. */
  archetypes: z.array(z.strictObject({ name: text, does: text, thrives: text })).optional(),
  /** In the source's order, one for each. */
  path: z.array(text).optional(),
  /** In the source's order, one for each. */
  checklist: z.array(z.strictObject({ title: text, text })).optional(),
  source: sourceHashSchema.optional(),
});

/** An entry of a translated list file, matched to the source entry by `id`. */
const entry = <S extends z.ZodRawShape>(shape: S) => z.strictObject({ id: idSchema, ...shape, source: sourceHashSchema.optional() });

export const partTranslationSchema = entry({ title: text.optional(), summary: text.optional() });
export const pathTranslationSchema = entry({
  title: text.optional(),
  summary: text.optional(),
  /** In the source's order, each with the source's `to`. */
  steps: z.array(z.strictObject({ to: contentRefSchema, note: text })).optional(),
});
export const trackTranslationSchema = entry({ name: text.optional(), summary: text.optional() });
export const activityTranslationSchema = entry({ name: text.optional() });
export const dimensionTranslationSchema = entry({
  name: text.optional(),
  question: text.optional(),
  steps: z.array(z.strictObject({ id: idSchema, label: text.optional(), description: text.optional() })).optional(),
});

/** `translations/<code>/ladder/revision.yaml`: the note of the current revision. */
export const revisionTranslationSchema = z.strictObject({ note: text.optional(), source: sourceHashSchema.optional() });

/** A translated quiz: the whole source file with every id kept, its texts translated. */
export const quizTranslationSchema = quizSchema.extend({ source: sourceHashSchema.optional() });

export type LevelTranslation = z.output<typeof levelTranslationSchema>;
export type DimensionTranslation = z.output<typeof dimensionTranslationSchema>;
export type PathTranslation = z.output<typeof pathTranslationSchema>;
