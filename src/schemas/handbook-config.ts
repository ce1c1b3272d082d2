import { z } from 'zod';
import { DEFAULT_LOCALES, localeSchema } from './locale.ts';

const hexColor = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'expected a colour like "#2f5fd0"');

/** The handbook's identity and switches: everything a fork changes lives here. */
export const handbookConfigSchema = z.strictObject({
  /** Name shown in the header, the browser tab and search results. */
  title: z.string().min(1),
  /** Who publishes the handbook, shown in the footer and the ladder export. */
  organisation: z.string().min(1),
  /** One or two sentences for the home page and `<meta name="description">`. */
  description: z.string().min(1),
  /** Absolute URL the site is served from, without the base path (`https://example.org`). */
  site: z.url({ message: 'expected an absolute URL such as "https://handbook.example.org"' }),
  /** Path the site lives under: `/` or `/some-path/` (GitHub Pages project sites use `/<repo>/`). */
  base: z
    .string()
    .regex(/^\/([A-Za-z0-9._~-]+\/)*$/, 'expected "/" or a path that starts and ends with "/", like "/handbook/"'),
  /** Repository shown in the footer; omit for none. */
  repository: z.url().optional(),
  /** Prefix of "edit this page" links; the file path relative to the project root is appended. */
  editUrl: z.url().optional(),
  /**
   * Folder with parts.yaml, chapters/, ladder/, quizzes/ and paths.yaml, relative to the folder of
   * this config file (`content`: org/content for org/handbook.config.ts).
   */
  contentDir: z.string().min(1).default('content'),
  /**
   * Folder of static files copied to the site as they are (logo, favicon), relative to the folder of
   * this config file. When it does not exist, the default handbook's public/ is used.
   */
  publicDir: z.string().min(1).default('public'),
  /** Optional logo, a path inside the public folder (e.g. `/logo.svg`), shown before the title. */
  logo: z.string().startsWith('/').optional(),
  /** Design tokens a fork can change without touching CSS. */
  colors: z
    .strictObject({
      /** Links, buttons and highlights in the light theme. */
      accent: hexColor,
      /** The same in the dark theme (needs enough contrast on a dark background). */
      accentDark: hexColor,
    })
    .default({ accent: '#2f54c9', accentDark: '#8fb0ff' }),
  /** Parts of the product a fork may switch off. */
  features: z
    .strictObject({
      /** Checkpoint quizzes on chapters and levels, and the /quizzes/ pages. */
      quizzes: z.boolean().default(true),
      /** Signals as a checklist with evidence notes on level pages, and the promotion-packet export. */
      selfAssessment: z.boolean().default(true),
      /** Spaced review of questions answered wrong (/review/). */
      review: z.boolean().default(true),
    })
    .default({ quizzes: true, selfAssessment: true, review: true }),
  /**
   * Which kinds of page get a social image of their own (a 1200×630 PNG made at build time with the
   * handbook's title and accent, the page's title and, for a level, its code and track), shown
   * when a link is pasted into a chat or an issue. A page whose kind is off, and every other page,
   * shows the handbook's one site-wide image instead. Drawing an image costs about 22 ms of CPU;
   * later builds read unchanged ones from a cache (node_modules/.astro/social-images/). A cold
   * build of a thousand chapters takes about twice as long with chapter images, so such a
   * handbook may want `chapters: false`; see the README's Performance.
   */
  socialImages: z
    .strictObject({
      /** One image per ladder level, with its code and track. */
      levels: z.boolean().default(true),
      /** One image per chapter, with its part. */
      chapters: z.boolean().default(true),
      /** One image per quiz page (only when `features.quizzes` is on). */
      quizzes: z.boolean().default(true),
    })
    .default({ levels: true, chapters: true, quizzes: true }),
  /**
   * The languages the handbook is published in; the first is the default, served at the root with
   * the content in the content folder. Others are served under `/<code>/`, from translations in
   * `translations/<code>/` inside the content folder; what is not translated falls back to the
   * default language with a notice. One language builds exactly as a handbook without this key.
   */
  locales: z
    .array(localeSchema)
    .min(1, 'name at least the default language')
    .refine((list) => new Set(list.map((l) => l.code)).size === list.length, 'each locale code may appear once')
    .default(DEFAULT_LOCALES),
});

export type HandbookConfigInput = z.input<typeof handbookConfigSchema>;
export type HandbookConfig = z.output<typeof handbookConfigSchema>;

/** Typed helper for handbook.config.ts: gives editor completion; validation happens at startup. */
export function defineHandbook(config: HandbookConfigInput): HandbookConfigInput {
  return config;
}
