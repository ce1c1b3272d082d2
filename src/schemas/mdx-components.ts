/**
 * The components chapter and level authors may use in MDX, and the props each takes. The content
 * check validates every use against these (unknown component, unknown or missing prop, a value
 * outside its set), and the components type their props from them, so the two cannot drift.
 * Values are plain strings in MDX (`kind="tip"`), so every prop here is a string.
 */
import { z } from 'zod';
import { idSchema } from './ids.ts';

const text = z.string().trim().min(1, 'must not be empty');

/** The kinds of callout, each with its own label and colour. */
export const CALLOUT_KINDS = ['key', 'tip', 'warning'] as const;

export const mdxComponentProps = {
  /** A highlighted aside: `<Callout kind="tip" title="…">`. */
  Callout: z.strictObject({
    /** key (the default), tip or warning. */
    kind: z.enum(CALLOUT_KINDS).optional(),
    /** Heading of the aside; the kind's label when omitted. */
    title: text.optional(),
  }),
  /** A worked example from practice: `<CaseStudy title="…">`. */
  CaseStudy: z.strictObject({
    /** What the case is about; label composite people as composites in the text. */
    title: text,
  }),
  /** A table, image or diagram with a caption. */
  Figure: z.strictObject({
    /** The caption under it. */
    caption: text,
  }),
  /** A quotation: the source's exact words, and where they were written. */
  PullQuote: z.strictObject({
    /** `Author, Work (year)`: a quotation without its exact source is prose, not a quotation. */
    cite: z
      .string()
      .regex(/^[^,]+, .+\(\d{4}\)$/, 'expected "Author, Work (year)", the exact source of the quoted words'),
  }),
  /** A quiz inside the page: `<Quiz id="check-feedback" />` (a chapter's own check is added automatically). */
  Quiz: z.strictObject({
    /** The quiz id: its file name in quizzes/ without `.yaml`. */
    id: idSchema,
  }),
  /** The points to remember, at the end of a chapter. */
  Takeaways: z.strictObject({
    /** Heading; "Key takeaways" when omitted. */
    title: text.optional(),
  }),
  /** How the week is spent at some levels, from the ladder's data: `<WeekTable levels="senior staff" />`. */
  WeekTable: z.strictObject({
    /** Level ids separated by spaces. */
    levels: z.string().regex(/^\s*[a-z0-9-]+(\s+[a-z0-9-]+)*\s*$/, 'expected level ids separated by spaces, like "senior staff"'),
  }),
} as const;

/** The name of a component authors may use. */
export type MdxComponentName = keyof typeof mdxComponentProps;

/** The props of one component, as authors write them. */
export type MdxProps<Name extends MdxComponentName> = z.input<(typeof mdxComponentProps)[Name]>;
