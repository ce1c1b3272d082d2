/**
 * <lb-packet>: the print view of a level's promotion-packet draft. Renders the same `Packet` the
 * Markdown download is written from (lib/progress/packet), as text nodes only, and offers print and
 * download, both in the page's language (`strings('assessment')`). Follows other tabs, so editing the
 * self-assessment elsewhere updates it.
 */
import { assessmentOf } from '../lib/progress/assessment.ts';
import { adviceText, buildPacket, exampleTitle, packetFileName, packetMarkdown, type PacketLevel } from '../lib/progress/packet.ts';
import type { ProgressState } from '../lib/progress/shape.ts';
import { downloadText } from './download.ts';
import { onProgressChange, progressStore, storageNotice } from './progress-store.ts';
import { strings, type GroupTranslate } from './strings.ts';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function list(items: readonly { text: string }[]): HTMLUListElement {
  const ul = el('ul');
  ul.append(...items.map((s) => el('li', s.text)));
  return ul;
}

export class LadderbookPacket extends HTMLElement {
  private level!: PacketLevel;
  private t!: GroupTranslate<'assessment'>;

  connectedCallback(): void {
    this.level = JSON.parse(this.dataset.level ?? '{}') as PacketLevel;
    void strings('assessment').then((t) => {
      this.t = t;
      for (const node of this.querySelectorAll<HTMLElement>('[data-js-only]')) node.hidden = false;
      this.querySelector('[data-action="print"]')!.addEventListener('click', () => window.print());
      this.querySelector('[data-action="markdown"]')!.addEventListener('click', () => this.download());
      const store = progressStore();
      this.render(store.state, storageNotice(store, t, ''));
      onProgressChange((state) => this.render(state));
    });
  }

  private render(state: ProgressState, notice?: string): void {
    const { t } = this;
    const packet = buildPacket(assessmentOf(state, this.level.id), this.level);
    const met = this.level.signals.length - packet.notMet.length;
    const date = new Date().toLocaleDateString(document.documentElement.lang, { day: 'numeric', month: 'long', year: 'numeric' });
    const drafted = [t('assessment.packet.drafted', { date, handbook: this.dataset.handbook ?? '' }), t('assessment.packet.startingPoint'), notice];
    this.querySelector<HTMLElement>('[data-drafted]')!.textContent = drafted.filter(Boolean).join(' ');

    const body: Node[] = [
      el('h2', t('assessment.packet.summary')),
      list([{ text: t('assessment.packet.signalsMet', { met, total: this.level.signals.length, evidenced: met - packet.unevidenced.length }) }, { text: adviceText(packet, t) }]),
    ];
    body.push(el('h2', t('assessment.packet.examples')));
    if (packet.examples.length === 0) body.push(el('p', t('assessment.packet.noExamples'), 'muted'));
    packet.examples.forEach((example, i) => {
      body.push(el('h3', t('assessment.packet.example', { number: i + 1, title: exampleTitle(example) })));
      for (const note of example.evidence) body.push(el('blockquote', note));
      body.push(el('p', t('assessment.packet.shows', { count: example.signals.length }), 'shows'), list(example.signals));
    });
    if (packet.unevidenced.length) body.push(el('h2', t('assessment.packet.unevidenced')), list(packet.unevidenced));
    if (packet.notMet.length) body.push(el('h2', t('assessment.packet.notMet')), list(packet.notMet));
    this.querySelector('[data-packet-body]')!.replaceChildren(...body);
  }

  private download(): void {
    const now = Date.now();
    const packet = buildPacket(assessmentOf(progressStore().state, this.level.id), this.level);
    const markdown = packetMarkdown(packet, { now, handbook: this.dataset.handbook ?? '', levelUrl: this.dataset.levelUrl, t: this.t });
    downloadText(packetFileName(this.level.id, now), markdown, 'text/markdown');
  }
}

if (!customElements.get('lb-packet')) customElements.define('lb-packet', LadderbookPacket);
