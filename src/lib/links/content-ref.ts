/**
 * Links by content id. Authors write `chapter:mentorship/feedback#the-sbi-model`, `level:staff`,
 * `quiz:level-staff` or `part:mentorship`; the build turns them into URLs under the base path.
 */

export const CONTENT_KINDS = ['chapter', 'level', 'quiz', 'part'] as const;
export type ContentKind = (typeof CONTENT_KINDS)[number];

export interface ContentRef {
  kind: ContentKind;
  id: string;
  /** Heading slug after `#`, if any. */
  anchor?: string;
}

const REF = /^(chapter|level|quiz|part):([^#\s]+)(?:#(\S+))?$/;

/** Parses `kind:id#anchor`; undefined when the string is not a content id. */
export function parseContentRef(href: string): ContentRef | undefined {
  const m = REF.exec(href);
  if (!m) return undefined;
  const ref: ContentRef = { kind: m[1] as ContentKind, id: m[2]! };
  if (m[3]) ref.anchor = m[3];
  return ref;
}

/** The URL of a page in the built site, always ending in `/` (trailingSlash: 'always'). */
export function urlFor(kind: ContentKind, id: string, base: string): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  switch (kind) {
    case 'chapter':
      return `${prefix}chapters/${id}/`;
    case 'part':
      return `${prefix}chapters/${id}/`;
    case 'level':
      return `${prefix}ladder/${id}/`;
    case 'quiz':
      return `${prefix}quizzes/${id}/`;
  }
}

/** Joins a site path onto the base: `pathFor('/handbook/', 'search/')` → `/handbook/search/`. */
export function pathFor(base: string, path = ''): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return prefix + path.replace(/^\/+/, '');
}
