/**
 * The import dialog of /progress/: reads the chosen file (lib/progress readImport), shows what it
 * would add and where it differs from this browser, lets the reader choose per difference, and
 * merges only on "Import". Never writes without that click.
 */
import { planImport, readImport, type ImportConflict, type ImportFailure, type ImportPlan } from '../lib/progress/merge.ts';
import type { ProgressState } from '../lib/progress/shape.ts';
import { plural } from '../lib/shared/plural.ts';

/** Display names of quizzes and levels by id. */
export interface Names {
  quizzes: Record<string, string>;
  levels: Record<string, string>;
}

const FAILURES: Record<ImportFailure, string> = {
  'bad-json': 'This file is not a Ladderbook progress export: it is not valid JSON.',
  'not-progress': 'This file is JSON, but not a Ladderbook progress export.',
  'future-version': 'This file was exported by a newer version of the handbook. Update this site, or import it where it was exported.',
  'wrong-shape': 'This file looks like a progress export, but its contents could not be read.',
};

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  return node;
}

const when = (ms: number) => new Date(ms).toLocaleString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });

function nameOf(names: Names, section: 'quiz' | 'assessment', id: string): string {
  return section === 'quiz' ? (names.quizzes[id] ?? id) : `Self-assessment: ${names.levels[id] ?? id}`;
}

/** What the reader confirmed: the plan with their choice for each conflict. */
export type ImportConfirm = (incoming: ProgressState, plan: ImportPlan) => void;

/**
 * Reads `text` and shows the plan in `box`; `onConfirm` runs when the reader clicks Import.
 * `current` is this browser's state when the file was read.
 */
export function showImportPlan(box: HTMLElement, text: string, current: ProgressState, names: Names, onConfirm: ImportConfirm, onCancel: () => void): void {
  box.replaceChildren();
  box.hidden = false;
  const read = readImport(text);
  if (!read.ok) {
    const p = el('p', FAILURES[read.reason]);
    p.className = 'problem';
    const close = el('button', 'Close');
    close.type = 'button';
    close.addEventListener('click', onCancel);
    box.append(p, close);
    box.focus();
    return;
  }
  const plan = planImport(current, read.state);
  const incoming = read.state;
  box.append(el('h3', 'Import this file?'));
  const summary = el('ul');
  const added = plan.added.map((a) => nameOf(names, a.section, a.id));
  if (added.length) summary.append(el('li', `New in this browser: ${added.join(', ')}.`));
  if (plan.unchanged.length) summary.append(el('li', `${plural(plan.unchanged.length, 'entry is', 'entries are')} the same on both sides.`));
  if (plan.orphaned) summary.append(el('li', `${plural(plan.orphaned, 'kept-aside answer', 'kept-aside answers')} from quizzes that changed.`));
  if (read.dropped.length) summary.append(el('li', `${plural(read.dropped.length, 'entry', 'entries')} in the file could not be read and will be skipped.`));
  if (plan.conflicts.length) summary.append(el('li', `${plural(plan.conflicts.length, 'entry differs', 'entries differ')} from what this browser holds: choose below.`));
  if (!summary.children.length) summary.append(el('li', 'The file holds nothing.'));
  box.append(summary);

  const choices = plan.conflicts.map((conflict, i) => conflictChoice(conflict, i, names));
  box.append(...choices.map((c) => c.fieldset));

  const nothing = plan.counts.added + plan.counts.orphaned + plan.counts.conflicts === 0;
  const actions = el('p');
  actions.className = 'actions';
  const go = el('button', nothing ? 'Nothing to import' : 'Import');
  go.type = 'button';
  go.className = 'primary';
  go.disabled = nothing;
  go.dataset.action = 'confirm-import';
  const cancel = el('button', 'Cancel');
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
function conflictChoice(conflict: ImportConflict, i: number, names: Names): { fieldset: HTMLFieldSetElement; keep: () => ImportConflict['keep'] } {
  const fieldset = el('fieldset');
  fieldset.append(el('legend', nameOf(names, conflict.section, conflict.id)));
  const options: [ImportConflict['keep'], string][] = [
    ['current', `Keep this browser’s (changed ${when(conflict.currentUpdatedAt)})`],
    ['incoming', `Take the file’s (changed ${when(conflict.incomingUpdatedAt)})`],
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
