/**
 * The one reading of the content folder. Every content rule runs here, over the raw files, before
 * Astro renders anything: schemas, the ladder's references, quiz rules, reading paths, every link in
 * every MDX body (by content id, with anchors) and the components authors use. All problems come
 * back together, each with file, line and path, beside the model the site is built from, so the
 * check and the site cannot disagree.
 */
import { sortProblems, zodProblems, closest, type Problem } from '../errors.ts';
import { chapterSchema } from '../../schemas/chapter.ts';
import { partSchema, type PartData } from '../../schemas/part.ts';
import { readingPathSchema, type ReadingPathData } from '../../schemas/reading-path.ts';
import { buildLadder } from '../ladder/model.ts';
import type { LadderParts } from '../ladder/create-ladder.ts';
import type { Ladder } from '../ladder/types.ts';
import { validateQuizzes } from '../quiz/validate.ts';
import { imageProblem, resolveLink, type LinkIndex } from '../links/resolve.ts';
import { markdownLinks, stringsOf } from '../check/markdown-links.ts';
import { scanMdx, type ScannedMdx } from '../check/mdx-source.ts';
import { chapterIdFromPath, chapterOrderFromPath, idFromFileName, type ContentSnapshot, type SourceFile } from '../check/source.ts';
import { parseYaml, withLines } from '../check/yaml-source.ts';
import { componentProblems } from './mdx-components.ts';
import { readRevisions } from './read-revisions.ts';
import { readStrings } from './read-strings.ts';
import { readTranslations, type TranslationSources } from './read-translations.ts';
import { DEFAULT_LOCALES, type Locale } from '../../schemas/locale.ts';
import type { ChapterMeta, ContentModel } from './model.ts';

/** What the reading gives: the model, the `Ladder` built from it, and every problem found. */
export interface ContentReading {
  model: ContentModel;
  ladder: Ladder;
  problems: Problem[];
}

interface ScannedFile {
  source: SourceFile;
  id: string;
  scan: ScannedMdx;
}

/** What the reading needs to know beyond the files: the languages the handbook is published in. */
export interface ReadingOptions {
  /** The configured locales, the default first (English only when omitted). */
  locales?: readonly Locale[];
}

export function readContentModel(snapshot: ContentSnapshot, options: ReadingOptions = {}): ContentReading {
  const locales = options.locales ?? DEFAULT_LOCALES;
  const problems: Problem[] = [];

  // Single YAML files.
  const yaml = (source: SourceFile | undefined, name: string) => {
    if (!source) {
      problems.push({ file: name, path: [], message: 'file is missing', hint: `create ${name}; see the README for its format` });
      return undefined;
    }
    const parsed = parseYaml(source.file, source.text);
    problems.push(...parsed.problems);
    return parsed;
  };
  const partsYaml = yaml(snapshot.parts, 'content/parts.yaml');
  const tracksYaml = yaml(snapshot.tracks, 'content/ladder/tracks.yaml');
  const activitiesYaml = yaml(snapshot.activities, 'content/ladder/activities.yaml');
  const dimensionsYaml = yaml(snapshot.dimensions, 'content/ladder/dimensions.yaml');
  const pathsYaml = snapshot.paths ? yaml(snapshot.paths, 'content/paths.yaml') : undefined;

  // Parts.
  const parts: PartData[] = [];
  listOf(partsYaml?.data).forEach((entry, i) => {
    const parsed = partSchema.safeParse(entry, { reportInput: true });
    if (parsed.success) parts.push(parsed.data);
    else problems.push(...withLines(zodProblems(snapshot.parts!.file, parsed.error, [i], partSchema), partsYaml!));
  });
  const partIds = new Set(parts.map((p) => p.id));

  // Chapters: frontmatter, part folder.
  const chapters: ScannedFile[] = snapshot.chapters.map((source) => ({ source, id: chapterIdFromPath(source.relative), scan: scanMdx(source.file, source.text) }));
  const chapterMetas: ChapterMeta[] = [];
  for (const { source, id, scan } of chapters) {
    problems.push(...scan.problems);
    const partId = id.split('/')[0]!;
    if (scan.frontmatter.data !== undefined) {
      const parsed = chapterSchema.safeParse(scan.frontmatter.data ?? {}, { reportInput: true });
      if (!parsed.success) problems.push(...withLines(zodProblems(source.file, parsed.error, [], chapterSchema), scan.frontmatter));
      else {
        const { updated, ...data } = parsed.data;
        chapterMetas.push({ ...data, id, partId, file: source.file, order: chapterOrderFromPath(source.relative), updated: updated?.toISOString() });
      }
    }
    if (!id.includes('/')) {
      problems.push({ file: source.file, path: [], message: 'a chapter must sit in a part folder', hint: 'move it to chapters/<part-id>/NN-slug.mdx' });
    } else if (partsYaml && !partIds.has(partId)) {
      const guess = closest(partId, partIds);
      problems.push({
        file: source.file,
        path: [],
        message: `the folder "${partId}" is not a part listed in parts.yaml`,
        hint: guess ? `rename the folder to "${guess}", or add "${partId}" to parts.yaml` : `add a part with id "${partId}" to parts.yaml`,
      });
    }
  }
  const drafts = new Set(chapterMetas.filter((c) => c.draft).map((c) => c.id));
  // A chapter whose frontmatter is broken is still a target for links (its own problem is reported).
  const chapterIds = new Set(chapters.map((c) => c.id).filter((id) => !drafts.has(id)));

  // The ladder.
  const levels: ScannedFile[] = snapshot.levels.map((source) => ({ source, id: idFromFileName(source.relative), scan: scanMdx(source.file, source.text) }));
  for (const level of levels) problems.push(...level.scan.problems);
  const ladderBuild = buildLadder(
    {
      tracks: { file: snapshot.tracks?.file ?? 'content/ladder/tracks.yaml', data: tracksYaml?.data ?? [] },
      activities: { file: snapshot.activities?.file ?? 'content/ladder/activities.yaml', data: activitiesYaml?.data ?? [] },
      dimensions: { file: snapshot.dimensions?.file ?? 'content/ladder/dimensions.yaml', data: dimensionsYaml?.data ?? [] },
      levels: levels.filter((l) => l.scan.frontmatter.data !== undefined).map((l) => ({ file: l.source.file, id: l.id, data: l.scan.frontmatter.data ?? {} })),
    },
    { chapterIds, draftChapterIds: drafts },
  );
  const lineSources = new Map<string, Parameters<typeof withLines>[1]>([
    ...(snapshot.tracks && tracksYaml ? [[snapshot.tracks.file, tracksYaml] as const] : []),
    ...(snapshot.activities && activitiesYaml ? [[snapshot.activities.file, activitiesYaml] as const] : []),
    ...(snapshot.dimensions && dimensionsYaml ? [[snapshot.dimensions.file, dimensionsYaml] as const] : []),
    ...levels.map((l) => [l.source.file, l.scan.frontmatter] as const),
  ]);
  for (const p of ladderBuild.problems) {
    const lines = lineSources.get(p.file);
    problems.push(...(lines ? withLines([p], lines) : [p]));
  }
  const levelIds = new Set(levels.map((l) => l.id));

  // The ladder's revisions: the current one's name, and the frozen earlier ones, read by the same rules.
  const ladderFile = snapshot.revision ?? snapshot.tracks ?? snapshot.activities ?? snapshot.dimensions;
  const revisions = readRevisions(
    { ladder: ladderBuild.ladder, revision: snapshot.revision, folder: ladderFile?.file.replace(/\/[^/]+$/, '') ?? 'content/ladder' },
    snapshot.revisions ?? [],
    { chapterIds, draftChapterIds: drafts },
  );
  for (const p of revisions.problems) {
    const lines = lineSources.get(p.file);
    problems.push(...(lines ? withLines([p], lines) : [p]));
  }

  // Chapters' level references.
  for (const { source, scan } of chapters) {
    const wanted = (scan.frontmatter.data as { levels?: unknown } | undefined)?.levels;
    if (Array.isArray(wanted)) wanted.forEach((l, i) => {
      if (typeof l === 'string' && !levelIds.has(l)) problems.push(unknownLevel(source.file, ['levels', i], l, levelIds, scan.frontmatter.lineOf(['levels', i])));
    });
  }

  // Quizzes.
  const quizSources = snapshot.quizzes.map((source) => ({ source, id: idFromFileName(source.relative), parsed: parseYaml(source.file, source.text) }));
  for (const q of quizSources) problems.push(...q.parsed.problems);
  const quizCheck = validateQuizzes(
    quizSources.filter((q) => q.parsed.data !== undefined).map((q) => ({ file: q.source.file, id: q.id, data: q.parsed.data })),
    { levelIds, chapterIds, partIds, draftChapterIds: drafts },
  );
  const quizLines = new Map(quizSources.map((q) => [q.source.file, q.parsed] as const));
  for (const p of quizCheck.problems) {
    const lines = quizLines.get(p.file);
    problems.push(...(lines ? withLines([p], lines) : [p]));
  }

  // Links in MDX bodies and the components authors use.
  const index: LinkIndex = {
    ids: { chapter: chapterIds, level: levelIds, quiz: new Set(quizSources.map((q) => q.id)), part: partIds },
    anchors: new Map([
      ...chapters.map((c) => [`chapter:${c.id}`, new Set(c.scan.headings.map((h) => h.slug))] as const),
      ...levels.map((l) => [`level:${l.id}`, new Set(l.scan.headings.map((h) => h.slug))] as const),
    ]),
    draftChapters: drafts,
  };
  /** Links (by content id, with anchors), images and components of one MDX body; `self` is the page it makes. */
  const bodyProblems = (file: string, scan: ScannedMdx, self: string): Problem[] => [
    ...scan.links.flatMap((link) => {
      const result = resolveLink(link.href, index, '/', self);
      return result.ok ? [] : [{ file, path: [], line: link.line, message: result.message, hint: result.hint }];
    }),
    ...scan.images.flatMap((image) => {
      const problem = imageProblem(image.href);
      return problem ? [{ file, path: [], line: image.line, ...problem }] : [];
    }),
    ...componentProblems(file, scan.elements, index),
  ];
  for (const [kind, files] of [['chapter', chapters], ['level', levels]] as const) {
    for (const { source, id, scan } of files) problems.push(...bodyProblems(source.file, scan, `${kind}:${id}`));
  }

  // Links in the Markdown of quiz texts (prompts, choices, explanations, answers).
  for (const q of quizSources) {
    for (const { path, text } of stringsOf(q.parsed.data)) {
      for (const link of markdownLinks(text)) {
        const problem = link.kind === 'image' ? quizImageProblem(link.href) : linkProblem(resolveLink(link.href, index, '/'));
        const line = q.parsed.lineOf(path);
        if (problem) problems.push({ file: q.source.file, path, ...(line ? { line } : {}), ...problem });
      }
    }
  }

  // Reading paths.
  const paths: ReadingPathData[] = [];
  listOf(pathsYaml?.data).forEach((entry, i) => {
    const parsed = readingPathSchema.safeParse(entry, { reportInput: true });
    if (!parsed.success) {
      problems.push(...withLines(zodProblems(snapshot.paths!.file, parsed.error, [i], readingPathSchema), pathsYaml!));
      return;
    }
    paths.push(parsed.data);
    parsed.data.steps.forEach((step, j) => {
      const result = resolveLink(step.to, index, '/');
      if (!result.ok) problems.push({ file: snapshot.paths!.file, path: [i, 'steps', j, 'to'], line: pathsYaml!.lineOf([i, 'steps', j, 'to']), message: result.message, hint: result.hint });
    });
  });

  const ladder = ladderBuild.ladder;

  // Translations, checked against the source as read above, and the organisation's interface strings.
  const byId = (data: unknown) => new Map(listOf(data).flatMap((e) => (e && typeof e === 'object' && typeof (e as { id?: unknown }).id === 'string' ? [[(e as { id: string }).id, e] as const] : [])));
  const stepIds = (e: unknown) => listOf((e as { steps?: unknown }).steps).map((s) => String((s as { id?: unknown }).id));
  const sources: TranslationSources = {
    chapters: new Map(chapters.map((c) => [c.id, { text: c.source.text, draft: drafts.has(c.id), headings: c.scan.headings }])),
    levels: new Map(levels.flatMap((l) => { const level = ladder.level(l.id); return level ? [[l.id, { text: l.source.text, headings: l.scan.headings, level }] as const] : []; })),
    quizzes: new Map(quizCheck.quizzes.map((q) => [q.id, { text: quizSources.find((s) => s.id === q.id)!.source.text, quiz: q }])),
    parts: byId(partsYaml?.data),
    paths: new Map([...byId(pathsYaml?.data)].map(([id, data]) => [id, { data, steps: listOf((data as { steps?: unknown }).steps).map((s) => String((s as { to?: unknown }).to)) }])),
    tracks: byId(tracksYaml?.data),
    activities: byId(activitiesYaml?.data),
    dimensions: new Map([...byId(dimensionsYaml?.data)].map(([id, data]) => [id, { data, steps: stepIds(data) }])),
    revisionNote: revisions.revisions.current?.note,
  };
  const translated = readTranslations(snapshot.translations ?? [], locales, sources, bodyProblems);
  problems.push(...translated.problems);
  const strings = readStrings(snapshot.strings ?? [], locales);
  problems.push(...strings.problems);

  const ladderParts: LadderParts = { tracks: ladder.tracks.map(({ levels: _levels, ...track }) => track), dimensions: ladder.dimensions, activities: ladder.activities, levels: ladder.levels };
  const model: ContentModel = {
    parts,
    chapters: inReadingOrder(chapterMetas, parts),
    ladder: ladderParts,
    revisions: revisions.revisions,
    quizzes: quizCheck.quizzes.sort((a, b) => a.id.localeCompare(b.id)),
    paths,
    links: {
      ids: { chapter: [...chapterIds], level: [...levelIds], quiz: [...index.ids.quiz], part: [...partIds] },
      anchors: Object.fromEntries([...index.anchors].map(([page, slugs]) => [page, [...slugs]])),
      draftChapters: [...drafts],
    },
    translations: translated.translations,
    translationStatus: translated.status,
    strings: strings.strings,
  };
  return { model, ladder, problems: sortProblems(dedupe(problems)) };
}

/** Chapters by part (parts.yaml order), then their number, then id. */
function inReadingOrder(chapters: ChapterMeta[], parts: readonly PartData[]): ChapterMeta[] {
  const partOrder = new Map(parts.map((p, i) => [p.id, i]));
  return chapters.sort(
    (a, b) => (partOrder.get(a.partId) ?? 1e9) - (partOrder.get(b.partId) ?? 1e9) || a.order - b.order || a.id.localeCompare(b.id),
  );
}

function linkProblem(result: ReturnType<typeof resolveLink>): { message: string; hint: string } | undefined {
  return result.ok ? undefined : { message: result.message, hint: result.hint };
}

/** Quiz text is rendered on its own, without the build's image bundling: only full URLs work. */
function quizImageProblem(src: string): { message: string; hint: string } | undefined {
  if (/^https:/i.test(src)) return undefined;
  return { message: `image "${src}" in quiz text cannot be bundled`, hint: 'use a full https:// address, or move the figure into the chapter' };
}

function listOf(data: unknown): unknown[] {
  return Array.isArray(data) ? data : [];
}

function unknownLevel(file: string, path: PropertyKey[], id: string, levelIds: ReadonlySet<string>, line?: number): Problem {
  const guess = closest(id, levelIds);
  return {
    file,
    path,
    ...(line ? { line } : {}),
    message: `"${id}" is not a level of the ladder`,
    hint: guess ? `did you mean "${guess}"?` : `levels: ${[...levelIds].join(', ')}`,
  };
}

function dedupe(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.file}|${p.line ?? ''}|${String(p.path.join('.'))}|${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
