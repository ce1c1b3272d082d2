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
import type { Message } from '../i18n/message.ts';
import type { DimensionTranslation, LevelTranslation, PathTranslation } from '../../schemas/translation.ts';

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

/** A translated chapter or level body: its texts and its heading anchors, in order (links map anchors by position). */
export interface TranslatedBody {
  /** The translation's file, relative to the project root. */
  file: string;
  /** Heading slugs in order, one for each of the source's. */
  anchors: string[];
}

/** One language's translations, by id, holding only what was translated (the rest falls back). */
export interface LocaleContent {
  parts: Record<string, { title?: string | undefined; summary?: string | undefined }>;
  paths: Record<string, PathTranslation>;
  chapters: Record<string, TranslatedBody & { title: string; description: string }>;
  quizzes: Record<string, Quiz>;
  ladder: {
    tracks: Record<string, { name?: string | undefined; summary?: string | undefined }>;
    activities: Record<string, { name?: string | undefined }>;
    dimensions: Record<string, DimensionTranslation>;
    levels: Record<string, LevelTranslation & Partial<TranslatedBody>>;
    revisionNote?: string | undefined;
  };
}

/** How far one language's translation is: what matches its source, what is stale (with the hash to record), what is missing. */
export interface TranslationStatus {
  /** Items (`chapter:mentorship/feedback`, `level:staff`, `track:ic` …) whose translation matches the source. */
  translated: string[];
  /** Items whose source changed since (or that record no version): the file, the version it records, and the hash of the source now. */
  stale: { item: string; file: string; recorded?: string | undefined; hash: string }[];
  /** Items with no translation. */
  missing: string[];
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
  /** Translations, by locale code (none for the default locale). */
  translations: Record<string, LocaleContent>;
  /** How complete each language's translation is, by locale code. */
  translationStatus: Record<string, TranslationStatus>;
  /** The organisation's own interface strings, by locale code: key → text (`strings/<code>.yaml`). */
  strings: Record<string, Record<string, Message>>;
}
