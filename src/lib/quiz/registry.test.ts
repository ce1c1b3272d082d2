import { describe, expect, it } from 'vitest';
import { QUESTION_TYPES } from '../../schemas/quiz.ts';
import { answerKeyOf, kindOf, questionKinds } from './registry.ts';
import { multipleQuestion, openQuestion, orderQuestion, scenarioQuestion, singleQuestion } from './test-questions.ts';

describe('registry', () => {
  it.each(QUESTION_TYPES)('has a kind for "%s"', (type) => {
    expect(kindOf(type).types).toContain(type);
  });

  it('registers each type exactly once', () => {
    const types = questionKinds.flatMap((kind) => kind.types);
    expect([...types].sort()).toEqual([...QUESTION_TYPES].sort());
  });

  it('builds the answer key a page embeds, in question order', () => {
    const key = answerKeyOf({
      id: 'check-feedback',
      questions: [singleQuestion(), multipleQuestion(), orderQuestion(3), openQuestion(), scenarioQuestion({ level: 'staff' })],
    });
    expect(key).toEqual({
      quiz: 'check-feedback',
      questions: [
        { id: 'test-single', type: 'single', level: 'mid', correct: 'a' },
        { id: 'test-multiple', type: 'multiple', level: 'mid', correct: ['a', 'b'] },
        { id: 'test-order', type: 'order', level: 'mid', order: ['i1', 'i2', 'i3'] },
        { id: 'test-open', type: 'open', level: 'mid', rubric: ['p1', 'p2', 'p3', 'p4'] },
        { id: 'test-scenario', type: 'scenario', level: 'staff', rubric: ['p1', 'p2', 'p3', 'p4'] },
      ],
    });
  });

  it('embeds no prompts, texts or explanations in the key', () => {
    const json = JSON.stringify(answerKeyOf({ id: 'q', questions: [singleQuestion(), openQuestion()] }));
    expect(json).not.toMatch(/Alpha|Because|model answer|First point/);
  });
});
