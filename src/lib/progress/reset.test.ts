import { describe, expect, it } from 'vitest';
import { saveAnswer } from './answers.ts';
import { assessSignal } from './assessment.ts';
import { day, sampleState } from './fixtures.ts';
import { resetAll, resetAssessment, resetQuiz, undoReset, type ResetResult } from './reset.ts';
import { emptyProgress, type ProgressState } from './shape.ts';

describe('reset and undo', () => {
  it.each<[string, (s: ProgressState) => ResetResult, (s: ProgressState) => unknown, unknown]>([
    ['one quiz', (s) => resetQuiz(s, 'check-feedback'), (s) => Object.keys(s.quizzes), ['check-how-people-learn']],
    ['one level’s self-assessment', (s) => resetAssessment(s, 'staff'), (s) => s.assessments, {}],
    ['everything', (s) => resetAll(s), (s) => s, emptyProgress()],
  ])('%s: removes it, and undo restores it exactly', (_name, reset, view, afterReset) => {
    const before = sampleState();
    const { state, undo } = reset(before);
    expect(view(state)).toEqual(afterReset);
    expect(undoReset(state, undo)).toEqual(sampleState());
    // The token is plain JSON, so the page may keep it in sessionStorage.
    expect(undoReset(state, JSON.parse(JSON.stringify(undo)))).toEqual(sampleState());
    expect(before).toEqual(sampleState());
  });

  it('resetting a quiz keeps the other quizzes, the self-assessments and the archived orphaned answers', () => {
    const { state } = resetQuiz(sampleState(), 'check-feedback');
    expect(state.quizzes['check-how-people-learn']).toEqual(sampleState().quizzes['check-how-people-learn']);
    expect(state.assessments).toEqual(sampleState().assessments);
    expect(state.orphaned).toEqual(sampleState().orphaned);
  });

  it('undo puts back the old answers even if the reader started again in between', () => {
    const { state, undo } = resetQuiz(sampleState(), 'check-feedback');
    const startedAgain = saveAnswer(state, 'check-feedback', 'feedback-sbi-choice', { type: 'single', choice: 'vague' }, day(5));
    const restored = undoReset(assessSignal(startedAgain, 'mid', 'ships-alone', { met: true, evidence: '' }, day(5)), undo);
    expect(restored.quizzes['check-feedback']).toEqual(sampleState().quizzes['check-feedback']);
    expect(restored.assessments.mid?.signals['ships-alone']).toEqual({ met: true, evidence: '' });
  });

  it.each([
    ['a quiz never answered', (s: ProgressState) => resetQuiz(s, 'check-teaching')],
    ['a level never assessed', (s: ProgressState) => resetAssessment(s, 'principal')],
  ])('resetting %s changes nothing and its undo changes nothing', (_name, reset) => {
    const { state, undo } = reset(sampleState());
    expect(state).toEqual(sampleState());
    const later = saveAnswer(state, 'check-teaching', 'teaching-x', { type: 'single', choice: 'a' }, day(6));
    expect(undoReset(later, undo)).toBe(later);
  });
});
