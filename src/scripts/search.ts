/**
 * `<gk-search>`: runs the query in the page's `?q=` against the Pagefind index and shows the results, facets
 * and sort. All state lives in the URL (q, sort, channel, year, issuer, validity, n), so a result page can be
 * shared, reloaded and reached with Back. What a query asks of the index is planned in src/lib/search/query.ts
 * and run in src/lib/search/run.ts; this file loads Pagefind and draws the page. Text from the index is set with
 * textContent, never as HTML.
 */
import { excerpt } from '../lib/search/excerpt.ts';
import { decodeDisplay, INDEX_LANGUAGE, type SearchDisplay } from '../lib/search/record.ts';
import { FACETS, runSearch, type SearchIndex, type SearchOutcome, type SearchRequest } from '../lib/search/run.ts';
import { format } from '../lib/ui.ts';

/** Pagefind's JS API: what a search needs, and what loading it needs. */
interface Pagefind extends SearchIndex {
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

const PAGE = 10;

interface State extends SearchRequest {
  /** How many results are listed (the 更多 link adds a page). */
  shown: number;
}

function readState(url: URL): State {
  const p = url.searchParams;
  const filters: State['filters'] = {};
  for (const f of FACETS) {
    const v = p.get(f);
    if (v) filters[f] = v;
  }
  const n = Number(p.get('n'));
  return {
    q: (p.get('q') ?? '').slice(0, 100),
    sort: p.get('sort') === 'date' ? 'date' : 'relevance',
    filters,
    shown: Number.isInteger(n) && n > PAGE ? Math.min(n, 500) : PAGE,
  };
}

function stateUrl(state: State): string {
  const p = new URLSearchParams();
  p.set('q', state.q);
  if (state.sort === 'date') p.set('sort', 'date');
  for (const f of FACETS) if (state.filters[f]) p.set(f, state.filters[f] as string);
  if (state.shown > PAGE) p.set('n', String(state.shown));
  return `?${p}`;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

class SearchPage extends HTMLElement {
  #pagefind?: Promise<Pagefind>;
  #strings = new Map<string, string>();
  #labels = new Map<string, string>();
  #status = el('p', { className: 'search-status' });
  #body = el('div', { className: 'search-body' });
  #run = 0;
  #excerpts = new Map<string, Promise<string>>();
  #pending = new WeakMap<Element, () => Promise<void>>();
  #observer = new IntersectionObserver((entries) => {
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      this.#observer.unobserve(entry.target);
      void this.#pending.get(entry.target)?.();
    }
  }, { rootMargin: '200px' });

  connectedCallback(): void {
    for (const span of this.querySelectorAll<HTMLElement>('template[data-strings]')) {
      for (const s of (span as unknown as HTMLTemplateElement).content.querySelectorAll<HTMLElement>('[data-key]')) this.#strings.set(s.dataset['key'] ?? '', s.textContent ?? '');
    }
    const facets = this.querySelector<HTMLTemplateElement>('template[data-facets]');
    for (const s of facets?.content.querySelectorAll<HTMLElement>('[data-facet]') ?? []) {
      const key = 'label' in s.dataset ? `${s.dataset['facet']}` : `${s.dataset['facet']}:${s.dataset['value']}`;
      this.#labels.set(key, s.textContent ?? '');
    }
    this.#status.setAttribute('role', 'status');
    this.append(this.#status, this.#body);
    addEventListener('popstate', () => void this.show());
    this.addEventListener('click', (event) => {
      const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-state]');
      if (!link || event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
      event.preventDefault();
      history.pushState(null, '', link.href);
      void this.show();
    });
    void this.show();
  }

  #t(key: string, values: Record<string, string | number> = {}): string {
    return format(this.#strings.get(key) ?? key, values);
  }

  #label(facet: string, value: string): string {
    if (facet === 'year') return this.#t('year', { year: value });
    return this.#labels.get(`${facet}:${value}`) ?? value;
  }

  #load(): Promise<Pagefind> {
    this.#pagefind ??= (async () => {
      const bundle = this.dataset['bundle'] ?? '/pagefind/';
      const module = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as { createInstance(options: Record<string, unknown>): Pagefind };
      // Pagefind takes the query's language from <html lang> when the instance is made, and would cut a zh
      // query with its own word segmenter, breaking our tokens apart. The index's language is `und`, so the
      // instance is made under that language; the page's own lang is back before anything can render or read it.
      const root = document.documentElement;
      const lang = root.getAttribute('lang');
      root.setAttribute('lang', INDEX_LANGUAGE);
      let pagefind: Pagefind;
      try {
        pagefind = module.createInstance({ basePath: bundle, noWorker: true });
      } finally {
        if (lang === null) root.removeAttribute('lang');
        else root.setAttribute('lang', lang);
      }
      await pagefind.init();
      // Loads every facet's filter index, so each search can count results per facet value.
      await pagefind.filters();
      return pagefind;
    })();
    return this.#pagefind;
  }

  async show(): Promise<void> {
    const run = ++this.#run;
    const state = readState(new URL(location.href));
    for (const input of document.querySelectorAll<HTMLInputElement>('input[name="q"]')) input.value = state.q;
    if (!state.q.trim()) {
      this.#status.textContent = '';
      this.#body.replaceChildren();
      return;
    }
    document.title = `${state.q} - ${document.title.replace(/^.* - (?=.* - )/, '')}`;
    this.#status.textContent = this.#t('loading');
    try {
      const outcome = await runSearch(await this.#load(), state);
      if (run !== this.#run) return;
      await this.#draw(state, outcome);
    } catch (error) {
      if (run !== this.#run) return;
      console.error(error);
      this.#status.textContent = this.#t('failed');
      this.#body.replaceChildren();
    }
  }

  async #draw(state: State, outcome: SearchOutcome): Promise<void> {
    const { exact } = outcome;
    if (outcome.results.length === 0) {
      this.#body.replaceChildren(this.#facets(state, outcome));
      this.#status.textContent = [this.#t('none', { q: state.q }), ...outcome.missing.map((word) => this.#t('missing', { word }))].join(' ');
      return;
    }
    const { results } = outcome;
    const shown = results.slice(0, state.shown);
    const items = await Promise.all(shown.map((r) => r.data().then((data) => ({ r, data, display: decodeDisplay(data.meta['d']) }))));
    const exactItems = items.filter((i) => exact.has(i.r.id));
    const partialItems = items.filter((i) => !exact.has(i.r.id));
    const exactTotal = results.filter((r) => exact.has(r.id)).length;
    const sections: HTMLElement[] = [];
    const group = (heading: string | undefined, list: typeof items) => {
      if (list.length === 0) return;
      const ol = el('ol', { className: 'search-results' }, ...list.map((i) => this.#result(i.data.url, i.display, i.data.filters, outcome.terms)));
      sections.push(heading ? el('section', { className: 'search-group' }, el('h2', { className: 'search-group-title' }, heading), ol) : ol);
    };
    const grouped = results.length > exactTotal;
    group(grouped && exactItems.length ? this.#t('exact', { q: state.q, n: exactTotal }) : undefined, exactItems);
    group(grouped ? this.#t('partial', { words: outcome.words.join(' '), n: results.length - exactTotal }) : undefined, partialItems);
    const list = el('div', { className: 'search-list' }, el('h2', { className: 'sr-only' }, this.#t('results')), this.#sortLinks(state), ...sections);
    if (results.length > shown.length) {
      const more = el('a', { className: 'search-more', href: stateUrl({ ...state, shown: state.shown + PAGE }) }, this.#t('more'));
      more.dataset['state'] = 'more';
      list.append(el('p', {}, more));
    }
    this.#body.replaceChildren(this.#facets(state, outcome), list);
    // Announced once the results are on the page.
    this.#status.textContent = this.#t('count', { n: results.length });
  }

  #sortLinks(state: State): HTMLElement {
    const link = (sort: State['sort'], text: string) => {
      const a = el('a', { href: stateUrl({ ...state, sort, shown: PAGE }) }, text);
      a.dataset['state'] = 'sort';
      if (state.sort === sort) a.setAttribute('aria-current', 'true');
      return el('li', {}, a);
    };
    return el('nav', { className: 'search-sort', ariaLabel: this.#t('sortBy') }, el('span', {}, `${this.#t('sortBy')}：`), el('ul', {}, link('relevance', this.#t('relevance')), link('date', this.#t('date'))));
  }

  #facets(state: State, outcome: SearchOutcome): HTMLElement {
    const nav = el('nav', { className: 'search-facets', ariaLabel: this.#t('refine') }, el('h2', { className: 'search-facets-title' }, this.#t('refine')));
    for (const facet of FACETS) {
      const counts = outcome.counts[facet] ?? {};
      const values = Object.entries(counts).filter(([, n]) => n > 0);
      if (values.length === 0 && !state.filters[facet]) continue;
      values.sort((a, b) => (facet === 'year' ? b[0].localeCompare(a[0]) : b[1] - a[1] || a[0].localeCompare(b[0], 'zh')));
      const link = (value: string | undefined, text: string) => {
        const filters = { ...state.filters };
        if (value) filters[facet] = value;
        else delete filters[facet];
        const a = el('a', { href: stateUrl({ ...state, filters, shown: PAGE }) }, text);
        a.dataset['state'] = 'facet';
        if (state.filters[facet] === value) a.setAttribute('aria-current', 'true');
        return el('li', {}, a);
      };
      const label = this.#labels.get(facet) ?? facet;
      nav.append(
        el('h3', {}, label),
        el('ul', {}, link(undefined, this.#t('all')), ...values.map(([value, n]) => link(value, `${this.#label(facet, value)}（${n}）`))),
      );
    }
    return nav;
  }

  #result(url: string, display: SearchDisplay | undefined, filters: Record<string, string[]>, terms: string[]): HTMLElement {
    const script = (this.dataset['script'] ?? 'zh-Hans') as 'zh-Hans' | 'zh-Hant';
    const href = `${this.dataset['root'] ?? '/'}${url.replace(/^\//, '')}`;
    const title = display?.title[script] ?? url;
    const meta = el('p', { className: 'result-meta' });
    const bits: string[] = [];
    if (display?.date) bits.push(display.date);
    const channel = filters['channel']?.[0];
    if (channel) bits.push(this.#label('channel', channel));
    if (display?.documentNumber) bits.push(`${this.#t('documentNumber')}：${display.documentNumber[script]}`);
    if (display?.issuer) bits.push(`${this.#t('issuer')}：${display.issuer[script]}`);
    const validity = filters['validity']?.[0];
    if (validity && validity !== '有效') bits.push(`${this.#t('validity')}：${this.#label('validity', validity)}`);
    meta.textContent = bits.join('　');
    const text = el('p', { className: 'result-excerpt' });
    // The excerpt is cut from the result's own page, fetched when the result comes into view.
    this.#pending.set(text, () =>
      this.#excerpt(href).then((page) => {
        const pieces = excerpt(page, terms);
        text.replaceChildren(...pieces.map((p) => (p.mark ? el('mark', {}, p.text) : document.createTextNode(p.text))));
      }),
    );
    this.#observer.observe(text);
    return el('li', { className: 'search-result' }, el('h3', {}, el('a', { href }, title)), meta, text);
  }

  /** The body text of a result's page, in this page's script (the page itself is the one source of it). */
  #excerpt(href: string): Promise<string> {
    let text = this.#excerpts.get(href);
    if (!text) {
      text = fetch(href)
        .then((r) => (r.ok ? r.text() : ''))
        .then((html) => {
          const doc = new DOMParser().parseFromString(html, 'text/html');
          return (doc.querySelector('.prose')?.textContent ?? '').replace(/\s+/g, ' ').trim();
        })
        .catch(() => '');
      this.#excerpts.set(href, text);
    }
    return text;
  }
}

if (!customElements.get('gk-search')) customElements.define('gk-search', SearchPage);
