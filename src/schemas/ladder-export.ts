import { z } from 'zod';
import { idSchema } from './ids.ts';
import { activitySchema } from './ladder-activity.ts';
import { dimensionSchema } from './ladder-dimension.ts';
import { trackSchema } from './ladder-track.ts';
import { archetypeSchema, chapterIdSchema, checklistItemSchema, signalSchema, trapSchema } from './ladder-level.ts';

/** A track in `ladder.json`, with the ids of its levels from lowest to highest rank. */
export const exportTrackSchema = z.strictObject({
  ...trackSchema.shape,
  /** Ids of the track's levels, ordered by rank (lowest first). */
  levels: z.array(idSchema),
});

/** Where a level stands on one dimension, fully resolved so consumers need no lookup. */
export const exportStepSchema = z.strictObject({
  /** The step's id within its dimension. */
  step: idSchema,
  /** The step's display label. */
  label: z.string(),
  /** The step's description. */
  description: z.string(),
  /** 0-based position of the step among the dimension's steps (0 = lowest). */
  index: z.int().min(0),
  /** How many steps the dimension has. */
  of: z.int().min(1),
});

/** A trap in `ladder.json`, with its id resolved (written, or its title as a slug). */
export const exportTrapSchema = z.strictObject({
  ...trapSchema.shape,
  /** Stable id within the level; revisions match traps by it. */
  id: idSchema,
});

/** A level in `ladder.json`: its frontmatter with every reference resolved. */
export const exportLevelSchema = z.strictObject({
  /** The level's id (its file name). */
  id: idSchema,
  /** Display title ("Staff Engineer"). */
  title: z.string(),
  /** Level code ("L6"). */
  code: z.string(),
  /** Id of the level's track. */
  track: idSchema,
  /** Numeric seniority within the track. */
  rank: z.int(),
  /** One line describing the level. */
  summary: z.string(),
  /** Path of the level's page on the site, including the site's base. */
  url: z.string(),
  /** Dimension id → the level's step on it, for every dimension. */
  steps: z.record(idSchema, exportStepSchema),
  /** Activity id → percent of a typical week, for every activity (absent in the source = 0). */
  week: z.record(idSchema, z.int().min(0).max(100)),
  /** `true` when the week shares are the authors' estimate, `false` when they come from a source. */
  weekEstimate: z.boolean(),
  /** What shows someone is ready for this level. */
  signals: z.array(signalSchema),
  /** What keeps people below this level. */
  traps: z.array(exportTrapSchema),
  /** Common shapes of the level (empty when it has none). */
  archetypes: z.array(archetypeSchema),
  /** How people get into this level, in order. */
  path: z.array(z.string()),
  /** Checklist for people new to the level (empty when it has none). */
  checklist: z.array(checklistItemSchema),
  /** Related chapter ids. */
  chapters: z.array(chapterIdSchema),
  /** Id of the level people usually come from, or null for an entry level. */
  below: idSchema.nullable(),
  /** Id of the next higher level of the same track, or null for the top of the track. */
  above: idSchema.nullable(),
});

/** A comparison page between two levels. */
export const exportComparisonSchema = z.strictObject({
  /** Id of the level compared from. */
  from: idSchema,
  /** Id of the level compared to. */
  to: idSchema,
  /** Path of the comparison page on the site, including the site's base. */
  url: z.string(),
});

/** The shape of the published `ladder.json`: the whole career ladder, resolved. */
export const ladderExportSchema = z.strictObject({
  /** Tracks in display order. */
  tracks: z.array(exportTrackSchema),
  /** Dimensions in display order, each with its steps from lowest to highest. */
  dimensions: z.array(dimensionSchema),
  /** Activities of a working week, in display order. */
  activities: z.array(activitySchema),
  /** Every level, grouped by track in track order and ordered by rank within a track. */
  levels: z.array(exportLevelSchema),
  /** Every comparison the site publishes, in the site's order. */
  comparisons: z.array(exportComparisonSchema),
});

export type LadderExport = z.output<typeof ladderExportSchema>;
export type ExportLevel = z.output<typeof exportLevelSchema>;
