/**
 * Reads the ladder's revisions as part of the one reading of the content: the current ladder's
 * revision.yaml, and every frozen revision under `ladder/revisions/<folder>/`, whose ladder goes
 * through the same `buildLadder` as the current one. Problems come back with file, line and hint:
 * a revision.yaml that is missing or malformed, two revisions with one name, a name that would
 * collide with a level's URL, an earlier revision dated after the current one, and a `formerly`
 * that names no level of the revision before.
 *
 * A revision freezes the ladder, not the chapters: a related chapter deleted since is left out of
 * the archived level instead of failing the check, since the frozen file is not meant to be edited.
 * For the same reason the links in frozen narratives are not checked here; the archived page links
 * what still exists and shows the rest as text.
 */
import { zodProblems, type Problem } from '../errors.ts';
import { revisionSchema } from '../../schemas/ladder-revision.ts';
import { buildLadder, type LadderContext } from '../ladder/model.ts';
import { createLadder, type LadderParts } from '../ladder/create-ladder.ts';
import { choicesHint } from '../ladder/hints.ts';
import { RESERVED_LADDER_SEGMENTS, type ArchivedRevision, type LadderRevisions, type RevisionInfo } from '../ladder/revision-types.ts';
import type { Ladder, Level } from '../ladder/types.ts';
import { scanMdx } from '../check/mdx-source.ts';
import type { RevisionSnapshot, SourceFile } from '../check/source.ts';
import { idFromFileName } from '../check/source.ts';
import { parseYaml, withLines, type ParsedYaml } from '../check/yaml-source.ts';

/** What the revisions' reading gives. */
export interface RevisionsReading {
  readonly revisions: LadderRevisions;
  /**
   * Every problem found. Those about the current ladder's level files (a `formerly`) come without a
   * line: the caller, which parsed those files, adds it.
   */
  readonly problems: readonly Problem[];
}

/** The current ladder, as the rest of the reading built it. */
export interface CurrentLadder {
  readonly ladder: Ladder;
  /** The current revision.yaml, if any. */
  readonly revision: SourceFile | undefined;
  /** `content/ladder`, relative to the project root: where a missing revision.yaml belongs. */
  readonly folder: string;
}

/** A revision.yaml read and checked: its info, or undefined when it is missing or broken. */
interface RevisionFile {
  readonly info: RevisionInfo | undefined;
  readonly file: string;
  readonly lines: ParsedYaml | undefined;
}

/** One revision in the history, oldest first: its info, ladder and where its files are. */
interface HistoryEntry {
  readonly file: RevisionFile;
  readonly ladder: Ladder;
}

export function readRevisions(current: CurrentLadder, archived: readonly RevisionSnapshot[], context: LadderContext): RevisionsReading {
  const problems: Problem[] = [];
  const currentFile = current.revision ? readRevisionFile(current.revision, problems) : undefined;
  if (!current.revision && archived.length > 0) {
    problems.push({
      file: `${current.folder}/revision.yaml`,
      path: [],
      message: 'the current ladder has no revision.yaml, but earlier revisions exist',
      hint: 'name the current revision: write "name:" and "date:" (YYYY-MM-DD) in revision.yaml; npm run ladder:freeze writes both',
    });
  }

  const frozen = archived.map((snapshot) => readArchived(snapshot, context, problems));
  const named = [...(currentFile ? [currentFile] : []), ...frozen.map((f) => f.file)];
  problems.push(...nameProblems(named, current.ladder), ...reservedLevelProblems(current.ladder));
  if (currentFile?.info) problems.push(...dateProblems(currentFile.info, frozen.map((f) => f.file)));

  // Revisions that can be published: readable and not a second use of a name.
  const seen = new Set<string>(currentFile?.info ? [currentFile.info.name] : []);
  const earlier: (HistoryEntry & { archived: ArchivedRevision })[] = [];
  for (const f of frozen) {
    const info = f.file.info;
    if (!info || seen.has(info.name)) continue;
    seen.add(info.name);
    earlier.push({ file: f.file, ladder: createLadder(f.parts), archived: { info, folder: f.folder, ladder: f.parts, anchors: f.anchors } });
  }
  earlier.sort((a, b) => b.archived.info.date.localeCompare(a.archived.info.date) || b.archived.info.name.localeCompare(a.archived.info.name));

  const history: HistoryEntry[] = [...[...earlier].reverse(), { file: currentFile ?? { info: undefined, file: `${current.folder}/revision.yaml`, lines: undefined }, ladder: current.ladder }];
  problems.push(...formerlyProblems(history));

  return {
    revisions: { ...(currentFile?.info ? { current: currentFile.info } : {}), earlier: earlier.map((e) => e.archived) },
    problems,
  };
}

function readRevisionFile(source: SourceFile, problems: Problem[]): RevisionFile {
  const parsed = parseYaml(source.file, source.text);
  problems.push(...parsed.problems);
  if (parsed.data === undefined) return { info: undefined, file: source.file, lines: parsed };
  const result = revisionSchema.safeParse(parsed.data ?? {}, { reportInput: true });
  if (!result.success) {
    problems.push(...withLines(zodProblems(source.file, result.error, [], revisionSchema), parsed));
    return { info: undefined, file: source.file, lines: parsed };
  }
  const { name, date, note } = result.data;
  return { info: { name, date, ...(note === undefined ? {} : { note }) }, file: source.file, lines: parsed };
}

/** One frozen revision: its revision.yaml and its ladder, checked by the same rules as the current one. */
function readArchived(snapshot: RevisionSnapshot, context: LadderContext, problems: Problem[]) {
  const missing = (name: string) =>
    problems.push({
      file: `${snapshot.path}/${name}`,
      path: [],
      message: 'file is missing from this revision',
      hint: 'a revision folder holds a frozen copy of the whole ladder; npm run ladder:freeze -- <name> writes one',
    });
  if (!snapshot.revision) missing('revision.yaml');
  const file = snapshot.revision ? readRevisionFile(snapshot.revision, problems) : { info: undefined, file: `${snapshot.path}/revision.yaml`, lines: undefined };

  const yaml = (source: SourceFile | undefined, name: string) => {
    if (!source) {
      missing(name);
      return undefined;
    }
    const parsed = parseYaml(source.file, source.text);
    problems.push(...parsed.problems);
    return { source, parsed };
  };
  const tracks = yaml(snapshot.tracks, 'tracks.yaml');
  const activities = yaml(snapshot.activities, 'activities.yaml');
  const dimensions = yaml(snapshot.dimensions, 'dimensions.yaml');
  const levels = snapshot.levels.map((source) => ({ source, id: idFromFileName(source.relative), scan: scanMdx(source.file, source.text) }));
  for (const level of levels) problems.push(...level.scan.problems);

  const list = (read: typeof tracks, name: string) => ({ file: read?.source.file ?? `${snapshot.path}/${name}`, data: read?.parsed.data ?? [] });
  // Without one of the list files there is nothing to check levels against: its absence is the problem.
  const complete = tracks && activities && dimensions;
  const build = buildLadder(
    {
      tracks: list(tracks, 'tracks.yaml'),
      activities: list(activities, 'activities.yaml'),
      dimensions: list(dimensions, 'dimensions.yaml'),
      levels: complete
        ? levels.filter((l) => l.scan.frontmatter.data !== undefined).map((l) => ({ file: l.source.file, id: l.id, data: l.scan.frontmatter.data ?? {} }))
        : [],
    },
    context,
  );
  const lines = new Map<string, ParsedYaml>([
    ...[tracks, activities, dimensions].flatMap((read) => (read ? [[read.source.file, read.parsed] as const] : [])),
    ...levels.map((l) => [l.source.file, l.scan.frontmatter] as const),
  ]);
  for (const p of build.problems) {
    if (p.path[0] === 'chapters') continue; // see the module comment
    const parsed = lines.get(p.file);
    problems.push(...(parsed ? withLines([p], parsed) : [p]));
  }
  const ladder = build.ladder;
  const parts: LadderParts = {
    tracks: ladder.tracks.map(({ levels: _levels, ...track }) => track),
    dimensions: ladder.dimensions,
    activities: ladder.activities,
    levels: ladder.levels.map((level): Level => ({ ...level, chapters: level.chapters.filter((id) => context.chapterIds.has(id)) })),
  };
  const anchors = Object.fromEntries(levels.map((l) => [l.id, l.scan.headings.map((h) => h.slug)]));
  return { file, folder: snapshot.folder, parts, anchors };
}

function at(file: RevisionFile, key: string, message: string, hint: string): Problem {
  const line = file.lines?.lineOf([key]);
  return { file: file.file, path: [key], ...(line ? { line } : {}), message, hint };
}

/** Names are unique among revisions, and never a level id or another ladder page's URL segment. */
function nameProblems(files: readonly RevisionFile[], current: Ladder): Problem[] {
  const problems: Problem[] = [];
  const first = new Map<string, RevisionFile>();
  const levelIds = new Set(current.levels.map((l) => l.id));
  for (const file of files) {
    const name = file.info?.name;
    if (name === undefined) continue;
    const other = first.get(name);
    if (other) {
      problems.push(at(file, 'name', `revision name "${name}" is also the name of ${other.file}`, 'each revision needs its own name: its pages live at /ladder/<name>/'));
      continue;
    }
    first.set(name, file);
    if (levelIds.has(name)) {
      problems.push(at(file, 'name', `revision name "${name}" is also a level id, so /ladder/${name}/ would be two pages`, 'name the revision after its year or date, like "2026" or "2026-h2"'));
    } else if ((RESERVED_LADDER_SEGMENTS as readonly string[]).includes(name)) {
      problems.push(at(file, 'name', `revision name "${name}" is taken by the ladder's own pages (/ladder/${name}/)`, `choose another name; ${RESERVED_LADDER_SEGMENTS.join(' and ')} are taken`));
    }
  }
  return problems;
}

/** A level may not take a segment the ladder's own pages use (`/ladder/changes/`). */
function reservedLevelProblems(ladder: Ladder): Problem[] {
  return ladder.levels
    .filter((level) => (RESERVED_LADDER_SEGMENTS as readonly string[]).includes(level.id))
    .map((level) => ({
      file: level.file,
      path: [],
      message: `level id "${level.id}" is taken by the ladder's own page /ladder/${level.id}/`,
      hint: 'a level id is its file name; rename the file',
    }));
}

/** No earlier revision is dated after the current one. */
function dateProblems(current: RevisionInfo, frozen: readonly RevisionFile[]): Problem[] {
  return frozen.flatMap((file) =>
    file.info && file.info.date > current.date
      ? [at(file, 'date', `revision "${file.info.name}" is dated ${file.info.date}, after the current revision "${current.name}" (${current.date})`, 'an earlier revision must not be dated after the current one; correct one of the two dates')]
      : [],
  );
}

/** `formerly` names a level of the revision before that no longer exists, and only one level claims it. */
function formerlyProblems(history: readonly HistoryEntry[]): Problem[] {
  const problems: Problem[] = [];
  history.forEach((entry, index) => {
    const previous = history[index - 1];
    const claimed = new Map<string, string>();
    for (const level of entry.ladder.levels) {
      const former = level.formerly;
      if (former === undefined) continue;
      const problem = (message: string, hint: string) => problems.push({ file: level.file, path: ['formerly'], message, hint });
      const before = previous?.file.info?.name;
      if (!previous || before === undefined) {
        problem(`there is no earlier revision in which this level was "${former}"`, 'remove "formerly", or freeze the earlier ladder first (npm run ladder:freeze)');
      } else if (!previous.ladder.level(former)) {
        const ids = previous.ladder.levels.map((l) => l.id);
        problem(`"${former}" is not a level of revision ${before}`, choicesHint(former, ids, `levels of ${before}`));
      } else if (entry.ladder.level(former)) {
        problem(`"${former}" is still a level of this revision, so this level cannot have been it`, `remove "formerly": the level "${former}" kept its id`);
      } else if (claimed.has(former)) {
        problem(`"${former}" is already claimed by "${claimed.get(former)}" as its former id`, 'only one level can have been it; remove one "formerly"');
      } else {
        claimed.set(former, level.id);
      }
    }
  });
  return problems;
}
