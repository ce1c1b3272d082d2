/** Content ids (`level:staff`) to what a link needs: URL, title and kind. */
import { getCollection } from 'astro:content';
import config from 'virtual:ladderbook/config';
import { parseContentRef, urlFor, type ContentKind } from '../lib/links/content-ref.ts';
import { inFileOrder } from './ordered.ts';

export interface ResolvedRef {
  kind: ContentKind;
  id: string;
  url: string;
  title: string;
}

let titles: Promise<Map<string, string>> | undefined;

function loadTitles(): Promise<Map<string, string>> {
  titles ??= Promise.all([getCollection('chapters'), getCollection('levels'), getCollection('quizzes'), getCollection('parts')]).then(
    ([chapters, levels, quizzes, parts]) =>
      new Map([
        ...chapters.map((e) => [`chapter:${e.id}`, e.data.title] as const),
        ...levels.map((e) => [`level:${e.id}`, e.data.title] as const),
        ...quizzes.map((e) => [`quiz:${e.id}`, e.data.title] as const),
        ...parts.map((e) => [`part:${e.id}`, e.data.title] as const),
      ]),
  );
  return titles;
}

/** Resolves a content id; throws when it does not exist (the content check reports it first). */
export async function resolveRef(ref: string): Promise<ResolvedRef> {
  const parsed = parseContentRef(ref);
  const title = parsed && (await loadTitles()).get(`${parsed.kind}:${parsed.id}`);
  if (!parsed || !title) throw new Error(`Unknown content id "${ref}"`);
  const url = urlFor(parsed.kind, parsed.id, config.base) + (parsed.anchor ? `#${parsed.anchor}` : '');
  return { kind: parsed.kind, id: parsed.id, url, title };
}

/** Reading paths for the home page, with every step resolved (quiz steps only when quizzes are on). */
export async function getReadingPaths() {
  const paths = inFileOrder(await getCollection('paths'));
  const shown = (to: string) => config.features.quizzes || parseContentRef(to)?.kind !== 'quiz';
  return Promise.all(
    paths.map(async (p) => ({
      id: p.id,
      title: p.title,
      summary: p.summary,
      steps: await Promise.all(p.steps.filter((s) => shown(s.to)).map(async (s) => ({ ...(await resolveRef(s.to)), note: s.note }))),
    })),
  );
}
