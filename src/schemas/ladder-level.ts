import { z } from 'zod';
import { idSchema } from './ids.ts';

/** A chapter id as levels name it: `<part-id>/<slug>` (`mentorship/feedback`). */
export const chapterIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*\/[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a chapter id like "mentorship/feedback"');

/** Evidence that someone already works at a level. */
export const signalSchema = z.strictObject({
  /** Stable id, unique within the level (progress and quizzes may refer to it). */
  id: idSchema,
  /** The observable evidence, one sentence in the second person. */
  text: z.string().min(1),
});

/** A habit that keeps people below a level. */
export const trapSchema = z.strictObject({
  /**
   * Stable id, unique within the level, that revisions match the trap by. Optional: it defaults to
   * the title as a slug ("The hero coder" → `the-hero-coder`), so write it only to keep a trap's
   * identity when you retitle it.
   */
  id: idSchema.optional(),
  /** Short name of the trap ("The hero coder"). */
  title: z.string().min(1),
  /** What the trap looks like and why it holds people back. */
  text: z.string().min(1),
});

/** One common shape of a level (Staff: tech lead, architect, solver, right hand). */
export const archetypeSchema = z.strictObject({
  /** Name of the archetype ("Tech lead"). */
  name: z.string().min(1),
  /** What someone in this shape does. */
  does: z.string().min(1),
  /** Where this shape thrives. */
  thrives: z.string().min(1),
});

/** One item of a level's checklist (such as the first-time manager checklist). */
export const checklistItemSchema = z.strictObject({
  /** The advice in a few words. */
  title: z.string().min(1),
  /** The advice explained. */
  text: z.string().min(1),
});

/** Frontmatter of `content/ladder/levels/<id>.mdx`; the level's id is its file name. */
export const levelSchema = z.strictObject({
  /** Display title ("Staff Engineer"). */
  title: z.string().min(1),
  /** Short level code shown beside the title ("L6", "EM L6", "L6–L7"). */
  code: z.string().min(1),
  /** Id of the track in `tracks.yaml` this level belongs to. */
  track: idSchema,
  /** Numeric seniority within the track: orders levels and defines the default level below. */
  rank: z.int().min(1).max(20),
  /** One line describing the level. */
  summary: z.string().min(1),
  /** For every dimension in `dimensions.yaml`: dimension id → the id of one of its steps. */
  steps: z.record(idSchema, idSchema),
  /** How a typical week is spent: activity id → whole percent (0–100); shares add up to 100. */
  week: z.record(idSchema, z.int().min(0).max(100)),
  /**
   * `true` when the `week` shares are the authors' estimate, not figures taken from a source.
   * Week charts, week tables and `ladder.json` then mark them as an estimate. Leaving it out means
   * `false`, so a fork's own ladder data is never marked unless the fork says so.
   */
  weekEstimate: z.boolean().optional(),
  /** What shows someone is ready for this level. */
  signals: z.array(signalSchema).min(1),
  /** What keeps people below this level. */
  traps: z.array(trapSchema).min(1),
  /** Common shapes of the level, when it has several. */
  archetypes: z.array(archetypeSchema).optional(),
  /** How people get into this level, in order. */
  path: z.array(z.string().min(1)).min(1),
  /** Practical checklist for people new to the level. */
  checklist: z.array(checklistItemSchema).optional(),
  /** Related chapter ids (`<part>/<slug>`), most relevant first. */
  chapters: z.array(chapterIdSchema).optional(),
  /**
   * Id of the level people usually come from, when that is not the next lower rank of the same
   * track (a first-line manager usually comes from Senior Engineer, an IC level).
   */
  below: idSchema.optional(),
  /**
   * The id this level had in the previous revision of the ladder, when its id changed (the level
   * was `senior-engineer` and is now `engineer-3`). What changed, comparisons across revisions and
   * readers' self-assessments follow the level through it. Leave it out when the id stayed.
   */
  formerly: idSchema.optional(),
});

export type SignalData = z.output<typeof signalSchema>;
export type TrapData = z.output<typeof trapSchema>;
export type ArchetypeData = z.output<typeof archetypeSchema>;
export type ChecklistItemData = z.output<typeof checklistItemSchema>;
export type LevelData = z.output<typeof levelSchema>;
