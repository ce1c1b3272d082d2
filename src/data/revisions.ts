/**
 * The ladder's revisions for pages, from the one reading of the content
 * (virtual:ladderbook/content): the history newest first with what changed since each revision's
 * predecessor, archived levels and their narratives. A ladder without a named revision has no
 * history (no changes page, no archived pages).
 *
 * The history is the default language's: earlier revisions are frozen in it, and what changed is
 * worked out by comparing texts, so both sides must be in the same language. Only the current
 * revision's note is translated (`revisionNote`).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import config from 'virtual:ladderbook/config';
import content from 'virtual:ladderbook/content';
import { createLadder } from '../lib/ladder/create-ladder.ts';
import { changeOfLevel, type LevelAdded, type LevelChanged } from '../lib/ladder/diff.ts';
import { fateOf, ladderHistory, levelBackwards, type Fate, type LevelInRevision, type Revision, type RevisionStep } from '../lib/ladder/history.ts';
import { levelVersions } from '../lib/ladder/level-versions.ts';
import type { RevisionInfo } from '../lib/ladder/revision-types.ts';
import type { Level } from '../lib/ladder/types.ts';
import type { LevelVersions } from '../lib/progress/carry.ts';
import { localeByCode } from './i18n.ts';
import { getLadder, type TextLang } from './ladder.ts';

const earlier: Revision[] = content.revisions.earlier.map((r) => ({ info: r.info, ladder: createLadder(r.ladder), current: false }));
let history: Promise<RevisionStep[]> | undefined;
let narratives: Promise<Map<string, CollectionEntry<'revisionLevels'>>> | undefined;

/** The current revision's name, date and note, if the ladder names it. */
export function getCurrentRevision(): RevisionInfo | undefined {
  return content.revisions.current;
}

/**
 * A revision's note for a page in locale `code`: the translation's for the current revision when
 * there is one, else the authors' own, with its language when that is not the page's.
 */
export function revisionNote(info: RevisionInfo, code = config.locales[0]!.code): ({ text: string } & TextLang) | undefined {
  const fallback = localeByCode();
  const translated = info.name === content.revisions.current?.name ? content.translations[code]?.ladder.revisionNote : undefined;
  if (translated) return { text: translated };
  if (!info.note) return undefined;
  return code === fallback.locale.code ? { text: info.note } : { text: info.note, lang: fallback.lang, dir: fallback.dir };
}

/** Every revision, newest first (the current one first), in the default language; empty when the ladder names none. */
export async function getHistory(): Promise<RevisionStep[]> {
  const current = content.revisions.current;
  if (!current) return [];
  history ??= getLadder().then((ladder) => ladderHistory({ info: current, ladder, current: true }, earlier));
  return history;
}

/** The earlier revisions only, newest first. */
export async function getEarlierRevisions(): Promise<RevisionStep[]> {
  return (await getHistory()).filter((r) => !r.current);
}

/** An archived level's MDX entry, for rendering its frozen narrative. */
export async function getArchivedLevelEntry(revision: string, levelId: string): Promise<CollectionEntry<'revisionLevels'>> {
  narratives ??= getCollection('revisionLevels').then((all) => new Map(all.map((e) => [e.id, e])));
  const folder = content.revisions.earlier.find((r) => r.info.name === revision)?.folder ?? revision;
  const entry = (await narratives).get(`${folder}/${levelId}`);
  if (!entry) throw new Error(`No level "${levelId}" in revision "${revision}"`);
  return entry;
}

/** Level id → heading slugs of its frozen narrative, for every level of an earlier revision. */
export function revisionAnchors(revision: string): ReadonlyMap<string, ReadonlySet<string>> {
  const anchors = content.revisions.earlier.find((r) => r.info.name === revision)?.anchors ?? {};
  return new Map(Object.entries(anchors).map(([id, slugs]) => [id, new Set(slugs)]));
}

/** A level page's place in the ladder's history. */
export interface LevelRevisions {
  /** The page's revision, with the one before it and what changed since; undefined when the ladder names no revision. */
  step?: RevisionStep;
  /** What changed for this level since the previous revision, when anything did. */
  change?: LevelChanged | LevelAdded;
  /** The level in the other revisions, for carrying a saved self-assessment across. */
  versions: LevelVersions;
  /** The older revisions that had this level (maybe under another id), newest first. */
  earlier: LevelInRevision[];
  /** For an earlier revision's level: what became of it (undefined on the current ladder). */
  fate?: Fate;
}

/** Where `level` of revision `revision` (undefined = the current ladder) stands in the history. */
export async function getLevelRevisions(revision: string | undefined, level: Level): Promise<LevelRevisions> {
  const history = await getHistory();
  const step = revision === undefined ? history.find((r) => r.current) : history.find((r) => r.info.name === revision);
  if (!step) return { versions: { versions: {}, texts: {} }, earlier: [] };
  const change = step.diff ? changeOfLevel(step.diff, level.id) : undefined;
  const fate = step.current ? undefined : fateOf(history, step.info.name, level.id);
  return {
    step,
    ...(change ? { change } : {}),
    versions: levelVersions(history, step.info.name, level),
    earlier: levelBackwards(history, step.info.name, level.id),
    ...(fate ? { fate } : {}),
  };
}
