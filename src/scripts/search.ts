/**
 * `<gk-search>`: runs the query in the page's `?q=` against the Pagefind index and shows the results, facets
 * and sort. All state lives in the URL (q, sort, channel, year, issuer, validity, n), so a result page can be
 * shared, reloaded and reached with Back. What a query asks of the index is decided in src/lib/search/query.ts;
 * this file only runs it and draws the page. Text from the index is set with textContent, never as HTML.
 */
import { excerpt } from '../lib/search/excerpt.ts';
import { exactQuery, looseQuery, planQuery, type QueryPlan } from '../lib/search/query.ts';
import { decodeDisplay, INDEX_LANGUAGE, type SearchDisplay } from '../lib/search/record.ts';
import { MARK, normalizeSearchText } from '../lib/search/tokens.ts';

/** The part of Pagefind's JS API we use. */
interface Pagefind {
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(term: string, options?: { filters?: Record<string, string>; sort?: Record<string, string> }): Promise<PagefindResponse>;
}
interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<{ url: string; meta: Record<string, string>; filters: Record<string, string[]> }>;
}
interface PagefindResponse {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
}

const FACETS = ['channel', 'year', 'issuer', 'validity'] as const;
type Facet = (typeof FACETS)[number];
const PAGE = 10;

interface State {
  q: string;
  sort: 'relevance' | 'date';
  filters: Partial<Record<Facet, string>>;
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

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m));
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

/** What a search found: ids in display order, which of them match every part exactly, and the facet counts. */
interface Outcome {
  results: PagefindResult[];
  exact: Set<string>;
  counts: Record<string, Record<string, number>>;
  /** Words found nowhere (then there are no results). */
  missing: string[];
  /** The words the partial group asked for. */
  words: string[];
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
    return fill(this.#strings.get(key) ?? key, values);
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
      const pagefind = await this.#load();
      const outcome = await search(pagefind, planQuery(state.q), state);
      if (run !== this.#run) return;
      await this.#draw(state, outcome);
    } catch (error) {
      if (run !== this.#run) return;
      console.error(error);
      this.#status.textContent = this.#t('failed');
      this.#body.replaceChildren();
    }
  }

  async #draw(state: State, outcome: Outcome): Promise<void> {
    const { exact } = outcome;
    if (outcome.results.length === 0) {
      this.#body.replaceChildren(this.#facets(state, outcome));
      this.#status.textContent = [this.#t('none', { q: state.q }), ...outcome.missing.map((word) => this.#t('missing', { word }))].join(' ');
      return;
    }
    const results = state.sort === 'relevance' ? await titlesFirst(outcome, state.q) : outcome.results;
    const shown = results.slice(0, state.shown);
    const items = await Promise.all(shown.map((r) => r.data().then((data) => ({ r, data, display: decodeDisplay(data.meta['d']) }))));
    const exactItems = items.filter((i) => exact.has(i.r.id));
    const partialItems = items.filter((i) => !exact.has(i.r.id));
    const exactTotal = results.filter((r) => exact.has(r.id)).length;
    const sections: HTMLElement[] = [];
    const group = (heading: string | undefined, list: typeof items) => {
      if (list.length === 0) return;
      const ol = el('ol', { className: 'search-results' }, ...list.map((i) => this.#result(i.data.url, i.display, i.data.filters, state)));
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

  #facets(state: State, outcome: Outcome): HTMLElement {
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

  #result(url: string, display: SearchDisplay | undefined, filters: Record<string, string[]>, state: State): HTMLElement {
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
        const pieces = excerpt(page, planTerms(state.q));
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

/**
 * Among the best-ranked exact results, pages whose title has every part as written come first: the notice
 * that issued 《城乡社区综合服务站管理暂行办法》 before a later one that cites it. Looks at the first 20 only,
 * whose records are loaded for display anyway.
 */
async function titlesFirst(outcome: Outcome, q: string): Promise<PagefindResult[]> {
  const top = outcome.results.slice(0, 20).filter((r) => outcome.exact.has(r.id));
  const parts = planQuery(q).parts.map((p) => flat(p.text));
  const inTitle = new Set<string>();
  await Promise.all(
    top.map(async (r) => {
      const title = flat(decodeDisplay((await r.data()).meta['d'])?.title['zh-Hans'] ?? '');
      if (parts.every((p) => title.includes(p))) inTitle.add(r.id);
    }),
  );
  if (inTitle.size === 0) return outcome.results;
  return [...outcome.results.filter((r) => inTitle.has(r.id)), ...outcome.results.filter((r) => !inTitle.has(r.id))];
}

/** Text as titles are compared: normalized, letters and digits only. */
function flat(text: string): string {
  return [...normalizeSearchText(text)].filter((c) => /[\p{L}\p{N}]/u.test(c)).join('');
}

/** The strings to mark in excerpts: each part as typed, and each word of it. */
function planTerms(q: string): string[] {
  const plan = planQuery(q);
  return plan.parts.flatMap((p) => (p.kind === 'number' ? [p.text] : [p.text, ...p.words.map((w) => w.text)]));
}

async function ids(pagefind: Pagefind, term: string): Promise<Set<string>> {
  return new Set((await pagefind.search(term)).results.map((r) => r.id));
}

function intersect(a: Set<string>, b: Set<string>): Set<string> {
  return new Set([...a].filter((x) => b.has(x)));
}

/**
 * Runs a plan: each part exactly (a number tries its readings, most specific first), each word of the
 * partial group for existence, then one Pagefind search that carries the filters, the sort and the counts.
 */
async function search(pagefind: Pagefind, planned: QueryPlan, state: State): Promise<Outcome> {
  const plan = await resolveReadings(pagefind, planned);
  const filters = Object.fromEntries(Object.entries(state.filters)) as Record<string, string>;
  const sort = state.sort === 'date' ? { date: 'desc' } : {};
  const missing: string[] = [];
  const words: string[] = [];
  let exact: Set<string> | undefined;
  const exactTerms: string[] = [];
  const chosen = new Map<number, string>();
  for (const [k, part] of plan.parts.entries()) {
    let set: Set<string> = new Set();
    if (part.kind === 'number') {
      for (const token of part.tokens) {
        set = await ids(pagefind, `"${token}"`);
        if (set.size > 0) {
          chosen.set(k, token);
          exactTerms.push(`"${token}"`);
          break;
        }
      }
      if (set.size === 0) {
        // Not a 发文字号 on this site: read it as the text it is (京0105民初20187号).
        const q = exactQuery(part.phrase);
        if (q.exact) set = await ids(pagefind, q.exact);
        if (set.size > 0 && q.exact) {
          chosen.set(k, part.phrase.tokens.join(' '));
          exactTerms.push(q.exact);
        } else missing.push(part.text);
      }
    } else {
      const q = exactQuery(part.phrase);
      if (q.exact) set = await ids(pagefind, q.exact);
      if (q.prefix) set = q.exact ? intersect(set, await ids(pagefind, q.prefix)) : await ids(pagefind, q.prefix);
      if (q.exact) exactTerms.push(q.exact);
      else if (q.prefix) exactTerms.push(q.prefix);
      words.push(...part.words.map((w) => w.text));
    }
    exact = exact ? intersect(exact, set) : set;
  }
  exact ??= new Set();
  const partial = plan.parts.length > 1 || plan.parts.some((p) => p.kind === 'phrase' && (p.words.length > 1 || p.phrase.trailingChar));

  if (!partial) {
    // One exact part: Pagefind's exact search is the result set (with filters, sort and true counts);
    // its ranking comes from the same tokens searched loosely (BM25 with the title boost).
    const term = exactTerms[0];
    if (!term || exact.size === 0) return { results: [], exact, counts: {}, missing, words };
    const [found, ranked] = await Promise.all([pagefind.search(term, { filters, sort }), state.sort === 'date' ? undefined : pagefind.search(term.replace(/"/g, ''), { filters })]);
    const order = new Map(ranked?.results.map((r, i) => [r.id, i]));
    const results = ranked ? [...found.results].sort((a, b) => (order.get(a.id) ?? 1e9) - (order.get(b.id) ?? 1e9)) : found.results;
    return { results, exact, counts: await facetCounts(pagefind, term, state, found), missing, words };
  }

  // Every word must be somewhere, or nothing is shown (and the reader is told which word). When the parts were
  // found exactly, every word is somewhere, and the look-ups are skipped.
  for (const part of exact.size > 0 ? [] : plan.parts) {
    if (part.kind !== 'phrase') continue;
    for (const w of part.words) {
      const q = exactQuery(w.phrase);
      const found = q.exact ? await ids(pagefind, q.exact) : await ids(pagefind, q.prefix ?? '');
      if (found.size === 0) missing.push(w.text);
    }
  }
  if (missing.length > 0) return { results: [], exact, counts: {}, missing, words };
  const numberTokens = [...chosen.values()];
  const loose = [looseQuery({ ...plan, parts: plan.parts.filter((p) => p.kind === 'phrase') }), ...numberTokens].filter(Boolean).join(' ');
  const found = await pagefind.search(loose, { filters, sort });
  const results = [...found.results.filter((r) => exact.has(r.id)), ...found.results.filter((r) => !exact.has(r.id))];
  return { results, exact, counts: await facetCounts(pagefind, loose, state, found), missing, words };
}

/**
 * A number typed apart from the characters before it (`社会救助 2018 7号`) is read as a 发文字号 with those characters
 * as its 机关代字 when such a number exists; otherwise as the phrase and the year-and-serial number.
 */
async function resolveReadings(pagefind: Pagefind, plan: QueryPlan): Promise<QueryPlan> {
  const parts: QueryPlan['parts'] = [];
  for (const part of plan.parts) {
    if (part.kind !== 'number' || !part.fallback) {
      parts.push(part);
      continue;
    }
    let agency = false;
    for (const token of part.tokens.filter((t) => t.startsWith(`${MARK}h`))) if ((await ids(pagefind, `"${token}"`)).size > 0) agency = true;
    parts.push(...(agency ? [part] : part.fallback));
  }
  return { parts, hasPartial: plan.hasPartial || parts.length > plan.parts.length };
}

/**
 * Counts per facet value. A facet that is narrowed shows the counts it would have without its own choice
 * (so the reader sees the other values to switch to); the others show counts within the current choice.
 */
async function facetCounts(pagefind: Pagefind, term: string, state: State, found: PagefindResponse): Promise<Record<string, Record<string, number>>> {
  const counts: Record<string, Record<string, number>> = { ...found.filters };
  for (const facet of FACETS) {
    if (!state.filters[facet]) continue;
    const others = Object.fromEntries(Object.entries(state.filters).filter(([k]) => k !== facet)) as Record<string, string>;
    const wider = await pagefind.search(term, { filters: others });
    counts[facet] = wider.filters[facet] ?? {};
  }
  return counts;
}

if (!customElements.get('gk-search')) customElements.define('gk-search', SearchPage);
