/**
 * The runtime check of a saved state, written by hand.
 *
 * Why not the zod schema: a quiz page may load at most 8 KB gzipped JavaScript in total, and zod/mini
 * alone costs about 6.6 KB gzipped; this checker costs a few hundred bytes. `schema.ts` (zod) remains
 * the specification of the shape: no runtime module imports it, and `check-shape.test.ts` proves on a
 * table of inputs that both accept and reject the same data and report the same issue paths.
 *
 * Like zod's `safeParse` it reports every misfit (not only the first) at zod's path, and returns a copy
 * without the object keys it does not know. Its inputs are JSON values (what `JSON.parse` gives, which
 * is all parse.ts ever passes); on values JSON cannot hold it may differ from zod (symbol keys are not
 * looked at, a Date or Map counts as an object for a record too, not only for an object).
 */
import { PROGRESS_VERSION, type ProgressState } from './shape.ts';

/** Place of a value in the checked data, outermost first: object keys and array indexes (zod's issue `path`). */
export type IssuePath = (string | number)[];

/** Outcome of `checkShape`: the state (unknown keys left out), or the place of every misfit. */
export type ShapeCheck = { ok: true; state: ProgressState } | { ok: false; issues: IssuePath[] };

/**
 * Checks the value found at `path`, pushes the path of each misfit onto `issues`, and returns the value
 * with unknown object keys left out (meaningless once an issue was pushed).
 */
type Check<T> = (value: unknown, path: IssuePath, issues: IssuePath[]) => T;

type Output<C> = C extends Check<infer T> ? T : never;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A check that keeps the value as it is when `test` holds, else reports it. */
function leaf<T>(test: (value: unknown) => boolean): Check<T> {
  return (value, path, issues) => {
    if (!test(value)) issues.push(path);
    return value as T;
  };
}

const string = leaf<string>((value) => typeof value === 'string');
/** Like `z.number()`: NaN and ±Infinity are refused (`Number.isFinite` is also false for non-numbers). */
const number = leaf<number>(Number.isFinite);
const boolean = leaf<boolean>((value) => typeof value === 'boolean');

/** Exactly one of `values` (`z.literal([...])`). */
function oneOf<const T extends readonly unknown[]>(...values: T): Check<T[number]> {
  return leaf((value) => values.includes(value));
}

/** Absent (undefined) or passing `check`. */
function optional<T>(check: Check<T>): Check<T | undefined> {
  return (value, path, issues) => (value === undefined ? undefined : check(value, path, issues));
}

/** An array whose every item passes `check`; issues are reported per index. */
function array<T>(check: Check<T>): Check<T[]> {
  return (value, path, issues) => {
    if (Array.isArray(value)) return value.map((item, index) => check(item, [...path, index], issues));
    issues.push(path);
    return [];
  };
}

/** An object whose every value passes `check`, keyed by any text. Like zod, an own `__proto__` key is left out unchecked. */
function record<T>(check: Check<T>): Check<Record<string, T>> {
  return (value, path, issues) => {
    const copy: Record<string, T> = {};
    if (!isObject(value)) issues.push(path);
    else for (const key of Object.keys(value)) if (key !== '__proto__') copy[key] = check(value[key], [...path, key], issues);
    return copy;
  };
}

type Shape = Record<string, Check<unknown>>;
type OptionalKeys<S extends Shape> = { [K in keyof S]: undefined extends Output<S[K]> ? K : never }[keyof S];
type ObjectOutput<S extends Shape> = {
  [K in Exclude<keyof S, OptionalKeys<S>>]: Output<S[K]>;
} & { [K in OptionalKeys<S>]?: Exclude<Output<S[K]>, undefined> };

/** An object with the keys of `shape` (each checked by its own check); other keys are left out of the copy. */
function object<S extends Shape>(shape: S): Check<ObjectOutput<S>> {
  return (value, path, issues) => {
    const copy: Record<string, unknown> = {};
    if (!isObject(value)) issues.push(path);
    else
      for (const key in shape) {
        const checked = shape[key]!(value[key], [...path, key], issues);
        if (key in value) copy[key] = checked; // an absent optional key stays absent, as with zod
      }
    return copy as ObjectOutput<S>;
  };
}

/**
 * One of several objects told apart by their `type` (`z.discriminatedUnion('type', ...)`): an unknown
 * or missing `type` is reported at `<path>.type`, anything else by the matching object check.
 */
function byType<S extends Record<string, Check<unknown>>>(checks: S): Check<Output<S[keyof S]>> {
  return (value, path, issues) => {
    if (!isObject(value)) issues.push(path);
    else if (Object.hasOwn(checks, value.type as string)) return checks[value.type as string]!(value, path, issues) as Output<S[keyof S]>;
    else issues.push([...path, 'type']);
    return value as Output<S[keyof S]>;
  };
}

// The shape, field for field as in schema.ts (see shape.ts for what each field means).
const text = string;
const time = number;
const ids = array(text);

const answer = byType({
  single: object({ type: oneOf('single'), choice: text }),
  multiple: object({ type: oneOf('multiple'), choices: ids }),
  order: object({ type: oneOf('order'), order: ids }),
  self: object({ type: oneOf('self'), text, ticked: ids, revealed: boolean }),
});

const review = object({ stage: oneOf(1, 2, 3), due: time });

const quiz = object({
  updatedAt: time,
  answers: record(answer),
  review: record(review),
  latest: optional(
    object({
      at: time,
      score: number,
      max: number,
      levels: record(object({ correct: number, total: number, points: number, max: number })),
    }),
  ),
  attempts: array(object({ at: time, score: number, max: number })),
});

const assessment = object({ updatedAt: time, signals: record(object({ met: boolean, evidence: text })) });

const orphan = object({
  quizId: text,
  questionId: text,
  reason: oneOf('question-removed', 'type-changed', 'choice-removed', 'items-changed'),
  at: time,
  answer: optional(answer),
  review: optional(review),
});

const progress = object({
  version: oneOf(PROGRESS_VERSION),
  quizzes: record(quiz),
  assessments: record(assessment),
  orphaned: array(orphan),
});

/** Checks a whole saved state of the current version (already migrated), as `progressSchema.safeParse` would. */
export function checkShape(data: unknown): ShapeCheck {
  const issues: IssuePath[] = [];
  const state = progress(data, [], issues);
  return issues.length === 0 ? { ok: true, state } : { ok: false, issues };
}

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
/** Compile-time guard (no runtime code): what the checker accepts and `ProgressState` must stay identical. */
export type CheckMatches = Assert<Same<Output<typeof progress>, ProgressState>>;
