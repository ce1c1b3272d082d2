import { z } from 'zod';

/**
 * Path segments a locale code may not take: the site's own top-level routes and folders. A locale
 * named `search` would put the German home page where the search page is.
 */
export const RESERVED_LOCALE_CODES = ['chapters', 'ladder', 'quizzes', 'search', 'progress', 'review', 'print', 'og', 'pagefind', '_astro', 'schemas'] as const;

/** One language the handbook is published in. The first in the list is the default, served at the site's root. */
export const localeSchema = z.strictObject({
  /** The URL segment and folder name: pages are served under `/<code>/`, translations live in `translations/<code>/`. */
  code: z
    .string()
    .regex(/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/, 'expected a lowercase language code such as "de" or "pt-br"')
    .refine((code) => !(RESERVED_LOCALE_CODES as readonly string[]).includes(code), 'this code is a path the site already uses'),
  /** The language's own name, shown in the language picker ("Deutsch"). */
  label: z.string().min(1),
  /** BCP 47 tag for `<html lang>`, hreflang, plural rules and date and number formats ("de", "de-CH", "ar"). */
  lang: z.string().refine((tag) => {
    try {
      return Intl.getCanonicalLocales(tag).length === 1;
    } catch {
      return false;
    }
  }, 'expected a BCP 47 language tag such as "en", "de-CH" or "ar"'),
  /** Writing direction: `rtl` for Arabic, Hebrew, Persian …; pages turn their layout around. */
  dir: z.enum(['ltr', 'rtl']).default('ltr'),
  /** The handbook's title in this language (defaults to `title`). */
  title: z.string().min(1).optional(),
  /** The handbook's description in this language, for its home page and meta description (defaults to `description`). */
  description: z.string().min(1).optional(),
});

export type LocaleInput = z.input<typeof localeSchema>;
export type Locale = z.output<typeof localeSchema>;

/** A handbook in English only. */
export const DEFAULT_LOCALES: Locale[] = [{ code: 'en', label: 'English', lang: 'en', dir: 'ltr' }];
