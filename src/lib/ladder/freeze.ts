/**
 * Freezing the current ladder as a revision, worked out without touching the disk: which files
 * `npm run ladder:freeze -- <name>` writes, and with what text. The frozen copy is the ladder folder
 * as it is (tracks, dimensions, activities, every level file with its narrative) under
 * `revisions/<name>/`, with a revision.yaml of its own; the current ladder is then renamed to the
 * revision that follows, so the content check passes straight after freezing and the authors edit
 * the next revision from there. Paths are relative to the ladder folder.
 */
import { stringify } from 'yaml';
import type { RevisionInfo } from './revision-types.ts';

/** A file of the ladder folder: `tracks.yaml`, `levels/staff.mdx` … */
export interface LadderFile {
  readonly path: string;
  readonly text: string;
}

export interface FreezeRequest {
  /** Name of the frozen copy (`2026`). */
  readonly name: string;
  /** Name of the current ladder once frozen; when left out, a name that is a number counts up (`2026` → `2027`). */
  readonly next?: string | undefined;
  /** Today, `YYYY-MM-DD`. */
  readonly today: string;
  /** What the current revision.yaml says, if there is one. */
  readonly current?: RevisionInfo | undefined;
  /** Names of the revisions already frozen. */
  readonly frozen: readonly string[];
  /** The current ladder's files (without revision.yaml and without anything under revisions/). */
  readonly files: readonly LadderFile[];
}

export type FreezePlan =
  | {
      readonly ok: true;
      /** Every file to write, paths relative to the ladder folder. */
      readonly writes: readonly LadderFile[];
      /** The frozen revision. */
      readonly frozen: RevisionInfo;
      /** The current ladder's revision after freezing. */
      readonly next: RevisionInfo;
      /** Level files whose `formerly` was taken out (it described the step into the revision just frozen). */
      readonly unlinked: readonly string[];
    }
  | { readonly ok: false; readonly error: string };

const NAME = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export function planFreeze(request: FreezeRequest): FreezePlan {
  const { name, current, today } = request;
  if (!NAME.test(name)) return fail(`"${name}" cannot name a revision: use lowercase letters, digits and hyphens, like 2026 or 2027-h2`);
  if (current && current.name !== name) {
    return fail(`the current revision is named "${current.name}" in revision.yaml; freeze it under that name: npm run ladder:freeze -- ${current.name}`);
  }
  if (request.frozen.includes(name)) return fail(`revision "${name}" is already frozen (revisions/${name}/); freeze the current ladder under its own name`);
  const next = request.next ?? (/^\d+$/.test(name) ? String(Number(name) + 1) : undefined);
  if (next === undefined) return fail(`name the revision that follows "${name}" with --next <name> (it becomes the current ladder's name)`);
  if (!NAME.test(next)) return fail(`"${next}" cannot name a revision: use lowercase letters, digits and hyphens`);
  if (next === name || request.frozen.includes(next)) return fail(`"${next}" is already a revision's name; choose another with --next`);

  const frozen: RevisionInfo = { name, date: current?.date ?? today, ...(current?.note ? { note: current.note } : {}) };
  // The next revision cannot be dated before the one it follows.
  const following: RevisionInfo = { name: next, date: frozen.date > today ? frozen.date : today };
  const unlinked: string[] = [];
  const relinked = request.files.flatMap((file) => {
    if (!file.path.endsWith('.mdx')) return [];
    const text = withoutFormerly(file.text);
    if (text === file.text) return [];
    unlinked.push(file.path);
    return [{ path: file.path, text }];
  });
  return {
    ok: true,
    writes: [
      { path: `revisions/${name}/revision.yaml`, text: revisionYaml(frozen, 'An earlier revision of the ladder, frozen by npm run ladder:freeze. Leave it as it is.') },
      ...request.files.map((file) => ({ path: `revisions/${name}/${file.path}`, text: file.text })),
      { path: 'revision.yaml', text: revisionYaml(following, 'The current revision of the ladder. Set its date (YYYY-MM-DD) and, if you like, a note for readers when you publish it.') },
      ...relinked,
    ],
    frozen,
    next: following,
    unlinked,
  };
}

function fail(error: string): FreezePlan {
  return { ok: false, error };
}

/** A revision.yaml: a comment line, then name (always quoted, so `2026` stays text), date and note. */
export function revisionYaml(info: RevisionInfo, comment: string): string {
  const body = stringify({ name: info.name, date: info.date, ...(info.note ? { note: info.note } : {}) }, { defaultStringType: 'PLAIN', lineWidth: 100 });
  return `# ${comment}\n${body.replace(/^name: (\d+)$/m, 'name: "$1"')}`;
}

/** The level file with the `formerly:` line of its frontmatter taken out. */
export function withoutFormerly(text: string): string {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  if (!match) return text;
  const frontmatter = match[1]!.replace(/^formerly:.*(\r?\n|$)/m, '');
  return text.slice(0, match.index) + `---\n${frontmatter.replace(/\n$/, '')}\n---` + text.slice(match.index + match[0].length);
}
