/** The search run (src/lib/search/run.ts) against a fake index that behaves as Pagefind does, silent drops included. */
import { describe, expect, it } from 'vitest';
import { planQuery } from '../../../src/lib/search/query.ts';
import { searchRecord, type SearchDocument } from '../../../src/lib/search/record.ts';
import { runSearch, type SearchOutcome, type SearchRequest } from '../../../src/lib/search/run.ts';
import { fakeIndex } from '../../fixtures/search/fakeIndex.ts';

/** A segmenter that knows the words these tests use, so the partial group does not depend on ICU's dictionary. */
const WORDS = ['社会', '救助', '养老', '服务', '工作', '火星'];
function segment(text: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; ) {
    const word = WORDS.find((w) => text.startsWith(w, i)) ?? text[i];
    out.push(word as string);
    i += (word as string).length;
  }
  return out;
}

function doc(route: string, title: string, body: string, extra: { date?: string; channel?: string; documentNumber?: string; issuer?: string } = {}): SearchDocument {
  const date = extra.date ?? '2024-01-01';
  return {
    route,
    date,
    facets: { channel: extra.channel ?? 'news', year: date.slice(0, 4), ...(extra.issuer ? { issuer: [extra.issuer] } : {}) },
    display: {
      date,
      title: { 'zh-Hans': title, 'zh-Hant': title },
      ...(extra.documentNumber ? { documentNumber: { 'zh-Hans': extra.documentNumber, 'zh-Hant': extra.documentNumber } } : {}),
    },
    fields: { title, body, documentNumber: extra.documentNumber, issuer: extra.issuer },
  };
}

const DOCS = [
  doc('/news/a/', '全市社会救助工作会议召开', '会议部署社会救助工作。', { date: '2024-03-01' }),
  doc('/news/b/', '养老服务新举措', '社区养老服务覆盖全市；社会各界参与，救助困难老人。', { date: '2025-05-01' }),
  doc('/notices/c/', '关于印发社会救助办法的通知', '现将办法印发给你们。', { date: '2018-05-14', channel: 'notices', documentNumber: '民办发〔2018〕7号', issuer: '民政部办公厅' }),
  doc('/news/d/', '学习民办发〔2018〕7号文件', '各地学习民办发〔2018〕7号，做好社会救助。', { date: '2019-01-01' }),
  doc('/news/e/', '法院案号公开', '案号（2019）京0105民初20187号已公开。', { date: '2019-06-01' }),
];
const index = fakeIndex(DOCS.map((d) => searchRecord(d)));

async function run(q: string, request: Partial<SearchRequest> = {}): Promise<{ routes: string[]; exact: string[]; outcome: SearchOutcome }> {
  const full: SearchRequest = { q, sort: 'relevance', filters: {}, ...request };
  const outcome = await runSearch(index, full, planQuery(q, segment));
  const routes = await Promise.all(outcome.results.map(async (r) => (await r.data()).url));
  const exact = await Promise.all(outcome.results.filter((r) => outcome.exact.has(r.id)).map(async (r) => (await r.data()).url));
  return { routes, exact, outcome };
}

describe('runSearch', () => {
  it('lists pages with the exact phrase first, then pages with its words apart', async () => {
    const { routes, exact, outcome } = await run('社会救助');
    expect(exact.sort()).toEqual(['/news/a/', '/news/d/', '/notices/c/']);
    expect(routes.slice(0, 3).sort()).toEqual(exact.sort());
    expect(routes[3]).toBe('/news/b/');
    expect(outcome.words).toEqual(['社会', '救助']);
  });

  it('shows nothing, and names the word, when a word is found nowhere (where Pagefind alone would drop it)', async () => {
    // The fake index drops 火星 from a loose search and answers 社会 alone; the run must not.
    expect((await index.search('火星 社会')).results.length).toBeGreaterThan(0);
    const { routes, outcome } = await run('社会火星');
    expect(routes).toEqual([]);
    expect(outcome.missing).toEqual(['火星']);
    const two = await run('社会 火星');
    expect(two.routes).toEqual([]);
    expect(two.outcome.missing).toEqual(['火星']);
  });

  it('finds nothing for two characters that never stand together (老工), not pages with each of them', async () => {
    expect((await run('老工')).routes).toEqual([]);
  });

  it.each(['民办发〔2018〕7号', '民辦發〔2018〕7號', '民办发[2018]第7号', '民办发2018年7号', '2018 7号'])('puts the notice of %s first, then the page that cites it', async (q) => {
    const { routes } = await run(q);
    expect(routes).toEqual(['/notices/c/', '/news/d/']);
  });

  it('reads a number that is not a 发文字号 on the site as the text it is (20187号 in a case number)', async () => {
    expect((await run('民初20187号')).routes).toEqual(['/news/e/']);
  });

  it('reads `社会救助 2018 7号` as a phrase and a number when no 机关代字 社会救助 exists', async () => {
    const { routes, exact } = await run('社会救助 2018 7号');
    expect(exact.sort()).toEqual(['/news/d/', '/notices/c/']);
    expect(routes.sort()).toEqual(['/news/d/', '/notices/c/']);
  });

  it('sorts by date, newest first, within each group', async () => {
    const { routes } = await run('社会救助', { sort: 'date' });
    expect(routes).toEqual(['/news/a/', '/news/d/', '/notices/c/', '/news/b/']);
  });

  it('narrows by a facet, and counts the chosen facet as if it were not chosen', async () => {
    const { routes, outcome } = await run('社会救助', { filters: { channel: 'notices' } });
    expect(routes).toEqual(['/notices/c/']);
    expect(outcome.counts['channel']).toEqual({ news: 3, notices: 1 });
    expect(outcome.counts['year']).toEqual({ 2018: 1 });
  });

  it('puts an exact result whose title holds the query first', async () => {
    const { routes } = await run('社会救助办法');
    expect(routes[0]).toBe('/notices/c/');
  });

  it('gives the excerpt terms once per query: each part and its words', async () => {
    expect((await run('社会救助 养老')).outcome.terms).toEqual(['社会救助', '社会', '救助', '养老', '养老']);
  });
});
