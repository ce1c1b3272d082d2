/**
 * The part of <lb-assessment> (assessment.ts) that carries a self-assessment across revisions of the
 * ladder: which saved entry the page shows, the marks on carried and new signals, and the list of
 * verdicts kept aside. Loaded only on level pages whose level exists in another revision, so the
 * rest keep within the level page's script budget. Worded in the page's language (the `assessment.`
 * strings). Text only (textContent), never HTML from saved data.
 */
import type { En } from '../lib/i18n/catalogues/en/index.ts';
import type { Translate } from '../lib/i18n/translator.ts';
import { carriedAssessment, type CarriedAssessment } from '../lib/progress/carry.ts';

export { carriedAssessment };

/** The strings of the marks and the list aside. */
export type CarriedTranslate = Translate<Pick<En, 'assessment.carried' | 'assessment.new' | 'assessment.asideMet' | 'assessment.asideNoted'>>;

/** Marks each signal carried or new, and lists the verdicts on signals the level does not have. */
export function paintCarried(root: HTMLElement, view: CarriedAssessment, t: CarriedTranslate): void {
  const revision = view.against ?? '';
  for (const mark of root.querySelectorAll<HTMLElement>('[data-signal] [data-mark]')) {
    const kind = view.marks[mark.closest<HTMLElement>('[data-signal]')!.dataset.signal!];
    mark.textContent = kind === 'carried' ? t('assessment.carried', { revision }) : kind === 'new' ? t('assessment.new', { revision }) : '';
    mark.dataset.mark = kind ?? '';
    mark.hidden = !kind;
  }
  const section = root.querySelector<HTMLElement>('[data-aside]');
  if (!section) return;
  section.querySelector('ul')!.replaceChildren(
    ...view.aside.map((item) => {
      const li = document.createElement('li');
      const signal = document.createElement('strong');
      signal.textContent = item.text ?? item.id;
      li.append(signal, ` ${item.met ? t('assessment.asideMet', { revision }) : t('assessment.asideNoted', { revision })}`);
      if (item.evidence.trim()) {
        const evidence = document.createElement('q');
        evidence.textContent = item.evidence;
        li.append(' ', evidence);
      }
      li.dataset.asideSignal = item.id;
      return li;
    }),
  );
  section.hidden = view.aside.length === 0;
}
