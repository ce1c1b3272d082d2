/**
 * Every shipped catalogue against the English one. The compiler already demands every key; this
 * checks what it cannot: the same placeholders (a translation that drops `{count}` would show a
 * sentence without its number), a count's message plural in every language, and with a text for
 * each plural form the language has (Arabic has six), so no reader sees the fallback form.
 */
import { describe, expect, it } from 'vitest';
import { placeholdersOf, type Message } from '../message.ts';
import { en } from './en/index.ts';
import { catalogues } from './index.ts';

const english = en as Readonly<Record<string, Message>>;

describe.each(Object.entries(catalogues).filter(([lang]) => lang !== 'en'))('the %s catalogue', (lang, catalogue) => {
  const messages = catalogue as Readonly<Record<string, Message>>;
  const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories as string[];

  it('has exactly the English keys', () => {
    expect(Object.keys(messages).sort()).toEqual(Object.keys(english).sort());
  });

  it('uses the English placeholders in every message', () => {
    const wrong = Object.keys(english).filter((key) => [...placeholdersOf(messages[key]!)].sort().join() !== [...placeholdersOf(english[key]!)].sort().join());
    expect(wrong).toEqual([]);
  });

  it(`gives every count its plural forms (${categories.join(', ')}), and only those`, () => {
    const wrong = Object.keys(english).filter((key) => {
      const message = messages[key]!;
      if (typeof english[key] === 'string') return typeof message !== 'string';
      return typeof message === 'string' || Object.keys(message).sort().join() !== [...categories].sort().join();
    });
    expect(wrong).toEqual([]);
  });

  it('translates: no more than a few messages are the English text word for word', () => {
    // Names, abbreviations and format strings ("{value} ({count})", "Level", "Quiz") may stay as they are.
    const same = Object.keys(english).filter((key) => JSON.stringify(messages[key]) === JSON.stringify(english[key]));
    expect(same.length / Object.keys(english).length).toBeLessThan(0.15);
  });
});

describe('the English catalogue', () => {
  it('gives each count the English forms one and other', () => {
    const plurals = Object.entries(english).filter(([, m]) => typeof m !== 'string');
    expect(plurals.length).toBeGreaterThan(0);
    for (const [, m] of plurals) expect(Object.keys(m).sort()).toEqual(['one', 'other']);
  });
});
