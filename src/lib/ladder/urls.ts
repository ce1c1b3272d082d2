/** Site paths of ladder pages, under the site's base path (always ending in `/`). */
import { pathFor, urlFor } from '../links/content-ref.ts';

/** A level's page: `<base>ladder/<id>/` (the same URL `level:<id>` links resolve to). */
export function levelUrl(base: string, levelId: string): string {
  return urlFor('level', levelId, base);
}

/** A comparison page: `<base>ladder/compare/<from>/<to>/`. */
export function comparisonUrl(base: string, fromId: string, toId: string): string {
  return pathFor(base, `ladder/compare/${fromId}/${toId}/`);
}
