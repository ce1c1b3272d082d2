/**
 * The content model: what `readContentModel` makes of the content folder, once, for both
 * `npm run check` and the site (served to pages as `virtual:ladderbook/content`). It is plain
 * JSON data, so the build can hand it to pages as it is; pages build the `Ladder` object from
 * `ladder` with `createLadder` and never read content files themselves.
 */
import type { ChapterData } from '../../schemas/chapter.ts';
import type { PartData } from '../../schemas/part.ts';
import type { ReadingPathData } from '../../schemas/reading-path.ts';
import type { ContentKind } from '../links/content-ref.ts';
import type { LadderParts } from '../ladder/create-ladder.ts';
import type { LadderRevisions } from '../ladder/revision-types.ts';
import type { Quiz } from '../quiz/validate.ts';

/** A chapter's frontmatter and where it sits; its MDX body is rendered by the site from the file. */
export interface ChapterMeta extends Omit<ChapterData, 'updated'> {
  /** `<part>/<slug>`. */
  id: string;
  /** The part folder. */
  partId: string;
  /** Path relative to the project root, for edit links and problems. */
  file: string;
  /** The `NN-` number that orders chapters within their part (files without one sort last). */
  order: number;
  /** `updated` from the frontmatter as an ISO date, when given. */
  updated?: string | undefined;
}

/** What links may point to: published ids per kind, heading anchors per page, and drafts. */
export interface LinkTargets {
  ids: Record<ContentKind, string[]>;
  /** `kind:id` → the slugs of that page's headings (chapters and levels). */
  anchors: Record<string, string[]>;
  /** Chapter ids of drafts: they exist as files but are not published, so nothing may link to them. */
  draftChapters: string[];
}

/** The whole handbook's content, checked. */
export interface ContentModel {
  /** Parts in reading order (parts.yaml order). */
  parts: PartData[];
  /** Every chapter that passed its schema, drafts included (flagged), in reading order. */
  chapters: ChapterMeta[];
  /** The ladder's checked parts; `createLadder(model.ladder)` gives the `Ladder`. */
  ladder: LadderParts;
  /** The current revision's name and every earlier revision's frozen ladder (see revision-types.ts). */
  revisions: LadderRevisions;
  /** Every quiz that passed its schema, in file-name order. */
  quizzes: Quiz[];
  /** Reading paths for the home page, in file order. */
  paths: ReadingPathData[];
  links: LinkTargets;
}
