/** Site paths of the revision pages, under the site's base path (always ending in `/`). */
import { pathFor } from '../links/content-ref.ts';

/** A level as an earlier revision had it: `<base>ladder/<revision>/<id>/`. */
export function archivedLevelUrl(base: string, revision: string, levelId: string): string {
  return pathFor(base, `ladder/${revision}/${levelId}/`);
}

/** What changed in every revision, or one revision's section of it: `<base>ladder/changes/#revision-<name>`. */
export function changesUrl(base: string, revision?: string): string {
  return pathFor(base, `ladder/changes/${revision === undefined ? '' : `#${revisionAnchor(revision)}`}`);
}

/** The anchor of one revision's section on the changes page. */
export function revisionAnchor(revision: string): string {
  return `revision-${revision}`;
}

/** A current level compared with itself in an earlier revision: `<base>ladder/<id>/since/<revision>/`. */
export function sinceUrl(base: string, levelId: string, revision: string): string {
  return pathFor(base, `ladder/${levelId}/since/${revision}/`);
}

/** A level's page in a given revision: the current ladder's, or the archived one's. */
export function levelUrlIn(base: string, revision: { readonly info: { readonly name: string }; readonly current: boolean }, levelId: string): string {
  return revision.current ? pathFor(base, `ladder/${levelId}/`) : archivedLevelUrl(base, revision.info.name, levelId);
}
