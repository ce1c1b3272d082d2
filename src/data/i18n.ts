/**
 * The language of the page being built, and everything a component needs to speak it: `t` over its
 * catalogue (the shipped one for its language, with the organisation's overrides), its tag and
 * direction, and its base path (`/handbook/de/`) for links. Components call `pageLocale(Astro.url)`.
 */
import config from 'virtual:ladderbook/config';
import content from 'virtual:ladderbook/content';
import { catalogueFor } from '../lib/i18n/catalogue-for.ts';
import type { Catalogue, En } from '../lib/i18n/catalogues/en/index.ts';
import { localeOf, localePrefix, type Locale } from '../lib/i18n/locales.ts';
import { translator, type Translate } from '../lib/i18n/translator.ts';

export interface PageLocale {
  locale: Locale;
  /** True for the default locale (served at the root). */
  isDefault: boolean;
  /** BCP 47 tag, for `lang`, plural rules and formats. */
  lang: string;
  dir: 'ltr' | 'rtl';
  t: Translate<En>;
  /** The locale's catalogue, with the organisation's overrides. */
  messages: Catalogue;
  /** Where the locale's pages live: the site's base, then `de/` for a locale other than the default. */
  base: string;
  /** The handbook's title and description in this language. */
  title: string;
  description: string;
  /** A date as the language writes it ("3 December 2026", "3. Dezember 2026"). */
  date(value: Date): string;
  /** A language's name in this language, from its BCP 47 tag ("en" → "Englisch" on a German page). */
  languageName(lang: string): string;
}

const made = new Map<string, PageLocale>();

/** Everything about one configured locale (the default one when `code` is omitted). */
export function localeByCode(code = config.locales[0]!.code): PageLocale {
  const cached = made.get(code);
  if (cached) return cached;
  const locale = config.locales.find((l) => l.code === code) ?? config.locales[0]!;
  const messages = catalogueFor(locale, content.strings[locale.code]);
  const names = new Intl.DisplayNames([locale.lang], { type: 'language' });
  const dates = new Intl.DateTimeFormat(locale.lang, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const value: PageLocale = {
    locale,
    isDefault: locale.code === config.locales[0]!.code,
    lang: locale.lang,
    dir: locale.dir,
    t: translator<En>(locale.lang, messages),
    messages,
    base: config.base + localePrefix(locale, config.locales),
    title: locale.title ?? config.title,
    description: locale.description ?? config.description,
    date: (d) => dates.format(d),
    languageName: (tag) => names.of(tag) ?? tag,
  };
  made.set(code, value);
  return value;
}

/** The locale of the page at `url`. */
export function pageLocale(url: URL): PageLocale {
  return localeByCode(localeOf(url.pathname, config.base, config.locales).code);
}

/** Every configured locale, default first. */
export function allLocales(): PageLocale[] {
  return config.locales.map((l) => localeByCode(l.code));
}
