/**
 * The interface strings a browser script needs, in the page's language (`<html lang>` and
 * `data-locale`, set by Base.astro): one small module per language and group, loaded on first use.
 */
import { load } from 'virtual:ladderbook/strings';
import type { BrowserGroup, GroupKey } from '../lib/i18n/browser.ts';
import type { En } from '../lib/i18n/catalogues/en/index.ts';
import { translator, type Translate } from '../lib/i18n/translator.ts';

/** `t` over one group's keys. */
export type GroupTranslate<G extends BrowserGroup> = Translate<Pick<En, GroupKey<G>>>;

export async function strings<G extends BrowserGroup>(group: G): Promise<GroupTranslate<G>> {
  const root = document.documentElement;
  const loaders = load[root.dataset.locale ?? ''] ?? Object.values(load)[0]!;
  const messages = await loaders[group]();
  return translator<Pick<En, GroupKey<G>>>(root.lang, messages as never);
}
