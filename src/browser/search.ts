/**
 * <lb-search>: runs Pagefind's JS API in place of the plain GET form. Pagefind (≈90 KB gzipped)
 * loads on first use only. On the /search/ page the query and filters live in the URL, so a
 * search can be shared and filters can be browsed without a query.
 */
import { strings, type GroupTranslate } from './strings.ts';
import { PRIMARY_BUNDLE, SHARDS_FILE, type ShardsManifest } from '../lib/search/shard-manifest.ts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}
interface PagefindSearch {
  results: { data(): Promise<PagefindResultData> }[];
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  mergeIndex(url: string, o?: Record<string, unknown>): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(q: string | null, o?: Record<string, unknown>): Promise<PagefindSearch>;
  debouncedSearch(q: string | null, o?: Record<string, unknown>, ms?: number): Promise<PagefindSearch | null>;
}

/** The kinds pages are filed under (SearchMeta.astro), each with its label. */
const KINDS = ['chapter', 'level', 'quiz', 'comparison', 'guide', 'part'] as const;

function kindLabel(t: GroupTranslate<'search'>, kind: string): string {
  return (KINDS as readonly string[]).includes(kind) ? t(`common.kind.${kind as (typeof KINDS)[number]}`) : kind;
}

/** The other shards of a large handbook's index, which Pagefind merges into the first (src/lib/search/shards.ts). */
async function shardsToMerge(base: string): Promise<string[]> {
  const response = await fetch(base + PRIMARY_BUNDLE + SHARDS_FILE);
  return response.ok ? ((await response.json()) as ShardsManifest).merge : [];
}

let pagefind: Promise<Pagefind> | undefined;
function loadPagefind(base: string): Promise<Pagefind> {
  // A plain variable, not a template literal in import(): see STACK.md (Astro bug #17265).
  const url = base + PRIMARY_BUNDLE + 'pagefind.js';
  const options = { baseUrl: base, excerptLength: 24 };
  pagefind ??= Promise.all([import(/* @vite-ignore */ url) as Promise<Pagefind>, shardsToMerge(base)]).then(async ([pf, shards]) => {
    await pf.options(options);
    await pf.init();
    await Promise.all(shards.map((shard) => pf.mergeIndex(base + shard, options)));
    return pf;
  });
  return pagefind;
}

class LadderbookSearch extends HTMLElement {
  private input!: HTMLInputElement;
  private selects: HTMLSelectElement[] = [];
  private status!: HTMLElement;
  private list!: HTMLOListElement;
  private readonly syncUrl = this.hasAttribute('data-sync-url');
  private started = false;
  private t!: GroupTranslate<'search'>;

  connectedCallback(): void {
    this.input = this.querySelector('input[type="search"]')!;
    this.selects = [...this.querySelectorAll<HTMLSelectElement>('select[data-filter]')];
    this.status = this.querySelector('.search-status')!;
    this.list = this.querySelector('.search-results')!;
    this.querySelector('form')!.addEventListener('submit', (e) => {
      e.preventDefault();
      void this.run(0);
    });
    this.input.addEventListener('input', () => void this.run(150));
    for (const s of this.selects) s.addEventListener('change', () => void this.run(0));
    this.input.addEventListener('focus', () => void this.start(), { once: true });
    if (this.syncUrl) {
      const params = new URLSearchParams(location.search);
      this.input.value = params.get('q') ?? '';
      for (const s of this.selects) s.dataset.wanted = params.get(s.name) ?? '';
      void this.start().then(() => this.run(0));
    }
  }

  /** Loads Pagefind and fills the filter lists from the index. */
  private async start(): Promise<Pagefind> {
    const [pf, t] = await Promise.all([loadPagefind(this.dataset.base ?? '/'), strings('search')]);
    this.t = t;
    if (!this.started) {
      this.started = true;
      const available = await pf.filters();
      const lang = document.documentElement.lang;
      for (const select of this.selects) {
        const values = Object.entries(available[select.name] ?? {})
          .map(([value, count]) => ({ value, count, label: select.name === 'kind' ? kindLabel(t, value) : value }))
          .sort((a, b) => a.label.localeCompare(b.label, lang));
        for (const { value, count, label } of values) select.add(new Option(t('search.option', { value: label, count }), value));
        if (select.dataset.wanted) select.value = select.dataset.wanted;
      }
    }
    return pf;
  }

  private async run(debounce: number): Promise<void> {
    const pf = await this.start();
    const query = this.input.value.trim();
    const filters: Record<string, string> = {};
    for (const s of this.selects) if (s.value) filters[s.name] = s.value;
    if (this.syncUrl) {
      const params = new URLSearchParams({ ...(query ? { q: query } : {}), ...filters });
      history.replaceState(null, '', `${location.pathname}${params.size ? `?${params}` : ''}`);
    }
    if (!query && !Object.keys(filters).length) {
      this.list.replaceChildren();
      this.status.textContent = '';
      return;
    }
    const search = debounce
      ? await pf.debouncedSearch(query || null, { filters }, debounce)
      : await pf.search(query || null, { filters });
    if (!search) return; // superseded by a newer keystroke
    const rows = await Promise.all(search.results.slice(0, 20).map((r) => r.data()));
    this.list.replaceChildren(...rows.map((row) => this.renderRow(row, Boolean(query))));
    const n = search.results.length;
    this.status.textContent = n === 0 ? this.t('search.none') : n > rows.length ? this.t('search.resultsFirst', { count: n, shown: rows.length }) : this.t('search.results', { count: n });
  }

  private renderRow(row: PagefindResultData, withExcerpt: boolean): HTMLLIElement {
    const li = document.createElement('li');
    const kind = row.filters.kind?.[0];
    const link = document.createElement('a');
    link.href = row.url;
    link.textContent = row.meta.title ?? row.url;
    li.append(link);
    if (kind) {
      const badge = document.createElement('span');
      badge.className = 'badge';
      badge.textContent = kindLabel(this.t, kind);
      li.append(' ', badge);
    }
    const p = document.createElement('p');
    // Pagefind's excerpt is text from our own pages with <mark> around the matched words.
    if (withExcerpt) p.innerHTML = row.excerpt;
    else p.textContent = row.meta.description ?? '';
    li.append(p);
    return li;
  }
}

if (!customElements.get('lb-search')) customElements.define('lb-search', LadderbookSearch);

export {};
