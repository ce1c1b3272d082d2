import { describe, expect, it } from 'vitest';
import { checkShape, type IssuePath } from './check-shape.ts';
import { sampleState } from './fixtures.ts';
import { progressSchema } from './schema.ts';

/** Loosely typed data (`any` on purpose: these tests build data that does not fit the types). */
type Loose = Record<string, any>;

/** A deep copy of the sample state with `edit` applied (structuredClone, so NaN and undefined survive). */
function sampleWith(edit: (data: Loose) => void): unknown {
  const data = structuredClone(sampleState()) as Loose;
  edit(data);
  return data;
}

const empty = { version: 2, quizzes: {}, assessments: {}, orphaned: [] };
const FEEDBACK = 'check-feedback';
const SBI = 'feedback-sbi-choice';
const BEHAVIOUR = 'feedback-behaviour-vs-interpretation';
/** Dotted path of the sample's single answer, its multiple answer and its review entry. */
const single = `quizzes.${FEEDBACK}.answers.${SBI}`;
const multiple = `quizzes.${FEEDBACK}.answers.${BEHAVIOUR}`;
const reviewEntry = `quizzes.${FEEDBACK}.review.${BEHAVIOUR}`;

const dotted = (paths: readonly (readonly PropertyKey[])[]): string[] => paths.map((path) => path.map(String).join('.'));

/** What the hand-written checker says: [] when it accepts, else the dotted issue paths. */
function checkerVerdict(data: unknown): string[] {
  const result = checkShape(data);
  return result.ok ? [] : dotted(result.issues);
}

/** What the zod schema (the specification) says, in the same form. */
function zodVerdict(data: unknown): string[] {
  const result = progressSchema.safeParse(data);
  return result.success ? [] : dotted(result.error.issues.map((issue) => issue.path));
}

/**
 * The value as nested [key, value] lists: keeps keys whose value is undefined and the key order, and
 * (unlike toStrictEqual) is not confused by a record key named "constructor".
 */
function structure(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(structure);
  if (typeof value === 'object' && value !== null) return Object.entries(value).map(([key, item]) => [key, structure(item)]);
  return value;
}

/** [name, input, expected issue paths ([] = accepted)]; '' is the root. */
const CASES: [string, unknown, string[]][] = [
  // Accepted
  ['the sample state', sampleState(), []],
  ['an empty state', empty, []],
  ['a quiz entry with nothing in it', { ...empty, quizzes: { q: { updatedAt: 0, answers: {}, review: {}, attempts: [] } } }, []],
  [
    'every answer type, with empty text and empty lists',
    sampleWith((d) => {
      d.quizzes[FEEDBACK].answers = {
        a: { type: 'single', choice: '' },
        b: { type: 'multiple', choices: [] },
        c: { type: 'order', order: [] },
        d: { type: 'self', text: '', ticked: [], revealed: false },
      };
    }),
    [],
  ],
  [
    'unknown keys at every level',
    sampleWith((d) => {
      d.theme = 'dark';
      d.quizzes[FEEDBACK].pinned = true;
      d.quizzes[FEEDBACK].answers[SBI].hint = 'x';
      d.quizzes[FEEDBACK].review[BEHAVIOUR].note = 1;
      d.quizzes[FEEDBACK].latest.levels.mid.extra = null;
      d.assessments.staff.signals['design-doc-adopted'].by = 'me';
      d.orphaned[0].comment = 'old';
    }),
    [],
  ],
  [
    'zero and negative numbers (no field forbids them)',
    sampleWith((d) => {
      d.quizzes[FEEDBACK].updatedAt = 0;
      d.quizzes[FEEDBACK].latest = { at: -1, score: -0.5, max: 0, levels: { mid: { correct: -1, total: 0, points: -2, max: 0 } } };
      d.quizzes[FEEDBACK].attempts = [{ at: -5, score: -1, max: -1 }];
      d.quizzes[FEEDBACK].review[BEHAVIOUR].due = -86_400_000;
    }),
    [],
  ],
  ['stage 3, the last one', sampleWith((d) => (d.quizzes[FEEDBACK].review[BEHAVIOUR].stage = 3)), []],
  ['an orphaned record with neither answer nor review', sampleWith((d) => delete d.orphaned[0].answer), []],
  ['an orphaned record with a review only', sampleWith((d) => (d.orphaned[0] = { ...d.orphaned[0], answer: undefined, review: { stage: 2, due: 9 } })), []],
  ['latest present but undefined', sampleWith((d) => (d.quizzes[FEEDBACK].latest = undefined)), []],
  ['a quiz keyed "__proto__" (left out unchecked)', JSON.parse('{"version":2,"quizzes":{"__proto__":{"updatedAt":1}},"assessments":{},"orphaned":[]}'), []],
  ['a quiz keyed "constructor"', { ...empty, quizzes: JSON.parse('{"constructor":{"updatedAt":1,"answers":{},"review":{},"attempts":[]}}') }, []],
  // Rejected as a whole
  ['null', null, ['']],
  ['an array', [sampleState()], ['']],
  ['a string', '{"version":2}', ['']],
  ['an empty object', {}, ['version', 'quizzes', 'assessments', 'orphaned']],
  ['version 3', { ...empty, version: 3 }, ['version']],
  ['version 1 (migrate first)', { ...empty, version: 1 }, ['version']],
  ['an assessment with the revision it was made against', { ...empty, assessments: { staff: { updatedAt: 0, revision: '2026', signals: {} } } }, []],
  ['a revision that is not text', { ...empty, assessments: { staff: { updatedAt: 0, revision: 2026, signals: {} } } }, ['assessments.staff.revision']],
  ['version "1"', { ...empty, version: '1' }, ['version']],
  ['quizzes as a list', { ...empty, quizzes: [] }, ['quizzes']],
  ['assessments null', { ...empty, assessments: null }, ['assessments']],
  ['orphaned as an object', { ...empty, orphaned: {} }, ['orphaned']],
  // Bad answers
  ['an answer of an unknown type', sampleWith((d) => (d.quizzes[FEEDBACK].answers[SBI] = { type: 'essay' })), [`${single}.type`]],
  ['an answer without type', sampleWith((d) => delete d.quizzes[FEEDBACK].answers[SBI].type), [`${single}.type`]],
  ['an answer typed "toString"', sampleWith((d) => (d.quizzes[FEEDBACK].answers[SBI].type = 'toString')), [`${single}.type`]],
  ['an answer that is null', sampleWith((d) => (d.quizzes[FEEDBACK].answers[SBI] = null)), [single]],
  ['an answer that is a list', sampleWith((d) => (d.quizzes[FEEDBACK].answers[SBI] = ['sbi'])), [single]],
  ['a single answer with a numeric choice', sampleWith((d) => (d.quizzes[FEEDBACK].answers[SBI].choice = 7)), [`${single}.choice`]],
  ['multiple choices as text', sampleWith((d) => (d.quizzes[FEEDBACK].answers[BEHAVIOUR].choices = 'merged')), [`${multiple}.choices`]],
  ['a number among multiple choices', sampleWith((d) => d.quizzes[FEEDBACK].answers[BEHAVIOUR].choices.push(3)), [`${multiple}.choices.2`]],
  [
    'a self answer with several bad fields',
    sampleWith((d) => (d.quizzes[FEEDBACK].answers[SBI] = { type: 'self', ticked: [1, 'a', null], revealed: 'yes' })),
    [`${single}.text`, `${single}.ticked.0`, `${single}.ticked.2`, `${single}.revealed`],
  ],
  // Bad numbers, review, scores
  ['review stage 4', sampleWith((d) => (d.quizzes[FEEDBACK].review[BEHAVIOUR].stage = 4)), [`${reviewEntry}.stage`]],
  ['review stage 0', sampleWith((d) => (d.quizzes[FEEDBACK].review[BEHAVIOUR].stage = 0)), [`${reviewEntry}.stage`]],
  ['review stage 1.5', sampleWith((d) => (d.quizzes[FEEDBACK].review[BEHAVIOUR].stage = 1.5)), [`${reviewEntry}.stage`]],
  ['review stage "2"', sampleWith((d) => (d.quizzes[FEEDBACK].review[BEHAVIOUR].stage = '2')), [`${reviewEntry}.stage`]],
  ['review due NaN', sampleWith((d) => (d.quizzes[FEEDBACK].review[BEHAVIOUR].due = NaN)), [`${reviewEntry}.due`]],
  ['updatedAt Infinity', sampleWith((d) => (d.quizzes[FEEDBACK].updatedAt = Infinity)), [`quizzes.${FEEDBACK}.updatedAt`]],
  ['updatedAt as a date text', sampleWith((d) => (d.quizzes[FEEDBACK].updatedAt = '2026-01-05')), [`quizzes.${FEEDBACK}.updatedAt`]],
  ['an attempt without a score', sampleWith((d) => d.quizzes[FEEDBACK].attempts.unshift({ at: 5, max: 2 })), [`quizzes.${FEEDBACK}.attempts.0.score`]],
  ['attempts as an object', sampleWith((d) => (d.quizzes[FEEDBACK].attempts = {})), [`quizzes.${FEEDBACK}.attempts`]],
  ['latest null', sampleWith((d) => (d.quizzes[FEEDBACK].latest = null)), [`quizzes.${FEEDBACK}.latest`]],
  ['a latest level in text', sampleWith((d) => (d.quizzes[FEEDBACK].latest.levels.mid = '1/2')), [`quizzes.${FEEDBACK}.latest.levels.mid`]],
  ['a latest level without points', sampleWith((d) => delete d.quizzes[FEEDBACK].latest.levels.mid.points), [`quizzes.${FEEDBACK}.latest.levels.mid.points`]],
  // Bad quiz entries, assessments, orphans
  ['a quiz entry that is a string', sampleWith((d) => (d.quizzes['check-teaching'] = 'done')), ['quizzes.check-teaching']],
  ['a quiz entry that is an empty object', sampleWith((d) => (d.quizzes['check-teaching'] = {})), ['updatedAt', 'answers', 'review', 'attempts'].map((key) => `quizzes.check-teaching.${key}`)],
  ['a signal whose met is "yes"', sampleWith((d) => (d.assessments.staff.signals['design-doc-adopted'].met = 'yes')), ['assessments.staff.signals.design-doc-adopted.met']],
  ['a signal without evidence', sampleWith((d) => delete d.assessments.staff.signals['design-doc-adopted'].evidence), ['assessments.staff.signals.design-doc-adopted.evidence']],
  ['a review entry without due', sampleWith((d) => delete d.quizzes[FEEDBACK].review[BEHAVIOUR].due), [`${reviewEntry}.due`]],
  ['signals null', sampleWith((d) => (d.assessments.staff.signals = null)), ['assessments.staff.signals']],
  [
    'an orphaned record with an unknown reason and a bad answer',
    sampleWith((d) => d.orphaned.push({ ...d.orphaned[0], reason: 'lost', answer: { type: 'x' } })),
    ['orphaned.1.reason', 'orphaned.1.answer.type'],
  ],
  ['an orphaned review with stage -1', sampleWith((d) => (d.orphaned[0].review = { stage: -1, due: 0 })), ['orphaned.0.review.stage']],
  ['an orphaned record with a numeric quizId', sampleWith((d) => (d.orphaned[0].quizId = 42)), ['orphaned.0.quizId']],
  [
    'bad entries in several places, reported in order',
    sampleWith((d) => {
      d.version = 0;
      d.quizzes[FEEDBACK].answers[SBI].choice = null;
      d.quizzes['check-how-people-learn'].review = [];
      d.assessments.staff.updatedAt = '';
      d.orphaned[0].at = undefined;
    }),
    ['version', `${single}.choice`, 'quizzes.check-how-people-learn.review', 'assessments.staff.updatedAt', 'orphaned.0.at'],
  ],
];

describe('checkShape agrees with the zod schema (schema.ts, the specification)', () => {
  it('has a table of at least 25 inputs, accepted and rejected', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(25);
    expect(CASES.filter(([, , paths]) => paths.length === 0).length).toBeGreaterThanOrEqual(10);
  });

  it.each(CASES)('%s', (_name, input, expected) => {
    expect(zodVerdict(input)).toEqual(expected);
    expect(checkerVerdict(input)).toEqual(expected);
    const checked = checkShape(input);
    const parsed = progressSchema.safeParse(input);
    if (checked.ok && parsed.success) expect(structure(checked.state)).toEqual(structure(parsed.data));
  });
});

describe('checkShape: what a reader keeps', () => {
  it('returns a copy without the keys it does not know, leaving the input alone', () => {
    const input = sampleWith((d) => {
      d.theme = 'dark';
      d.quizzes[FEEDBACK].answers[SBI].hint = 'x';
    });
    const before = structuredClone(input);
    expect(checkShape(input)).toStrictEqual({ ok: true, state: sampleState() });
    expect(input).toStrictEqual(before);
  });

  it('reports issue paths with array indexes as numbers, like zod', () => {
    const result = checkShape(sampleWith((d) => d.quizzes[FEEDBACK].attempts.push({})));
    const issues: IssuePath[] = result.ok ? [] : result.issues;
    expect(issues).toEqual([
      ['quizzes', FEEDBACK, 'attempts', 1, 'at'],
      ['quizzes', FEEDBACK, 'attempts', 1, 'score'],
      ['quizzes', FEEDBACK, 'attempts', 1, 'max'],
    ]);
  });
});

describe('zod stays out of the runtime modules', () => {
  // The raw text of every module a page can load (tests, fixtures and the schema itself excluded),
  // the quiz kinds' saved answers and browser code included.
  const sources = import.meta.glob<string>(['./*.ts', '!./*.test.ts', '!./fixtures.ts', '!./schema.ts', '../quiz/kinds/*/answer.ts', '../quiz/kinds/*/client.ts', '../quiz/kinds/loaders.ts', '../quiz/kinds/answers.ts', '../quiz/grade.ts'], {
    query: '?raw',
    import: 'default',
    eager: true,
  });

  it.each(Object.entries(sources))('%s imports neither zod nor a schema (types aside, which are erased)', (_file, source) => {
    expect(source).not.toMatch(/^(import|export) (?!type )[^;]*['"](zod|zod\/[\w-]+|[./\w-]*schema\.ts)['"]/m);
  });

  it('sees the runtime modules', () => {
    expect(Object.keys(sources)).toEqual(
      expect.arrayContaining(['./check-shape.ts', './parse.ts', './store.ts', '../quiz/kinds/single/answer.ts', '../quiz/kinds/order/client.ts', '../quiz/grade.ts']),
    );
  });
});
