/**
 * The resolved career ladder: what `buildLadder` returns once every reference has been checked.
 * Pages, comparisons, charts and the JSON export all read these types, never the raw frontmatter.
 */
import type {
  ActivityData,
  ArchetypeData,
  ChecklistItemData,
  DimensionData,
  SignalData,
  StepData,
  TrackData,
  TrapData,
} from '../../schemas/ladder.ts';

export type Step = Readonly<StepData>;
export type Activity = Readonly<ActivityData>;
export type Signal = Readonly<SignalData>;
/** A trap with its id resolved: the written `id`, else its title as a slug (see `trapId`). */
export type Trap = Readonly<TrapData> & { readonly id: string };
export type Archetype = Readonly<ArchetypeData>;
export type ChecklistItem = Readonly<ChecklistItemData>;

/** A dimension with its steps from lowest to highest. */
export interface Dimension extends Readonly<Omit<DimensionData, 'steps'>> {
  readonly steps: readonly Step[];
}

/** A level whose track, steps and week have been checked against the ladder's definitions. */
export interface Level {
  /** The level's id: its file name without `.mdx`. */
  readonly id: string;
  /** The source file, relative to the project root (for "edit this page" links and problems). */
  readonly file: string;
  /** Display title ("Staff Engineer"). */
  readonly title: string;
  /** Level code ("L6", "EM L6"). */
  readonly code: string;
  /** Id of the level's track. */
  readonly track: string;
  /** Seniority within the track; orders the track and defines the default level below. */
  readonly rank: number;
  /** One line describing the level. */
  readonly summary: string;
  /** Dimension id → step id, for every dimension of the ladder. */
  readonly steps: Readonly<Record<string, string>>;
  /** Activity id → percent, for every activity of the ladder (0 where the source leaves it out). */
  readonly week: Readonly<Record<string, number>>;
  /** `true` when `week` is the authors' estimate rather than sourced figures (frontmatter `weekEstimate`, default false). */
  readonly weekEstimate: boolean;
  /** What shows someone is ready for this level. */
  readonly signals: readonly Signal[];
  /** What keeps people below this level. */
  readonly traps: readonly Trap[];
  /** Empty when the level has no archetypes. */
  readonly archetypes: readonly Archetype[];
  /** How people get into this level, in order. */
  readonly path: readonly string[];
  /** Empty when the level has no checklist. */
  readonly checklist: readonly ChecklistItem[];
  /** Related chapter ids, most relevant first. */
  readonly chapters: readonly string[];
  /** The `below` written in the frontmatter, if any; use `ladder.below(level)` for the resolved answer. */
  readonly declaredBelow?: string;
  /** The level's id in the previous revision, when it changed (`formerly` in the frontmatter). */
  readonly formerly?: string;
}

/** A track with its levels ordered by rank, lowest first. */
export interface Track extends Readonly<TrackData> {
  readonly levels: readonly Level[];
}

/** Where a level stands on one dimension. */
export interface StepPosition {
  readonly dimension: Dimension;
  readonly step: Step;
  /** 0-based index of the step (0 = lowest). */
  readonly index: number;
  /** How many steps the dimension has. */
  readonly of: number;
}

/** One activity's share of a level's week. */
export interface WeekShare {
  readonly activity: Activity;
  /** Percent of the week, 0–100. */
  readonly share: number;
}

/** Levels × dimensions: each row is one level, each cell its step on the column's dimension. */
export interface LadderMatrix {
  readonly dimensions: readonly Dimension[];
  readonly rows: readonly { readonly level: Level; readonly cells: readonly StepPosition[] }[];
}

/** A level, or its id (methods throw for an id the ladder does not contain: that is a code bug). */
export type LevelRef = Level | string;

/** The career ladder, ready for pages. */
export interface Ladder {
  /** Tracks in file order, each with its levels ordered by rank. */
  readonly tracks: readonly Track[];
  /** Dimensions in file order. */
  readonly dimensions: readonly Dimension[];
  /** Activities in file order. */
  readonly activities: readonly Activity[];
  /** Every level: by track (file order), then rank, then id. */
  readonly levels: readonly Level[];
  /** The track with this id, if any. */
  track(id: string): Track | undefined;
  /** The level with this id, if any. */
  level(id: string): Level | undefined;
  /** The dimension with this id, if any. */
  dimension(id: string): Dimension | undefined;
  /** The activity with this id, if any. */
  activity(id: string): Activity | undefined;
  /** A track's levels ordered by rank; empty for an unknown track. */
  levelsOf(track: Track | string): readonly Level[];
  /** The level's step on one dimension, with its position. */
  stepOf(level: LevelRef, dimensionId: string): StepPosition;
  /** The level's step on every dimension, in dimension order. */
  profile(level: LevelRef): readonly StepPosition[];
  /** The level's share of every activity, in activity order. */
  weekOf(level: LevelRef): readonly WeekShare[];
  /** The level people usually come from: the `below` override, else the same track's next lower rank. */
  below(level: LevelRef): Level | undefined;
  /** The same track's next higher rank. */
  above(level: LevelRef): Level | undefined;
  /** Levels × dimensions, for every level or for one track's levels. */
  matrix(track?: Track | string): LadderMatrix;
}
