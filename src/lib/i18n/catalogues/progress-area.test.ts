/**
 * The progress area's strings in every language Ladderbook ships them in: each has every English
 * key, no other, the English placeholders, and for a count exactly the plural forms its language
 * uses (Intl.PluralRules), each form a text of its own.
 */
import { describe, expect, it } from 'vitest';
import { placeholdersOf, type Message } from '../message.ts';
import { progress as ar } from './ar/progress.ts';
import { progress as de } from './de/progress.ts';
import { progress as en } from './en/progress.ts';
import { progress as es } from './es/progress.ts';
import { progress as fr } from './fr/progress.ts';

const AREAS: [string, Readonly<Record<string, Message>>][] = [
  ['de', de],
  ['fr', fr],
  ['es', es],
  ['ar', ar],
];
const english = en as Readonly<Record<string, Message>>;

describe.each(AREAS)('the progress strings in %s', (lang, area) => {
  it('have exactly the English keys', () => {
    expect(Object.keys(area).sort()).toEqual(Object.keys(english).sort());
  });

  it('use the English placeholders', () => {
    const differing = Object.keys(english).filter((key) => {
      const wanted = [...placeholdersOf(english[key]!)].sort();
      const used = [...placeholdersOf(area[key]!)].sort();
      return wanted.join() !== used.join();
    });
    expect(differing).toEqual([]);
  });

  it('give a count every plural form of the language, and only those', () => {
    const categories = [...new Intl.PluralRules(lang).resolvedOptions().pluralCategories].sort();
    const wrong = Object.entries(english)
      .filter(([, message]) => typeof message !== 'string')
      .filter(([key]) => {
        const message = area[key];
        return typeof message === 'string' || Object.keys(message ?? {}).sort().join() !== categories.join() || Object.values(message ?? {}).some((text) => !text.trim());
      })
      .map(([key]) => key);
    expect(wrong).toEqual([]);
  });

  it('are plain texts where the English is', () => {
    expect(Object.keys(english).filter((key) => typeof english[key] === 'string' && typeof area[key] !== 'string')).toEqual([]);
  });
});
