/**
 * Site search in Chromium, on the built sample site, in both scripts (/search/ and /zh-hant/search/):
 * - the judged query set (tests/fixtures/search/queries.ts): every page that must be found is found, `first` is
 *   first, exact-phrase pages rank above partial matches, nowhere-queries find nothing; recall@10, MRR and
 *   precision@10 are printed, and recall@10 must stay ≥ 0.95;
 * - a query typed in one script finds the same pages as in the other, on either page;
 * - facets, sort and 显示更多结果 keep their state in the URL (reload and Back restore it);
 * - without JavaScript the page says so and links elsewhere; the header box on any page leads here;
 * - the status is a live region and the results are reached with Tab;
 * - what a cold and a warm query cost on the network (logged for the report, loosely bounded);
 * - no CSP violation and no console error while searching.
 */
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SEARCH_QUERIES, type SearchQuery } from '../fixtures/search/queries.ts';
import { useBrowser } from './browser.ts';

const { sample, hant } = inject('sites');
const browser = useBrowser();

type Script = 'hans' | 'hant';
const PREFIX: Record<Script, string> = { hans: '', hant: '/zh-hant' };
/** How a page says it found nothing, in either script. */
const NOTHING_FOUND = /没有找到|沒有找到/;
/** Query kinds whose mustFind is exactly the pages with the whole phrase, so those pages rank above partial matches. */
const PHRASE_KINDS = new Set(['phrase', 'title']);

// ---------------------------------------------------------------------------------------------------------------
// Helpers

/** The search page's URL for a query, in a script, with more URL state (n, channel, sort …). */
function searchUrl(script: Script, q: string, state: Record<string, string> = {}): string {
  return `${sample.origin}${PREFIX[script]}/search/?${new URLSearchParams({ q, ...state })}`;
}

/** A route of the Simplified site for a result link of either script: `/zh-hant/news/x/` → `/news/x/`. */
function routeOf(href: string): string {
  return new URL(href, sample.origin).pathname.replace(/^\/zh-hant(?=\/)/, '');
}

/** Everything that went wrong on a page that a reader would not see: console errors, page errors, CSP violations. */
async function watch(page: Page): Promise<string[]> {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  await page.exposeBinding('__gkViolation', (_source, text: string) => void problems.push(`csp: ${text}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __gkViolation: (text: string) => void }).__gkViolation(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  return problems;
}

/** A new page in the context, watched for problems. */
async function openPage(context: BrowserContext): Promise<{ page: Page; problems: string[] }> {
  const page = await context.newPage();
  return { page, problems: await watch(page) };
}

/**
 * Waits until the results are drawn: the status is neither empty nor the loading sentence, and the results area
 * has been drawn (and nothing marked stale by `act` is still shown). Resolves with `performance.now()` in the page at that moment (ms since the
 * document's navigation started).
 */
async function settled(page: Page): Promise<number> {
  const handle = await page.waitForFunction(() => {
    const status = document.querySelector('gk-search .search-status')?.textContent ?? '';
    const strings = document.querySelector<HTMLTemplateElement>('gk-search template[data-strings]')?.content;
    const loading = strings?.querySelector('[data-key="loading"]')?.textContent;
    // The status is set before the list is drawn; the body's children are replaced once everything is drawn.
    const body = document.querySelector('gk-search .search-body');
    const drawn = body !== null && body.children.length > 0 && !body.querySelector(':scope > [data-stale]');
    return status !== '' && status !== loading && drawn ? performance.now() : false;
  });
  return (await handle.jsonValue()) as number;
}

/** Runs an action that redraws the results in place (a facet, sort or 更多 link, Back), and waits for the new ones. */
async function act(page: Page, action: () => Promise<unknown>): Promise<void> {
  await page.evaluate(() => {
    for (const child of document.querySelectorAll('gk-search .search-body > *')) child.setAttribute('data-stale', '');
  });
  await action();
  await settled(page);
}

interface Result {
  href: string;
  route: string;
  title: string;
  meta: string;
  /** The heading of the group the result is in (exact or partial), or '' when the page shows no groups. */
  group: string;
}
interface Shown {
  status: string;
  results: Result[];
}

/** What the search page shows now. */
async function shown(page: Page): Promise<Shown> {
  const raw = await page.locator('gk-search').evaluate((root) => ({
    status: root.querySelector('.search-status')?.textContent ?? '',
    results: [...root.querySelectorAll('li.search-result')].map((li) => ({
      href: li.querySelector('h3 > a')?.getAttribute('href') ?? '',
      title: li.querySelector('h3 > a')?.textContent?.trim() ?? '',
      meta: li.querySelector('.result-meta')?.textContent ?? '',
      group: li.closest('section.search-group')?.querySelector('.search-group-title')?.textContent ?? '',
    })),
  }));
  return { status: raw.status, results: raw.results.map((r) => ({ ...r, route: routeOf(r.href) })) };
}

/** Loads the search page for a query with every result on one page (`n=100`) and reads it. */
async function search(page: Page, script: Script, q: string, state: Record<string, string> = { n: '100' }): Promise<Shown> {
  await page.goto(searchUrl(script, q, state));
  await settled(page);
  return shown(page);
}

const routes = (s: Shown) => s.results.map((r) => r.route);
const listed = (s: Shown) => `${s.status} [${routes(s).join(' ')}]`;

/**
 * What is wrong with a query's results against its judgment, one line per problem: a page that must be found is
 * missing, `first` is not first, a nowhere-query shows results or no 没有找到 sentence, a phrase query ranks a page
 * without the phrase above one with it (or puts a page with the phrase in the partial group).
 */
function judge(query: SearchQuery, s: Shown): string[] {
  const problems: string[] = [];
  const found = routes(s);
  for (const route of query.mustFind) if (!found.includes(route)) problems.push(`${route} not found`);
  if (query.first && found[0] !== query.first) problems.push(`${query.first} not first`);
  if (query.mustFind.length === 0) {
    if (found.length > 0) problems.push('results for a query found nowhere');
    if (!NOTHING_FOUND.test(s.status) || !s.status.includes(query.q)) problems.push(`status does not say “${query.q}” was not found`);
  } else if (Number(/^找到 (\d+) (?:条结果|條結果)$/.exec(s.status)?.[1]) !== s.results.length) {
    problems.push(`status does not say 找到 ${s.results.length} 条结果`);
  }
  if (PHRASE_KINDS.has(query.kind)) {
    const lastWanted = Math.max(...found.map((r, i) => (query.mustFind.includes(r) ? i : -1)));
    const firstOther = found.findIndex((r) => !query.mustFind.includes(r));
    if (firstOther !== -1 && firstOther < lastWanted) problems.push(`${found[firstOther]} (no exact phrase) ranks above ${found[lastWanted]}`);
    const exactGroup = s.results.find((r) => r.group !== '')?.group;
    for (const r of s.results) if (query.mustFind.includes(r.route) && r.group !== '' && r.group !== exactGroup) problems.push(`${r.route} is in the partial group`);
  }
  return problems.length ? [`${query.q} (${query.kind}): ${problems.join('; ')} — got ${listed(s)}`] : [];
}

interface Run {
  query: SearchQuery;
  /** Routes of the results, in order. */
  found: string[];
}
interface Metrics {
  /** Queries with a non-empty mustFind. */
  judged: number;
  recallAt10: number;
  mrr: number;
  precisionAt10: number;
  /** Share of queries with `first` that rank it first. */
  firstAt1: number;
  /** Share of queries with an empty mustFind that show no result. */
  emptyRight: number;
}

const mean = (values: number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : Number.NaN);

/**
 * Over queries with a non-empty mustFind: recall@10 = share of mustFind in the first 10 results (mean over
 * queries); MRR = mean of 1 / rank of the first mustFind page (0 when none is found); precision@10 = share of the
 * first min(10, results) results that are in mustFind (mean over queries; 0 when nothing is shown). mustFind lists
 * exact matches only, so a partial match shown after them counts against precision though it is a fair result.
 */
function metrics(runs: Run[]): Metrics {
  const judged = runs.filter((r) => r.query.mustFind.length > 0);
  return {
    judged: judged.length,
    recallAt10: mean(judged.map(({ query, found }) => found.slice(0, 10).filter((r) => query.mustFind.includes(r)).length / query.mustFind.length)),
    mrr: mean(judged.map(({ query, found }) => {
      const rank = found.findIndex((r) => query.mustFind.includes(r));
      return rank === -1 ? 0 : 1 / (rank + 1);
    })),
    precisionAt10: mean(judged.map(({ query, found }) => {
      const top = found.slice(0, 10);
      return top.length ? top.filter((r) => query.mustFind.includes(r)).length / top.length : 0;
    })),
    firstAt1: mean(runs.filter((r) => r.query.first).map(({ query, found }) => (found[0] === query.first ? 1 : 0))),
    emptyRight: mean(runs.filter((r) => r.query.mustFind.length === 0).map(({ found }) => (found.length === 0 ? 1 : 0))),
  };
}

/** The metrics per kind and overall, as a table for the CI log. */
function metricsTable(title: string, runs: Run[]): string {
  const columns = ['runs', 'judged', 'recall@10', 'MRR', 'P@10', 'first@1', 'empty'];
  const f = (x: number) => (Number.isNaN(x) ? '–' : x.toFixed(3));
  const line = (name: string, cells: string[]) => `${name.padEnd(16)}${cells.map((c, i) => c.padStart(Math.max(columns[i]?.length ?? 0, 5) + 2)).join('')}`;
  const row = (name: string, rs: Run[]) => {
    const m = metrics(rs);
    return line(name, [String(rs.length), String(m.judged), f(m.recallAt10), f(m.mrr), f(m.precisionAt10), f(m.firstAt1), f(m.emptyRight)]);
  };
  const kinds = [...new Set(runs.map((r) => r.query.kind))];
  return [title, line('kind', columns), ...kinds.map((k) => row(k, runs.filter((r) => r.query.kind === k))), row('all', runs)].join('\n');
}

function querySet(q: string): SearchQuery {
  const query = SEARCH_QUERIES.find((x) => x.q === q);
  if (!query) throw new Error(`${q} is not in tests/fixtures/search/queries.ts`);
  return query;
}

/** The h1 of a page, read with the page's own fetch (cached per URL). */
const h1s = new Map<string, string>();
async function h1Of(page: Page, href: string): Promise<string> {
  let h1 = h1s.get(href);
  if (h1 === undefined) {
    h1 = await page.evaluate(async (url) => {
      const html = await (await fetch(url)).text();
      return new DOMParser().parseFromString(html, 'text/html').querySelector('h1')?.textContent?.trim() ?? '';
    }, href);
    h1s.set(href, h1);
  }
  return h1;
}

/** A facet's value links (not 全部) with their label and count, in the order shown. */
async function facetValues(page: Page, facet: string): Promise<{ label: string; count: number; text: string }[]> {
  const texts = await page.locator(`nav.search-facets h3:text-is("${facet}") + ul a`).allTextContents();
  return texts.flatMap((text) => {
    const m = /^(.+)（(\d+)）$/.exec(text);
    return m?.[1] && m[2] ? [{ label: m[1], count: Number(m[2]), text }] : [];
  });
}

/** Result dates (YYYY-MM-DD in the meta line), per group. */
function datesByGroup(s: Shown): string[][] {
  const groups = new Map<string, string[]>();
  for (const r of s.results) groups.set(r.group, [...(groups.get(r.group) ?? []), /\d{4}-\d{2}-\d{2}/.exec(r.meta)?.[0] ?? '']);
  return [...groups.values()];
}

const nonIncreasing = (dates: string[]) => dates.every((d, i) => i === 0 || d <= (dates[i - 1] as string));

interface Bytes {
  /** The search page itself, its CSS and scripts. */
  page: number;
  /** Pagefind: its script, WebAssembly, index, filter and fragment files. */
  pagefind: number;
  /** Result pages the search script fetches to cut excerpts from. */
  excerpts: number;
  total: number;
}
interface Traffic {
  responses: number;
  /** Bytes on the wire as the test server sends them (uncompressed), headers included (CDP encodedDataLength). */
  served: Bytes;
  /** Each body gzipped (level 6), or as served when that is smaller (Pagefind's files are already compressed). */
  gzip: Bytes;
}

/** Records every response of a page over CDP; `take()` sums what came since the last call. */
async function recordTraffic(page: Page): Promise<{ take: () => Promise<Traffic> }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  const requests = new Map<string, { url: string; type: string }>();
  let finished: { id: string; bytes: number }[] = [];
  cdp.on('Network.requestWillBeSent', (e) => void requests.set(e.requestId, { url: e.request.url, type: e.type ?? '' }));
  cdp.on('Network.loadingFinished', (e) => void finished.push({ id: e.requestId, bytes: e.encodedDataLength }));
  return {
    take: async () => {
      const done = finished;
      finished = [];
      const zero = (): Bytes => ({ page: 0, pagefind: 0, excerpts: 0, total: 0 });
      const traffic: Traffic = { responses: done.length, served: zero(), gzip: zero() };
      for (const { id, bytes } of done) {
        const request = requests.get(id);
        const path = new URL(request?.url ?? sample.origin).pathname;
        const kind = path.startsWith('/pagefind/') ? 'pagefind' : request?.type === 'Fetch' ? 'excerpts' : 'page';
        let gzipped = bytes;
        try {
          const body = await cdp.send('Network.getResponseBody', { requestId: id });
          gzipped = Math.min(bytes, gzipSync(Buffer.from(body.body, body.base64Encoded ? 'base64' : 'utf8')).length);
        } catch {
          // A body Chromium no longer holds: count it as served.
        }
        for (const [sum, n] of [[traffic.served, bytes], [traffic.gzip, gzipped]] as const) {
          sum[kind] += n;
          sum.total += n;
        }
      }
      return traffic;
    },
  };
}

/** A context and one watched page for a describe block. */
function usePage(options: Parameters<ReturnType<typeof browser>['newContext']>[0] = {}): () => { context: BrowserContext; page: Page; problems: string[] } {
  let state: { context: BrowserContext; page: Page; problems: string[] } | undefined;
  beforeAll(async () => {
    const context = await browser().newContext(options);
    state = { context, ...(await openPage(context)) };
  });
  afterAll(async () => {
    await state?.context.close();
  });
  return () => {
    if (!state) throw new Error('the page is not open yet');
    return state;
  };
}

// ---------------------------------------------------------------------------------------------------------------
// 1. The judged query set

describe('the query set on /search/', () => {
  const open = usePage();
  const runs: Run[] = [];

  it.each(SEARCH_QUERIES.map((query) => [query.q, query] as const))('%s', async (_q, query) => {
    const s = await search(open().page, 'hans', query.q);
    runs.push({ query, found: routes(s) });
    expect(judge(query, s)).toEqual([]);
  });

  it('recall@10 ≥ 0.95 over the set, with no console error or CSP violation', () => {
    expect(runs).toHaveLength(SEARCH_QUERIES.length);
    console.log(metricsTable('Search metrics, /search/ (Simplified page)', runs));
    expect(metrics(runs).recallAt10).toBeGreaterThanOrEqual(0.95);
    expect(open().problems).toEqual([]);
  });
});

describe('the query set on /zh-hant/search/', () => {
  const open = usePage();
  const runs: Run[] = [];
  const OTHERS = ['低保', '于晓梅', '厦门', '不是我们觉得他需要什么', '城乡社区综合服务站管理暂行办法', '民办发〔2018〕7号', '民發〔2024〕27號', '婚姻登记 居住证', '退役军人', '６６５９８３５０'];
  const queries = [...SEARCH_QUERIES.filter((q) => q.kind === 'traditional'), ...OTHERS.map(querySet)];

  it.each(queries.map((query) => [query.q, query] as const))('%s: found, linked under /zh-hant/, titled in Traditional', async (_q, query) => {
    const { page } = open();
    const s = await search(page, 'hant', query.q);
    runs.push({ query, found: routes(s) });
    expect(judge(query, s)).toEqual([]);
    for (const r of s.results) {
      expect(new URL(r.href, sample.origin).pathname, r.href).toMatch(/^\/zh-hant\//);
      expect(r.title, r.href).toBe(await h1Of(page, r.href));
    }
  });

  it('recall@10 ≥ 0.95 over these queries, with no console error or CSP violation', () => {
    expect(runs).toHaveLength(queries.length);
    console.log(metricsTable('Search metrics, /zh-hant/search/ (Traditional page)', runs));
    expect(metrics(runs).recallAt10).toBeGreaterThanOrEqual(0.95);
    expect(open().problems).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// 2. Simplified and Traditional queries

describe('a query finds the same pages in either script, on either page', () => {
  const open = usePage();
  const PAIRS = [
    ['養老服務', '养老服务'],
    ['社會救助', '社会救助'],
    ['颱風過境後', '台风过境后'],
    ['社區照顧', '社区照顾'],
    ['民辦發〔2018〕7號', '民办发〔2018〕7号'],
    ['婚姻登記 居住證', '婚姻登记 居住证'],
  ] as const;

  it.each(PAIRS.flatMap(([hant, hans]) => (['hans', 'hant'] as const).map((script) => [hant, hans, script] as const)))(
    '%s = %s on the %s page',
    async (hant, hans, script) => {
      const { page } = open();
      const simplified = await search(page, script, hans);
      const traditional = await search(page, script, hant);
      expect(routes(simplified).length).toBeGreaterThan(0);
      expect(routes(traditional)).toEqual(routes(simplified));
    },
  );
});

// ---------------------------------------------------------------------------------------------------------------
// 3. Facets, sort and 显示更多结果

describe('facets, sort and 显示更多结果 keep their state in the URL', () => {
  const open = usePage();
  const Q = '社会救助';

  it.each([
    ['栏目', 'channel', (label: string, r: Result) => r.meta.split('　').includes(label)],
    ['年份', 'year', (label: string, r: Result) => r.meta.startsWith(label.replace('年', '-'))],
  ] as const)('the %s facet narrows the results; reload keeps them, Back undoes it', async (facet, param, belongs) => {
    const { page } = open();
    await page.goto(searchUrl('hans', Q));
    await settled(page);
    const all = await shown(page);
    const values = await facetValues(page, facet);
    expect(values.length, `${facet} values for ${Q}`).toBeGreaterThanOrEqual(2);
    expect(values.reduce((n, v) => n + v.count, 0), 'facet counts add up to the results').toBe(Number(/\d+/.exec(all.status)?.[0]));

    for (const value of values) {
      const link = page.getByRole('navigation', { name: '筛选结果' }).getByRole('link', { name: value.text, exact: true });
      await act(page, () => link.click());
      expect(new URL(page.url()).searchParams.get(param), page.url()).toBeTruthy();
      const narrowed = await shown(page);
      expect(narrowed.status).toBe(`找到 ${value.count} 条结果`);
      expect(narrowed.results).toHaveLength(Math.min(value.count, 10));
      for (const r of narrowed.results) expect(belongs(value.label, r), `${r.route} in ${value.label}: ${r.meta}`).toBe(true);
      await expect(link.getAttribute('aria-current')).resolves.toBe('true');

      await page.reload();
      await settled(page);
      expect(routes(await shown(page))).toEqual(routes(narrowed));

      await act(page, () => page.goBack());
      expect(new URL(page.url()).searchParams.has(param)).toBe(false);
      expect(routes(await shown(page))).toEqual(routes(all));
    }
  });

  it('按日期 lists each group newest first, and 按相关度 goes back to the ranked list', async () => {
    const { page } = open();
    const ranked = await search(page, 'hans', Q);
    await act(page, () => page.getByRole('navigation', { name: '排序' }).getByRole('link', { name: '按日期（最新在前）' }).click());
    expect(new URL(page.url()).searchParams.get('sort')).toBe('date');
    await act(page, () => page.getByRole('link', { name: '显示更多结果' }).click());
    const byDate = await shown(page);
    expect(byDate.results).toHaveLength(ranked.results.length);
    expect(new Set(routes(byDate))).toEqual(new Set(routes(ranked)));
    for (const dates of datesByGroup(byDate)) {
      expect(dates.every((d) => d !== '')).toBe(true);
      expect(nonIncreasing(dates), dates.join(' ')).toBe(true);
    }
    await act(page, () => page.getByRole('link', { name: '按相关度' }).click());
    expect(new URL(page.url()).searchParams.has('sort')).toBe(false);
    expect(routes(await shown(page))).toEqual(routes(ranked).slice(0, 10));
  });

  it('a query with one group lists all its results newest first', async () => {
    const { page } = open();
    const s = await search(page, 'hans', '低保', { sort: 'date', n: '100' });
    expect(s.results.every((r) => r.group === '')).toBe(true);
    expect(s.results.length).toBeGreaterThan(3);
    const dates = s.results.map((r) => /\d{4}-\d{2}-\d{2}/.exec(r.meta)?.[0] ?? '');
    expect(nonIncreasing(dates), dates.join(' ')).toBe(true);
  });

  it('显示更多结果 shows the next ten, in the URL (n=20), and Back shows ten again', async () => {
    const { page } = open();
    const first = await search(page, 'hans', Q, {});
    const total = Number(/\d+/.exec(first.status)?.[0]);
    expect(total).toBeGreaterThan(10);
    expect(first.results).toHaveLength(10);
    await act(page, () => page.getByRole('link', { name: '显示更多结果' }).click());
    expect(new URL(page.url()).searchParams.get('n')).toBe('20');
    const more = await shown(page);
    expect(more.results).toHaveLength(Math.min(total, 20));
    expect(routes(more).slice(0, 10)).toEqual(routes(first));
    await page.reload();
    await settled(page);
    expect(routes(await shown(page))).toEqual(routes(more));
    await act(page, () => page.goBack());
    expect(routes(await shown(page))).toEqual(routes(first));
    expect(open().problems).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// 4. Without JavaScript, and the header search box

describe('without JavaScript', () => {
  const open = usePage({ javaScriptEnabled: false });

  it.each(['hans', 'hant'] as const)('the %s search page says search needs JavaScript and links to the channel lists and 政策文件库', async (script) => {
    const { page } = open();
    await page.goto(searchUrl(script, '社会救助'));
    const message = page.locator('main').getByText(/JavaScript/);
    await expect(message.isVisible()).resolves.toBe(true);
    // The same places the main navigation leads to, but the home page.
    const nav = await page.locator('nav.main-nav a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    const offered = await page.locator('main .search-noscript a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(offered).toEqual(nav.filter((href) => href !== `${PREFIX[script]}/`));
    expect(offered).toContain(`${PREFIX[script]}/library/`);
    for (const href of offered) expect((await page.request.get(`${sample.origin}${href}`)).status(), `${href}`).toBe(200);
  });

  it('the header box on an article still goes to the search page of its script', async () => {
    const { page } = open();
    for (const script of ['hans', 'hant'] as const) {
      await page.goto(`${sample.origin}${PREFIX[script]}/news/2019/houzhi-genji/`);
      await page.getByRole('banner').getByRole('searchbox').fill('低保');
      await page.getByRole('banner').getByRole('searchbox').press('Enter');
      await page.waitForURL((url) => url.pathname === `${PREFIX[script]}/search/`);
      expect(new URL(page.url()).searchParams.get('q')).toBe('低保');
    }
  });
});

describe('with JavaScript', () => {
  const open = usePage();

  it.each(['hans', 'hant'] as const)('no visible text on the %s search page says JavaScript is needed', async (script) => {
    const { page } = open();
    for (const q of ['', '社会救助', '退役军人']) {
      await page.goto(searchUrl(script, q));
      if (q) await settled(page);
      expect(await page.locator('body').innerText(), q).not.toContain('JavaScript');
    }
  });

  it.each(['hans', 'hant'] as const)('the header box on a %s article submits to that script’s search page with ?q= and shows results', async (script) => {
    const { page } = open();
    await page.goto(`${sample.origin}${PREFIX[script]}/news/2019/houzhi-genji/`);
    const box = page.getByRole('banner').getByRole('searchbox');
    await box.fill('低保');
    await box.press('Enter');
    await page.waitForURL((url) => url.pathname === `${PREFIX[script]}/search/`);
    expect(new URL(page.url()).searchParams.get('q')).toBe('低保');
    await settled(page);
    const s = await shown(page);
    expect(judge(querySet('低保'), s)).toEqual([]);
    for (const r of s.results) expect(new URL(r.href, sample.origin).pathname.startsWith(`${PREFIX[script]}/`)).toBe(true);
    // The query stays in both boxes, so the reader can change it.
    await expect(page.locator('main').getByRole('searchbox').inputValue()).resolves.toBe('低保');
    expect(open().problems).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// 5. Keyboard and live region

describe('keyboard and live region', () => {
  const open = usePage();

  it('the status is a live region (role=status) that is there before any query', async () => {
    const { page } = open();
    await page.goto(`${sample.origin}/search/`);
    await expect(page.getByRole('status').count()).resolves.toBe(1);
    await page.goto(searchUrl('hans', '社会救助'));
    await settled(page);
    await expect(page.getByRole('status').textContent()).resolves.toMatch(/^找到 \d+ 条结果$/);
  });

  it('a query typed in the box and sent with Enter shows results; Tab from the box reaches them and Enter opens one', async () => {
    const { page } = open();
    await page.goto(`${sample.origin}/search/`);
    const box = page.getByRole('main').getByRole('searchbox', { name: '搜索关键词' });
    await box.focus();
    await page.keyboard.type('低保');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.searchParams.get('q') === '低保');
    await settled(page);
    const s = await shown(page);
    expect(s.results.length).toBeGreaterThan(0);

    await box.focus();
    let tabs = 0;
    while (!(await page.evaluate(() => document.activeElement?.matches('li.search-result a') ?? false))) {
      await page.keyboard.press('Tab');
      if (++tabs > 60) throw new Error('no result was reached with Tab from the search box');
    }
    const href = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    expect(href).toBe(s.results[0]?.href);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === href);
    expect(open().problems).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// 6. Network

describe('network cost', () => {
  it('a cold query and a warm one (logged for the report; loose bounds only)', async () => {
    const context = await browser().newContext();
    const { page, problems } = await openPage(context);
    const traffic = await recordTraffic(page);

    await page.goto(searchUrl('hans', '社会救助'));
    const coldMs = await settled(page);
    await page.waitForLoadState('networkidle');
    const cold = await traffic.take();

    const box = page.getByRole('main').getByRole('searchbox');
    await box.fill('留守儿童');
    await box.press('Enter');
    await page.waitForURL((url) => url.searchParams.get('q') === '留守儿童');
    const warmMs = await settled(page);
    await page.waitForLoadState('networkidle');
    const warm = await traffic.take();

    const kB = (n: number) => `${(n / 1024).toFixed(1)} kB`;
    const line = (name: string, ms: number, t: Traffic) =>
      `${name}: ${Math.round(ms)} ms to results; ${t.responses} responses, ${kB(t.served.total)} as served ` +
      `(search page + JS/CSS ${kB(t.served.page)}, pagefind ${kB(t.served.pagefind)}, result pages fetched for excerpts ${kB(t.served.excerpts)}); ` +
      `≈ ${kB(t.gzip.total)} gzipped (${kB(t.gzip.page)} + ${kB(t.gzip.pagefind)} + ${kB(t.gzip.excerpts)})`;
    console.log(
      [
        'Search network cost (sample site on 127.0.0.1: no compression, no cache headers; gzip = what a compressing host would send):',
        line('cold 社会救助 (new context, navigation→results)', coldMs, cold),
        line('warm 留守儿童 (typed in the box, submit→results)', warmMs, warm),
      ].join('\n'),
    );
    expect(cold.gzip.total).toBeLessThan(400 * 1024);
    expect(cold.served.total - cold.served.excerpts).toBeLessThan(400 * 1024);
    expect(coldMs).toBeLessThan(15_000);
    expect(warmMs).toBeLessThan(15_000);
    expect(problems).toEqual([]);
    await context.close();
  });
});

// ---------------------------------------------------------------------------------------------------------------
// 7. CSP

describe('Content-Security-Policy', () => {
  const open = usePage();

  it('searching in both scripts, with facets, sort and 更多, raises no CSP violation and no console error', async () => {
    const { page, problems } = open();
    for (const script of ['hans', 'hant'] as const) {
      await search(page, script, '社会救助', {});
      await act(page, () => page.locator('nav.search-facets h3 + ul a').nth(1).click());
      await act(page, () => page.locator('nav.search-sort a').nth(1).click());
      await search(page, script, '民辦發〔2018〕7號');
      await search(page, script, '婚姻登记 居住证');
      await search(page, script, '退役军人');
      // Excerpts are fetched after the results are drawn: let them land.
      await page.waitForLoadState('networkidle');
    }
    const csp = (await page.request.get(searchUrl('hans', ''))).headers()['content-security-policy'];
    expect(csp).toMatch(/script-src 'self'/);
    expect(problems).toEqual([]);
  });
});

describe('a site written in Traditional (its Simplified pages under /zh-hans/)', () => {
  it.each([
    ['/search/', '测府发〔2024〕3号', '/notices/2024/hant-notice/', '測試縣政府關於加強社區服務的通知'],
    ['/zh-hans/search/', '測府發〔2024〕3號', '/zh-hans/notices/2024/hant-notice/', '测试县政府关于加强社区服务的通知'],
    ['/search/', '干部培训', '/news/2024/hans-article/', '關於加強幹部培訓的通知要點'],
    ['/zh-hans/search/', '幹部培訓', '/zh-hans/news/2024/hans-article/', '关于加强干部培训的通知要点'],
  ])('%s?q=%s finds %s, titled %s', async (path, q, href, title) => {
    const { page, problems } = await openPage(await browser().newContext());
    await page.goto(`${hant.origin}${path}?${new URLSearchParams({ q })}`);
    await settled(page);
    const first = page.locator('li.search-result h3 > a').first();
    expect(await first.getAttribute('href')).toBe(href);
    expect((await first.textContent())?.trim()).toBe(title);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
