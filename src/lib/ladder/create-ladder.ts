/**
 * Assembles a `Ladder` from parts that are already known to be consistent (buildLadder checks
 * them first): sorts levels and answers the questions pages ask.
 */
import type { TrackData } from '../../schemas/ladder.ts';
import type {
  Activity,
  Dimension,
  Ladder,
  LadderMatrix,
  Level,
  LevelRef,
  StepPosition,
  Track,
  WeekShare,
} from './types.ts';

/** The checked parts of a ladder. */
export interface LadderParts {
  /** Tracks in file order. */
  readonly tracks: readonly TrackData[];
  /** Dimensions in file order. */
  readonly dimensions: readonly Dimension[];
  /** Activities in file order. */
  readonly activities: readonly Activity[];
  /** Levels in any order; every track and step they name must exist. */
  readonly levels: readonly Level[];
}

/** Orders levels by rank, then id, so ties (already reported as problems) stay deterministic. */
function byRank(a: Level, b: Level): number {
  return a.rank - b.rank || a.id.localeCompare(b.id);
}

/** Builds the `Ladder` object over consistent parts. */
export function createLadder(parts: LadderParts): Ladder {
  const tracks: Track[] = parts.tracks.map((track) => ({
    ...track,
    levels: parts.levels.filter((level) => level.track === track.id).sort(byRank),
  }));
  const levels = tracks.flatMap((track) => track.levels);
  const trackById = new Map(tracks.map((t) => [t.id, t]));
  const levelById = new Map(levels.map((l) => [l.id, l]));
  const dimensionById = new Map(parts.dimensions.map((d) => [d.id, d]));
  const activityById = new Map(parts.activities.map((a) => [a.id, a]));

  const resolve = (ref: LevelRef): Level => {
    const level = typeof ref === 'string' ? levelById.get(ref) : ref;
    if (!level) throw new Error(`The ladder has no level "${String(ref)}"`);
    return level;
  };
  const levelsOf = (track: Track | string): readonly Level[] =>
    trackById.get(typeof track === 'string' ? track : track.id)?.levels ?? [];

  const stepOf = (ref: LevelRef, dimensionId: string): StepPosition => {
    const level = resolve(ref);
    const dimension = dimensionById.get(dimensionId);
    if (!dimension) throw new Error(`The ladder has no dimension "${dimensionId}"`);
    const index = dimension.steps.findIndex((s) => s.id === level.steps[dimensionId]);
    const step = dimension.steps[index];
    if (!step) throw new Error(`Level "${level.id}" has no step on dimension "${dimensionId}"`);
    return { dimension, step, index, of: dimension.steps.length };
  };
  const profile = (ref: LevelRef): readonly StepPosition[] =>
    parts.dimensions.map((dimension) => stepOf(ref, dimension.id));
  const weekOf = (ref: LevelRef): readonly WeekShare[] => {
    const level = resolve(ref);
    return parts.activities.map((activity) => ({ activity, share: level.week[activity.id] ?? 0 }));
  };

  const below = (ref: LevelRef): Level | undefined => {
    const level = resolve(ref);
    const declared = level.declaredBelow ? levelById.get(level.declaredBelow) : undefined;
    if (declared) return declared;
    return levelsOf(level.track).findLast((other) => other.rank < level.rank);
  };
  const above = (ref: LevelRef): Level | undefined => {
    const level = resolve(ref);
    return levelsOf(level.track).find((other) => other.rank > level.rank);
  };
  const matrix = (track?: Track | string): LadderMatrix => ({
    dimensions: parts.dimensions,
    rows: (track === undefined ? levels : levelsOf(track)).map((level) => ({ level, cells: profile(level) })),
  });

  return {
    tracks,
    dimensions: parts.dimensions,
    activities: parts.activities,
    levels,
    track: (id) => trackById.get(id),
    level: (id) => levelById.get(id),
    dimension: (id) => dimensionById.get(id),
    activity: (id) => activityById.get(id),
    levelsOf,
    stepOf,
    profile,
    weekOf,
    below,
    above,
    matrix,
  };
}
