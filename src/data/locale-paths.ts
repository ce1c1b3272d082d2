/**
 * Static paths in every language: each page route sits under `src/pages/[...locale]/`, and its
 * `getStaticPaths` lists its pages once per configured locale, the default one at the root
 * (`locale` undefined) and every other under `/<code>/`.
 */
import { allLocales, type PageLocale } from './i18n.ts';

interface StaticPath<P, Props> {
  params: P;
  props: Props;
}

export async function inEveryLocale<P extends Record<string, string | undefined>, Props>(
  make: (locale: PageLocale) => Promise<StaticPath<P, Props>[]> | StaticPath<P, Props>[],
): Promise<StaticPath<P & { locale: string | undefined }, Props>[]> {
  const perLocale = await Promise.all(
    allLocales().map(async (L) => (await make(L)).map((path) => ({ params: { ...path.params, locale: L.isDefault ? undefined : L.locale.code }, props: path.props }))),
  );
  return perLocale.flat();
}
