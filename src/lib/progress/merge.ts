/**
 * Export and import. An import never overwrites silently: `planImport` lists what the file would add
 * and where both sides hold different data (by default the newer `updatedAt` wins, a tie keeps this
 * browser's data); the page shows that, lets the reader flip any conflict's `keep`, then calls
 * `applyImport`. Merging is per quiz and per level: the kept side's entry is taken whole, except that
 * the attempts histories of a conflicting quiz are combined. Orphaned answers from the file are added.
 */
import { ATTEMPTS_CAP } from './scores.ts';
import { readState } from './parse.ts';
import { PROGRESS_VERSION, type Attempt, type OrphanedAnswer, type ProgressState } from './shape.ts';

/** The downloadable document. */
export interface ProgressExport {
  /** Always `ladderbook`. */
  app: 'ladderbook';
  /** Always `progress`. */
  kind: 'progress';
  /** PROGRESS_VERSION at export time. */
  version: number;
  /** When it was exported, ISO 8601. */
  exportedAt: string;
  /** Everything saved. */
  state: ProgressState;
}

/** Builds the export document (the page serialises it with `JSON.stringify(doc, null, 2)`). */
export function exportProgress(state: ProgressState, now: number): ProgressExport {
  return { app: 'ladderbook', kind: 'progress', version: PROGRESS_VERSION, exportedAt: new Date(now).toISOString(), state };
}

/** Outcome of reading an import file. */
export type ImportRead =
  | { ok: true; state: ProgressState; dropped: string[] }
  | { ok: false; reason: ImportFailure };

/**
 * Why a file cannot be imported (the page words it): not JSON; JSON but not a Ladderbook progress
 * export; exported by a newer version; or its progress data is unreadable as a whole.
 */
export type ImportFailure = 'bad-json' | 'not-progress' | 'future-version' | 'wrong-shape';

/** Reads and checks an export file's text (migrating older versions); unreadable entries are dropped and listed. */
export function readImport(text: string): ImportRead {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'bad-json' };
  }
  const { app, kind, state } = (typeof doc === 'object' && doc !== null ? doc : {}) as Partial<ProgressExport>;
  if (app !== 'ladderbook' || kind !== 'progress') return { ok: false, reason: 'not-progress' };
  const { state: read, problem } = readState(state);
  if (problem && problem.reason !== 'bad-entries') {
    return { ok: false, reason: problem.reason === 'future-version' ? 'future-version' : 'wrong-shape' };
  }
  return { ok: true, state: read, dropped: problem?.dropped ?? [] };
}

/** Which part of the state an entry belongs to. */
export type ImportSection = 'quiz' | 'assessment';

/** An entry of the file that is new here, or the same on both sides. */
export interface ImportItem {
  /** Quizzes or self-assessments. */
  section: ImportSection;
  /** Quiz id or level id. */
  id: string;
  /** The file's `updatedAt` for it. */
  updatedAt: number;
}

/** An entry both sides hold, with different data. */
export interface ImportConflict {
  /** Quizzes or self-assessments. */
  section: ImportSection;
  /** Quiz id or level id. */
  id: string;
  /** This browser's `updatedAt`. */
  currentUpdatedAt: number;
  /** The file's `updatedAt`. */
  incomingUpdatedAt: number;
  /** Which side is kept; the newer by default, this browser's on a tie. The page may change it. */
  keep: 'current' | 'incoming';
}

/** What an import would do. */
export interface ImportPlan {
  /** Entries only the file has. */
  added: ImportItem[];
  /** Entries both have, with different data. */
  conflicts: ImportConflict[];
  /** Entries identical on both sides. */
  unchanged: ImportItem[];
  /** Orphaned answers in the file that this browser does not have. */
  orphaned: number;
  /** Counts for the page's summary; `changes` is 0 when importing would change nothing. */
  counts: { added: number; conflicts: number; unchanged: number; orphaned: number; changes: number };
}

/** Key-order-independent JSON text, to compare entries by content. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    return `{${Object.keys(record)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical(record[key])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

const orphanId = (item: OrphanedAnswer) => canonical(item);

function newOrphans(current: ProgressState, incoming: ProgressState): OrphanedAnswer[] {
  const known = new Set(current.orphaned.map(orphanId));
  return incoming.orphaned.filter((item) => !known.has(orphanId(item)));
}

/** Compares this browser's state with an imported one; changes nothing. */
export function planImport(current: ProgressState, incoming: ProgressState): ImportPlan {
  const added: ImportItem[] = [];
  const conflicts: ImportConflict[] = [];
  const unchanged: ImportItem[] = [];
  const sections = [
    ['quiz', current.quizzes, incoming.quizzes],
    ['assessment', current.assessments, incoming.assessments],
  ] as const;
  for (const [section, mine, theirs] of sections) {
    for (const [id, entry] of Object.entries(theirs)) {
      const here = mine[id];
      if (!here) added.push({ section, id, updatedAt: entry.updatedAt });
      else if (canonical(here) === canonical(entry)) unchanged.push({ section, id, updatedAt: entry.updatedAt });
      else {
        const keep = entry.updatedAt > here.updatedAt ? 'incoming' : 'current';
        conflicts.push({ section, id, currentUpdatedAt: here.updatedAt, incomingUpdatedAt: entry.updatedAt, keep });
      }
    }
  }
  const orphaned = newOrphans(current, incoming).length;
  const changes = added.length + conflicts.filter((c) => c.keep === 'incoming').length + orphaned;
  return {
    added,
    conflicts,
    unchanged,
    orphaned,
    counts: { added: added.length, conflicts: conflicts.length, unchanged: unchanged.length, orphaned, changes },
  };
}

/** Both histories, without duplicates, oldest first, capped like a quiz's own history. */
function combineAttempts(a: readonly Attempt[], b: readonly Attempt[]): Attempt[] {
  const seen = new Map<string, Attempt>();
  for (const attempt of [...a, ...b]) seen.set(canonical(attempt), attempt);
  return [...seen.values()].sort((x, y) => x.at - y.at).slice(-ATTEMPTS_CAP);
}

/**
 * Merges `incoming` into `current` as `plan` (from `planImport(current, incoming)`) says: added
 * entries are taken if still absent here, conflicts follow their `keep`, anything the plan does not
 * name stays as it is here.
 */
export function applyImport(current: ProgressState, incoming: ProgressState, plan: ImportPlan): ProgressState {
  const quizzes = { ...current.quizzes };
  const assessments = { ...current.assessments };
  for (const { section, id } of plan.added) {
    // Only if still absent here: a plan made before another tab added the entry must not overwrite it.
    if (section === 'quiz' && !quizzes[id] && incoming.quizzes[id]) quizzes[id] = incoming.quizzes[id];
    if (section === 'assessment' && !assessments[id] && incoming.assessments[id]) assessments[id] = incoming.assessments[id];
  }
  for (const { section, id, keep } of plan.conflicts) {
    if (section === 'assessment') {
      const theirs = incoming.assessments[id];
      if (keep === 'incoming' && theirs) assessments[id] = theirs;
      continue;
    }
    const mine = current.quizzes[id];
    const theirs = incoming.quizzes[id];
    if (!mine || !theirs) continue;
    const kept = keep === 'incoming' ? theirs : mine;
    quizzes[id] = { ...kept, attempts: combineAttempts(mine.attempts, theirs.attempts) };
  }
  return { ...current, quizzes, assessments, orphaned: [...current.orphaned, ...newOrphans(current, incoming)] };
}
