/**
 * Links written as paths (`/chapters/mentorship/feedback/`, `../mentorship/05-feedback.mdx`,
 * `ladder/staff`) break under a base path, so the content check rejects them. This finds the
 * content id the author most likely meant, when that content exists, so the hint can say
 * exactly what to write instead. Forks migrating Markdown from elsewhere hit this first.
 */
import type { ContentKind } from './content-ref.ts';

/** The ids that exist, per kind (the `ids` of a LinkIndex). */
export type KnownIds = Record<ContentKind, ReadonlySet<string>>;

/** Route folders of the built site and content folders, and the kind of page under each. */
const FOLDERS: Record<string, ContentKind> = { chapters: 'chapter', ladder: 'level', levels: 'level', quizzes: 'quiz' };

/**
 * @param href the path link as written
 * @param ids what exists
 * @param self the page the link is on (`chapter:mentorship/feedback`), for links to a sibling file
 * @returns a content id such as `chapter:mentorship/feedback#the-sbi-model`, or undefined
 */
export function guessContentRef(href: string, ids: KnownIds, self?: string): string | undefined {
  const hashAt = href.indexOf('#');
  const anchor = hashAt === -1 ? '' : href.slice(hashAt);
  const path = (hashAt === -1 ? href : href.slice(0, hashAt)).split('?')[0]!;
  const segments = path
    .split('/')
    .filter((s) => s !== '' && s !== '.' && s !== '..')
    .map((s) => s.replace(/\.(mdx|md|html|ya?ml)$/, '').replace(/^\d+-/, ''));
  if (segments[segments.length - 1] === 'index') segments.pop();
  if (segments.length === 0) return undefined;

  const candidates: [ContentKind, string][] = [];
  const at = segments.findIndex((s) => s in FOLDERS);
  if (at !== -1) {
    const kind = FOLDERS[segments[at]!]!;
    const rest = segments.slice(at + 1);
    if (kind === 'chapter' && rest.length >= 2) candidates.push(['chapter', `${rest[0]}/${rest[1]}`]);
    else if (kind === 'chapter' && rest.length === 1) candidates.push(['part', rest[0]!]);
    else if (rest.length >= 1 && rest[0] !== 'compare') candidates.push([kind, rest[0]!]);
  } else {
    const last = segments[segments.length - 1]!;
    if (segments.length >= 2) candidates.push(['chapter', `${segments[segments.length - 2]}/${last}`]);
    const selfPart = /^chapter:([^/]+)\//.exec(self ?? '')?.[1];
    if (selfPart) candidates.push(['chapter', `${selfPart}/${last}`]);
    candidates.push(['level', last], ['quiz', last], ['part', last]);
  }
  const found = candidates.find(([kind, id]) => ids[kind].has(id));
  return found ? `${found[0]}:${found[1]}${anchor}` : undefined;
}
