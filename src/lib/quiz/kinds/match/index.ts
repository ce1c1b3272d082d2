/** `match`: pair each item of one list with an option of another (each signal with its level …). */
import { closest } from '../../../errors.ts';
import { seededShuffle } from '../../shuffle.ts';
import type { KindIssue, QuestionKind } from '../kind.ts';
import { distinctTexts, uniqueIds } from '../rules.ts';
import { matchAnswer, type MatchAnswer, type MatchKeyEntry } from './answer.ts';
import { matchAnswerSchema } from './answer-schema.ts';
import { matchClient } from './client.ts';
import type { MatchQuestionData } from './schema.ts';

/** What the markup of a match question shows: items as written, options shuffled, and the right pairs. */
export interface MatchView {
  items: { id: string; html: string; whyHtml?: string | undefined }[];
  /** In page order; `label` is the option as plain text, for the drop-downs. */
  options: { id: string; html: string; label: string }[];
  /** Item id → option id. */
  pairs: Record<string, string>;
}

/** Rules: ids unique and texts distinct in each list; every item names an option of the question. */
function validate(question: MatchQuestionData, at: readonly PropertyKey[]): KindIssue[] {
  const optionIds = question.options.map((option) => option.id);
  const unknown: KindIssue[] = question.items.flatMap((item, index) => {
    if (optionIds.includes(item.match)) return [];
    const guess = closest(item.match, optionIds);
    return [
      {
        path: [...at, 'items', index, 'match'],
        message: `"${item.match}" is not an option of this question`,
        hint: guess ? `did you mean "${guess}"?` : `options: ${optionIds.join(', ')}`,
      },
    ];
  });
  return [
    ...uniqueIds(question.items, 'items', at),
    ...distinctTexts(question.items, 'items', at),
    ...uniqueIds(question.options, 'options', at),
    ...distinctTexts(question.options, 'options', at),
    ...unknown,
  ];
}

/**
 * Options shuffled with the question id as the seed; when that happens to line every option up with
 * its item (as many options as items, each in its item's row), rotated by one so the question is
 * never shown solved.
 */
function shuffle(question: MatchQuestionData): MatchQuestionData {
  let options = seededShuffle(question.options, question.id);
  const solved = options.length === question.items.length && options.every((option, index) => option.id === question.items[index]!.match);
  if (solved && options.length >= 2) options = [...options.slice(1), options[0]!];
  return { ...question, options };
}

/** Rendered inline HTML as the plain text a drop-down can show. */
function plainText(html: string): string {
  const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };
  return html.replace(/<[^>]*>/g, '').replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) => entities[name]!);
}

export const matchKind: QuestionKind<MatchQuestionData, MatchKeyEntry, MatchAnswer, MatchView> = {
  types: ['match'],
  validate,
  key: (question) => ({
    id: question.id,
    type: 'match',
    level: question.level,
    pairs: Object.fromEntries(question.items.map((item) => [item.id, item.match])),
    options: question.options.map((option) => option.id),
  }),
  shuffle,
  view: async (question, markdown) => ({
    items: await Promise.all(
      question.items.map(async (item) => ({
        id: item.id,
        html: (await markdown.inline(item.text)) ?? item.text,
        whyHtml: item.why === undefined ? undefined : ((await markdown.inline(item.why)) ?? item.why),
      })),
    ),
    options: await Promise.all(
      shuffle(question).options.map(async (option) => {
        const html = (await markdown.inline(option.text)) ?? option.text;
        return { id: option.id, html, label: plainText(html) };
      }),
    ),
    pairs: Object.fromEntries(question.items.map((item) => [item.id, item.match])),
  }),
  answer: matchAnswer,
  client: matchClient,
  answerSpec: matchAnswerSchema,
};
