/**
 * The import dialog of /progress/: reads the chosen file (lib/progress readImport), shows what it
 * would add and where it differs from this browser, lets the reader choose per difference, and
 * merges only on "Import". Never writes without that click. Worded in the page's language (the
 * `progress.` strings; dates by `Intl`).
 */
import { planImport, readImport, type ImportConflict, type ImportFailure, type ImportPlan } from '../lib/progress/merge.ts';
import type { ProgressState } from '../lib/progress/shape.ts';
import type { GroupTranslate } from './strings.ts';

type T = GroupTranslate<'progress'>;

/** Display names of quizzes and levels by id. */
export interface Names {
  quizzes: Record<string, string>;
  levels: Record<string, string>;
}

const FAILURES = {
  'bad-json': 'progress.import.badJson',
  'not-progress': 'progress.import.notProgress',
  'future-version': 'progress.import.futureVersion',
  'wrong-shape': 'progress.import.wrongShape',
} as const satisfies Record<ImportFailure, string>;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  return node;
}

/** A moment as the page's language writes it: "5 Jan 2026, 09:00". */
const when = (ms: number) =>
  new Date(ms).toLocaleString(document.documentElement.lang, { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });

function nameOf(names: Names, section: 'quiz' | 'assessment', id: string, t: T): string {
  return section === 'quiz' ? (names.quizzes[id] ?? id) : t('progress.import.assessment', { level: names.levels[id] ?? id });
}

/** What the reader confirmed: the plan with their choice for each conflict. */
export type ImportConfirm = (incoming: ProgressState, plan: ImportPlan) => void;

/**
 * Reads `text` and shows the plan in `box`; `onConfirm` runs when the reader clicks Import.
 * `current` is this browser's state when the file was read.
 */
export function showImportPlan(box: HTMLElement, text: string, current: ProgressState, names: Names, t: T, onConfirm: ImportConfirm, onCancel: () => void): void {
  box.replaceChildren();
  box.hidden = false;
  const read = readImport(text);
  if (!read.ok) {
    const p = el('p', t(FAILURES[read.reason]));
    p.className = 'problem';
    const close = el('button', t('progress.import.close'));
    close.type = 'button';
    close.addEventListener('click', onCancel);
    box.append(p, close);
    box.focus();
    return;
  }
  const plan = planImport(current, read.state);
  const incoming = read.state;
  box.append(el('h3', t('progress.import.title')));
  const summary = el('ul');
  const added = plan.added.map((a) => nameOf(names, a.section, a.id, t));
  const list = new Intl.ListFormat(document.documentElement.lang, { type: 'unit', style: 'short' });
  if (added.length) summary.append(el('li', t('progress.import.added', { list: list.format(added) })));
  if (plan.unchanged.length) summary.append(el('li', t('progress.import.unchanged', { count: plan.unchanged.length })));
  if (plan.orphaned) summary.append(el('li', t('progress.import.orphaned', { count: plan.orphaned })));
  if (read.dropped.length) summary.append(el('li', t('progress.import.dropped', { count: read.dropped.length })));
  if (plan.conflicts.length) summary.append(el('li', t('progress.import.conflicts', { count: plan.conflicts.length })));
  if (!summary.children.length) summary.append(el('li', t('progress.import.empty')));
  box.append(summary);

  const choices = plan.conflicts.map((conflict, i) => conflictChoice(conflict, i, names, t));
  box.append(...choices.map((c) => c.fieldset));

  const nothing = plan.counts.added + plan.counts.orphaned + plan.counts.conflicts === 0;
  const actions = el('p');
  actions.className = 'actions';
  const go = el('button', nothing ? t('progress.import.nothing') : t('progress.import.confirm'));
  go.type = 'button';
  go.className = 'primary';
  go.disabled = nothing;
  go.dataset.action = 'confirm-import';
  const cancel = el('button', t('progress.import.cancel'));
  cancel.type = 'button';
  actions.append(go, cancel);
  box.append(actions);
  go.addEventListener('click', () => {
    const chosen: ImportPlan = { ...plan, conflicts: plan.conflicts.map((c, i) => ({ ...c, keep: choices[i]!.keep() })) };
    onConfirm(incoming, chosen);
  });
  cancel.addEventListener('click', onCancel);
  box.focus();
}

/** A fieldset asking which side of one conflict to keep (the plan's default preselected). */
function conflictChoice(conflict: ImportConflict, i: number, names: Names, t: T): { fieldset: HTMLFieldSetElement; keep: () => ImportConflict['keep'] } {
  const fieldset = el('fieldset');
  fieldset.append(el('legend', nameOf(names, conflict.section, conflict.id, t)));
  const options: [ImportConflict['keep'], string][] = [
    ['current', t('progress.import.keepCurrent', { date: when(conflict.currentUpdatedAt) })],
    ['incoming', t('progress.import.takeIncoming', { date: when(conflict.incomingUpdatedAt) })],
  ];
  const inputs = options.map(([value, text]) => {
    const label = el('label');
    const input = el('input');
    input.type = 'radio';
    input.name = `conflict-${i}`;
    input.value = value;
    input.checked = conflict.keep === value;
    label.append(input, text);
    fieldset.append(label);
    return input;
  });
  return { fieldset, keep: () => (inputs.find((input) => input.checked)?.value as ImportConflict['keep']) ?? conflict.keep };
}
