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
