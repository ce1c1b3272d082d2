/** The organisation's own interface strings (`strings/<code>.yaml`): what they override, and what is refused. */
import { describe, expect, it } from 'vitest';
import type { Locale } from '../../schemas/locale.ts';
import { formatProblem } from '../errors.ts';
import { readStrings } from './read-strings.ts';

const english: Locale = { code: 'en', label: 'English', lang: 'en', dir: 'ltr' };
const german: Locale = { code: 'de', label: 'Deutsch', lang: 'de', dir: 'ltr' };
const polish: Locale = { code: 'pl', label: 'Polski', lang: 'pl', dir: 'ltr' };
const strings = (code: string, text: string) => ({ file: `content/strings/${code}.yaml`, relative: `${code}.yaml`, text });

describe('readStrings', () => {
  it('overrides the shipped texts it names, for its language only', () => {
    const { strings: found, problems } = readStrings([strings('de', 'shell.nav.ladder: Karrierestufen\ncommon.questions: { one: "{count} Frage", other: "{count} Fragen" }\n')], [english, german]);
    expect(problems).toEqual([]);
    expect(found).toEqual({ de: { 'shell.nav.ladder': 'Karrierestufen', 'common.questions': { one: '{count} Frage', other: '{count} Fragen' } } });
  });

  it.each([
    ['a key that does not exist, with the likely one', 'shell.nav.ladders: X\n', 'content/strings/de.yaml:1 › shell.nav.ladders: "shell.nav.ladders" is not an interface string\n    hint: did you mean "shell.nav.ladder"?'],
    ['a text that leaves out a placeholder', 'meta.updated: Geändert\n', 'content/strings/de.yaml:1 › meta.updated: leaves out {date}'],
    ['a text with a placeholder the English lacks', 'meta.updated: Geändert am {day}\n', 'content/strings/de.yaml:1 › meta.updated: uses {day}, which the English does not'],
    ['a count written as one text', 'common.questions: "{count} Fragen"\n', 'common.questions: this string depends on a count: it needs a text per plural form\n    hint: write a mapping with a text for each of "one", "other"'],
    ['a count that lacks a form of the language', 'common.questions: { other: "{count} Fragen" }\n', 'common.questions: lacks the plural form "one"'],
    ['a form the language does not have', 'common.questions: { one: "eine", few: "wenige", other: "{count}" }\n', 'common.questions: "few" is not a plural form of this language'],
    ['an empty text', 'shell.skip: ""\n', 'shell.skip: expected a text'],
    ['a file that is not a mapping', '- shell.skip\n', 'content/strings/de.yaml:1: expected a mapping of string keys to texts'],
  ])('refuses %s', (_, text, expected) => {
    const { problems } = readStrings([strings('de', text)], [english, german]);
    expect(problems.map(formatProblem).join('\n')).toContain(expected);
  });

  it('refuses a file for a language the handbook does not name', () => {
    const { problems } = readStrings([strings('fr', 'shell.skip: Aller au contenu\n')], [english, german]);
    expect(problems.map(formatProblem)).toEqual(['content/strings/fr.yaml: "fr" is not a language of the handbook\n    hint: name the file after a locale code: "en" or "de"']);
  });

  it('needs every string for a language Ladderbook ships no catalogue for', () => {
    const none = readStrings([], [english, polish]);
    expect(none.problems.map(formatProblem).join('\n')).toContain('handbook.config.ts › locales: Ladderbook ships no interface strings in "pl"');
    const some = readStrings([strings('pl', 'shell.skip: Przejdź do treści\n')], [english, polish]);
    expect(some.problems.map(formatProblem).join('\n')).toMatch(/content\/strings\/pl\.yaml: Ladderbook ships no "pl" strings, and \d+ of \d+ are missing here/);
  });

  it('checks plural forms by the language of the locale: Polish counts need one, few, many and other', () => {
    const { problems } = readStrings([strings('pl', 'common.questions: { one: "{count} pytanie", other: "{count} pytania" }\n')], [english, polish]);
    expect(problems.map(formatProblem).join('\n')).toContain('common.questions: lacks the plural forms "few", "many"');
  });
});
