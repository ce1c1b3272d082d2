import { z } from 'zod';
import { idSchema } from './ids.ts';

/** Frontmatter of a chapter (`chapters/<part>/<NN>-<slug>.mdx`; NN orders chapters within the part). */
export const chapterSchema = z.strictObject({
  /** The chapter's title; the page's only h1. */
  title: z.string().min(1),
  /** One sentence for cards, search results and `<meta name="description">`. */
  description: z.string().min(1),
  /** Ladder levels this chapter serves most; used by search filters and level pages. */
  levels: z.array(idSchema).default([]),
  /** Last substantive edit; when omitted the page shows the date of the file's last commit. */
  updated: z.coerce.date().optional(),
  /** Drafts are left out of the build. */
  draft: z.boolean().default(false),
});

export type ChapterData = z.output<typeof chapterSchema>;
