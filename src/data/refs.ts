/** Content ids (`level:staff`) to what a link needs, in one language: URL, title and kind. */
import config from 'virtual:ladderbook/config';
import content from 'virtual:ladderbook/content';
import { parseContentRef, urlFor, type ContentKind } from '../lib/links/content-ref.ts';
import { getChapters, getParts } from './chapters.ts';
import { localeByCode } from './i18n.ts';
import { getLadder } from './ladder.ts';
import { anchorIn } from './links.ts';

export interface ResolvedRef {
  kind: ContentKind;
  id: string;
  url: string;
  title: string;
}

const titles = new Map<string, Promise<Map<string, string>>>();

/** `kind:id` → title, for everything that is published, in the language of locale `code`. */
function titlesIn(code: string): Promise<Map<string, string>> {
  let value = titles.get(code);
  if (!value) {
    const t = content.translations[code];
    value = Promise.all([getChapters(code), getLadder(code), getParts(code)]).then(
      ([chapters, ladder, parts]) =>
        new Map([
          ...chapters.map((c) => [`chapter:${c.id}`, c.title] as const),
          ...ladder.levels.map((l) => [`level:${l.id}`, l.title] as const),
          ...content.quizzes.map((q) => [`quiz:${q.id}`, t?.quizzes[q.id]?.title ?? q.title] as const),
          ...parts.map((p) => [`part:${p.id}`, p.title] as const),
        ]),
    );
    titles.set(code, value);
  }
  return value;
}

/** Resolves a content id for locale `code` (the default when omitted); throws when it does not exist (the content check reports it first). */
export async function resolveRef(ref: string, code = config.locales[0]!.code): Promise<ResolvedRef> {
  const parsed = parseContentRef(ref);
  const title = parsed && (await titlesIn(code)).get(`${parsed.kind}:${parsed.id}`);
  if (!parsed || !title) throw new Error(`Unknown content id "${ref}"`);
  const page = `${parsed.kind}:${parsed.id}`;
  const url = urlFor(parsed.kind, parsed.id, localeByCode(code).base) + (parsed.anchor ? `#${anchorIn(code, page, parsed.anchor)}` : '');
  return { kind: parsed.kind, id: parsed.id, url, title };
}

/** Reading paths for the home page in locale `code`, with every step resolved (quiz steps only when quizzes are on). */
export async function getReadingPaths(code = config.locales[0]!.code) {
  const t = content.translations[code];
  const shown = (to: string) => config.features.quizzes || parseContentRef(to)?.kind !== 'quiz';
  return Promise.all(
    content.paths.map(async (p) => {
      const translated = t?.paths[p.id];
      return {
        id: p.id,
        title: translated?.title ?? p.title,
        summary: translated?.summary ?? p.summary,
        steps: await Promise.all(
          p.steps
            .map((s, i) => ({ ...s, note: translated?.steps?.[i]?.note ?? s.note }))
            .filter((s) => shown(s.to))
            .map(async (s) => ({ ...(await resolveRef(s.to, code)), note: s.note })),
        ),
      };
    }),
  );
}
