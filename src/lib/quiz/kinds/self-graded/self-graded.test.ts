import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../errors.ts';
import { gradeQuestion } from '../../grade.ts';
import { allClients, designQuestion, openQuestion, scenarioQuestion, scoreOf } from '../../test-questions.ts';
import type { Answer } from '../../types.ts';
import type { KindIssue } from '../kind.ts';
import { selfGradedKind } from './index.ts';

const at = ['questions', 2];
const show = (issues: KindIssue[]) => issues.map((issue) => formatProblem({ file: 'q.yaml', ...issue }));

describe('selfGradedKind.validate', () => {
  it.each([
    ['a valid open question', openQuestion(), []],
    ['a valid scenario question', scenarioQuestion(), []],
    ['a valid design question', designQuestion(), []],
    [
      'an empty rubric',
      scenarioQuestion({ rubric: [] }),
      ['q.yaml › questions[2].rubric: a scenario question needs a rubric, but it is empty\n    hint: add key points (id and text) readers tick when their answer covers them'],
    ],
    [
      'a repeated rubric id',
      openQuestion({ rubric: [{ id: 'p', text: 'One.' }, { id: 'p', text: 'Two.' }] }),
      ['q.yaml › questions[2].rubric[1].id: id "p" is already used by rubric[0]\n    hint: ids must be unique within a question (saved answers refer to them); rename one'],
    ],
    [
      'a repeated rubric text',
      designQuestion({ rubric: [{ id: 'p', text: 'Names the trade-off.' }, { id: 'q', text: 'names the  trade-off.' }] }),
      ['q.yaml › questions[2].rubric[1].text: same text as rubric[0] ("Names the trade-off.")\n    hint: readers cannot tell the two apart; reword one or remove it'],
    ],
  ])('%s', (_name, question, expected) => {
    expect(show(selfGradedKind.validate(question, at))).toEqual(expected);
  });
});

describe('selfGradedKind.key', () => {
  it.each([openQuestion(), scenarioQuestion(), designQuestion()])('keeps the type and lists rubric ids ($type)', (question) => {
    expect(selfGradedKind.key(question)).toEqual({
      id: question.id,
      type: question.type,
      level: 'mid',
      rubric: ['p1', 'p2', 'p3', 'p4'],
    });
  });
});

describe('selfGradedKind.grade: ticked points / all points, once revealed', () => {
  const entry = selfGradedKind.key(openQuestion());
  const self = (ticked: string[], revealed = true): Answer => ({ type: 'self', text: 'My answer', ticked, revealed });
  it.each<[string, Answer | undefined, number]>([
    ['all points ticked', self(['p1', 'p2', 'p3', 'p4']), 1],
    ['three of four', self(['p1', 'p3', 'p4']), 0.75],
    ['one of four', self(['p2']), 0.25],
    ['none ticked', self([]), 0],
    ['ticks before revealing do not count', self(['p1', 'p2', 'p3', 'p4'], false), 0],
    ['repeated and unknown ids are ignored', self(['p1', 'p1', 'zzz']), 0.25],
    ['no answer', undefined, 0],
    ['an answer of another type', { type: 'single', choice: 'p1' }, 0],
  ])('%s scores %s', (_name, answer, score) => {
    expect(scoreOf(entry, answer)).toBe(score);
  });

  it.each<[string, Answer | undefined, string]>([
    ['not answered', undefined, 'unanswered'],
    ['written, not revealed: not graded yet', self(['p1'], false), 'ungraded'],
    ['revealed, nothing ticked', self([], true), 'wrong'],
  ])('%s: %s', (_name, answer, status) => {
    expect(gradeQuestion(entry, answer, allClients).status).toBe(status);
  });
});
