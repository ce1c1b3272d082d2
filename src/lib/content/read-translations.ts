/**
 * Translations, read the way the source is: every translated file is parsed, checked against its
 * source (ids that must exist, quizzes whose answers must be the source's, bodies with the source's
 * headings), and measured against the source's current version for the translation status. Part of
 * the one reading of the content (read-content.ts calls it with what it read of the source).
 */
import { z } from 'zod';
import { similarLocaleCode } from '../i18n/locales.ts';
import { closest, listChoices, withoutMisspeltKeys, zodProblems, type Problem } from '../errors.ts';
import type { Locale } from '../../schemas/locale.ts';
import {
  activityTranslationSchema,
  chapterTranslationSchema,
  dimensionTranslationSchema,
  levelTranslationSchema,
  partTranslationSchema,
  pathTranslationSchema,
  quizTranslationSchema,
  revisionTranslationSchema,
  trackTranslationSchema,
} from '../../schemas/translation.ts';
import { scanMdx, type ScannedMdx } from '../check/mdx-source.ts';
import { chapterIdFromPath, idFromFileName, type SourceFile, type TranslationSnapshot } from '../check/source.ts';
import { parseYaml, withLines, type ParsedYaml } from '../check/yaml-source.ts';
import { contentHash } from '../shared/content-hash.ts';
import { answerKeyOf } from '../quiz/registry.ts';
import type { Quiz } from '../quiz/validate.ts';
import type { Level } from '../ladder/types.ts';
import type { LocaleContent, TranslationStatus } from './model.ts';

/** What a translation is checked against: the source as read. */
export interface TranslationSources {
  /** Chapters by id: the file's text and its headings' depths and slugs, in order. */
  chapters: ReadonlyMap<string, { text: string; draft: boolean; headings: { depth: number; slug: string }[] }>;
  /** Levels by id: the file's text, headings, and the level as read (ids of signals and traps). */
  levels: ReadonlyMap<string, { text: string; headings: { depth: number; slug: string }[]; level: Level }>;
  /** Quizzes by id, with their file's text. */
  quizzes: ReadonlyMap<string, { text: string; quiz: Quiz }>;
  /** Entries of list files as written, by id (their parsed data is hashed for the status). */
  parts: ReadonlyMap<string, unknown>;
  paths: ReadonlyMap<string, { data: unknown; steps: readonly string[] }>;
  tracks: ReadonlyMap<string, unknown>;
  activities: ReadonlyMap<string, unknown>;
  dimensions: ReadonlyMap<string, { data: unknown; steps: readonly string[] }>;
  /** The current revision's note, if it has one. */
  revisionNote?: string | undefined;
}

export interface TranslationReading {
  translations: Record<string, LocaleContent>;
  status: Record<string, TranslationStatus>;
  problems: Problem[];
}

/** Checks of a translated MDX body that the source's bodies get too (links, images, components). */
export type BodyCheck = (file: string, scan: ScannedMdx, self: string) => Problem[];

const emptyContent = (): LocaleContent => ({ parts: {}, paths: {}, chapters: {}, quizzes: {}, ladder: { tracks: {}, activities: {}, dimensions: {}, levels: {} } });

export function readTranslations(
  snapshots: readonly TranslationSnapshot[],
  locales: readonly Locale[],
  sources: TranslationSources,
  checkBody: BodyCheck,
): TranslationReading {
  const problems: Problem[] = [];
  const translations: Record<string, LocaleContent> = {};
  const status: Record<string, TranslationStatus> = {};
  const others = locales.slice(1).map((l) => l.code);

  for (const snapshot of snapshots) {
    if (!others.includes(snapshot.code)) {
      const isDefault = snapshot.code === locales[0]!.code;
      const guess = similarLocaleCode(snapshot.code, others);
      problems.push({
        file: snapshot.path,
        path: [],
        message: isDefault
          ? `"${snapshot.code}" is the default language, whose content is the content folder itself`
          : `"${snapshot.code}" is not a language of the handbook`,
        hint: isDefault
          ? 'move these files into the content folder, or make another language the default'
          : guess
            ? `did you mean "${guess}"? Or add { code: '${snapshot.code}', … } to locales in the handbook config`
            : `add { code: '${snapshot.code}', label, lang } to locales in the handbook config${others.length ? `, beside ${listChoices(others)}` : ''}`,
      });
    }
  }

  for (const code of others) {
    const snapshot = snapshots.find((s) => s.code === code);
    const content = emptyContent();
    const seen = new Map<string, { file: string; source?: string | undefined }>();
    if (snapshot) readLocale(snapshot, sources, checkBody, content, seen, problems);
    translations[code] = content;
    status[code] = statusOf(sources, seen);
  }
  return { translations, status, problems };
}

/** Reads one language's folder into `content`; `seen` collects each translated item's file and recorded version. */
function readLocale(
  snapshot: TranslationSnapshot,
  sources: TranslationSources,
  checkBody: BodyCheck,
  content: LocaleContent,
  seen: Map<string, { file: string; source?: string | undefined }>,
  problems: Problem[],
): void {
  const unknown = (file: string, path: PropertyKey[], line: number | undefined, what: string, id: string, known: Iterable<string>): Problem => {
    const guess = closest(id, known);
    return {
      file,
      path,
      ...(line ? { line } : {}),
      message: `${what} "${id}" does not exist in the source`,
      hint: guess ? `did you mean "${guess}"? A translation keeps the source's ids` : 'a translation keeps the source\'s ids; rename it to the id of what it translates',
    };
  };

  // List files: each entry matched by id.
  const list = <S extends z.ZodType>(
    file: SourceFile | undefined,
    schema: S,
    known: ReadonlyMap<string, unknown>,
    what: string,
    take: (entry: z.output<S> & { id: string; source?: string | undefined }, index: number, yaml: ParsedYaml) => void,
  ) => {
    if (!file) return;
    const yaml = parseYaml(file.file, file.text);
    problems.push(...yaml.problems);
    if (yaml.data === undefined) return;
    if (!Array.isArray(yaml.data)) {
      problems.push({ file: file.file, path: [], line: 1, message: 'expected a list, like the source file', hint: 'write one entry per line starting with "- id: …"' });
      return;
    }
    yaml.data.forEach((raw, i) => {
      const parsed = schema.safeParse(raw, { reportInput: true });
      if (!parsed.success) {
        problems.push(...withLines(zodProblems(file.file, withoutMisspeltKeys(parsed.error), [i], schema), yaml));
        return;
      }
      const entry = parsed.data as z.output<S> & { id: string; source?: string | undefined };
      if (!known.has(entry.id)) {
        problems.push(unknown(file.file, [i, 'id'], yaml.lineOf([i, 'id']), what, entry.id, known.keys()));
        return;
      }
      seen.set(`${what}:${entry.id}`, { file: file.file, source: entry.source });
      take(entry, i, yaml);
    });
  };

  list(snapshot.parts, partTranslationSchema, sources.parts, 'part', (e) => (content.parts[e.id] = { title: e.title, summary: e.summary }));
  list(snapshot.tracks, trackTranslationSchema, sources.tracks, 'track', (e) => (content.ladder.tracks[e.id] = { name: e.name, summary: e.summary }));
  list(snapshot.activities, activityTranslationSchema, sources.activities, 'activity', (e) => (content.ladder.activities[e.id] = { name: e.name }));
  list(snapshot.paths, pathTranslationSchema, sources.paths, 'path', (e, i, yaml) => {
    const steps = sources.paths.get(e.id)!.steps;
    if (e.steps && (e.steps.length !== steps.length || e.steps.some((s, j) => s.to !== steps[j]))) {
      problems.push({
        file: snapshot.paths!.file,
        path: [i, 'steps'],
        line: yaml.lineOf([i, 'steps']),
        message: `the steps do not go where the source's do (${steps.join(', ')})`,
        hint: 'keep every step, in the same order and with the same "to"; translate only the notes',
      });
      return;
    }
    content.paths[e.id] = e;
  });
  list(snapshot.dimensions, dimensionTranslationSchema, sources.dimensions, 'dimension', (e, i, yaml) => {
    const steps = sources.dimensions.get(e.id)!.steps;
    e.steps?.forEach((step, j) => {
      if (!steps.includes(step.id)) problems.push(unknown(snapshot.dimensions!.file, [i, 'steps', j, 'id'], yaml.lineOf([i, 'steps', j, 'id']), 'step', step.id, steps));
    });
    content.ladder.dimensions[e.id] = e;
  });

  if (snapshot.revision) {
    const yaml = parseYaml(snapshot.revision.file, snapshot.revision.text);
    problems.push(...yaml.problems);
    const parsed = revisionTranslationSchema.safeParse(yaml.data ?? {}, { reportInput: true });
    if (!parsed.success) problems.push(...withLines(zodProblems(snapshot.revision.file, parsed.error, [], revisionTranslationSchema), yaml));
    else if (parsed.data.note) {
      content.ladder.revisionNote = parsed.data.note;
      seen.set('revision:note', { file: snapshot.revision.file, source: parsed.data.source });
    }
  }

  // Chapters: frontmatter, the source's headings, the source's checks.
  for (const file of snapshot.chapters) {
    const id = chapterIdFromPath(file.relative);
    const scan = scanMdx(file.file, file.text);
    problems.push(...scan.problems);
    const source = sources.chapters.get(id);
    if (!source) {
      problems.push(unknown(file.file, [], 1, 'chapter', id, sources.chapters.keys()));
      continue;
    }
    const parsed = chapterTranslationSchema.safeParse(scan.frontmatter.data ?? {}, { reportInput: true });
    if (!parsed.success) {
      problems.push(...withLines(zodProblems(file.file, withoutMisspeltKeys(parsed.error), [], chapterTranslationSchema), scan.frontmatter));
      continue;
    }
    const headings = headingProblem(file.file, scan, source.headings);
    if (headings) problems.push(headings);
    problems.push(...checkBody(file.file, scan, `chapter:${id}`));
    seen.set(`chapter:${id}`, { file: file.file, source: parsed.data.source });
    content.chapters[id] = { title: parsed.data.title, description: parsed.data.description, file: file.file, anchors: scan.headings.map((h) => h.slug) };
  }

  // Levels: their texts matched by id (signals, traps) or by position (archetypes, path, checklist).
  for (const file of snapshot.levels) {
    const id = idFromFileName(file.relative);
    const scan = scanMdx(file.file, file.text);
    problems.push(...scan.problems);
    const source = sources.levels.get(id);
    if (!source) {
      problems.push(unknown(file.file, [], 1, 'level', id, sources.levels.keys()));
      continue;
    }
    const parsed = levelTranslationSchema.safeParse(scan.frontmatter.data ?? {}, { reportInput: true });
    if (!parsed.success) {
      problems.push(...withLines(zodProblems(file.file, withoutMisspeltKeys(parsed.error), [], levelTranslationSchema), scan.frontmatter));
      continue;
    }
    const data = parsed.data;
    const at = (path: PropertyKey[]) => scan.frontmatter.lineOf(path);
    const signalIds = source.level.signals.map((s) => s.id);
    const trapIds = source.level.traps.map((t) => t.id);
    data.signals?.forEach((s, i) => {
      if (!signalIds.includes(s.id)) problems.push(unknown(file.file, ['signals', i, 'id'], at(['signals', i, 'id']), 'signal', s.id, signalIds));
    });
    data.traps?.forEach((t, i) => {
      if (!trapIds.includes(t.id)) problems.push(unknown(file.file, ['traps', i, 'id'], at(['traps', i, 'id']), 'trap', t.id, trapIds));
    });
    for (const [key, count] of [['archetypes', source.level.archetypes.length], ['path', source.level.path.length], ['checklist', source.level.checklist.length]] as const) {
      const written = data[key]?.length;
      if (written !== undefined && written !== count) {
        problems.push({ file: file.file, path: [key], line: at([key]), message: `has ${written} entries, the source has ${count}`, hint: `translate each of the source's ${key} entries, in its order` });
      }
    }
    const hasBody = scan.headings.length > 0 || /\n---\s*\n[\s\S]*\S/.test(file.text);
    if (hasBody) {
      const headings = headingProblem(file.file, scan, source.headings);
      if (headings) problems.push(headings);
    }
    problems.push(...checkBody(file.file, scan, `level:${id}`));
    seen.set(`level:${id}`, { file: file.file, source: data.source });
    content.ladder.levels[id] = { ...data, ...(hasBody ? { file: file.file, anchors: scan.headings.map((h) => h.slug) } : {}) };
  }

  // Quizzes: the whole file translated, its questions and answers the source's.
  for (const file of snapshot.quizzes) {
    const id = idFromFileName(file.relative);
    const yaml = parseYaml(file.file, file.text);
    problems.push(...yaml.problems);
    if (yaml.data === undefined) continue;
    const source = sources.quizzes.get(id);
    if (!source) {
      problems.push(unknown(file.file, [], 1, 'quiz', id, sources.quizzes.keys()));
      continue;
    }
    const parsed = quizTranslationSchema.safeParse(yaml.data, { reportInput: true });
    if (!parsed.success) {
      problems.push(...withLines(zodProblems(file.file, withoutMisspeltKeys(parsed.error), [], quizTranslationSchema), yaml));
      continue;
    }
    const { source: version, ...quizData } = parsed.data;
    const quiz: Quiz = { ...quizData, id, file: file.file };
    const mismatch = quizMismatch(quiz, source.quiz);
    if (mismatch) {
      problems.push({ file: file.file, path: mismatch.path, ...(yaml.lineOf(mismatch.path) ? { line: yaml.lineOf(mismatch.path)! } : {}), message: mismatch.message, hint: 'a translated quiz keeps the source\'s questions, ids and answers, so saved answers show in every language; translate only the texts' });
      continue;
    }
    seen.set(`quiz:${id}`, { file: file.file, source: version });
    content.quizzes[id] = quiz;
  }
}

/** The translation's headings must be the source's, in number, order and level: links map anchors by position. */
function headingProblem(file: string, scan: ScannedMdx, source: readonly { depth: number }[]): Problem | undefined {
  const mine = scan.headings.map((h) => h.depth);
  const theirs = source.map((h) => h.depth);
  if (mine.length === theirs.length && mine.every((d, i) => d === theirs[i])) return undefined;
  const first = mine.findIndex((d, i) => d !== theirs[i]);
  const at = first < 0 ? mine.length : first;
  return {
    file,
    path: [],
    ...(scan.headings[at] ? { line: scan.headings[at]!.line } : {}),
    message: `has ${mine.length} headings where the source has ${theirs.length}, or at other levels (first difference: heading ${at + 1})`,
    hint: 'keep the source\'s headings, in the same order and at the same levels (links find their anchors by position)',
  };
}

/** The first way a translated quiz's questions or answers differ from the source's, if any. */
function quizMismatch(quiz: Quiz, source: Quiz): { path: PropertyKey[]; message: string } | undefined {
  if (quiz.about !== source.about) return { path: ['about'], message: `is about "${quiz.about}", the source about "${source.about}"` };
  if (quiz.questions.length !== source.questions.length) return { path: ['questions'], message: `has ${quiz.questions.length} questions, the source has ${source.questions.length}` };
  // Every id first (questions, choices, items, options, rubric lines), where it sits: saved answers are keyed by them.
  const mineIds = idsIn(quiz.questions, ['questions']);
  const theirIds = idsIn(source.questions, ['questions']);
  for (let i = 0; i < Math.max(mineIds.length, theirIds.length); i++) {
    const a = mineIds[i];
    const b = theirIds[i];
    if (a?.id === b?.id && a?.path.join('.') === b?.path.join('.')) continue;
    if (!a || !b) return { path: (a ?? b)!.path.slice(0, -2), message: a ? `has an entry with id "${a.id}" the source does not have` : `lacks the source's entry with id "${b!.id}"` };
    return { path: a.path, message: `id "${a.id}" is not the source's id here ("${b.id}")` };
  }
  const mine = answerKeyOf(quiz).questions;
  const theirs = answerKeyOf(source).questions;
  for (let i = 0; i < mine.length; i++) {
    const a = mine[i]!;
    const b = theirs[i]!;
    if (JSON.stringify(a) !== JSON.stringify(b)) {
      const field = (Object.keys(b) as (keyof typeof b)[]).find((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k])) ?? 'type';
      const what = field === 'level' ? 'level' : field === 'type' ? 'kind' : `answer (${String(field)})`;
      return { path: ['questions', i], message: `question "${a.id}" does not have the source's ${what}` };
    }
  }
  return undefined;
}

/** Every `id` in a tree of questions, in order, with the path to it (`questions.0.choices.1.id`). */
function idsIn(value: unknown, path: PropertyKey[]): { path: PropertyKey[]; id: string }[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => idsIn(item, [...path, i]));
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, child]) => (key === 'id' && typeof child === 'string' ? [{ path: [...path, 'id'], id: child }] : idsIn(child, [...path, key])));
}

/** Per item, whether its translation matches the source's current version. */
function statusOf(sources: TranslationSources, seen: ReadonlyMap<string, { file: string; source?: string | undefined }>): TranslationStatus {
  const items: [string, string][] = [
    ...[...sources.chapters].filter(([, c]) => !c.draft).map(([id, c]) => [`chapter:${id}`, contentHash(c.text)] as [string, string]),
    ...[...sources.levels].map(([id, l]) => [`level:${id}`, contentHash(l.text)] as [string, string]),
    ...[...sources.quizzes].map(([id, q]) => [`quiz:${id}`, contentHash(q.text)] as [string, string]),
    ...[...sources.parts].map(([id, data]) => [`part:${id}`, contentHash(JSON.stringify(data))] as [string, string]),
    ...[...sources.paths].map(([id, p]) => [`path:${id}`, contentHash(JSON.stringify(p.data))] as [string, string]),
    ...[...sources.tracks].map(([id, data]) => [`track:${id}`, contentHash(JSON.stringify(data))] as [string, string]),
    ...[...sources.activities].map(([id, data]) => [`activity:${id}`, contentHash(JSON.stringify(data))] as [string, string]),
    ...[...sources.dimensions].map(([id, d]) => [`dimension:${id}`, contentHash(JSON.stringify(d.data))] as [string, string]),
    ...(sources.revisionNote ? [['revision:note', contentHash(sources.revisionNote)] as [string, string]] : []),
  ];
  const result: TranslationStatus = { translated: [], stale: [], missing: [] };
  for (const [item, hash] of items) {
    const found = seen.get(item);
    if (!found) result.missing.push(item);
    else if (found.source === hash) result.translated.push(item);
    else result.stale.push({ item, file: found.file, recorded: found.source, hash });
  }
  return result;
}
