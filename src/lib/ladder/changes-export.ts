/**
 * The published `ladder-changes.json`: every revision, newest first, with what changed since the one
 * before it, level by level, as diffLadders finds it, with the URLs of the pages involved. Its shape
 * is `ladderChangesExportSchema`, published as `ladder-changes.schema.json`.
 */
import type { LadderChangesExport, LevelChangeExport } from '../../schemas/ladder-changes-export.ts';
import type { LevelChange, ListChanges } from './diff.ts';
import type { Revision, RevisionStep } from './history.ts';
import { changesUrl, levelUrlIn } from './revision-urls.ts';
import type { Level, Trap } from './types.ts';

export function ladderChangesExport(history: readonly RevisionStep[], base: string): LadderChangesExport {
  return {
    current: history.find((r) => r.current)?.info.name ?? null,
    revisions: history.map((step) => ({
      name: step.info.name,
      date: step.info.date,
      note: step.info.note ?? null,
      current: step.current,
      url: changesUrl(base, step.info.name),
      previous: step.previous?.info.name ?? null,
      changes:
        step.diff && step.previous
          ? {
              levels: step.diff.levels.map((change) => levelChange(change, step, step.previous!, base)),
              tracks: list(step.diff.tracks),
              dimensions: list(step.diff.dimensions),
              steps: step.diff.steps.map((d) => ({
                dimension: d.dimension,
                added: d.added.map((s) => ({ id: s.id, label: s.label })),
                retired: d.retired.map((s) => ({ id: s.id, label: s.label })),
                reworded: d.reworded.map((s) => ({ id: s.after.id, before: { label: s.before.label, description: s.before.description }, after: { label: s.after.label, description: s.after.description } })),
              })),
              activities: list(step.diff.activities),
            }
          : null,
    })),
  };
}

function ref(level: Level, revision: Revision, base: string) {
  return { id: level.id, title: level.title, code: level.code, track: level.track, url: levelUrlIn(base, revision, level.id) };
}

const trap = (t: Trap) => ({ id: t.id, title: t.title, text: t.text });

function levelChange(change: LevelChange, step: Revision, previous: Revision, base: string): LevelChangeExport {
  switch (change.kind) {
    case 'added':
      return { kind: 'added', level: ref(change.level, step, base) };
    case 'retired':
      return { kind: 'retired', level: ref(change.level, previous, base) };
    case 'changed':
      return {
        kind: 'changed',
        level: ref(change.after, step, base),
        before: ref(change.before, previous, base),
        renamed: change.renamed ?? null,
        moved: change.moved ?? null,
        steps: change.steps.map((s) => ({
          dimension: s.dimension,
          from: s.from ? { id: s.from.id, label: s.from.label } : null,
          to: s.to ? { id: s.to.id, label: s.to.label } : null,
          direction: s.direction ?? null,
        })),
        signals: {
          added: change.signals.added.map((s) => ({ id: s.id, text: s.text })),
          retired: change.signals.retired.map((s) => ({ id: s.id, text: s.text })),
          reworded: change.signals.reworded.map((s) => ({ id: s.after.id, before: s.before.text, after: s.after.text })),
        },
        traps: {
          added: change.traps.added.map(trap),
          retired: change.traps.retired.map(trap),
          reworded: change.traps.reworded.map((t) => ({ id: t.after.id, before: trap(t.before), after: trap(t.after) })),
        },
        week: change.week.map((w) => ({ activity: w.activity, from: w.from, to: w.to, delta: w.delta })),
      };
  }
}

function list(changes: ListChanges) {
  return { added: [...changes.added], retired: [...changes.retired], renamed: [...changes.renamed] };
}
