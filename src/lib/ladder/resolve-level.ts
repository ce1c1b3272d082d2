import type { Ladder, Level, LevelRef } from './types.ts';

/** The level for a `Level` or an id; throws for an id the ladder lacks (a code bug, not content). */
export function resolveLevel(ladder: Ladder, ref: LevelRef): Level {
  const level = typeof ref === 'string' ? ladder.level(ref) : ref;
  if (!level) throw new Error(`The ladder has no level "${String(ref)}"`);
  return level;
}
