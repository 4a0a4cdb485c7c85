import { describe, expect, it } from 'vitest';
import { createChannelTree } from '../../src/lib/channels.ts';
import { parsePortalDate } from '../../src/lib/dates.ts';
import { HOME_ITEMS, LIBRARY_ROUTE, SEARCH_ROUTE, buildPages, byDateDesc, type Article, type PageModel } from '../../src/lib/pages.ts';
import { entryId, entryRoute } from '../../src/lib/urls.ts';

const channels = createChannelTree([
  {
    id: 'news',
    name: '新闻中心',
    children: [
      { id: 'dept', name: '部门动态' },
      { id: 'media', name: '媒体报道' },
      { id: 'local', name: '地方动态' },
    ],
  },
  {
    id: 'open',
    name: '政务公开',
    children: [
      { id: 'notices', name: '通知公告' },
      { id: 'policies', name: '政策文件' },
      { id: 'interpretation', name: '政策解读' },
    ],
  },
]);

function article(collection: 'news' | 'notices', file: string, channel: string, date: string): Article {
  return {
    id: entryId(file),
    route: entryRoute(collection, file),
    script: 'zh-Hans',
    summary: '',
    date: parsePortalDate(date),
    title: file,
    channel,
    file: `/content/${collection}/${file}`,
    entry: null,
    collection,
    data: {},
  } as Article;
}

/** 45 媒体报道, one a day from 2019-01-01 (media-01 oldest) to 2019-02-14 (media-45 newest). */
const media = Array.from({ length: 45 }, (_, i) => {
  const day = new Date(Date.UTC(2019, 0, 1 + i)).toISOString().slice(0, 10);
  return article('news', `2019/media-${String(i + 1).padStart(2, '0')}.md`, 'media', `${day} 09:00`);
});
/** 部门动态 published between 媒体报道 items. */
const dept = [
  article('news', '2019/dept-a.md', 'dept', '2019-01-05 12:00'),
  article('news', '2019/dept-b.md', 'dept', '2019-01-20 12:00'),
  article('news', '2019/dept-c.md', 'dept', '2019-02-10 12:00'),
];
const notices = [
  article('notices', '2018/tongzhi-1.md', 'notices', '2018-03-01'),
  article('notices', '2018/tongzhi-2.md', 'notices', '2018-06-01'),
  article('notices', '2018/tongzhi-3.md', 'notices', '2018-09-01'),
  article('notices', '2018/banfa.md', 'policies', '2018-05-14'),
  article('notices', '2018/fangan.md', 'policies', '2018-11-30'),
];
/** A 政策解读 is a news article filed under 政务公开. */
const jiedu = article('news', '2018/jiedu.md', 'interpretation', '2018-12-01');
const all = [...notices, jiedu, ...dept, ...media].reverse();

const pages = buildPages(all, channels);
const byRoute = new Map(pages.map((p) => [p.route, p]));

function page<K extends PageModel['kind']>(route: string, kind: K): Extract<PageModel, { kind: K }> {
  const p = byRoute.get(route);
  expect(p?.kind, route).toBe(kind);
  return p as Extract<PageModel, { kind: K }>;
}
const titles = (list: readonly Article[]) => list.map((a) => a.title);

describe('buildPages', () => {
  it('no two pages share a route', () => {
    const routes = pages.map((p) => p.route);
    expect(routes.length).toBe(new Set(routes).size);
  });

  it('every article gets exactly one article page, at its own route', () => {
    const articlePages = pages.filter((p) => p.kind === 'article');
    expect(articlePages.map((p) => p.route).sort()).toEqual(all.map((a) => a.route).sort());
    expect(byRoute.get('/news/2019/media-01/')).toMatchObject({ kind: 'article', article: { title: '2019/media-01.md' } });
  });

  describe('home', () => {
    const home = page('/', 'home');

    it('has one block per leaf channel, in the tree order', () => {
      expect(home.blocks.map((b) => b.channel.id)).toEqual(['dept', 'media', 'local', 'notices', 'policies', 'interpretation']);
    });

    it('shows at most 8 items per block, newest first', () => {
      expect(HOME_ITEMS).toBe(8);
      const block = home.blocks.find((b) => b.channel.id === 'media');
      expect(titles(block?.items ?? [])).toEqual([45, 44, 43, 42, 41, 40, 39, 38].map((n) => `2019/media-${n}.md`));
      expect(titles(home.blocks.find((b) => b.channel.id === 'dept')?.items ?? [])).toEqual(['2019/dept-c.md', '2019/dept-b.md', '2019/dept-a.md']);
      expect(home.blocks.find((b) => b.channel.id === 'local')?.items).toEqual([]);
      expect(titles(home.blocks.find((b) => b.channel.id === 'interpretation')?.items ?? [])).toEqual(['2018/jiedu.md']);
    });

    it('lists the latest notices from the notices collection only', () => {
      expect(titles(home.notices)).toEqual(['2018/fangan.md', '2018/tongzhi-3.md', '2018/tongzhi-2.md', '2018/banfa.md', '2018/tongzhi-1.md']);
    });
  });

  describe('channel pages', () => {
    it('a leaf channel is paginated at 20, newest first', () => {
      const p1 = page('/news/media/', 'channel');
      const p2 = page('/news/media/2/', 'channel');
      const p3 = page('/news/media/3/', 'channel');
      expect([p1, p2, p3].map((p) => p.list.items.length)).toEqual([20, 20, 5]);
      expect(p1.list).toMatchObject({ page: 1, pages: 3, total: 45 });
      expect(p3.list.page).toBe(3);
      expect(p1.list.items[0]?.title).toBe('2019/media-45.md');
      expect(p3.list.items.at(-1)?.title).toBe('2019/media-01.md');
      expect(byRoute.has('/news/media/4/')).toBe(false);
      expect(byRoute.has('/news/media/1/')).toBe(false);
    });

    it('a section lists the articles of all its channels, merged by date', () => {
      const news = page('/news/', 'channel');
      expect(news.list.total).toBe(48);
      expect(news.list.pages).toBe(3);
      expect(news.channel.id).toBe('news');
      // media 45–42 are 2019-02-14 … 02-11; dept-c (02-10 12:00) is newer than media-41 (02-10 09:00).
      expect(titles(news.list.items.slice(0, 6))).toEqual([
        '2019/media-45.md',
        '2019/media-44.md',
        '2019/media-43.md',
        '2019/media-42.md',
        '2019/dept-c.md',
        '2019/media-41.md',
      ]);
      const merged = ['/news/', '/news/2/', '/news/3/'].flatMap((r) => page(r, 'channel').list.items);
      expect(merged.map((a) => a.route).sort()).toEqual([...dept, ...media].map((a) => a.route).sort());
      expect(merged.every((a, i) => i === 0 || (merged[i - 1]?.date.epoch ?? 0) >= a.date.epoch)).toBe(true);
    });

    it('政务公开 lists notices, policies and the interpretation filed under it', () => {
      const open = page('/open/', 'channel');
      expect(titles(open.list.items)).toEqual([
        '2018/jiedu.md',
        '2018/fangan.md',
        '2018/tongzhi-3.md',
        '2018/tongzhi-2.md',
        '2018/banfa.md',
        '2018/tongzhi-1.md',
      ]);
    });

    it('a channel without articles still has its (empty) first page', () => {
      expect(page('/news/local/', 'channel').list).toEqual({ items: [], page: 1, pages: 1, total: 0 });
    });

    it('every channel of the tree has a page', () => {
      for (const c of channels.all) expect(byRoute.get(c.route)?.kind).toBe('channel');
    });
  });

  describe('previous / next', () => {
    it('link the newer and older article of the same channel, skipping other channels', () => {
      const b = page('/news/2019/dept-b/', 'article');
      expect(b.newer?.title).toBe('2019/dept-c.md');
      expect(b.older?.title).toBe('2019/dept-a.md');
    });

    it('the newest has no newer and the oldest no older', () => {
      expect(page('/news/2019/media-45/', 'article').newer).toBeUndefined();
      expect(page('/news/2019/media-45/', 'article').older?.title).toBe('2019/media-44.md');
      expect(page('/news/2019/media-01/', 'article').older).toBeUndefined();
      expect(page('/news/2019/dept-a/', 'article').older).toBeUndefined();
      expect(page('/news/2019/dept-c/', 'article').newer).toBeUndefined();
    });

    it('an article alone in its channel has neither', () => {
      const p = page('/news/2018/jiedu/', 'article');
      expect(p.newer).toBeUndefined();
      expect(p.older).toBeUndefined();
    });

    it('policies and notices stay apart', () => {
      const p = page('/notices/2018/banfa/', 'article');
      expect(p.newer?.title).toBe('2018/fangan.md');
      expect(p.older).toBeUndefined();
    });
  });

  describe('library and search', () => {
    it('the 政策文件库 lists only notices, newest first', () => {
      const lib = page(LIBRARY_ROUTE, 'library');
      expect(titles(lib.list.items)).toEqual(['2018/fangan.md', '2018/tongzhi-3.md', '2018/tongzhi-2.md', '2018/banfa.md', '2018/tongzhi-1.md']);
      expect(pages.filter((p) => p.kind === 'library')).toHaveLength(1);
    });

    it('pages the library at 50 rows', () => {
      const many = Array.from({ length: 51 }, (_, i) => article('notices', `2020/n-${i}.md`, 'notices', '2020-01-01'));
      const lib = buildPages(many, channels).filter((p) => p.kind === 'library');
      expect(lib.map((p) => [p.route, p.list.items.length])).toEqual([
        ['/library/', 50],
        ['/library/2/', 1],
      ]);
    });

    it('has one search page', () => {
      expect(pages.filter((p) => p.route === SEARCH_ROUTE)).toEqual([{ kind: 'search', route: '/search/' }]);
    });
  });

  it('an empty site still has home, every channel, the library and search', () => {
    const empty = buildPages([], channels);
    expect(empty.map((p) => p.route)).toEqual(['/', ...channels.all.map((c) => c.route), '/library/', '/search/']);
  });
});

describe('byDateDesc', () => {
  it('orders newest first and breaks ties by route, whatever the input order', () => {
    const a = article('news', '2019/a.md', 'media', '2019-04-01');
    const b = article('news', '2019/b.md', 'media', '2019-04-01');
    const c = article('news', '2019/c.md', 'media', '2019-04-02');
    expect([a, b, c].sort(byDateDesc).map((x) => x.id)).toEqual(['2019/c', '2019/a', '2019/b']);
    expect([b, c, a].sort(byDateDesc).map((x) => x.id)).toEqual(['2019/c', '2019/a', '2019/b']);
  });
});
