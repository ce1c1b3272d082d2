/**
 * What changed between two revisions of the ladder, derived from the data alone: levels added,
 * retired, renamed or moved to another track; the steps each level moved on each dimension, with
 * their direction; signals and traps added, retired or reworded; the week shares that changed; and
 * the ladder-wide definitions (tracks, dimensions and their steps, activities).
 *
 * Everything is matched by id: levels by their id, or through `formerly` when the id changed;
 * signals by their stable id; traps by theirs (the title as a slug unless written, see trap-id.ts);
 * steps, dimensions, tracks and activities by theirs. Nothing is matched by text or position, so a
 * reworded signal is a rewording and never a retirement plus an addition.
 */
import type { TrackData } from '../../schemas/ladder.ts';
import type { Activity, Dimension, Ladder, Level, Signal, Step, Trap } from './types.ts';

/** Which way a level moved on a dimension. */
export type StepDirection = 'up' | 'down';

/** Something named, as the change lists show it. */
export interface Named {
  readonly id: string;
  readonly name: string;
}

/** A value before and after. */
export interface Change<T> {
  readonly before: T;
  readonly after: T;
}

/** A level's step on one dimension that is not what it was. */
export interface StepMove {
  readonly dimension: Named;
  /** The step before; undefined when the dimension is new. */
  readonly from?: Step;
  /** The step after; undefined when the dimension was retired. */
  readonly to?: Step;
  /** Up or down the dimension; undefined when there is nothing to compare (a new or retired dimension). */
  readonly direction?: StepDirection;
}

/** Signals of one level, matched by id. */
export interface SignalChanges {
  readonly added: readonly Signal[];
  readonly retired: readonly Signal[];
  /** Same id, different text. */
  readonly reworded: readonly Change<Signal>[];
}

/** Traps of one level, matched by id. */
export interface TrapChanges {
  readonly added: readonly Trap[];
  readonly retired: readonly Trap[];
  /** Same id, different title or text. */
  readonly reworded: readonly Change<Trap>[];
}

/** One activity's share of a level's week, before and after (0 where the activity did not exist). */
export interface WeekShareChange {
  readonly activity: Named;
  readonly from: number;
  readonly to: number;
  /** Percentage points, `to − from`. */
  readonly delta: number;
}

/** What a level's identity was and is: id, title and code. */
export interface LevelName {
  readonly id: string;
  readonly title: string;
  readonly code: string;
}

/** A level present on both sides whose data changed. */
export interface LevelChanged {
  readonly kind: 'changed';
  readonly before: Level;
  readonly after: Level;
  /** Set when the id, title or code changed. */
  readonly renamed?: Change<LevelName>;
  /** Set when the level moved to another track. */
  readonly moved?: Change<Named>;
  /** Dimensions whose step changed, in the newer ladder's dimension order (retired dimensions last). */
  readonly steps: readonly StepMove[];
  readonly signals: SignalChanges;
  readonly traps: TrapChanges;
  /** Activities whose share changed, in the newer ladder's activity order (retired activities last). */
  readonly week: readonly WeekShareChange[];
}

/** A level only the newer ladder has. */
export interface LevelAdded {
  readonly kind: 'added';
  readonly level: Level;
}

/** A level only the older ladder has. */
export interface LevelRetired {
  readonly kind: 'retired';
  readonly level: Level;
}

export type LevelChange = LevelChanged | LevelAdded | LevelRetired;

/** Entries of a definition list (tracks, dimensions, activities), matched by id. */
export interface ListChanges {
  readonly added: readonly Named[];
  readonly retired: readonly Named[];
  /** Same id, another display name. */
  readonly renamed: readonly Change<Named>[];
}

/** The steps of one dimension present on both sides, matched by id. */
export interface DimensionStepChanges {
  readonly dimension: Named;
  readonly added: readonly Step[];
  readonly retired: readonly Step[];
  /** Same id, another label or description. */
  readonly reworded: readonly Change<Step>[];
}

/** Everything that changed from `before` to `after`. */
export interface LadderDiff {
  /** Levels that changed, in the newer ladder's order, then retired levels in the older one's. */
  readonly levels: readonly LevelChange[];
  readonly tracks: ListChanges;
  readonly dimensions: ListChanges;
  /** Dimensions on both sides whose steps changed, in the newer ladder's order. */
  readonly steps: readonly DimensionStepChanges[];
  readonly activities: ListChanges;
}

/** The level of `before` that `level` (of the newer ladder) continues: same id, or its `formerly`. */
export function predecessorOf(before: Ladder, after: Ladder, level: Level): Level | undefined {
  const same = before.level(level.id);
  if (same) return same;
  if (level.formerly === undefined || after.level(level.formerly)) return undefined;
  return before.level(level.formerly);
}

/** Compares two revisions of a ladder, `before` older than `after`. */
export function diffLadders(before: Ladder, after: Ladder): LadderDiff {
  const matched = new Set<string>();
  const levels: LevelChange[] = [];
  for (const level of after.levels) {
    const previous = predecessorOf(before, after, level);
    if (!previous) {
      levels.push({ kind: 'added', level });
      continue;
    }
    matched.add(previous.id);
    const change = diffLevel(before, after, previous, level);
    if (change) levels.push(change);
  }
  for (const level of before.levels) if (!matched.has(level.id)) levels.push({ kind: 'retired', level });

  return {
    levels,
    tracks: listChanges(before.tracks.map(trackNamed), after.tracks.map(trackNamed)),
    dimensions: listChanges(before.dimensions.map(named), after.dimensions.map(named)),
    steps: after.dimensions.flatMap((dimension) => {
      const old = before.dimension(dimension.id);
      const change = old ? stepChanges(old, dimension) : undefined;
      return change ? [change] : [];
    }),
    activities: listChanges(before.activities.map(named), after.activities.map(named)),
  };
}

/** How one level changed from `old` (in `before`) to `level` (in `after`); undefined when it did not. */
export function diffLevel(before: Ladder, after: Ladder, old: Level, level: Level): LevelChanged | undefined {
  const name = (l: Level): LevelName => ({ id: l.id, title: l.title, code: l.code });
  const renamed = old.id !== level.id || old.title !== level.title || old.code !== level.code;
  const moved = old.track !== level.track;
  const steps = stepMoves(before, after, old, level);
  const signals = matchById(old.signals, level.signals, (a, b) => a.text === b.text);
  const traps = matchById(old.traps, level.traps, (a, b) => a.title === b.title && a.text === b.text);
  const week = weekChanges(before, after, old, level);
  const changed =
    renamed || moved || steps.length > 0 || week.length > 0 || [signals, traps].some((c) => c.added.length + c.retired.length + c.reworded.length > 0);
  if (!changed) return undefined;
  return {
    kind: 'changed',
    before: old,
    after: level,
    ...(renamed ? { renamed: { before: name(old), after: name(level) } } : {}),
    ...(moved ? { moved: { before: trackNamed(before.track(old.track)!), after: trackNamed(after.track(level.track)!) } } : {}),
    steps,
    signals,
    traps,
    week,
  };
}

/** The change of one level of the newer ladder, if it changed (by its id there). */
export function changeOfLevel(diff: LadderDiff, levelId: string): LevelChanged | LevelAdded | undefined {
  return diff.levels.find((c): c is LevelChanged | LevelAdded => (c.kind === 'changed' ? c.after.id === levelId : c.kind === 'added' && c.level.id === levelId));
}

/** Whether nothing at all changed. */
export function isEmptyDiff(diff: LadderDiff): boolean {
  const lists = [diff.tracks, diff.dimensions, diff.activities];
  return diff.levels.length === 0 && diff.steps.length === 0 && lists.every((l) => l.added.length + l.retired.length + l.renamed.length === 0);
}

function named(item: Dimension | Activity): Named {
  return { id: item.id, name: item.name };
}

function trackNamed(track: TrackData): Named {
  return { id: track.id, name: track.name };
}

function stepMoves(before: Ladder, after: Ladder, old: Level, level: Level): StepMove[] {
  const moves: StepMove[] = [];
  for (const dimension of after.dimensions) {
    const oldDimension = before.dimension(dimension.id);
    const to = dimension.steps.find((s) => s.id === level.steps[dimension.id]);
    const from = oldDimension?.steps.find((s) => s.id === old.steps[dimension.id]);
    if (!from) {
      moves.push({ dimension: named(dimension), ...(to ? { to } : {}) });
      continue;
    }
    if (from.id === to?.id) continue;
    const direction = stepDirection(oldDimension!, dimension, from.id, to?.id);
    moves.push({ dimension: named(dimension), from, ...(to ? { to } : {}), ...(direction ? { direction } : {}) });
  }
  for (const dimension of before.dimensions) {
    if (after.dimension(dimension.id)) continue;
    const from = dimension.steps.find((s) => s.id === old.steps[dimension.id]);
    moves.push({ dimension: named(dimension), ...(from ? { from } : {}) });
  }
  return moves;
}

/**
 * Up or down: by the newer dimension's order when it has both steps, else by the older one's, else
 * by how far along its own dimension each step sits (a step renamed and moved at once).
 */
export function stepDirection(oldDimension: Dimension, dimension: Dimension, fromId: string, toId: string | undefined): StepDirection | undefined {
  if (toId === undefined) return undefined;
  const order = (d: Dimension) => {
    const a = d.steps.findIndex((s) => s.id === fromId);
    const b = d.steps.findIndex((s) => s.id === toId);
    return a >= 0 && b >= 0 ? b - a : undefined;
  };
  const fraction = (d: Dimension, id: string) => d.steps.findIndex((s) => s.id === id) / Math.max(1, d.steps.length - 1);
  const delta = order(dimension) ?? order(oldDimension) ?? fraction(dimension, toId) - fraction(oldDimension, fromId);
  return delta > 0 ? 'up' : delta < 0 ? 'down' : undefined;
}

function matchById<T extends { readonly id: string }>(before: readonly T[], after: readonly T[], same: (a: T, b: T) => boolean) {
  const old = new Map(before.map((item) => [item.id, item]));
  const ids = new Set(after.map((item) => item.id));
  return {
    added: after.filter((item) => !old.has(item.id)),
    retired: before.filter((item) => !ids.has(item.id)),
    reworded: after.flatMap((item) => {
      const previous = old.get(item.id);
      return previous && !same(previous, item) ? [{ before: previous, after: item }] : [];
    }),
  };
}

function weekChanges(before: Ladder, after: Ladder, old: Level, level: Level): WeekShareChange[] {
  const activities = [...after.activities.map(named), ...before.activities.filter((a) => !after.activity(a.id)).map(named)];
  return activities.flatMap((activity) => {
    const from = old.week[activity.id] ?? 0;
    const to = level.week[activity.id] ?? 0;
    return from === to ? [] : [{ activity, from, to, delta: to - from }];
  });
}

function listChanges(before: readonly Named[], after: readonly Named[]): ListChanges {
  const old = new Map(before.map((item) => [item.id, item]));
  const ids = new Set(after.map((item) => item.id));
  return {
    added: after.filter((item) => !old.has(item.id)),
    retired: before.filter((item) => !ids.has(item.id)),
    renamed: after.flatMap((item) => {
      const previous = old.get(item.id);
      return previous && previous.name !== item.name ? [{ before: previous, after: item }] : [];
    }),
  };
}

function stepChanges(before: Dimension, after: Dimension): DimensionStepChanges | undefined {
  const changes = matchById(before.steps, after.steps, (a, b) => a.label === b.label && a.description === b.description);
  if (changes.added.length + changes.retired.length + changes.reworded.length === 0) return undefined;
  return { dimension: named(after), ...changes };
}
