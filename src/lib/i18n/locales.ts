/**
 * Which locale a page is in, and the path prefix of each: the default locale (the first configured)
 * is served at the site's root, every other under `/<code>/`.
 */
import type { Locale } from '../../schemas/locale.ts';

export type { Locale };

/** The locale of a site path (under `base`): the first segment if it names a locale, else the default. */
export function localeOf(pathname: string, base: string, locales: readonly Locale[]): Locale {
  const rest = pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\//, '');
  const first = rest.split('/')[0] ?? '';
  return locales.slice(1).find((locale) => locale.code === first) ?? locales[0]!;
}

/** The prefix of a locale's pages under the base: '' for the default, `de/` for German. */
export function localePrefix(locale: Locale, locales: readonly Locale[]): string {
  return locale.code === locales[0]!.code ? '' : `${locale.code}/`;
}

/** The catalogue a locale uses: the language subtag of its tag (`de-CH` → `de`). */
export function languageOf(locale: Pick<Locale, 'lang'>): string {
  return new Intl.Locale(locale.lang).language;
}

/** The same page in another locale: `/handbook/de/ladder/staff/` ↔ `/handbook/ladder/staff/`. */
export function pathInLocale(pathname: string, base: string, locales: readonly Locale[], target: Locale): string {
  const from = localeOf(pathname, base, locales);
  const rest = pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\//, '');
  const page = rest.slice(localePrefix(from, locales).length);
  return base + localePrefix(target, locales) + page;
}

/**
 * A configured code that a mistyped one probably means: one that extends the other ("de-ch" or
 * "deu" for "de"). Codes are too short for spelling distance: "fr" is as close to "de" as to "es".
 */
export function similarLocaleCode(code: string, codes: readonly string[]): string | undefined {
  return codes.find((known) => code.startsWith(known) || known.startsWith(code));
}
