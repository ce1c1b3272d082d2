/**
 * Interface strings: a message is a text with `{name}` placeholders, or, for a count, one text per
 * plural category of the language (`Intl.PluralRules`), picked by the `count` parameter. Numbers
 * passed in are written the language's way (`Intl.NumberFormat`): 2.5 is "2,5" in German.
 */

/** The plural categories of CLDR: English uses one and other; Arabic all six. */
export type PluralCategory = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';

/** One text per plural category the language uses; `other` is always there. */
export type Plural = { readonly [C in Exclude<PluralCategory, 'other'>]?: string } & { readonly other: string };

/** An interface string. */
export type Message = string | Plural;

/** The placeholder names in a text: `'{count} of {total}'` → `'count' | 'total'`. */
export type ParamNames<S> = S extends `${string}{${infer Name}}${infer Rest}` ? Name | ParamNames<Rest> : never;

/** The parameters a message takes: its placeholders, and `count` for a plural. */
export type ParamsOf<M> = M extends string ? ParamNames<M> : M extends { readonly other: infer O } ? ParamNames<O> | 'count' : never;

/** Values for placeholders: text as is, numbers written the language's way. */
export type Params = Readonly<Record<string, string | number>>;

const pluralRules = new Map<string, Intl.PluralRules>();
const numberFormats = new Map<string, Intl.NumberFormat>();

function rulesFor(lang: string): Intl.PluralRules {
  let rules = pluralRules.get(lang);
  if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(lang)));
  return rules;
}

function numbersFor(lang: string): Intl.NumberFormat {
  let format = numberFormats.get(lang);
  if (!format) numberFormats.set(lang, (format = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 })));
  return format;
}

/** A number as the language writes it, rounded to one decimal. */
export function formatNumber(lang: string, value: number): string {
  return numbersFor(lang).format(value);
}

/** The message's text for `params`, in `lang` (a BCP 47 tag). Unknown placeholders are left as they are. */
export function formatMessage(lang: string, message: Message, params: Params = {}): string {
  const text = typeof message === 'string' ? message : (message[rulesFor(lang).select(Number(params.count ?? 0))] ?? message.other);
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(lang, value) : value;
  });
}

/** The placeholders a message uses (all its plural forms together), for checks. */
export function placeholdersOf(message: Message): Set<string> {
  const texts = typeof message === 'string' ? [message] : Object.values(message);
  return new Set(texts.flatMap((text) => [...(text ?? '').matchAll(/\{(\w+)\}/g)].map((m) => m[1]!)));
}
