/**
 * Runs a query plan (`query.ts`) against a Pagefind index and decides what the reader sees: which pages,
 * which of them match every part exactly, the facet counts, and which words were found nowhere. Pure: it
 * talks to the index through the small `SearchIndex` interface (Pagefind's JS API in the browser, a fake
 * index in the unit tests), so every rule here is tested without a browser.
 *
 * Pagefind's non-exact search drops a term that matches nothing and answers the rest; that search is only
 * ever run here after every one of its terms has been found (exactly) somewhere.
 */
import { exactQuery, hasPartialGroup, looseQuery, planQuery, type QueryPlan } from './query.ts';
import { decodeDisplay } from './record.ts';
import { comparable } from './excerpt.ts';
import { MARK } from './tokens.ts';

/** One result as Pagefind gives it. */
export interface SearchHit {
  id: string;
  score: number;
  data(): Promise<{ url: string; meta: Record<string, string>; filters: Record<string, string[]> }>;
}

/** A Pagefind answer: results in Pagefind's order, and counts per filter value among them. */
export interface SearchAnswer {
  results: SearchHit[];
  filters: Record<string, Record<string, number>>;
}

/** The part of Pagefind's JS API a search needs. */
export interface SearchIndex {
  search(term: string, options?: { filters?: Record<string, string>; sort?: Record<string, string> }): Promise<SearchAnswer>;
}

export const FACETS = ['channel', 'year', 'issuer', 'validity'] as const;
export type Facet = (typeof FACETS)[number];

/** What the reader asked for, as the search page's URL says it. */
export interface SearchRequest {
  q: string;
  sort: 'relevance' | 'date';
  filters: Partial<Record<Facet, string>>;
}

/** What a search found. */
export interface SearchOutcome {
  /** In display order: exact results first, then partial ones. */
  results: SearchHit[];
  /** Ids of the results that have every part as written. */
  exact: Set<string>;
  counts: Record<string, Record<string, number>>;
  /** Words found nowhere (then there are no results). */
  missing: string[];
  /** The words the partial group asked for. */
  words: string[];
  /** The strings to mark in excerpts: each part as typed, and each word of it. */
  terms: string[];
}

async function ids(index: SearchIndex, term: string): Promise<Set<string>> {
  return new Set((await index.search(term)).results.map((r) => r.id));
}

function intersect(a: Set<string>, b: Set<string>): Set<string> {
  return new Set([...a].filter((x) => b.has(x)));
}

/**
 * Runs a query: each part exactly (a number tries its readings, most specific first), each word of the
 * partial group for existence, then one Pagefind search that carries the filters, the sort and the counts.
 * By relevance, exact results whose title holds the query come first.
 */
export async function runSearch(index: SearchIndex, request: SearchRequest, planned: QueryPlan = planQuery(request.q)): Promise<SearchOutcome> {
  const plan = await resolveReadings(index, planned);
  const filters = Object.fromEntries(Object.entries(request.filters)) as Record<string, string>;
  const sort = request.sort === 'date' ? { date: 'desc' } : {};
  const terms = plan.parts.flatMap((p) => (p.kind === 'number' ? [p.text] : [p.text, ...p.words.map((w) => w.text)]));
  const words = plan.parts.flatMap((p) => (p.kind === 'phrase' ? p.words.map((w) => w.text) : []));
  const missing: string[] = [];
  const none = (): SearchOutcome => ({ results: [], exact: new Set(), counts: {}, missing, words, terms });
  let exact: Set<string> | undefined;
  const exactTerms: string[] = [];
  const numberTerms: string[] = [];
  for (const part of plan.parts) {
    let set: Set<string> = new Set();
    if (part.kind === 'number') {
      // Readings, most specific first: the 发文字号 with its 机关代字 (or a tail of it); then, when characters were
      // typed before the year, the text as typed (京0105民初20187号 is no 发文字号) before the year and serial alone;
      // for `2018 7号`, the year and serial before the text.
      const phrase = exactQuery(part.phrase).exact;
      const agency = part.tokens.filter((t) => t.startsWith(`${MARK}h`)).map((t) => ({ exact: `"${t}"`, term: t }));
      const asText = phrase ? [{ exact: phrase, term: part.phrase.tokens.join(' ') }] : [];
      const yearSerial = part.tokens.filter((t) => t.startsWith(`${MARK}n`)).map((t) => ({ exact: `"${t}"`, term: t }));
      const readings = agency.length > 0 ? [...agency, ...asText, ...yearSerial] : [...yearSerial, ...asText];
      for (const reading of readings) {
        set = await ids(index, reading.exact);
        if (set.size > 0) {
          numberTerms.push(reading.term);
          exactTerms.push(reading.exact);
          break;
        }
      }
      if (set.size === 0) missing.push(part.text);
    } else {
      const q = exactQuery(part.phrase);
      if (q.exact) set = await ids(index, q.exact);
      if (q.prefix) set = q.exact ? intersect(set, await ids(index, q.prefix)) : await ids(index, q.prefix);
      exactTerms.push(q.exact ?? q.prefix ?? '');
    }
    exact = exact ? intersect(exact, set) : set;
  }
  exact ??= new Set();

  if (!plan.hasPartial) {
    // One exact part: Pagefind's exact search is the result set (with filters, sort and true counts);
    // its ranking comes from the same tokens searched loosely (BM25 with the title boost).
    const term = exactTerms[0];
    if (!term || exact.size === 0) return none();
    const [found, ranked] = await Promise.all([index.search(term, { filters, sort }), request.sort === 'date' ? undefined : index.search(term.replace(/"/g, ''), { filters })]);
    const order = new Map(ranked?.results.map((r, i) => [r.id, i]));
    const results = ranked ? [...found.results].sort((a, b) => (order.get(a.id) ?? 1e9) - (order.get(b.id) ?? 1e9)) : found.results;
    const outcome = { results, exact, counts: await facetCounts(index, term, request, found), missing, words, terms };
    return request.sort === 'relevance' ? titlesFirst(outcome, plan) : outcome;
  }

  // Every word must be somewhere, or nothing is shown (and the reader is told which word). When the parts were
  // found exactly, every word is somewhere, and the look-ups are skipped.
  for (const part of exact.size > 0 ? [] : plan.parts) {
    if (part.kind !== 'phrase') continue;
    for (const w of part.words) {
      const q = exactQuery(w.phrase);
      const found = q.exact ? await ids(index, q.exact) : await ids(index, q.prefix ?? '');
      if (found.size === 0) missing.push(w.text);
    }
  }
  if (missing.length > 0) return none();
  const loose = [looseQuery({ ...plan, parts: plan.parts.filter((p) => p.kind === 'phrase') }), ...numberTerms].filter(Boolean).join(' ');
  const found = await index.search(loose, { filters, sort });
  const results = [...found.results.filter((r) => exact.has(r.id)), ...found.results.filter((r) => !exact.has(r.id))];
  const outcome = { results, exact, counts: await facetCounts(index, loose, request, found), missing, words, terms };
  return request.sort === 'relevance' ? titlesFirst(outcome, plan) : outcome;
}

/**
 * A number typed apart from the characters before it (`社会救助 2018 7号`) is read as a 发文字号 with those characters
 * as its 机关代字 when such a number exists; otherwise as the phrase and the year-and-serial number.
 */
async function resolveReadings(index: SearchIndex, plan: QueryPlan): Promise<QueryPlan> {
  const parts: QueryPlan['parts'] = [];
  for (const part of plan.parts) {
    if (part.kind !== 'number' || !part.fallback) {
      parts.push(part);
      continue;
    }
    let agency = false;
    for (const token of part.tokens.filter((t) => t.startsWith(`${MARK}h`))) if ((await ids(index, `"${token}"`)).size > 0) agency = true;
    parts.push(...(agency ? [part] : part.fallback));
  }
  return { parts, hasPartial: hasPartialGroup(parts) };
}

/**
 * Counts per facet value. A facet that is narrowed shows the counts it would have without its own choice
 * (so the reader sees the other values to switch to); the others show counts within the current choice.
 */
async function facetCounts(index: SearchIndex, term: string, request: SearchRequest, found: SearchAnswer): Promise<Record<string, Record<string, number>>> {
  const counts: Record<string, Record<string, number>> = { ...found.filters };
  for (const facet of FACETS) {
    if (!request.filters[facet]) continue;
    const others = Object.fromEntries(Object.entries(request.filters).filter(([k]) => k !== facet)) as Record<string, string>;
    const wider = await index.search(term, { filters: others });
    counts[facet] = wider.filters[facet] ?? {};
  }
  return counts;
}

/** How many of the best-ranked results `titlesFirst` looks at (their records are loaded for display anyway). */
const TITLE_WINDOW = 20;

/**
 * Among the best-ranked exact results, pages whose title (or 发文字号) has every part as written come first: the
 * notice that issued 《城乡社区综合服务站管理暂行办法》 before a later one that cites it.
 */
async function titlesFirst(outcome: SearchOutcome, plan: QueryPlan): Promise<SearchOutcome> {
  const top = outcome.results.slice(0, TITLE_WINDOW).filter((r) => outcome.exact.has(r.id));
  const parts = plan.parts.map((p) => comparable(p.text));
  const inTitle = new Set<string>();
  await Promise.all(
    top.map(async (r) => {
      // A notice's 发文字号 heads it as its title does: a page titled 学习民办发〔2018〕7号文件 must not pass the notice.
      const display = decodeDisplay((await r.data()).meta['d']);
      const title = comparable(`${display?.title['zh-Hans'] ?? ''} ${display?.documentNumber?.['zh-Hans'] ?? ''}`);
      if (parts.every((p) => title.includes(p))) inTitle.add(r.id);
    }),
  );
  if (inTitle.size === 0) return outcome;
  return { ...outcome, results: [...outcome.results.filter((r) => inTitle.has(r.id)), ...outcome.results.filter((r) => !inTitle.has(r.id))] };
}
