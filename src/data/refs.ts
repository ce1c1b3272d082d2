/** Content ids (`level:staff`) to what a link needs: URL, title and kind. */
import config from 'virtual:ladderbook/config';
import content from 'virtual:ladderbook/content';
import { parseContentRef, urlFor, type ContentKind } from '../lib/links/content-ref.ts';

export interface ResolvedRef {
  kind: ContentKind;
  id: string;
  url: string;
  title: string;
}

/** `kind:id` → title, for everything that is published. */
const titles = new Map<string, string>([
  ...content.chapters.filter((c) => !c.draft).map((c) => [`chapter:${c.id}`, c.title] as const),
  ...content.ladder.levels.map((l) => [`level:${l.id}`, l.title] as const),
  ...content.quizzes.map((q) => [`quiz:${q.id}`, q.title] as const),
  ...content.parts.map((p) => [`part:${p.id}`, p.title] as const),
]);

/** Resolves a content id; throws when it does not exist (the content check reports it first). */
export async function resolveRef(ref: string): Promise<ResolvedRef> {
  const parsed = parseContentRef(ref);
  const title = parsed && titles.get(`${parsed.kind}:${parsed.id}`);
  if (!parsed || !title) throw new Error(`Unknown content id "${ref}"`);
  const url = urlFor(parsed.kind, parsed.id, config.base) + (parsed.anchor ? `#${parsed.anchor}` : '');
  return { kind: parsed.kind, id: parsed.id, url, title };
}

/** Reading paths for the home page, with every step resolved (quiz steps only when quizzes are on). */
export async function getReadingPaths() {
  const shown = (to: string) => config.features.quizzes || parseContentRef(to)?.kind !== 'quiz';
  return Promise.all(
    content.paths.map(async (p) => ({
      id: p.id,
      title: p.title,
      summary: p.summary,
      steps: await Promise.all(p.steps.filter((s) => shown(s.to)).map(async (s) => ({ ...(await resolveRef(s.to)), note: s.note }))),
    })),
  );
}
