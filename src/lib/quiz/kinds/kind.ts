/**
 * What a question kind is. Everything about a kind lives in its folder (`kinds/<kind>/`):
 * - `schema.ts`: its zod schema piece (part of the schema layer: it imports zod and ./question-base only);
 * - `answer.ts`: its answer-key entry, the reader's saved answer, that answer's runtime check, and how a
 *   saved answer is reconciled once the quiz was edited (`fit`); small, on every page that reads progress;
 * - `client.ts`: grading, and how the browser reads the answer from the form and writes it back;
 *   loaded only by pages that show the kind (./loaders.ts);
 * - `index.ts`: build time: rules beyond the schema, answer key, shuffle, and the texts its view shows;
 * - `answer-schema.ts`: the zod/mini specification of the saved answer (tests only);
 * and its markup in src/components/quiz/kinds/<kind>/. The registries (../registry.ts for the build,
 * ./answers.ts and ./loaders.ts for the browser, src/components/quiz/kinds/index.ts for the markup) are
 * exhaustive maps over the question types, so the compiler names a kind that one of them forgot.
 */
import type { ZodMiniType } from 'zod/mini';
import type { Problem } from '../../errors.ts';
import type { Check } from '../../shared/shape-check.ts';

/** A problem inside one quiz file; validate.ts adds the file. */
export type KindIssue = Omit<Problem, 'file' | 'line'>;

/**
 * A question's form controls as plain values: control name (without the question's `q-<id>:` prefix)
 * → its values (ticked boxes' values, a select's value, a textarea's text, `open` for an open
 * `<details data-name>`). The browser reads and writes forms through this, so kinds stay free of DOM code.
 */
export type FieldValues = Readonly<Record<string, readonly string[]>>;

/** What every answer-key entry has. */
export interface KeyEntryBase {
  /** Question id (unique across the site). */
  readonly id: string;
  /** Question type. */
  readonly type: string;
  /** Ladder level id the question targets. */
  readonly level: string;
}

/** What every saved answer has: its type, which says how to read the rest. */
export interface AnswerBase {
  readonly type: string;
}

/** Why a saved answer (or part of it) no longer fits its question. */
export type MisfitReason = 'choice-removed' | 'items-changed';

/** What stays of a saved answer against the question as it is now (`keep`), and why the rest went. */
export interface Fit<A> {
  /** The answer, or the part of it that still fits; undefined: nothing fits. */
  keep?: A;
  /** Set when anything no longer fits; the answer as saved is then kept aside. */
  reason?: MisfitReason;
}

/** A kind's saved answers: their runtime check and their reconcile step. */
export interface AnswerKind<E extends KeyEntryBase, A extends AnswerBase> {
  /** The `type` its saved answers carry (the self-graded kinds share `self`). */
  readonly type: A['type'];
  /** Checks a saved answer read back from storage. */
  readonly check: Check<A>;
  /** The saved answer against the question as it is now (the page's answer key). */
  readonly fit: (answer: A, entry: E) => Fit<A>;
}

/** A kind's code in the reader's browser: grading, and the answer read from and written to the form. */
export interface ClientKind<E extends KeyEntryBase, A extends AnswerBase> {
  /** The `type` of the answers it reads. */
  readonly answerType: A['type'];
  /** Score in [0, 1] of an answer of this kind. */
  readonly score: (entry: E, answer: A) => number;
  /** Whether the reader answered at all (a choice, a tick, some text …). */
  readonly answered: (answer: A) => boolean;
  /** True while the answer cannot be scored yet (a self-graded answer before the model answer is shown). */
  readonly awaiting?: (answer: A) => boolean;
  /** The reader's answer from the question's controls; undefined when nothing is filled in. */
  readonly read: (values: FieldValues) => A | undefined;
  /** The controls' values that show `answer` again. */
  readonly write: (answer: A) => FieldValues;
}

/** Renders authors' Markdown for a kind's view (links by content id resolved, as in chapters). */
export interface Markdown {
  /** Block Markdown → HTML. */
  block(markdown: string): Promise<string>;
  /** Markdown that must sit in phrasing content (labels, legends); undefined when it holds blocks. */
  inline(markdown: string): Promise<string | undefined>;
}

/** Everything about a kind at build time. `V` is what its markup shows (texts already HTML). */
export interface QuestionKind<Q extends { id: string; type: string }, E extends KeyEntryBase, A extends AnswerBase, V> {
  /** The question types it handles. */
  readonly types: readonly Q['type'][];
  /** Rules beyond the schema; `at` is the question's path (`['questions', 2]`). Empty = fine. */
  readonly validate: (question: Q, at: readonly PropertyKey[]) => KindIssue[];
  /** The question's entry in the answer key the page embeds (ids only: no texts). */
  readonly key: (question: Q) => E;
  /** The question as the page shows it, shuffled with a seed from its id, so every build is the same. */
  readonly shuffle: (question: Q) => Q;
  /** What its markup shows, texts rendered, in page order (the view shuffles the author's question itself). */
  readonly view: (question: Q, markdown: Markdown) => Promise<V>;
  readonly answer: AnswerKind<E, A>;
  readonly client: ClientKind<E, A>;
  /** The saved answer's zod/mini specification (`answer-schema.ts`), which progress/schema.ts is built from. */
  readonly answerSpec: ZodMiniType<A>;
}
