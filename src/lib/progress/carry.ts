/**
 * A self-assessment carried across revisions of the ladder. Saved verdicts are keyed by level id and
 * signal id, and record the revision they were last saved against; a level page of another revision
 * shows them like this:
 * - a verdict on a signal the page's level still has (same id) still applies: it is ticked, and marked
 *   as carried from the revision it was made against;
 * - a signal of the page's level that the reader's revision did not have is new to them;
 * - a verdict on a signal the page's level does not have (retired, or from a newer revision) is kept
 *   aside and shown with its evidence, never deleted;
 * - a level whose id changed (`formerly`) finds the verdicts saved under its id in other revisions.
 * Pure: the page hands in what it knows about the level in other revisions (`LevelVersions`, made at
 * build time by src/lib/ladder/level-versions.ts). Saving is assessInRevision (assessment.ts), kept apart so a
 * level page loads this module only when its level exists in another revision.
 */
import type { LevelAssessment, ProgressState, SignalAssessment } from './shape.ts';

/** What a level page knows about its level in the ladder's other revisions. */
export interface LevelVersions {
  /** The revision this page shows (saved verdicts are stamped with it); undefined when the ladder names none. */
  revision?: string;
  /** Per other revision in which the level existed: its id and signal ids there. */
  versions: Record<string, { id: string; signals: string[] }>;
  /** Signal id → text, for signals of other revisions that this page's level does not have. */
  texts: Record<string, string>;
}

/** How a signal of the page's level relates to the reader's saved self-assessment. */
export type SignalMark = 'carried' | 'new';

/** A verdict kept aside: on a signal the page's level does not have. */
export interface AsideVerdict extends SignalAssessment {
  id: string;
  /** The signal's text in the revision that had it, when the page knows it. */
  text?: string;
}

/** The saved self-assessment as one revision's page shows it. */
export interface CarriedAssessment {
  /** Key of the saved entry shown: the level's own id, or its id in another revision; undefined when nothing is saved. */
  key?: string;
  /** The revision that entry was last saved against, if recorded. */
  against?: string;
  /** The verdicts of the entry, by signal id. */
  signals: Record<string, SignalAssessment>;
  /** Marks for the page's signals, when the entry was made against another revision the page knows. */
  marks: Record<string, SignalMark>;
  /** Verdicts on signals the page's level does not have, in saved order. */
  aside: AsideVerdict[];
}

const said = (verdict: SignalAssessment | undefined): boolean => verdict !== undefined && (verdict.met || verdict.evidence.trim() !== '');

/** The entry a page shows: the level's own, else the most recently saved one under its id in another revision. */
function savedEntry(state: ProgressState, levelId: string, versions: LevelVersions): { key: string; entry: LevelAssessment } | undefined {
  const own = state.assessments[levelId];
  if (own) return { key: levelId, entry: own };
  const others = Object.values(versions.versions)
    .map((v) => v.id)
    .filter((id) => id !== levelId && state.assessments[id])
    .map((id) => ({ key: id, entry: state.assessments[id]! }));
  return others.sort((a, b) => b.entry.updatedAt - a.entry.updatedAt)[0];
}

/** The reader's saved self-assessment of a level as the page of `versions.revision` shows it. */
export function carriedAssessment(state: ProgressState, levelId: string, signalIds: readonly string[], versions: LevelVersions): CarriedAssessment {
  const saved = savedEntry(state, levelId, versions);
  if (!saved) return { signals: {}, marks: {}, aside: [] };
  const { key, entry } = saved;
  const against = entry.revision;
  const marks: Record<string, SignalMark> = {};
  const then = against === undefined || against === versions.revision ? undefined : versions.versions[against];
  if (then) {
    for (const id of signalIds) {
      if (said(entry.signals[id])) marks[id] = 'carried';
      else if (!then.signals.includes(id)) marks[id] = 'new';
    }
  }
  const aside = Object.entries(entry.signals)
    .filter(([id, verdict]) => !signalIds.includes(id) && said(verdict))
    .map(([id, verdict]): AsideVerdict => ({ id, met: verdict.met, evidence: verdict.evidence, ...(versions.texts[id] ? { text: versions.texts[id] } : {}) }));
  return { key, ...(against === undefined ? {} : { against }), signals: entry.signals, marks, aside };
}
