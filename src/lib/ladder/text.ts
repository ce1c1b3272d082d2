/**
 * Small wording helpers shared by tables, charts and summaries. The words come from the page's
 * catalogue: every function that writes text takes the page's `t` over the ladder's messages, so
 * the same code writes English, German or Arabic.
 */
import type { En } from '../i18n/catalogues/en/index.ts';
import type { Translate } from '../i18n/translator.ts';
import type { Level } from './types.ts';

/** The ladder's interface strings (`ladder.…`). */
export type LadderKey = Extract<keyof En, `ladder.${string}`>;

/** `t` over the ladder's strings: a page passes its own, a test the language it checks. */
export type LadderText = Translate<Pick<En, LadderKey>>;

/** "a", "a and b", "a, b and c": for captions and summaries. */
export function listAnd(values: readonly string[], t: LadderText): string {
  if (values.length <= 1) return values.join('');
  return t('ladder.listAnd', { items: values.slice(0, -1).join(t('ladder.listSeparator')), last: values[values.length - 1]! });
}

/** A level as headers and captions name it: "Staff Engineer (L6)". */
export function levelName(level: Level, t: LadderText): string {
  return t('ladder.levelName', { title: level.title, code: level.code });
}

/** `+3` / `−3` (a true minus sign) / `0`, with the digits of the language. */
export function signedText(n: number, t: LadderText): string {
  return n > 0 ? t('ladder.plus', { value: n }) : n < 0 ? t('ladder.minus', { value: -n }) : t('ladder.number', { value: 0 });
}

/** A share of the week, `40%` as the language writes it ("40 %" in German). */
export function percent(value: number, t: LadderText): string {
  return t('ladder.percent', { value });
}

/**
 * Languages in which a name keeps its capital mid-sentence: German writes every noun with one, and
 * scripts without case (Arabic, Hebrew, Persian, Chinese, Japanese, Korean) leave a name shown in the
 * default language for want of a translation as it is written.
 */
const KEEPS_CASE = new Set(['de', 'lb', 'ar', 'he', 'fa', 'ur', 'zh', 'ja', 'ko']);

/**
 * A name as it reads mid-sentence in `lang`: "Coding" → "coding" in English, French or Spanish;
 * German keeps "Coding". Acronyms and names that start "AI …" keep their case everywhere.
 */
export function midSentence(text: string, lang: string): string {
  if (KEEPS_CASE.has(new Intl.Locale(lang).language)) return text;
  return lowerFirst(text);
}

/** "Coding" → "coding" mid-sentence; acronyms and names that start "AI …" keep their case. */
export function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text;
}
