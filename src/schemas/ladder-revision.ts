import { z } from 'zod';

/**
 * A revision's name: a lowercase id (`2026`, `2027-h2`), used in URLs (`/ladder/2026/staff/`).
 * A bare year written without quotes is a YAML number; it is read as its digits.
 */
export const revisionNameSchema = z.preprocess(
  (value) => (typeof value === 'number' && Number.isInteger(value) && value >= 0 ? String(value) : value),
  z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a lowercase name with hyphens, like "2026" or "2027-h2"'),
);

/**
 * `content/ladder/revision.yaml`: names the revision of the ladder beside it. The current ladder's
 * file names the current revision; each frozen copy under `ladder/revisions/<name>/` has its own.
 */
export const revisionSchema = z.strictObject({
  /** The revision's name (`2026`): unique among the ladder's revisions; part of archived pages' URLs. */
  name: revisionNameSchema,
  /** When the revision took effect, as `YYYY-MM-DD`; no earlier revision may be dated after the current one. */
  date: z.iso.date({ message: 'expected a date written as YYYY-MM-DD, like 2026-01-15' }),
  /** What the authors want readers to know about this revision: the only prose of "what changed". */
  note: z.string().min(1).optional(),
});

export type RevisionData = z.output<typeof revisionSchema>;
