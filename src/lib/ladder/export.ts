/**
 * The published `ladder.json`: the whole ladder with every reference resolved, so other tools
 * (spreadsheets, HR systems, scripts) need no knowledge of the content files. Its shape is
 * `ladderExportSchema`, published as `ladder.schema.json`.
 */
import type { ExportLevel, LadderExport } from '../../schemas/ladder.ts';
import { comparisonPairs } from './pairs.ts';
import type { Ladder, Level } from './types.ts';
import { comparisonUrl, levelUrl } from './urls.ts';

/** The ladder.json object; `base` is the site's base path (`/` or `/handbook/`). */
export function ladderExport(ladder: Ladder, base: string): LadderExport {
  return {
    tracks: ladder.tracks.map((track) => ({
      id: track.id,
      name: track.name,
      summary: track.summary,
      levels: track.levels.map((level) => level.id),
    })),
    dimensions: ladder.dimensions.map((dimension) => ({
      id: dimension.id,
      name: dimension.name,
      question: dimension.question,
      steps: dimension.steps.map((step) => ({ id: step.id, label: step.label, description: step.description })),
    })),
    activities: ladder.activities.map((activity) => ({ id: activity.id, name: activity.name })),
    levels: ladder.levels.map((level) => exportLevel(ladder, level, base)),
    comparisons: comparisonPairs(ladder).map((pair) => ({
      from: pair.from.id,
      to: pair.to.id,
      url: comparisonUrl(base, pair.from.id, pair.to.id),
    })),
  };
}

function exportLevel(ladder: Ladder, level: Level, base: string): ExportLevel {
  const steps: ExportLevel['steps'] = {};
  for (const position of ladder.profile(level)) {
    steps[position.dimension.id] = {
      step: position.step.id,
      label: position.step.label,
      description: position.step.description,
      index: position.index,
      of: position.of,
    };
  }
  const week: ExportLevel['week'] = {};
  for (const { activity, share } of ladder.weekOf(level)) week[activity.id] = share;
  return {
    id: level.id,
    title: level.title,
    code: level.code,
    track: level.track,
    rank: level.rank,
    summary: level.summary,
    url: levelUrl(base, level.id),
    steps,
    week,
    weekEstimate: level.weekEstimate,
    signals: level.signals.map((s) => ({ id: s.id, text: s.text })),
    traps: level.traps.map((t) => ({ id: t.id, title: t.title, text: t.text })),
    archetypes: level.archetypes.map((a) => ({ name: a.name, does: a.does, thrives: a.thrives })),
    path: [...level.path],
    checklist: level.checklist.map((c) => ({ title: c.title, text: c.text })),
    chapters: [...level.chapters],
    below: ladder.below(level)?.id ?? null,
    above: ladder.above(level)?.id ?? null,
  };
}
