/** What the markup of a choice question (single, multiple) shows: its options, rendered, in page order. */
import type { ChoiceData } from './question-base.ts';
import type { Markdown } from './kind.ts';

export interface ChoiceView {
  options: { id: string; html: string; correct: boolean; whyHtml: string }[];
}

export async function choiceView(question: { choices: readonly ChoiceData[] }, markdown: Markdown): Promise<ChoiceView> {
  return {
    options: await Promise.all(
      question.choices.map(async (c) => ({
        id: c.id,
        html: (await markdown.inline(c.text)) ?? c.text,
        correct: c.correct,
        whyHtml: (await markdown.inline(c.why)) ?? c.why,
      })),
    ),
  };
}
