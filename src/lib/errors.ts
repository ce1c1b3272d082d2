/**
 * The one funnel for content problems. Every check (schemas, quiz rules, ladder rules, links)
 * turns what it finds into `Problem`s; they are collected across all files and reported together,
 * each as `file › path: message` with a hint, so an author fixes everything in one pass.
 */
import { plural } from './shared/plural.ts';
import { z } from 'zod';

export interface Problem {
  /** Path of the offending file, relative to the project root (e.g. `content/quizzes/x.yaml`). */
  file: string;
  /** Where in the file's data, as keys and indexes (`['questions', 2, 'choices']`); empty = whole file. */
  path: readonly PropertyKey[];
  /** What is wrong, in one sentence. */
  message: string;
  /** How to fix it. */
  hint?: string;
  /** 1-based line in the file, when known (links in MDX bodies). */
  line?: number;
}

/** `['questions', 2, 'choices']` → `questions[2].choices`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

/** One problem as authors read it: `file:line › path: message` and an indented hint. */
export function formatProblem(problem: Problem): string {
  const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  const path = formatPath(problem.path);
  const head = path ? `${where} › ${path}: ${problem.message}` : `${where}: ${problem.message}`;
  return problem.hint ? `${head}\n    hint: ${problem.hint}` : head;
}

/** Sorts by file, then line, then path, so reports are stable and grouped. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      formatPath(a.path).localeCompare(formatPath(b.path)),
  );
}

/** The whole report: a count, then every problem. */
export function formatProblems(problems: readonly Problem[]): string {
  const sorted = sortProblems(problems);
  const files = new Set(sorted.map((p) => p.file)).size;
  const head = `${plural(sorted.length, 'content problem')} in ${plural(files, 'file')}:`;
  return [head, ...sorted.map((p) => `  ${formatProblem(p).replace(/\n/g, '\n  ')}`)].join('\n');
}

/** Closest candidate by edit distance, for "did you mean" hints; undefined when nothing is close. */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1;
  for (const candidate of candidates) {
    const d = editDistance(word, candidate);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const temp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = temp;
    }
  }
  return row[b.length]!;
}

/**
 * A misspelt key (`promtp`) makes zod report both the unknown key and the missing one
 * (`prompt`); the unknown key's "did you mean" already says it all, so the missing-key issue
 * is dropped when it is the closest missing key of the same entry.
 */
export function withoutMisspeltKeys(error: z.ZodError): z.ZodError {
  const parent = (path: readonly PropertyKey[]) => JSON.stringify(path.slice(0, -1).map(String));
  const missing = error.issues.filter((issue) => issue.code === 'invalid_type' && issue.input === undefined && issue.path.length > 0);
  const covered = new Set<z.core.$ZodIssue>();
  for (const issue of error.issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    const here = JSON.stringify(issue.path.map(String));
    const candidates = missing.filter((m) => parent(m.path) === here);
    for (const key of issue.keys) {
      const guess = closest(key, candidates.map((m) => String(m.path[m.path.length - 1])));
      const match = candidates.find((m) => String(m.path[m.path.length - 1]) === guess);
      if (match) covered.add(match);
    }
  }
  return covered.size === 0 ? error : new z.ZodError(error.issues.filter((issue) => !covered.has(issue)));
}

/** "a", "a or b", "a, b or c": for hints listing what is allowed. */
export function listChoices(values: readonly string[]): string {
  if (values.length <= 1) return values.join('');
  return `${values.slice(0, -1).join(', ')} or ${values[values.length - 1]}`;
}

/**
 * Turns a zod error into problems with hints authors can act on: unknown keys get the allowed
 * keys and a "did you mean", wrong types say what was expected, enums list their values.
 * Pass the `schema` that produced the error so unknown-key hints can list the allowed keys
 * (zod 4 drops the schema instance from finished issues).
 */
export function zodProblems(
  file: string,
  error: z.ZodError,
  basePath: readonly PropertyKey[] = [],
  schema?: z.core.$ZodType,
): Problem[] {
  const problems: Problem[] = [];
  for (const issue of error.issues) {
    const path = [...basePath, ...issue.path];
    problems.push(...issueProblems(file, path, issue, schema));
  }
  return problems;
}

function issueProblems(file: string, path: PropertyKey[], issue: z.core.$ZodIssue, schema?: z.core.$ZodType): Problem[] {
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => {
        const allowed = allowedKeysOf(issue) ?? (schema ? keysAt(schema, issue.path, issue.input) : undefined);
        const guess = allowed ? closest(key, allowed) : undefined;
        return {
          file,
          path: [...path, key],
          message: `unknown key "${key}"`,
          hint: guess
            ? `did you mean "${guess}"?`
            : allowed
              ? `remove it; allowed keys here: ${allowed.join(', ')}`
              : 'remove it or check its spelling',
        };
      });
    case 'invalid_type': {
      const received = 'input' in issue ? receivedType(issue.input) : receivedTypeFromMessage(issue.message);
      if (received === 'undefined') {
        // A schema's own type error (`z.array(x, { error: 'add "rubric": …' })`) says best how to add it.
        const custom = issue.message.startsWith('Invalid input') ? undefined : issue.message;
        return [{ file, path, message: `missing required ${yamlTypeName(issue.expected)}`, hint: custom ?? `add "${String(path[path.length - 1] ?? 'value')}"` }];
      }
      return [{ file, path, message: `expected ${yamlTypeName(issue.expected)}, received ${received}`, hint: typeHint(issue.expected) }];
    }
    case 'invalid_value': {
      const allowed = listChoices(issue.values.map((v) => JSON.stringify(v)));
      const guess = typeof issue.input === 'string' ? closest(issue.input, issue.values.filter((v) => typeof v === 'string')) : undefined;
      return [
        {
          file,
          path,
          message: `${JSON.stringify(issue.input)} is not allowed`,
          hint: guess ? `did you mean "${guess}"? (use ${allowed})` : `use ${allowed}`,
        },
      ];
    }
    case 'invalid_union':
      if (issue.discriminator && 'options' in issue && issue.options?.length) {
        return [discriminatorProblem(file, path, issue.discriminator, issue.options.map(String), issue.input)];
      }
      return [{ file, path, message: issue.message, hint: 'check the shape of this entry against the examples in the README' }];
    case 'too_small':
    case 'too_big':
      return [{ file, path, message: sizeMessage(issue) }];
    default:
      return [{ file, path, message: issue.message }];
  }
}

/**
 * A discriminated union got an entry whose discriminator (`type: singel`) matches no option:
 * say which value is unknown, guess the intended one and list the known values.
 * The input is the entry itself (present when parsing with `{ reportInput: true }`).
 */
function discriminatorProblem(file: string, path: PropertyKey[], key: string, known: string[], input: unknown): Problem {
  if (typeof input !== 'object' || input === null) {
    return { file, path, message: `unknown or missing "${key}"`, hint: `use ${listChoices(known)}` };
  }
  const value = (input as Record<string, unknown>)[key];
  if (value === undefined) {
    return { file, path, message: `missing required "${key}"`, hint: `add "${key}": ${listChoices(known)}` };
  }
  const guess = typeof value === 'string' ? closest(value, known) : undefined;
  return {
    file,
    path,
    message: `unknown ${key} ${JSON.stringify(value)}`,
    hint: guess ? `did you mean "${guess}"? (${key} is one of ${known.join(', ')})` : `use ${listChoices(known)}`,
  };
}

/**
 * zod's English defaults ("Too small: expected array to have >=1 items") in authors' words
 * ("needs at least 1 entry"); a message the schema set itself is kept as written.
 */
function sizeMessage(issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig): string {
  const small = issue.code === 'too_small';
  if (!issue.message.startsWith(small ? 'Too small' : 'Too big')) return issue.message;
  const limit = Number(small ? issue.minimum : issue.maximum);
  const inclusive = issue.inclusive !== false;
  const bound = small ? (inclusive ? 'at least' : 'more than') : inclusive ? 'at most' : 'fewer than';
  switch (issue.origin) {
    case 'array':
    case 'set':
      if (small && inclusive && limit === 1) return 'needs at least one entry';
      return `needs ${bound} ${limit} ${limit === 1 ? 'entry' : 'entries'}`;
    case 'string':
      if (small && inclusive && limit === 1) return 'must not be empty';
      return `needs ${bound} ${plural(limit, 'character')}`;
    case 'number':
    case 'int':
    case 'bigint':
      return `must be ${small ? (inclusive ? 'at least' : 'more than') : inclusive ? 'at most' : 'less than'} ${limit}`;
    default:
      return issue.message;
  }
}

/**
 * The allowed keys of the object schema found by following `path` from `schema`. Unions (such
 * as a discriminated union of question types) are followed into every option; at the end,
 * options whose literal keys contradict `input` (`type: single` vs `z.literal('order')`) are
 * dropped, so the hint lists the keys of the entry the author actually wrote.
 */
function keysAt(schema: z.core.$ZodType, path: readonly PropertyKey[], input?: unknown): string[] | undefined {
  let nodes = expandSchema(schema);
  for (const key of path) nodes = nodes.flatMap((node) => expandSchema(childOf(node, key)));
  const objects = nodes.filter((node) => (node._zod.def as SchemaDef).type === 'object');
  if (objects.length === 0) return undefined;
  const matching = objects.filter((node) => literalsAgree(node, input));
  const chosen = matching.length > 0 ? matching : objects;
  return [...new Set(chosen.flatMap((node) => Object.keys((node._zod.def as SchemaDef).shape ?? {})))];
}

/** The schema of `key` inside a container schema (object property, list element, record value, tuple item). */
function childOf(schema: z.core.$ZodType, key: PropertyKey): z.core.$ZodType | undefined {
  const def = schema._zod.def as SchemaDef;
  if (def.type === 'object') return def.shape?.[String(key)];
  if (def.type === 'array') return def.element;
  if (def.type === 'record') return def.valueType;
  if (def.type === 'tuple' && typeof key === 'number') return def.items?.[key];
  return undefined;
}

/** Unwraps wrappers (optional, default, pipe …) and spreads unions into their options. */
function expandSchema(schema: z.core.$ZodType | undefined, depth = 0): z.core.$ZodType[] {
  let current = schema;
  for (let guard = 0; current && guard < 20; guard++) {
    const inner = innerOf(current);
    if (!inner) break;
    current = inner;
  }
  if (!current || depth > 10) return [];
  const def = current._zod.def as SchemaDef;
  if (def.type === 'union') return (def.options ?? []).flatMap((option) => expandSchema(option, depth + 1));
  return [current];
}

/** False when a literal-typed key of the object schema has a different value in `input`. */
function literalsAgree(schema: z.core.$ZodType, input: unknown): boolean {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return true;
  const values = input as Record<string, unknown>;
  for (const [key, property] of Object.entries((schema._zod.def as SchemaDef).shape ?? {})) {
    const def = property._zod.def as SchemaDef;
    if (def.type === 'literal' && key in values && !(def.values ?? []).includes(values[key])) return false;
  }
  return true;
}

/** The fields of zod 4's `_zod.def` this walk reads (a loose view: each schema type has its own def). */
interface SchemaDef {
  type: string;
  shape?: Record<string, z.core.$ZodType>;
  element?: z.core.$ZodType;
  valueType?: z.core.$ZodType;
  items?: z.core.$ZodType[];
  innerType?: z.core.$ZodType;
  in?: z.core.$ZodType;
  getter?: () => z.core.$ZodType;
  options?: readonly z.core.$ZodType[];
  values?: readonly unknown[];
}

/** The schema a wrapper (optional, nullable, default, readonly, catch, pipe, lazy) wraps. */
function innerOf(schema: z.core.$ZodType): z.core.$ZodType | undefined {
  const def = schema._zod.def as SchemaDef;
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'nonoptional':
    case 'readonly':
    case 'catch':
      return def.innerType;
    case 'pipe':
      return def.in;
    case 'lazy':
      return def.getter?.();
    default:
      return undefined;
  }
}

/** Strict objects in src/schemas attach their key list to the issue via `allowedKeys` params. */
function allowedKeysOf(issue: z.core.$ZodIssue): string[] | undefined {
  const inst = (issue as { inst?: { _zod?: { def?: { shape?: Record<string, unknown> } } } }).inst;
  const shape = inst?._zod?.def?.shape;
  return shape ? Object.keys(shape) : undefined;
}

/**
 * zod 4 keeps `input` on issues only when parsing with `{ reportInput: true }`; otherwise the
 * received type survives only in its English message ("…, received number").
 */
function receivedTypeFromMessage(message: string): string {
  const word = /received (\w+)\s*$/.exec(message)?.[1];
  switch (word) {
    case undefined:
      return 'something else';
    case 'array':
      return 'list';
    case 'object':
      return 'mapping';
    case 'Date':
      return 'date';
    default:
      return word;
  }
}

/** zod's type names in the words YAML authors know (`array` → list, `object` → mapping). */
function yamlTypeName(type: string): string {
  if (type === 'array') return 'list';
  if (type === 'object' || type === 'record') return 'mapping';
  return type;
}

function receivedType(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'list';
  if (input instanceof Date) return 'date';
  return typeof input === 'object' ? 'mapping' : typeof input;
}

function typeHint(expected: string): string {
  switch (expected) {
    case 'array':
      return 'write a YAML list (lines starting with "- ")';
    case 'object':
      return 'write a YAML mapping (key: value lines)';
    case 'string':
      return 'write text; quote it if it starts with a special character or contains ": "';
    case 'number':
      return 'write a number without quotes';
    case 'int':
      return 'write a whole number without quotes';
    case 'record':
      return 'write a YAML mapping (key: value lines)';
    case 'boolean':
      return 'write true or false';
    default:
      return `write a ${expected}`;
  }
}
