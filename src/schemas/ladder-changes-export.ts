import { z } from 'zod';
import { idSchema } from './ids.ts';

/** A track, dimension or activity as the changes name it. */
const namedSchema = z.strictObject({
  /** Its stable id. */
  id: idSchema,
  /** Its display name in the revision the entry describes. */
  name: z.string(),
});

/** A dimension step as the changes name it. */
const stepRefSchema = z.strictObject({
  /** The step's id within its dimension. */
  id: idSchema,
  /** Its display label. */
  label: z.string(),
});

/** A level as the changes name it. */
const levelRefSchema = z.strictObject({
  /** The level's id in the revision named by the entry. */
  id: idSchema,
  /** Display title. */
  title: z.string(),
  /** Level code. */
  code: z.string(),
  /** Id of its track. */
  track: idSchema,
  /** Path of its page in that revision, including the site's base. */
  url: z.string(),
});

const levelNameSchema = z.strictObject({ id: idSchema, title: z.string(), code: z.string() });
const signalSchema = z.strictObject({ id: idSchema, text: z.string() });
const trapSchema = z.strictObject({ id: z.string(), title: z.string(), text: z.string() });

/** Added, retired and renamed entries of a definition list, matched by id. */
const listChangesSchema = z.strictObject({
  added: z.array(namedSchema),
  retired: z.array(namedSchema),
  renamed: z.array(z.strictObject({ before: namedSchema, after: namedSchema })),
});

/** What changed for one level. */
export const levelChangeExportSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    /** A level only the newer revision has. */
    kind: z.literal('added'),
    level: levelRefSchema,
  }),
  z.strictObject({
    /** A level only the older revision has; `level.url` is its page in that revision. */
    kind: z.literal('retired'),
    level: levelRefSchema,
  }),
  z.strictObject({
    /** A level in both revisions (matched by id, or by `formerly` when its id changed) whose data changed. */
    kind: z.literal('changed'),
    /** The level in the newer revision. */
    level: levelRefSchema,
    /** The same level in the older revision. */
    before: levelRefSchema,
    /** Id, title or code before and after, when any changed. */
    renamed: z.strictObject({ before: levelNameSchema, after: levelNameSchema }).nullable(),
    /** The track before and after, when it moved. */
    moved: z.strictObject({ before: namedSchema, after: namedSchema }).nullable(),
    /** Dimensions whose step changed; `from` or `to` is null for a dimension only one revision measures. */
    steps: z.array(
      z.strictObject({
        dimension: namedSchema,
        from: stepRefSchema.nullable(),
        to: stepRefSchema.nullable(),
        /** Up or down the dimension; null when it cannot be told. */
        direction: z.enum(['up', 'down']).nullable(),
      }),
    ),
    /** Signals matched by id. */
    signals: z.strictObject({
      added: z.array(signalSchema),
      retired: z.array(signalSchema),
      reworded: z.array(z.strictObject({ id: idSchema, before: z.string(), after: z.string() })),
    }),
    /** Traps matched by id (written, or the title as a slug). */
    traps: z.strictObject({
      added: z.array(trapSchema),
      retired: z.array(trapSchema),
      reworded: z.array(z.strictObject({ id: z.string(), before: trapSchema, after: trapSchema })),
    }),
    /** Activities whose share of the week changed, in percent (0 where the activity did not exist). */
    week: z.array(z.strictObject({ activity: namedSchema, from: z.int(), to: z.int(), delta: z.int() })),
  }),
]);

/** One revision of the ladder and what changed since the one before it. */
export const revisionChangesSchema = z.strictObject({
  /** The revision's name. */
  name: z.string(),
  /** When it took effect, YYYY-MM-DD. */
  date: z.iso.date(),
  /** The authors' note, or null. */
  note: z.string().nullable(),
  /** Whether this is the revision the site's ladder pages show. */
  current: z.boolean(),
  /** Path of this revision's section of the changes page, including the site's base. */
  url: z.string(),
  /** Name of the revision before it, or null for the oldest. */
  previous: z.string().nullable(),
  /** What changed since `previous`; null for the oldest revision. */
  changes: z
    .strictObject({
      /** Level by level: changed and added levels in the newer ladder's order, then retired ones. */
      levels: z.array(levelChangeExportSchema),
      tracks: listChangesSchema,
      dimensions: listChangesSchema,
      /** Dimensions on both sides whose steps changed. */
      steps: z.array(
        z.strictObject({
          dimension: namedSchema,
          added: z.array(stepRefSchema),
          retired: z.array(stepRefSchema),
          reworded: z.array(z.strictObject({ id: idSchema, before: z.strictObject({ label: z.string(), description: z.string() }), after: z.strictObject({ label: z.string(), description: z.string() }) })),
        }),
      ),
      activities: listChangesSchema,
    })
    .nullable(),
});

/** The shape of the published `ladder-changes.json`: every revision, newest first, with its changes. */
export const ladderChangesExportSchema = z.strictObject({
  /** Name of the current revision, or null when the ladder names none. */
  current: z.string().nullable(),
  /** Every revision, newest first. */
  revisions: z.array(revisionChangesSchema),
});

/** A revision as `ladder.json` names it. */
export const revisionExportSchema = z.strictObject({
  name: z.string(),
  date: z.iso.date(),
  note: z.string().nullable(),
});

export type LadderChangesExport = z.output<typeof ladderChangesExportSchema>;
export type LevelChangeExport = z.output<typeof levelChangeExportSchema>;
