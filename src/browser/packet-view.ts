/**
 * <lb-packet>: the print view of a level's promotion-packet draft. Renders the same `Packet` the
 * Markdown download is written from (lib/progress/packet), as text nodes only, and offers print and
 * download. Follows other tabs, so editing the self-assessment elsewhere updates it.
 */
import { assessmentOf } from '../lib/progress/assessment.ts';
import { adviceText, buildPacket, exampleTitle, packetFileName, packetMarkdown, type PacketLevel } from '../lib/progress/packet.ts';
import type { ProgressState } from '../lib/progress/shape.ts';
import { downloadText } from './download.ts';
import { onProgressChange, progressStore, storageNotice } from './progress-store.ts';

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

  connectedCallback(): void {
    this.level = JSON.parse(this.dataset.level ?? '{}') as PacketLevel;
    for (const node of this.querySelectorAll<HTMLElement>('[data-js-only]')) node.hidden = false;
    this.querySelector('[data-action="print"]')!.addEventListener('click', () => window.print());
    this.querySelector('[data-action="markdown"]')!.addEventListener('click', () => this.download());
    const store = progressStore();
    this.render(store.state, storageNotice(store, ''));
    onProgressChange((state) => this.render(state));
  }

  private render(state: ProgressState, notice?: string): void {
    const packet = buildPacket(assessmentOf(state, this.level.id), this.level);
    const met = this.level.signals.length - packet.notMet.length;
    const drafted = this.querySelector<HTMLElement>('[data-drafted]')!;
    drafted.textContent = `Drafted on ${new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' })} from your self-assessment in ${this.dataset.handbook}. A starting point for you and your manager: rewrite it in your own words, with names, numbers and links.${notice ? ` ${notice}` : ''}`;

    const body: Node[] = [el('h2', 'Summary'), list([{ text: `Signals met: ${met} of ${this.level.signals.length}; with evidence: ${met - packet.unevidenced.length}.` }, { text: adviceText(packet) }])];
    body.push(el('h2', 'Examples'));
    if (packet.examples.length === 0) body.push(el('p', 'None yet.', 'muted'));
    packet.examples.forEach((example, i) => {
      body.push(el('h3', `Example ${i + 1}: ${exampleTitle(example)}`));
      for (const note of example.evidence) body.push(el('blockquote', note));
      body.push(el('p', example.signals.length === 1 ? 'Shows this signal:' : `Shows these ${example.signals.length} signals:`, 'shows'), list(example.signals));
    });
    if (packet.unevidenced.length) body.push(el('h2', 'Met, evidence still to add'), list(packet.unevidenced));
    if (packet.notMet.length) body.push(el('h2', 'Not met yet'), list(packet.notMet));
    this.querySelector('[data-packet-body]')!.replaceChildren(...body);
  }

  private download(): void {
    const now = Date.now();
    const packet = buildPacket(assessmentOf(progressStore().state, this.level.id), this.level);
    downloadText(packetFileName(this.level.id, now), packetMarkdown(packet, { now, handbook: this.dataset.handbook ?? '', levelUrl: this.dataset.levelUrl }), 'text/markdown');
  }
}

if (!customElements.get('lb-packet')) customElements.define('lb-packet', LadderbookPacket);
