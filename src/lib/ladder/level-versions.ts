/**
 * What a level page hands the browser about its level in the ladder's other revisions, so a saved
 * self-assessment can be carried across (src/lib/progress/carry.ts): the level's id and signal ids in
 * each revision that had it, and the text of signals this revision's level does not have.
 */
import type { LevelVersions } from '../progress/carry.ts';
import { levelAcrossRevisions, type Revision } from './history.ts';
import type { Level } from './types.ts';

export function levelVersions(history: readonly Revision[], revision: string | undefined, level: Level): LevelVersions {
  if (revision === undefined) return { versions: {}, texts: {} };
  const own = new Set(level.signals.map((s) => s.id));
  const versions: LevelVersions['versions'] = {};
  const texts: LevelVersions['texts'] = {};
  for (const other of levelAcrossRevisions(history, revision, level.id)) {
    versions[other.revision.info.name] = { id: other.level.id, signals: other.level.signals.map((s) => s.id) };
    for (const signal of other.level.signals) if (!own.has(signal.id) && !(signal.id in texts)) texts[signal.id] = signal.text;
  }
  return { revision, versions, texts };
}
