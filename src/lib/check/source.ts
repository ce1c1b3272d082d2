/** What the content check reads: raw files, gathered by a Node reader or built in memory by tests. */
export interface SourceFile {
  /** Path shown in problems, relative to the project root (`content/quizzes/x.yaml`). */
  file: string;
  /** Path inside its collection folder (`mentorship/05-feedback.mdx`), which gives the id. */
  relative: string;
  text: string;
}

/** The whole content folder, by collection. Missing single files are undefined. */
export interface ContentSnapshot {
  parts?: SourceFile | undefined;
  paths?: SourceFile | undefined;
  tracks?: SourceFile | undefined;
  activities?: SourceFile | undefined;
  dimensions?: SourceFile | undefined;
  chapters: SourceFile[];
  levels: SourceFile[];
  quizzes: SourceFile[];
  /** `ladder/revision.yaml`: the name, date and note of the current revision. */
  revision?: SourceFile | undefined;
  /** Earlier revisions, frozen under `ladder/revisions/<folder>/`, in folder-name order. */
  revisions?: RevisionSnapshot[] | undefined;
  /** Translations, one folder per language under `translations/`, in folder-name order. */
  translations?: TranslationSnapshot[] | undefined;
  /** The organisation's interface strings, `strings/<code>.yaml`. */
  strings?: SourceFile[] | undefined;
}

/** One language's translated files, laid out like the content folder (`relative` is inside the language's folder). */
export interface TranslationSnapshot {
  /** The folder under `translations/` (`de`): the locale code. */
  code: string;
  /** The folder relative to the project root (`content/translations/de`). */
  path: string;
  parts?: SourceFile | undefined;
  paths?: SourceFile | undefined;
  tracks?: SourceFile | undefined;
  activities?: SourceFile | undefined;
  dimensions?: SourceFile | undefined;
  revision?: SourceFile | undefined;
  chapters: SourceFile[];
  levels: SourceFile[];
  quizzes: SourceFile[];
}

/** One frozen revision's files: the ladder's files as they were, and its revision.yaml. */
export interface RevisionSnapshot {
  /** The folder under `ladder/revisions/` (`2026`). */
  folder: string;
  /** The folder relative to the project root (`content/ladder/revisions/2026`), for problems about missing files. */
  path: string;
  revision?: SourceFile | undefined;
  tracks?: SourceFile | undefined;
  activities?: SourceFile | undefined;
  dimensions?: SourceFile | undefined;
  levels: SourceFile[];
}

/** Where each collection lives inside the content folder; the Node reader and content.config.ts share it. */
export const CONTENT_LAYOUT = {
  parts: 'parts.yaml',
  paths: 'paths.yaml',
  tracks: 'ladder/tracks.yaml',
  activities: 'ladder/activities.yaml',
  dimensions: 'ladder/dimensions.yaml',
  chapters: { dir: 'chapters', pattern: '**/*.mdx' },
  levels: { dir: 'ladder/levels', pattern: '*.mdx' },
  quizzes: { dir: 'quizzes', pattern: '*.yaml' },
  revision: 'ladder/revision.yaml',
  /** Each folder in here is one frozen revision, laid out like `ladder/` (`revision.yaml`, `tracks.yaml`, `levels/` …). */
  revisions: { dir: 'ladder/revisions', levelsPattern: '*/levels/*.mdx' },
  /** Each folder in here is one language's translation, laid out like the content folder itself. */
  translations: { dir: 'translations', chaptersPattern: '*/chapters/**/*.mdx', levelsPattern: '*/ladder/levels/*.mdx' },
  /** The organisation's interface strings, one file per locale code. */
  strings: { dir: 'strings', pattern: '*.yaml' },
} as const;

/** `mentorship/05-feedback.mdx` → `mentorship/feedback`: the number orders, the rest is the stable id. */
export function chapterIdFromPath(relative: string): string {
  return relative
    .replace(/\.mdx$/, '')
    .split('/')
    .map((segment) => segment.replace(/^\d+-/, ''))
    .join('/');
}

/** `mentorship/05-feedback.mdx` → 5 (chapters without a number sort last, by name). */
export function chapterOrderFromPath(relative: string): number {
  const name = relative.split('/').pop() ?? '';
  const m = /^(\d+)-/.exec(name);
  return m ? Number(m[1]) : Number.MAX_SAFE_INTEGER;
}

/** `staff.mdx` / `level-staff.yaml` → `staff` / `level-staff`. */
export function idFromFileName(relative: string): string {
  return relative.replace(/\.(mdx|yaml|yml)$/, '');
}
