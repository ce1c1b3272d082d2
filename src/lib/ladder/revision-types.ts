/**
 * The ladder's revisions as the content model holds them (plain JSON): the current revision's name,
 * and every earlier revision frozen with its own ladder. Pages turn each `ladder` into a `Ladder`
 * with `createLadder`, and what changed between two of them is `diffLadders` (diff.ts).
 */
import type { LadderParts } from './create-ladder.ts';

/** What a revision.yaml says. */
export interface RevisionInfo {
  /** `2026`: unique among the ladder's revisions, and the URL segment of its archived pages. */
  readonly name: string;
  /** `YYYY-MM-DD`. */
  readonly date: string;
  /** The authors' note, if any. */
  readonly note?: string;
}

/** An earlier revision: its name and date, and its frozen ladder, checked like the current one. */
export interface ArchivedRevision {
  readonly info: RevisionInfo;
  /** Its folder under `ladder/revisions/` (usually the name). */
  readonly folder: string;
  readonly ladder: LadderParts;
  /** Level id → the slugs of the headings of its frozen narrative (for links into it). */
  readonly anchors: Readonly<Record<string, readonly string[]>>;
}

/** Every revision of the ladder. */
export interface LadderRevisions {
  /** The current ladder's revision; undefined when content/ladder/revision.yaml is absent (then there are no earlier ones). */
  readonly current?: RevisionInfo;
  /** Earlier revisions, newest first. */
  readonly earlier: readonly ArchivedRevision[];
}

/**
 * Segments under `/ladder/` that pages other than levels use: a revision may not be named after one,
 * nor after a level (its archived pages live at `/ladder/<revision>/<level>/`).
 */
export const RESERVED_LADDER_SEGMENTS = ['compare', 'changes'] as const;
