/** Self-assessment of a ladder level: per readiness signal, met or not and the reader's evidence. */
import { changeAssessment } from './entries.ts';
import type { LevelAssessment, ProgressState, SignalAssessment } from './shape.ts';

/** Saves the reader's verdict on one signal of a level. */
export function assessSignal(
  state: ProgressState,
  levelId: string,
  signalId: string,
  verdict: SignalAssessment,
  now: number,
): ProgressState {
  return changeAssessment(state, levelId, now, (entry) => ({
    ...entry,
    signals: { ...entry.signals, [signalId]: { met: verdict.met, evidence: verdict.evidence } },
  }));
}

/** The saved self-assessment of a level, if any. */
export function assessmentOf(state: ProgressState, levelId: string): LevelAssessment | undefined {
  return state.assessments[levelId];
}

/**
 * Saves a verdict on one signal against revision `revision` of the ladder (see carry.ts for how a
 * saved self-assessment is shown across revisions). A level that has no entry of its own yet starts
 * from the entry saved under its id in another revision (`from`, the `key` of `carriedAssessment`),
 * copied: that entry stays as it is. Verdicts on other signals, retired ones included, are kept.
 */
export function assessInRevision(
  state: ProgressState,
  levelId: string,
  revision: string | undefined,
  signalId: string,
  verdict: SignalAssessment,
  now: number,
  from?: string,
): ProgressState {
  const former = from !== undefined && from !== levelId ? state.assessments[from] : undefined;
  const seeded = state.assessments[levelId] || !former ? state : { ...state, assessments: { ...state.assessments, [levelId]: former } };
  return changeAssessment(seeded, levelId, now, (entry) => ({
    ...entry,
    ...(revision === undefined ? {} : { revision }),
    signals: { ...entry.signals, [signalId]: { met: verdict.met, evidence: verdict.evidence } },
  }));
}
