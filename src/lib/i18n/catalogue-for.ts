/** A locale's catalogue: the shipped one for its language, with the organisation's overrides on top. */
import { catalogues } from './catalogues/index.ts';
import type { Catalogue } from './catalogues/en/index.ts';
import { languageOf, type Locale } from './locales.ts';
import type { Message } from './message.ts';

export function catalogueFor(locale: Pick<Locale, 'lang'>, overrides: Readonly<Record<string, Message>> = {}): Catalogue {
  return { ...catalogues[languageOf(locale)], ...overrides } as Catalogue;
}
