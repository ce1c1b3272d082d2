/**
 * Builds the career ladder from its content files. Dimensions and their steps are written once;
 * levels name steps; everything else (level pages, the matrix, comparisons, the JSON export,
 * charts) is derived from the `Ladder` returned here. Every problem is collected, none thrown.
 */
import { type Problem, sortProblems, zodProblems } from '../errors.ts';
import {
  activitySchema,
  dimensionSchema,
  type LevelData,
  levelSchema,
  trackSchema,
} from '../../schemas/ladder.ts';
import { createLadder } from './create-ladder.ts';
import { choicesHint } from './hints.ts';
import { checkLevel, type LevelReferences } from './level-rules.ts';
import { trapId } from './trap-id.ts';
import { type LadderSources, type LevelSource, parseRecords } from './sources.ts';
import type { Dimension, Ladder, Level } from './types.ts';

export type { LadderSources, LevelSource, RecordsSource, SourceFile, SourceRecord } from './sources.ts';

/** What the ladder's content may refer to outside content/ladder. */
export interface LadderContext {
  /** Ids of every published chapter (`<part>/<slug>`), for the levels' `chapters`. */
  readonly chapterIds: ReadonlySet<string>;
  /** Ids of draft chapters, which levels may not name either (they get their own message). */
  readonly draftChapterIds?: ReadonlySet<string>;
}

/** The ladder and every problem found while building it. */
export interface LadderBuild {
  /** Holds the levels whose schema, track and steps are valid (other problems do not remove a level). */
  readonly ladder: Ladder;
  /** Sorted by file, then path; empty when the content is clean. */
  readonly problems: readonly Problem[];
}

interface ParsedLevel {
  readonly source: LevelSource;
  readonly data: LevelData;
}

/** Parses and checks all ladder content, returning the ladder and every problem found. */
export function buildLadder(sources: LadderSources, context: LadderContext): LadderBuild {
  const problems: Problem[] = [];
  const tracks = parseRecords(sources.tracks, trackSchema, 'track', problems);
  const activities = parseRecords(sources.activities, activitySchema, 'activity', problems);
  const dimensionRecords = parseRecords(sources.dimensions, dimensionSchema, 'dimension', problems);
  const dimensions = dimensionRecords.records.map((record) => withUniqueSteps(record.file, record.path, record.value, problems));

  const parsed = parseLevels(sources.levels, problems);
  const refs: LevelReferences = {
    trackIds: tracks.records.map((r) => r.value.id),
    dimensions,
    activities: activities.records.map((r) => r.value),
    chapterIds: context.chapterIds,
    draftChapterIds: context.draftChapterIds,
    brokenIds: new Set([...tracks.brokenIds, ...activities.brokenIds, ...dimensionRecords.brokenIds]),
    unreadable: { tracks: tracks.unreadable, dimensions: dimensionRecords.unreadable, activities: activities.unreadable },
  };
  const levels: Level[] = [];
  for (const { source, data } of parsed) {
    const check = checkLevel(source.file, data, refs);
    problems.push(...check.problems);
    if (check.resolvable) levels.push(toLevel(source, data, refs));
  }
  problems.push(...duplicateRankProblems(parsed), ...belowProblems(parsed, sources.levels));

  const ladder = createLadder({
    tracks: tracks.records.map((r) => r.value),
    dimensions,
    activities: refs.activities,
    levels,
  });
  return { ladder, problems: sortProblems(problems) };
}

/** Parses every level's frontmatter; reports schema problems and a level id given twice. */
function parseLevels(sources: readonly LevelSource[], problems: Problem[]): ParsedLevel[] {
  const parsed: ParsedLevel[] = [];
  const seen = new Map<string, string>();
  for (const source of sources) {
    const other = seen.get(source.id);
    if (other !== undefined) {
      problems.push({
        file: source.file,
        path: [],
        message: `level id "${source.id}" is also the id of ${other}`,
        hint: 'a level id is its file name; rename one of the files',
      });
      continue;
    }
    seen.set(source.id, source.file);
    const result = levelSchema.safeParse(source.data, { reportInput: true });
    if (result.success) parsed.push({ source, data: result.data });
    else problems.push(...zodProblems(source.file, result.error, [], levelSchema));
  }
  return parsed;
}

/** Step ids must be unique within their dimension: a repeated step is reported and dropped. */
function withUniqueSteps(file: string, path: readonly PropertyKey[], dimension: Dimension, problems: Problem[]): Dimension {
  const seen = new Set<string>();
  const steps = dimension.steps.filter((step, index) => {
    if (!seen.has(step.id)) {
      seen.add(step.id);
      return true;
    }
    problems.push({
      file,
      path: [...path, 'steps', index, 'id'],
      message: `"${step.id}" is already a step of dimension "${dimension.id}"`,
      hint: 'each step of a dimension needs its own id',
    });
    return false;
  });
  return { ...dimension, steps };
}

/** Two levels of one track may not share a rank: ranks order the track and define "the level below". */
function duplicateRankProblems(parsed: readonly ParsedLevel[]): Problem[] {
  const problems: Problem[] = [];
  for (const { source, data } of parsed) {
    const others = parsed
      .filter((o) => o.source.id !== source.id && o.data.track === data.track && o.data.rank === data.rank)
      .map((o) => `"${o.source.id}"`);
    if (others.length === 0) continue;
    problems.push({
      file: source.file,
      path: ['rank'],
      message: `rank ${data.rank} is also the rank of ${others.join(', ')} in track "${data.track}"`,
      hint: `give each level of track "${data.track}" its own rank (higher = more senior)`,
    });
  }
  return problems;
}

/** `below` must name another existing level. */
function belowProblems(parsed: readonly ParsedLevel[], sources: readonly LevelSource[]): Problem[] {
  const levelIds = sources.map((s) => s.id);
  const problems: Problem[] = [];
  for (const { source, data } of parsed) {
    if (data.below === undefined) continue;
    if (data.below === source.id) {
      problems.push({
        file: source.file,
        path: ['below'],
        message: 'a level cannot be below itself',
        hint: 'name the level people usually come from, or remove "below" to use the next lower rank',
      });
    } else if (!levelIds.includes(data.below)) {
      problems.push({
        file: source.file,
        path: ['below'],
        message: `"${data.below}" is not a level`,
        hint: choicesHint(data.below, levelIds, 'levels'),
      });
    }
  }
  return problems;
}

/** The resolved level: every activity present in `week`, optional lists as empty lists. */
function toLevel(source: LevelSource, data: LevelData, refs: LevelReferences): Level {
  const week: Record<string, number> = {};
  for (const activity of refs.activities) week[activity.id] = data.week[activity.id] ?? 0;
  const steps: Record<string, string> = {};
  for (const dimension of refs.dimensions) steps[dimension.id] = data.steps[dimension.id]!;
  return {
    id: source.id,
    file: source.file,
    title: data.title,
    code: data.code,
    track: data.track,
    rank: data.rank,
    summary: data.summary,
    steps,
    week,
    weekEstimate: data.weekEstimate ?? false,
    signals: data.signals,
    traps: data.traps.map((trap) => ({ ...trap, id: trapId(trap) })),
    archetypes: data.archetypes ?? [],
    path: data.path,
    checklist: data.checklist ?? [],
    chapters: data.chapters ?? [],
    ...(data.below === undefined ? {} : { declaredBelow: data.below }),
    ...(data.formerly === undefined ? {} : { formerly: data.formerly }),
  };
}
