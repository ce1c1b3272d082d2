/**
 * The ladder in another language: the source's structure (ids, ranks, steps, weeks) with the
 * translation's texts laid over it, matched by id (tracks, dimensions and their steps, activities,
 * levels' signals and traps) or by position (archetypes, the way in, the checklist). What is not
 * translated keeps the source's text.
 */
import type { LocaleContent } from '../content/model.ts';
import type { LadderParts } from './create-ladder.ts';
import type { Level } from './types.ts';

type LadderTranslation = LocaleContent['ladder'];

/** `overlay` without its undefined values, spread over `base`. */
function over<T extends object>(base: T, overlay: Partial<T> | undefined): T {
  if (!overlay) return base;
  return { ...base, ...Object.fromEntries(Object.entries(overlay).filter(([, value]) => value !== undefined)) };
}

function translateLevel(level: Level, t: LadderTranslation['levels'][string] | undefined): Level {
  if (!t) return level;
  const signals = new Map(t.signals?.map((s) => [s.id, s.text]));
  const traps = new Map(t.traps?.map((trap) => [trap.id, trap]));
  return {
    ...level,
    title: t.title ?? level.title,
    summary: t.summary ?? level.summary,
    signals: level.signals.map((s) => ({ ...s, text: signals.get(s.id) ?? s.text })),
    traps: level.traps.map((trap) => over(trap, traps.get(trap.id) && { title: traps.get(trap.id)!.title, text: traps.get(trap.id)!.text })),
    archetypes: level.archetypes.map((a, i) => over(a, t.archetypes?.[i])),
    path: level.path.map((p, i) => t.path?.[i] ?? p),
    checklist: level.checklist.map((c, i) => over(c, t.checklist?.[i])),
  };
}

export function translateLadder(parts: LadderParts, t: LadderTranslation | undefined): LadderParts {
  if (!t) return parts;
  return {
    tracks: parts.tracks.map((track) => over(track, t.tracks[track.id])),
    activities: parts.activities.map((activity) => over(activity, t.activities[activity.id])),
    dimensions: parts.dimensions.map((dimension) => {
      const d = t.dimensions[dimension.id];
      const steps = new Map(d?.steps?.map((s) => [s.id, s]));
      return {
        ...over(dimension, d && { name: d.name, question: d.question }),
        steps: dimension.steps.map((step) => over(step, steps.get(step.id) && { label: steps.get(step.id)!.label, description: steps.get(step.id)!.description })),
      };
    }),
    levels: parts.levels.map((level) => translateLevel(level, t.levels[level.id])),
  };
}
