/**
 * What `buildLadder` reads, and the parsing of list files (tracks, activities, dimensions) into
 * checked records. Each entry is parsed on its own, so one broken entry does not hide the others.
 */
import { z } from 'zod';
import { formatPath, type Problem, zodProblems } from '../errors.ts';

/** A whole YAML file: its path relative to the project root and its parsed (unchecked) data. */
export interface SourceFile {
  readonly file: string;
  readonly data: unknown;
}

/** One entry of a list file, already split out (e.g. by a content-collection loader). */
export interface SourceRecord {
  readonly file: string;
  readonly data: unknown;
  /** Where the entry sits in its file, for problem messages; defaults to `[position in the list]`. */
  readonly path?: readonly PropertyKey[];
}

/** A list file given whole, or its entries given one by one in file order. */
export type RecordsSource = SourceFile | readonly SourceRecord[];

/** One level file: `content/ladder/levels/<id>.mdx` and its parsed frontmatter. */
export interface LevelSource {
  readonly file: string;
  /** The level's id: the file name without `.mdx`. */
  readonly id: string;
  readonly data: unknown;
}

/** Everything the ladder is built from. */
export interface LadderSources {
  readonly tracks: RecordsSource;
  readonly activities: RecordsSource;
  readonly dimensions: RecordsSource;
  readonly levels: readonly LevelSource[];
}

/** A record that passed its schema, with where it came from. */
export interface ParsedRecord<T> {
  readonly value: T;
  readonly file: string;
  readonly path: readonly PropertyKey[];
}

/** The valid records in file order, and the ids of entries that failed their schema. */
export interface ParsedRecords<T> {
  readonly records: readonly ParsedRecord<T>[];
  /** The whole file is not a list: nothing in it could be checked, so references to it are not either. */
  readonly unreadable: boolean;
  /** Ids written on broken entries: references to them are not reported a second time. */
  readonly brokenIds: ReadonlySet<string>;
}

const listSchema = z.array(z.unknown());

/** Splits a source into entries, reporting a whole file that is not a list. */
function entriesOf(source: RecordsSource, problems: Problem[]): SourceRecord[] | undefined {
  if (Array.isArray(source)) return [...(source as readonly SourceRecord[])];
  const { file, data } = source as SourceFile;
  const list = listSchema.safeParse(data);
  if (!list.success) {
    problems.push(...zodProblems(file, list.error, [], listSchema));
    return undefined;
  }
  return list.data.map((entry, index) => ({ file, data: entry, path: [index] }));
}

/**
 * Parses every entry of a list source with `schema`, reporting schema problems and duplicate ids
 * (`kind` names the entries in messages: "track", "activity", "dimension"). A duplicate is dropped.
 */
export function parseRecords<T extends { id: string }>(
  source: RecordsSource,
  schema: z.ZodType<T>,
  kind: string,
  problems: Problem[],
): ParsedRecords<T> {
  const records: ParsedRecord<T>[] = [];
  const brokenIds = new Set<string>();
  const seen = new Map<string, ParsedRecord<T>>();
  const entries = entriesOf(source, problems);
  (entries ?? []).forEach((entry, position) => {
    const path = entry.path ?? [position];
    const result = schema.safeParse(entry.data, { reportInput: true });
    if (!result.success) {
      problems.push(...zodProblems(entry.file, result.error, path, schema));
      const id = (entry.data as { id?: unknown } | null)?.id;
      if (typeof id === 'string') brokenIds.add(id);
      return;
    }
    const first = seen.get(result.data.id);
    if (first) {
      problems.push({
        file: entry.file,
        path: [...path, 'id'],
        message: `"${result.data.id}" is already the id of another ${kind}`,
        hint: `ids must be unique; rename one of the two (the other is at ${describeEntry(first)})`,
      });
      return;
    }
    const record = { value: result.data, file: entry.file, path };
    seen.set(result.data.id, record);
    records.push(record);
  });
  return { records, unreadable: entries === undefined, brokenIds };
}

function describeEntry(record: ParsedRecord<unknown>): string {
  const where = formatPath(record.path);
  return where ? `${record.file} › ${where}` : record.file;
}
