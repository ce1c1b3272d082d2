/**
 * The rules one level must follow on its own (cross-level rules such as unique ranks and `below`
 * live in model.ts). Each rule returns problems authors can act on; none throws.
 */
import { closest, type Problem } from '../errors.ts';
import type { LevelData } from '../../schemas/ladder.ts';
import { draftReference } from '../links/drafts.ts';
import { choicesHint } from './hints.ts';
import { trapId } from './trap-id.ts';
import type { Activity, Dimension } from './types.ts';

/** What a level may refer to. */
export interface LevelReferences {
  /** Track ids in file order. */
  readonly trackIds: readonly string[];
  readonly dimensions: readonly Dimension[];
  readonly activities: readonly Activity[];
  /** Published chapters. */
  readonly chapterIds: ReadonlySet<string>;
  /** Chapters that are drafts: named by a level, they get their own message. */
  readonly draftChapterIds?: ReadonlySet<string> | undefined;
  /** Ids of entries that failed their own schema: references to them are not reported again. */
  readonly brokenIds: ReadonlySet<string>;
  /** List files that could not be read at all: references into them are not checked. */
  readonly unreadable: { readonly tracks: boolean; readonly dimensions: boolean; readonly activities: boolean };
}

/** The problems of one level, and whether its track and steps resolved (so it can enter the ladder). */
export interface LevelCheck {
  readonly problems: readonly Problem[];
  readonly resolvable: boolean;
}

/** Runs every single-level rule on a level whose frontmatter passed the schema. */
export function checkLevel(file: string, data: LevelData, refs: LevelReferences): LevelCheck {
  const trackProblems = checkTrack(file, data, refs);
  const stepProblems = checkSteps(file, data, refs);
  const problems = [
    ...trackProblems,
    ...stepProblems,
    ...checkWeek(file, data, refs),
    ...checkSignals(file, data),
    ...checkTraps(file, data),
    ...checkChapters(file, data, refs),
  ];
  return { problems, resolvable: trackProblems.length === 0 && stepProblems.length === 0 };
}

/** The track must be one of tracks.yaml. */
export function checkTrack(file: string, data: LevelData, refs: LevelReferences): Problem[] {
  if (refs.unreadable.tracks || refs.trackIds.includes(data.track) || refs.brokenIds.has(data.track)) return [];
  return [
    {
      file,
      path: ['track'],
      message: `"${data.track}" is not a track`,
      hint: choicesHint(data.track, refs.trackIds, 'tracks'),
    },
  ];
}

/** Exactly one existing step for every dimension, and no key that is not a dimension. */
export function checkSteps(file: string, data: LevelData, refs: LevelReferences): Problem[] {
  if (refs.unreadable.dimensions) return [];
  const problems: Problem[] = [];
  const dimensionIds = refs.dimensions.map((d) => d.id);
  for (const [key, stepId] of Object.entries(data.steps)) {
    const dimension = refs.dimensions.find((d) => d.id === key);
    if (!dimension) {
      if (refs.brokenIds.has(key)) continue;
      problems.push({
        file,
        path: ['steps', key],
        message: `"${key}" is not a dimension`,
        hint: choicesHint(key, dimensionIds, 'dimensions'),
      });
      continue;
    }
    const stepIds = dimension.steps.map((s) => s.id);
    if (!stepIds.includes(stepId)) {
      problems.push({
        file,
        path: ['steps', key],
        message: `"${stepId}" is not a step of dimension "${key}"`,
        hint: choicesHint(stepId, stepIds, `steps of ${key}, low to high`),
      });
    }
  }
  for (const dimension of refs.dimensions) {
    if (dimension.id in data.steps) continue;
    const stepIds = dimension.steps.map((s) => s.id);
    problems.push({
      file,
      path: ['steps', dimension.id],
      message: `no step named for dimension "${dimension.id}"`,
      hint: `add "${dimension.id}: <step>" under steps; steps of ${dimension.id}, low to high: ${stepIds.join(', ')}`,
    });
  }
  return problems;
}

/** Week keys must be activities and the shares must add up to 100. */
export function checkWeek(file: string, data: LevelData, refs: LevelReferences): Problem[] {
  const problems: Problem[] = [];
  const activityIds = refs.activities.map((a) => a.id);
  const entries = Object.entries(data.week);
  for (const [key] of entries) {
    if (refs.unreadable.activities || activityIds.includes(key) || refs.brokenIds.has(key)) continue;
    problems.push({
      file,
      path: ['week', key],
      message: `"${key}" is not an activity`,
      hint: choicesHint(key, activityIds, 'activities'),
    });
  }
  const sum = entries.reduce((total, [, share]) => total + share, 0);
  if (sum !== 100) {
    const addition = entries.map(([key, share]) => `${key} ${share}`).join(' + ');
    problems.push({
      file,
      path: ['week'],
      message: `the shares add up to ${sum}%, not 100%`,
      hint: entries.length > 0 ? `${addition} = ${sum}; change them so they total 100` : `give each activity a share: ${activityIds.join(', ')}`,
    });
  }
  return problems;
}

/** Signal ids are unique within the level. */
export function checkSignals(file: string, data: LevelData): Problem[] {
  const problems: Problem[] = [];
  const firstIndex = new Map<string, number>();
  data.signals.forEach((signal, index) => {
    const first = firstIndex.get(signal.id);
    if (first === undefined) {
      firstIndex.set(signal.id, index);
      return;
    }
    problems.push({
      file,
      path: ['signals', index, 'id'],
      message: `signal id "${signal.id}" is already used by signals[${first}]`,
      hint: 'signal ids are stable references; give each signal its own id',
    });
  });
  return problems;
}

/** Trap ids (written, or defaulted from the title) are unique within the level: revisions match traps by them. */
export function checkTraps(file: string, data: LevelData): Problem[] {
  const problems: Problem[] = [];
  const firstIndex = new Map<string, number>();
  data.traps.forEach((trap, index) => {
    const id = trapId(trap);
    const first = firstIndex.get(id);
    if (first === undefined) {
      firstIndex.set(id, index);
      return;
    }
    problems.push({
      file,
      path: ['traps', index, trap.id === undefined ? 'title' : 'id'],
      message: `trap id "${id}" is already the id of traps[${first}]`,
      hint: trap.id === undefined ? 'a trap\'s id defaults to its title; give one of the two its own title or an "id:"' : 'give each trap its own id',
    });
  });
  return problems;
}

/** Related chapters must exist. */
export function checkChapters(file: string, data: LevelData, refs: LevelReferences): Problem[] {
  const problems: Problem[] = [];
  (data.chapters ?? []).forEach((chapter, index) => {
    if (refs.chapterIds.has(chapter)) return;
    if (refs.draftChapterIds?.has(chapter)) {
      problems.push({ file, path: ['chapters', index], ...draftReference(`chapter:${chapter}`) });
      return;
    }
    const guess = closest(chapter, refs.chapterIds);
    problems.push({
      file,
      path: ['chapters', index],
      message: `"${chapter}" is not a chapter`,
      hint: guess
        ? `did you mean "${guess}"?`
        : 'a chapter id is "<part>/<slug>" for content/chapters/<part>/<NN>-<slug>.mdx',
    });
  });
  return problems;
}
