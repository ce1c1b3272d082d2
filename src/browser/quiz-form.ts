/**
 * A server-rendered question's form controls as plain values and back (see FieldValues in
 * src/lib/quiz/kinds/kind.ts): each kind reads its answer from these values and writes it back as
 * values, so no kind has DOM code, and <lb-quiz> and the review page share this one reader.
 * Controls are named `q-<question id>:<field>`; a `<details data-name="…">` counts as `open` or not.
 */
import { clientFor, type Clients } from '../lib/quiz/kinds/loaders.ts';
import type { FieldValues } from '../lib/quiz/kinds/kind.ts';
import type { Answer, QuestionType } from '../lib/quiz/types.ts';

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

const isTick = (el: Control): el is HTMLInputElement => el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio');

/** Every control of the question with its field name (the part after the question's prefix). */
function controls(f: HTMLFieldSetElement): { el: Control | HTMLDetailsElement; field: string }[] {
  const prefix = `q-${f.dataset.question}:`;
  const found: { el: Control | HTMLDetailsElement; field: string }[] = [];
  for (const el of f.querySelectorAll<Control | HTMLDetailsElement>('input[name], select[name], textarea[name], details[data-name]')) {
    const name = el instanceof HTMLDetailsElement ? (el.dataset.name ?? '') : el.name;
    if (name.startsWith(prefix)) found.push({ el, field: name.slice(prefix.length) });
  }
  return found;
}

/** The question's controls as values: every field is present, with what is ticked, chosen, written or open. */
export function readFields(f: HTMLFieldSetElement): FieldValues {
  const values: Record<string, string[]> = {};
  for (const { el, field } of controls(f)) {
    const list = (values[field] ??= []);
    if (el instanceof HTMLDetailsElement) {
      if (el.open) list.push('open');
    } else if (!isTick(el) || el.checked) list.push(el.value);
  }
  return values;
}

/** Sets the question's controls to `values`; a field missing from them is cleared. */
export function writeFields(f: HTMLFieldSetElement, values: FieldValues): void {
  for (const { el, field } of controls(f)) {
    const wanted = values[field] ?? [];
    if (el instanceof HTMLDetailsElement) el.open = wanted.includes('open');
    else if (isTick(el)) el.checked = wanted.includes(el.value);
    else el.value = wanted[0] ?? '';
  }
}

/** The question's type, as the page wrote it. */
export function typeOf(f: HTMLFieldSetElement): QuestionType {
  return f.dataset.type as QuestionType;
}

/** The reader's answer to one question, read by its kind; undefined when nothing is filled in. */
export function readAnswer(f: HTMLFieldSetElement, clients: Clients): Answer | undefined {
  return clientFor({ type: typeOf(f) }, clients).read(readFields(f)) as Answer | undefined;
}

/** Shows a saved answer in the question's controls again. */
export function writeAnswer(f: HTMLFieldSetElement, answer: Answer, clients: Clients): void {
  writeFields(f, clientFor({ type: typeOf(f) }, clients).write(answer));
}
