/**
 * A small hand-written replacement for zod's `safeParse`, for data read back from storage in the
 * browser: a few hundred bytes instead of zod/mini's 6.6 KB gzipped. Checks are combined like zod
 * schemas; each reports every misfit at zod's issue path, and returns a copy without the object keys
 * it does not know. Inputs are JSON values (what `JSON.parse` gives). The saved-progress shape
 * (progress/check-shape.ts) and each quiz kind's saved answer (quiz/kinds/<kind>/answer.ts) are
 * written with these.
 */
/** Place of a value in the checked data, outermost first: object keys and array indexes (zod's issue `path`). */
export type IssuePath = (string | number)[];

/**
 * Checks the value found at `path`, pushes the path of each misfit onto `issues`, and returns the value
 * with unknown object keys left out (meaningless once an issue was pushed).
 */
export type Check<T> = (value: unknown, path: IssuePath, issues: IssuePath[]) => T;

export type Output<C> = C extends Check<infer T> ? T : never;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A check that keeps the value as it is when `test` holds, else reports it. */
export function leaf<T>(test: (value: unknown) => boolean): Check<T> {
  return (value, path, issues) => {
    if (!test(value)) issues.push(path);
    return value as T;
  };
}

export const string = leaf<string>((value) => typeof value === 'string');
/** Like `z.number()`: NaN and ±Infinity are refused (`Number.isFinite` is also false for non-numbers). */
export const number = leaf<number>(Number.isFinite);
export const boolean = leaf<boolean>((value) => typeof value === 'boolean');

/** Exactly one of `values` (`z.literal([...])`). */
export function oneOf<const T extends readonly unknown[]>(...values: T): Check<T[number]> {
  return leaf((value) => values.includes(value));
}

/** Absent (undefined) or passing `check`. */
export function optional<T>(check: Check<T>): Check<T | undefined> {
  return (value, path, issues) => (value === undefined ? undefined : check(value, path, issues));
}

/** An array whose every item passes `check`; issues are reported per index. */
export function array<T>(check: Check<T>): Check<T[]> {
  return (value, path, issues) => {
    if (Array.isArray(value)) return value.map((item, index) => check(item, [...path, index], issues));
    issues.push(path);
    return [];
  };
}

/** An object whose every value passes `check`, keyed by any text. Like zod, an own `__proto__` key is left out unchecked. */
export function record<T>(check: Check<T>): Check<Record<string, T>> {
  return (value, path, issues) => {
    const copy: Record<string, T> = {};
    if (!isObject(value)) issues.push(path);
    else for (const key of Object.keys(value)) if (key !== '__proto__') copy[key] = check(value[key], [...path, key], issues);
    return copy;
  };
}

export type Shape = Record<string, Check<unknown>>;
type OptionalKeys<S extends Shape> = { [K in keyof S]: undefined extends Output<S[K]> ? K : never }[keyof S];
type ObjectOutput<S extends Shape> = {
  [K in Exclude<keyof S, OptionalKeys<S>>]: Output<S[K]>;
} & { [K in OptionalKeys<S>]?: Exclude<Output<S[K]>, undefined> };

/** An object with the keys of `shape` (each checked by its own check); other keys are left out of the copy. */
export function object<S extends Shape>(shape: S): Check<ObjectOutput<S>> {
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
export function byType<S extends Record<string, Check<unknown>>>(checks: S): Check<Output<S[keyof S]>> {
  return (value, path, issues) => {
    if (!isObject(value)) issues.push(path);
    else if (Object.hasOwn(checks, value.type as string)) return checks[value.type as string]!(value, path, issues) as Output<S[keyof S]>;
    else issues.push([...path, 'type']);
    return value as Output<S[keyof S]>;
  };
}

