/**
 * Version 1 → 2: self-assessments may record the ladder revision they were made against
 * (`LevelAssessment.revision`). Nothing saved at version 1 knew its revision, so entries stay as they
 * are, without one; only the version changes. The bump matters all the same: an older Ladderbook
 * still open in another tab refuses version 2 as newer instead of reading it and dropping the
 * revision on its next save.
 */
import type { JsonObject } from './migrate.ts';

export function fromV1(data: JsonObject): JsonObject {
  return { ...data, version: 2 };
}
