import { describe, expect, it } from 'vitest';
import { questionSchema, type QuestionType } from '../../schemas/quiz.ts';

/** Every type the quiz schema accepts, read off the schema itself. */
const QUESTION_TYPES: QuestionType[] = questionSchema.options.map((option) => option.shape.type.value);
import { answerKinds } from './kinds/answers.ts';
import { clientLoaders } from './kinds/loaders.ts';
import { answerKeyOf, questionKinds } from './registry.ts';
import { multipleQuestion, openQuestion, orderQuestion, scenarioQuestion, singleQuestion } from './test-questions.ts';

describe('registry', () => {
  it.each(QUESTION_TYPES)('the kind of "%s" says it handles it', (type) => {
    expect(questionKinds[type].types).toContain(type);
  });

  it('has exactly the schema’s question types, build and browser alike', () => {
    expect(Object.keys(questionKinds).sort()).toEqual([...QUESTION_TYPES].sort());
    expect(Object.keys(answerKinds).sort()).toEqual([...QUESTION_TYPES].sort());
    expect(Object.keys(clientLoaders).sort()).toEqual([...QUESTION_TYPES].sort());
  });

  it.each(QUESTION_TYPES)('the browser gets the same answer and client code for "%s" as the build', async (type) => {
    expect(answerKinds[type]).toBe(questionKinds[type].answer);
    expect(await clientLoaders[type]()).toBe(questionKinds[type].client);
  });

  it('builds the answer key a page embeds, in question order', () => {
    const key = answerKeyOf({
      id: 'check-feedback',
      questions: [singleQuestion(), multipleQuestion(), orderQuestion(3), openQuestion(), scenarioQuestion({ level: 'staff' })],
    });
    expect(key).toEqual({
      quiz: 'check-feedback',
      questions: [
        { id: 'test-single', type: 'single', level: 'mid', correct: 'a', choices: ['a', 'b', 'c'] },
        { id: 'test-multiple', type: 'multiple', level: 'mid', correct: ['a', 'b'], choices: ['a', 'b', 'c', 'd', 'e'] },
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
