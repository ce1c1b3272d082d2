import { describe, expect, it } from 'vitest';
import { languageOf, localeOf, pathInLocale, similarLocaleCode, type Locale } from './locales.ts';

const en: Locale = { code: 'en', label: 'English', lang: 'en', dir: 'ltr' };
const de: Locale = { code: 'de', label: 'Deutsch', lang: 'de-DE', dir: 'ltr' };
const ar: Locale = { code: 'ar', label: 'العربية', lang: 'ar', dir: 'rtl' };
const locales = [en, de, ar];

describe('localeOf', () => {
  it.each([
    ['/handbook/', en],
    ['/handbook/ladder/staff/', en],
    ['/handbook/de/', de],
    ['/handbook/de/ladder/staff/', de],
    ['/handbook/ar/quizzes/check-feedback/', ar],
    ['/handbook/en/ladder/', en],
    ['/handbook/deutsch/', en],
  ])('%s', (path, locale) => {
    expect(localeOf(path, '/handbook/', locales).code).toBe(locale.code);
  });

  it('works at the root of a domain', () => {
    expect(localeOf('/de/chapters/x/', '/', locales).code).toBe('de');
    expect(localeOf('/chapters/x/', '/', locales).code).toBe('en');
  });
});

describe('pathInLocale', () => {
  it.each([
    ['/handbook/ladder/staff/', de, '/handbook/de/ladder/staff/'],
    ['/handbook/de/ladder/staff/', en, '/handbook/ladder/staff/'],
    ['/handbook/de/ladder/staff/', ar, '/handbook/ar/ladder/staff/'],
    ['/handbook/', de, '/handbook/de/'],
    ['/handbook/de/', en, '/handbook/'],
  ])('%s in %s', (path, target, expected) => {
    expect(pathInLocale(path, '/handbook/', locales, target)).toBe(expected);
  });
});

describe('languageOf', () => {
  it.each([['de-CH', 'de'], ['ar', 'ar'], ['pt-BR', 'pt'], ['en', 'en']])('%s → %s', (lang, language) => {
    expect(languageOf({ lang })).toBe(language);
  });
});

describe('similarLocaleCode', () => {
  it.each([
    ['de-ch', ['de', 'fr'], 'de'],
    ['deu', ['de'], 'de'],
    ['pt', ['pt-br'], 'pt-br'],
    ['fr', ['de', 'es'], undefined],
    ['es', ['en'], undefined],
  ] as const)('%s among %j → %s', (code, codes, expected) => {
    expect(similarLocaleCode(code, codes)).toBe(expected);
  });
});
