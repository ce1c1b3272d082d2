/**
 * Starting files for `npm run new -- chapter|level|quiz <id>`: each one passes the content check
 * as written, and is filled from what the content already holds (the part's next number, the
 * track's next rank, the dimensions' steps, the activities, an existing level for quiz tags), so
 * an author only replaces the placeholder text. Pure: the CLI (scripts/new.ts) reads and writes.
 */
import { chapterIdFromPath, chapterOrderFromPath, idFromFileName, type ContentSnapshot } from '../../src/lib/check/source.ts';
import { scanMdx } from '../../src/lib/check/mdx-source.ts';
import { parseYaml } from '../../src/lib/check/yaml-source.ts';
import { closest, listChoices } from '../../src/lib/errors.ts';

export const KINDS = ['chapter', 'level', 'quiz'] as const;
export type ScaffoldKind = (typeof KINDS)[number];

export interface ScaffoldOptions {
  /** Display title; derived from the id when omitted. */
  title?: string | undefined;
  /** Level: the track it belongs to (default: the first track). */
  track?: string | undefined;
  /** Quiz: what it checks, `chapter:…`, `level:…` or `part:…` (default: the first chapter). */
  about?: string | undefined;
  /** Quiz: the `$schema` path for editors, relative to the quizzes folder. */
  schemaPath?: string | undefined;
}

/** A file to write, relative to the content folder, or why it cannot be written. */
export type Scaffold = { ok: true; path: string; text: string } | { ok: false; message: string; hint: string };

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** The starting file for a new chapter, level or quiz. */
export function scaffold(kind: ScaffoldKind, id: string, content: ContentSnapshot, options: ScaffoldOptions = {}): Scaffold {
  switch (kind) {
    case 'chapter':
      return chapter(id, content, options);
    case 'level':
      return level(id, content, options);
    case 'quiz':
      return quiz(id, content, options);
  }
}

function fail(message: string, hint: string): Scaffold {
  return { ok: false, message, hint };
}

/** `first-week` → `First week`. */
export function titleFromId(id: string): string {
  const words = id.split('-').join(' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function listFile(source: ContentSnapshot['parts']): Record<string, unknown>[] {
  if (!source) return [];
  const data = parseYaml(source.file, source.text).data;
  return Array.isArray(data) ? data.filter((entry): entry is Record<string, unknown> => typeof entry === 'object' && entry !== null) : [];
}

function ids(entries: Record<string, unknown>[]): string[] {
  return entries.map((e) => e.id).filter((v): v is string => typeof v === 'string');
}

interface LevelInfo {
  id: string;
  track: string;
  rank: number;
  title: string;
  steps: Record<string, string>;
  week: Record<string, number>;
}

function levelsOf(content: ContentSnapshot): LevelInfo[] {
  return content.levels.flatMap((source) => {
    const data = scanMdx(source.file, source.text).frontmatter.data as Partial<LevelInfo> | undefined;
    if (!data || typeof data.track !== 'string' || typeof data.rank !== 'number') return [];
    return [{ id: idFromFileName(source.relative), track: data.track, rank: data.rank, title: String(data.title ?? ''), steps: data.steps ?? {}, week: data.week ?? {} }];
  });
}

function titleOfChapter(content: ContentSnapshot, id: string): string | undefined {
  const source = content.chapters.find((c) => chapterIdFromPath(c.relative) === id);
  const data = source ? (scanMdx(source.file, source.text).frontmatter.data as { title?: unknown } | undefined) : undefined;
  return typeof data?.title === 'string' ? data.title : undefined;
}

/** YAML-safe one-line text: quoted when it could be read as something else. */
function yamlText(text: string): string {
  return /^[\w(][^:#]*$/.test(text) && !/^(true|false|null|yes|no|\d)/i.test(text) ? text : JSON.stringify(text);
}

function chapter(id: string, content: ContentSnapshot, options: ScaffoldOptions): Scaffold {
  const [part, slug, ...rest] = id.split('/');
  if (!part || !slug || rest.length || !ID.test(part) || !ID.test(slug)) {
    return fail(`"${id}" is not a chapter id`, 'write <part-id>/<slug> in lowercase with hyphens, e.g. "mentorship/first-week"');
  }
  const parts = ids(listFile(content.parts));
  if (!parts.includes(part)) {
    const guess = closest(part, parts);
    return fail(
      `there is no part "${part}" in parts.yaml`,
      guess ? `did you mean "${guess}/${slug}"?` : `add a part with id "${part}" to parts.yaml first, or use one of: ${listChoices(parts)}`,
    );
  }
  const inPart = content.chapters.filter((c) => c.relative.startsWith(`${part}/`));
  if (inPart.some((c) => chapterIdFromPath(c.relative) === id)) return fail(`the chapter "${id}" already exists`, 'pick another slug');
  const numbers = inPart.map((c) => chapterOrderFromPath(c.relative)).filter((n) => n !== Number.MAX_SAFE_INTEGER);
  const next = String((numbers.length ? Math.max(...numbers) : 0) + 1).padStart(2, '0');
  const levels = levelsOf(content).sort((a, b) => a.rank - b.rank);
  const levelLink = levels[0] ? ` or [the ${levels[0].title} level](level:${levels[0].id})` : '';
  const title = options.title ?? titleFromId(slug);
  const text = `---
title: ${yamlText(title)}
description: One sentence for cards, search results and the page's meta description.
levels: [] # ladder level ids this chapter serves most, e.g. [${levels.slice(0, 2).map((l) => l.id).join(', ')}]
---

## What this chapter is about

Replace this paragraph. Link to other pages by content id, never by URL: [the rest of this part](part:${part})${levelLink}.
Add \`#heading-anchor\` to point at a section. The build turns these links into URLs under the base path.

## A second section

Use \`##\` and \`###\` headings; the page title comes from the frontmatter.

<Takeaways>

- The first thing a reader should remember.
- The second thing.

</Takeaways>
`;
  return { ok: true, path: `chapters/${part}/${next}-${slug}.mdx`, text };
}

function level(id: string, content: ContentSnapshot, options: ScaffoldOptions): Scaffold {
  if (!ID.test(id)) return fail(`"${id}" is not a level id`, 'write it in lowercase with hyphens, e.g. "senior-sre"');
  const levels = levelsOf(content);
  if (content.levels.some((l) => idFromFileName(l.relative) === id)) return fail(`the level "${id}" already exists`, 'pick another id');
  const tracks = ids(listFile(content.tracks));
  const track = options.track ?? tracks[0];
  if (!track || !tracks.includes(track)) {
    const guess = track ? closest(track, tracks) : undefined;
    return fail(
      track ? `there is no track "${track}" in ladder/tracks.yaml` : 'ladder/tracks.yaml lists no track',
      guess ? `did you mean --track ${guess}?` : tracks.length ? `use --track with one of: ${listChoices(tracks)}` : 'add a track to ladder/tracks.yaml first',
    );
  }
  const dimensions = listFile(content.dimensions);
  const activities = ids(listFile(content.activities));
  const sameTrack = levels.filter((l) => l.track === track).sort((a, b) => b.rank - a.rank);
  const top = sameTrack[0];
  const rank = top ? top.rank + 1 : Math.max(1, ...levels.map((l) => l.rank));

  const stepLines = dimensions.map((d) => {
    const stepIds = ids(Array.isArray(d.steps) ? (d.steps as Record<string, unknown>[]) : []);
    const copied = top?.steps[String(d.id)];
    const step = copied && stepIds.includes(copied) ? copied : stepIds[0];
    return `  ${String(d.id)}: ${step} # ${stepIds.join(' → ')}`;
  });
  const week = top && activities.every((a) => typeof top.week[a] === 'number') && activities.reduce((s, a) => s + top.week[a]!, 0) === 100
    ? activities.map((a) => [a, top.week[a]!] as const)
    : activities.map((a, i) => [a, Math.floor(100 / activities.length) + (i === 0 ? 100 % activities.length : 0)] as const);
  const title = options.title ?? titleFromId(id);
  const text = `---
title: ${yamlText(title)}
code: L${rank} # short code shown beside the title
track: ${track}
rank: ${rank} # seniority within the track: orders levels and defines the level below
summary: One line describing the level.
steps: # one step per dimension, chosen from the list after each (low → high)
${stepLines.join('\n')}
week: # how a typical week is spent, in percent; the shares add up to 100
${week.map(([a, share]) => `  ${a}: ${share}`).join('\n')}
signals: # what shows someone is ready for this level; ids are stable (saved self-assessments use them)
  - id: ${id}-first-signal
    text: Something you have done that shows you already work at this level.
traps: # what keeps people below this level
  - title: A habit that holds people back
    text: What it looks like and why it keeps people from this level.
path: # how people usually get here, in order
  - The first step people take towards this level.
---

## What the work looks like

Replace this paragraph with how the level spends its days. Link by content id, e.g. ${top ? `[${top.title}](level:${top.id})` : `[this level](level:${id})`}.
`;
  return { ok: true, path: `ladder/levels/${id}.mdx`, text };
}

function quiz(id: string, content: ContentSnapshot, options: ScaffoldOptions): Scaffold {
  if (!ID.test(id)) return fail(`"${id}" is not a quiz id`, 'write it in lowercase with hyphens, e.g. "check-first-week"');
  if (content.quizzes.some((q) => idFromFileName(q.relative) === id)) return fail(`the quiz "${id}" already exists`, 'pick another id');
  const levels = levelsOf(content).sort((a, b) => a.rank - b.rank);
  const chapters = content.chapters.map((c) => chapterIdFromPath(c.relative));
  const known = [...chapters.map((c) => `chapter:${c}`), ...levels.map((l) => `level:${l.id}`), ...ids(listFile(content.parts)).map((p) => `part:${p}`)];
  const about = options.about ?? known[0];
  if (!about || !known.includes(about)) {
    const guess = about ? closest(about, known) : undefined;
    return fail(
      about ? `--about ${about} names nothing that exists` : 'there is no chapter, level or part for the quiz to be about',
      guess ? `did you mean --about ${guess}?` : about ? 'use chapter:<part>/<slug>, level:<id> or part:<id>' : 'write a chapter first: npm run new -- chapter <part>/<slug>',
    );
  }
  const level = levels[0];
  if (!level) return fail('the ladder has no level to tag the question with', 'add a level first: npm run new -- level <id>');
  const [kind, target] = about.split(':') as [string, string];
  const aboutTitle = kind === 'chapter' ? titleOfChapter(content, target) : kind === 'level' ? levels.find((l) => l.id === target)?.title : undefined;
  const title = options.title ?? `Check — ${aboutTitle ?? titleFromId(id)}`;
  const schema = options.schemaPath ? `# yaml-language-server: $schema=${options.schemaPath}\n` : '';
  const text = `${schema}title: ${yamlText(title)}
description: One sentence on what this quiz checks.
about: ${about}
questions:
  # Question ids are unique across the whole site (saved answers are keyed by them): keep the prefix.
  - id: ${id}-first-question
    type: single # single | multiple | order | open | scenario | design
    level: ${level.id} # the ladder level this question targets
    prompt: Describe a situation and ask what the reader would do.
    choices:
      - id: right
        text: The answer that applies the idea well.
        correct: true
        why: Why this is right.
      - id: tempting
        text: A tempting answer that misses the point.
        why: Why this is wrong.
      - id: wrong
        text: A clearly wrong answer.
        why: Why this is wrong.
    explanation: Explain the answer in a sentence or two. Link by content id, e.g. [the page it checks](${about}).
`;
  return { ok: true, path: `quizzes/${id}.yaml`, text };
}
