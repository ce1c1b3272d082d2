/** What links may point to: the content check's own list (published ids, heading anchors, drafts). */
import content from 'virtual:ladderbook/content';
import type { LinkIndex } from '../lib/links/resolve.ts';

const { ids } = content.links;
const index: LinkIndex = {
  ids: { chapter: new Set(ids.chapter), level: new Set(ids.level), quiz: new Set(ids.quiz), part: new Set(ids.part) },
  anchors: new Map(Object.entries(content.links.anchors).map(([page, slugs]) => [page, new Set(slugs)])),
  draftChapters: new Set(content.links.draftChapters),
};

export async function getLinkIndex(): Promise<LinkIndex> {
  return index;
}
