import { describe, expect, it } from 'vitest';
import { formatMessage, placeholdersOf, type Message } from './message.ts';

const questions: Message = { one: '{count} question', other: '{count} questions' };
const arabic: Message = { zero: 'لا أسئلة', one: 'سؤال واحد', two: 'سؤالان', few: '{count} أسئلة', many: '{count} سؤالًا', other: '{count} سؤال' };

describe('formatMessage', () => {
  it.each([
    ['a text with a placeholder', 'en', 'Last updated {date}', { date: '3 December 2026' }, 'Last updated 3 December 2026'],
    ['one in English', 'en', questions, { count: 1 }, '1 question'],
    ['zero is "other" in English', 'en', questions, { count: 0 }, '0 questions'],
    ['many in English', 'en', questions, { count: 12 }, '12 questions'],
    ['a thousand, written the English way', 'en', questions, { count: 1200 }, '1,200 questions'],
    ['a thousand, written the German way', 'de', { one: '{count} Frage', other: '{count} Fragen' }, { count: 1200 }, '1.200 Fragen'],
    ['a decimal, written the German way', 'de', 'Schnitt: {score}', { score: 2.5 }, 'Schnitt: 2,5'],
    // CLDR writes Arabic with Western digits by default (ar-EG would use Arabic-Indic ones).
    ['Arabic zero', 'ar', arabic, { count: 0 }, 'لا أسئلة'],
    ['Arabic two', 'ar', arabic, { count: 2 }, 'سؤالان'],
    ['Arabic few (3–10)', 'ar', arabic, { count: 3 }, '3 أسئلة'],
    ['Arabic many (11–99)', 'ar', arabic, { count: 11 }, '11 سؤالًا'],
    ['Arabic other (100)', 'ar', arabic, { count: 100 }, '100 سؤال'],
    ['a missing form falls back to other', 'ar', { one: 'سؤال واحد', other: '{count} سؤال' }, { count: 2 }, '2 سؤال'],
    ['text passed in is not formatted', 'de', '{a} und {b}', { a: '2.5', b: 'x' }, '2.5 und x'],
    ['an unknown placeholder stays visible', 'en', 'Hello {name}', {}, 'Hello {name}'],
  ] as const)('%s', (_, lang, message, params, expected) => {
    expect(formatMessage(lang, message, params)).toBe(expected);
  });
});

describe('placeholdersOf', () => {
  it('collects the placeholders of every plural form', () => {
    expect([...placeholdersOf({ one: 'one {thing}', other: '{count} {thing}s in {place}' })].sort()).toEqual(['count', 'place', 'thing']);
  });
});
