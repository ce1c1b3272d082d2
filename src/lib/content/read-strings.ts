/**
 * The organisation's own interface strings, `strings/<code>.yaml` in the content folder: any key of
 * the catalogue, for one locale, overriding the shipped text ("Ladder" → "Career framework"). For a
 * language Ladderbook ships no catalogue for, the file must hold every key. Each text must use the
 * English text's placeholders, and a count's plural forms must be the language's categories.
 */
import { closest, listChoices, type Problem } from '../errors.ts';
import type { Locale } from '../../schemas/locale.ts';
import { en } from '../i18n/catalogues/en/index.ts';
import { catalogues } from '../i18n/catalogues/index.ts';
import { languageOf, similarLocaleCode } from '../i18n/locales.ts';
import { placeholdersOf, type Message } from '../i18n/message.ts';
import { idFromFileName, type SourceFile } from '../check/source.ts';
import { parseYaml } from '../check/yaml-source.ts';

const KEYS = Object.keys(en) as (keyof typeof en)[];
const CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'];

export interface StringsReading {
  strings: Record<string, Record<string, Message>>;
  problems: Problem[];
}

export function readStrings(files: readonly SourceFile[], locales: readonly Locale[]): StringsReading {
  const strings: Record<string, Record<string, Message>> = {};
  const problems: Problem[] = [];
  const codes = locales.map((l) => l.code);

  for (const file of files) {
    const code = idFromFileName(file.relative);
    const locale = locales.find((l) => l.code === code);
    if (!locale) {
      const guess = similarLocaleCode(code, codes);
      problems.push({ file: file.file, path: [], message: `"${code}" is not a language of the handbook`, hint: guess ? `did you mean "${guess}.yaml"?` : `name the file after a locale code: ${listChoices(codes.map((c) => `"${c}"`))}` });
      continue;
    }
    const yaml = parseYaml(file.file, file.text);
    problems.push(...yaml.problems);
    if (yaml.data === undefined || yaml.data === null) continue;
    if (typeof yaml.data !== 'object' || Array.isArray(yaml.data)) {
      problems.push({ file: file.file, path: [], line: 1, message: 'expected a mapping of string keys to texts', hint: 'write one "key: text" line per string, e.g. "shell.nav.ladder: Career framework"' });
      continue;
    }
    const rules = new Intl.PluralRules(locale.lang).resolvedOptions().pluralCategories as string[];
    const found: Record<string, Message> = {};
    for (const [key, value] of Object.entries(yaml.data as Record<string, unknown>)) {
      const line = yaml.lineOf([key]);
      const at = { file: file.file, path: [key], ...(line ? { line } : {}) };
      if (!Object.hasOwn(en, key)) {
        const guess = closest(key, KEYS);
        problems.push({ ...at, message: `"${key}" is not an interface string`, hint: guess ? `did you mean "${guess}"?` : 'the keys are those of src/lib/i18n/catalogues/en/index.ts' });
        continue;
      }
      const problem = messageProblem(value, en[key as keyof typeof en], rules);
      if (problem) problems.push({ ...at, ...problem });
      else found[key] = value as Message;
    }
    if (!catalogues[languageOf(locale)]) {
      const missing = KEYS.filter((key) => !Object.hasOwn(found, key));
      if (missing.length) {
        problems.push({
          file: file.file,
          path: [],
          message: `Ladderbook ships no "${languageOf(locale)}" strings, and ${missing.length} of ${KEYS.length} are missing here`,
          hint: `add every key of src/lib/i18n/catalogues/en/index.ts, starting with ${missing.slice(0, 3).map((k) => `"${k}"`).join(', ')}`,
        });
      }
    }
    strings[code] = found;
  }
  for (const locale of locales) {
    if (!catalogues[languageOf(locale)] && !files.some((f) => idFromFileName(f.relative) === locale.code)) {
      problems.push({
        file: 'handbook.config.ts',
        path: ['locales'],
        message: `Ladderbook ships no interface strings in "${languageOf(locale)}" (locale "${locale.code}")`,
        hint: `add strings/${locale.code}.yaml to the content folder with every key of src/lib/i18n/catalogues/en/index.ts; shipped: ${listChoices(Object.keys(catalogues))}`,
      });
    }
  }
  return { strings, problems };
}

/** What is wrong with an override of a message, if anything. */
function messageProblem(value: unknown, english: Message, categories: readonly string[]): { message: string; hint: string } | undefined {
  const wanted = placeholdersOf(english);
  const isPlural = typeof english !== 'string';
  if (isPlural) {
    if (typeof value !== 'object' || value === null || Array.isArray(value) || typeof (value as Record<string, unknown>).other !== 'string') {
      return { message: 'this string depends on a count: it needs a text per plural form', hint: `write a mapping with a text for each of ${categories.map((c) => `"${c}"`).join(', ')}` };
    }
    const extra = Object.keys(value).filter((c) => !categories.includes(c) || !CATEGORIES.includes(c));
    if (extra.length) return { message: `${listChoices(extra.map((c) => `"${c}"`))} is not a plural form of this language`, hint: `use ${listChoices(categories.map((c) => `"${c}"`))}` };
    const absent = categories.filter((c) => typeof (value as Record<string, unknown>)[c] !== 'string');
    if (absent.length) return { message: `lacks the plural form${absent.length > 1 ? 's' : ''} ${absent.map((c) => `"${c}"`).join(', ')}`, hint: `this language writes counts in the forms ${categories.map((c) => `"${c}"`).join(', ')}: give a text for each` };
  } else if (typeof value !== 'string' || value.trim() === '') {
    return { message: 'expected a text', hint: 'write the text after the key, quoted if it contains ": "' };
  }
  const used = placeholdersOf(value as Message);
  const missing = [...wanted].filter((p) => !used.has(p) && p !== 'count');
  const unknown = [...used].filter((p) => !wanted.has(p));
  if (missing.length || unknown.length) {
    return {
      message: `${unknown.length ? `uses ${listChoices(unknown.map((p) => `{${p}}`))}, which the English does not` : `leaves out ${listChoices(missing.map((p) => `{${p}}`))}`}`,
      hint: `the English text uses ${wanted.size ? listChoices([...wanted].map((p) => `{${p}}`)) : 'no placeholders'}`,
    };
  }
  return undefined;
}
