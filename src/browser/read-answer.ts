/**
 * Reads the reader's answer out of one server-rendered question (<fieldset data-question>, see
 * src/components/quiz/Question.astro): the same rules as <lb-quiz> uses, kept as a function so the
 * review page can grade cloned questions. Undefined when nothing is filled in.
 */
import type { Answer } from '../lib/quiz/types.ts';

export function readAnswer(f: HTMLFieldSetElement): Answer | undefined {
  const type = f.dataset.type;
  const checked = (sel: string) => [...f.querySelectorAll<HTMLInputElement>(sel)].filter((i) => i.checked).map((i) => i.value);
  if (type === 'single') {
    const [choice] = checked('input[type=radio]');
    return choice ? { type: 'single', choice } : undefined;
  }
  if (type === 'multiple') {
    const choices = checked('input[type=checkbox]');
    return choices.length ? { type: 'multiple', choices } : undefined;
  }
  if (type === 'order') {
    const selects = [...f.querySelectorAll<HTMLSelectElement>('select[data-item]')];
    if (selects.some((s) => !s.value)) return undefined;
    const order = selects.sort((a, b) => Number(a.value) - Number(b.value)).map((s) => s.dataset.item!);
    return { type: 'order', order };
  }
  const text = f.querySelector('textarea')?.value ?? '';
  const revealed = f.querySelector<HTMLDetailsElement>('details[data-model]')?.open ?? false;
  const ticked = checked('input[type=checkbox]');
  return text || revealed || ticked.length ? { type: 'self', text, ticked, revealed } : undefined;
}
