/**
 * The quiz area's strings in every shipped language: the English keys, the English placeholders,
 * and a count's forms for exactly the plural categories the language uses (Intl.PluralRules); then
 * the texts readers see in the quiz feedback, as formatted for a language (expected texts written here).
 */
import { describe, expect, it } from 'vitest';
import { formatMessage, placeholdersOf, type Message } from '../message.ts';
import { quiz as ar } from './ar/quiz.ts';
import { quiz as de } from './de/quiz.ts';
import { quiz as en } from './en/quiz.ts';
import { quiz as es } from './es/quiz.ts';
import { quiz as fr } from './fr/quiz.ts';

const english: Readonly<Record<string, Message>> = en;
const languages: [string, Readonly<Record<string, Message>>][] = [
  ['de', de],
  ['fr', fr],
  ['es', es],
  ['ar', ar],
];

describe.each(languages)('the quiz area in %s', (lang, strings) => {
  const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories as string[];

  it('has exactly the English keys', () => {
    expect(Object.keys(strings).sort()).toEqual(Object.keys(english).sort());
  });

  it('uses the English placeholders in every text ({count} may be written out)', () => {
    const wrong = Object.keys(english).filter((key) => {
      const names = (m: Message) => [...placeholdersOf(m)].filter((p) => p !== 'count').sort().join();
      return names(strings[key]!) !== names(english[key]!);
    });
    expect(wrong).toEqual([]);
  });

  it('gives a count’s texts for exactly the plural categories of the language, and plain texts as plain texts', () => {
    const wrong = Object.keys(english).filter((key) => {
      const message = strings[key]!;
      if (typeof english[key] === 'string') return typeof message !== 'string';
      return typeof message !== 'object' || Object.keys(message).sort().join() !== [...categories].sort().join();
    });
    expect(wrong).toEqual([]);
  });
});

describe('quiz feedback as readers see it', () => {
  it.each<[string, Message, Record<string, string | number>, string]>([
    ['en', en['quiz.score'], { points: 2 + 1 / 3, count: 7, percent: 33 }, 'Your score: 2.3 of 7 points (33%)'],
    ['en', en['quiz.score'], { points: 1, count: 1, percent: 100 }, 'Your score: 1 of 1 point (100%)'],
    ['de', de['quiz.score'], { points: 2 + 1 / 3, count: 7, percent: 33 }, 'Dein Ergebnis: 2,3 von 7 Punkten (33 %)'],
    ['de', de['quiz.score'], { points: 0.5, count: 1, percent: 50 }, 'Dein Ergebnis: 0,5 von 1 Punkt (50 %)'],
    ['fr', fr['quiz.score'], { points: 7.5, count: 10, percent: 75 }, 'Votre score\u00a0: 7,5 sur 10 points (75\u00a0%)'],
    ['en', en['quiz.fullyRight'], { correct: 3, count: 5 }, '3 of 5 questions fully right.'],
    ['de', de['quiz.fullyRight'], { correct: 1, count: 1 }, '1 von 1 Frage ganz richtig.'],
    ['en', en['quiz.levelScore'], { level: 'Staff Engineer', correct: 3, total: 4 }, 'Staff Engineer questions: 3 of 4'],
    ['de', de['quiz.levelScore'], { level: 'Staff Engineer', correct: 3, total: 4 }, 'Fragen zu Staff Engineer: 3 von 4'],
    ['en', en['quiz.setAside'], { count: 1 }, '1 saved answer no longer matched this quiz after it was edited; it was kept aside with your progress, not deleted.'],
    ['de', de['review.inDays'], { count: 3, date: 'Fr., 9. Jan.' }, 'in 3 Tagen (Fr., 9. Jan.)'],
    ['ar', ar['review.inDays'], { count: 2, date: 'الجمعة' }, 'بعد يومين (الجمعة)'],
    ['ar', ar['review.inDays'], { count: 5, date: 'الجمعة' }, 'بعد 5 أيام (الجمعة)'],
  ])('%s: %j with %j', (lang, message, params, text) => {
    expect(formatMessage(lang, message, params)).toBe(text);
  });
});
