import { describe, expect, it } from 'vitest';
import { SaxesParser } from 'saxes';
import { createChannelTree } from '../../src/lib/channels.ts';
import {
  FEED_ITEMS,
  escapeXml,
  feedArticles,
  feedFile,
  feedLanguage,
  feedSources,
  lastChange,
  lastModified,
  renderFeed,
  type Feed,
} from '../../src/lib/feed.ts';
import { parsePortalDate } from '../../src/lib/dates.ts';
import type { Article } from '../../src/lib/pages.ts';
import { entryRoute } from '../../src/lib/urls.ts';

const feed: Feed = {
  title: '民政信息公开网 & 示范站',
  link: 'https://www.example.gov.cn/',
  self: 'https://www.example.gov.cn/feed.xml',
  description: '发布<新闻>与"通知"',
  language: 'zh-cn',
  items: [
    {
      title: '关于做好2019年春节期间困难群众救助工作的通知',
      link: 'https://www.example.gov.cn/notices/2019/chunjie/',
      description: '各地要确保困难群众温暖过节。',
      published: parsePortalDate('2019-04-01').epoch,
      updated: parsePortalDate('2019-04-03 10:15').iso,
    },
    {
      title: '“三社联动” & <社区> 治理',
      link: 'https://www.example.gov.cn/news/2019/a/?x=1&y=2',
      description: "5 > 3 且 2 < 4，O'Brien",
      published: parsePortalDate('2019-03-15 09:30').epoch,
      lang: 'zh-Hant',
    },
  ],
};
const xml = renderFeed(feed);
const items = xml.split('<item').slice(1);

describe('escapeXml', () => {
  it('escapes the five XML special characters and nothing else', () => {
    expect(escapeXml(`a & b < c > d "e" 'f' 中文`)).toBe('a &amp; b &lt; c &gt; d &quot;e&quot; &apos;f&apos; 中文');
  });

  it('escapes & first so entities are not double-read', () => {
    expect(escapeXml('&lt;')).toBe('&amp;lt;');
  });
});

describe('renderFeed', () => {
  it('is an RSS 2.0 document with the channel metadata escaped', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">')).toBe(true);
    expect(xml).toContain('<title>民政信息公开网 &amp; 示范站</title>');
    expect(xml).toContain('<description>发布&lt;新闻&gt;与&quot;通知&quot;</description>');
    expect(xml).toContain('<language>zh-cn</language>');
    expect(xml.trimEnd().endsWith('</channel>\n</rss>')).toBe(true);
  });

  it('lists the items in the given order', () => {
    expect(items).toHaveLength(2);
    expect(items[0]).toContain('关于做好2019年春节期间困难群众救助工作的通知');
    expect(items[1]).toContain('“三社联动”');
  });

  it('escapes & < > in item text and links', () => {
    expect(items[1]).toContain('<title>“三社联动” &amp; &lt;社区&gt; 治理</title>');
    expect(items[1]).toContain('<description>5 &gt; 3 且 2 &lt; 4，O&apos;Brien</description>');
    expect(items[1]).toContain('<link>https://www.example.gov.cn/news/2019/a/?x=1&amp;y=2</link>');
    expect(items[1]).toContain('<guid isPermaLink="true">https://www.example.gov.cn/news/2019/a/?x=1&amp;y=2</guid>');
    // No raw special characters survive outside the markup.
    const text = xml.replace(/<[^>]+>/g, '');
    expect(text).not.toMatch(/[<>]|&(?!amp;|lt;|gt;|quot;|apos;)/);
  });

  it('gives pubDate in RFC 822 form, in GMT, for the Beijing instant', () => {
    // 2019-04-01 00:00 Beijing is 2019-03-31 16:00 GMT, a Sunday.
    expect(items[0]).toContain('<pubDate>Sun, 31 Mar 2019 16:00:00 GMT</pubDate>');
    // 2019-03-15 09:30 Beijing is 01:30 GMT the same day, a Friday.
    expect(items[1]).toContain('<pubDate>Fri, 15 Mar 2019 01:30:00 GMT</pubDate>');
    for (const item of items) {
      expect(item).toMatch(/<pubDate>(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT<\/pubDate>/);
    }
  });

  it('marks an item whose text is in another script with xml:lang', () => {
    expect(items[0]?.startsWith('>')).toBe(true);
    expect(items[1]?.startsWith(' xml:lang="zh-Hant">')).toBe(true);
  });

  it('names its own address with atom:link rel=self', () => {
    expect(xml).toContain('<atom:link href="https://www.example.gov.cn/feed.xml" rel="self" type="application/rss+xml"/>');
  });

  it('gives atom:updated (ISO 8601, Beijing time) only to an item that changed after publishing', () => {
    expect(items[0]).toContain('<atom:updated>2019-04-03T10:15:00+08:00</atom:updated>');
    expect(items[1]).not.toContain('atom:updated');
    // After pubDate, inside the item.
    expect(items[0]?.indexOf('<atom:updated>')).toBeGreaterThan(items[0]?.indexOf('<pubDate>') ?? Infinity);
  });

  it('is well-formed, namespace-correct XML', () => {
    const errors: string[] = [];
    const parser = new SaxesParser({ xmlns: true });
    parser.on('error', (e) => errors.push(e.message));
    parser.write(xml).close();
    expect(errors).toEqual([]);
  });

  it('an empty feed is still a complete document', () => {
    const empty = renderFeed({ ...feed, items: [] });
    expect(empty).not.toContain('<item');
    expect(empty).toContain('</channel>');
  });
});

describe('feedLanguage', () => {
  it('names the Traditional standard the site follows', () => {
    expect(feedLanguage('zh-Hans', 'tw')).toBe('zh-cn');
    expect(feedLanguage('zh-Hant', 'tw')).toBe('zh-tw');
    expect(feedLanguage('zh-Hant', 'hk')).toBe('zh-hk');
  });
});

const channels = createChannelTree([
  { id: 'news', name: '新闻中心', children: [{ id: 'dept', name: '部门动态' }, { id: 'media', name: '媒体报道' }] },
  { id: 'open', name: '政务公开', children: [{ id: 'notices', name: '通知公告' }] },
]);

function article(collection: 'news' | 'notices', file: string, channel: string, date: string): Article {
  return { id: file, route: entryRoute(collection, file), script: 'zh-Hans', summary: '', date: parsePortalDate(date), title: file, channel, file, entry: null, collection, data: {} } as Article;
}

describe('feedSources', () => {
  it('lists the site feed, one feed per channel of the tree and the feed of every notice', () => {
    expect(feedSources(channels).map((f) => `${f.kind} ${f.route}`)).toEqual([
      'site /',
      'channel /news/',
      'channel /news/dept/',
      'channel /news/media/',
      'channel /open/',
      'channel /open/notices/',
      'notices /notices/',
    ]);
  });

  it('leaves /notices/feed.xml to a top-level channel with the id notices', () => {
    const tree = createChannelTree([{ id: 'notices', name: '通知公告' }]);
    expect(feedSources(tree).map((f) => `${f.kind} ${f.route}`)).toEqual(['site /', 'channel /notices/']);
  });
});

describe('feedFile', () => {
  it('puts feed.xml in the route', () => {
    expect(feedFile('/')).toBe('feed.xml');
    expect(feedFile('/news/media/')).toBe('news/media/feed.xml');
  });
});

describe('feedArticles', () => {
  const media = Array.from({ length: 60 }, (_, i) => article('news', `2019/m${i}.md`, 'media', `2019-03-${String((i % 28) + 1).padStart(2, '0')} ${String(i % 24).padStart(2, '0')}:00`));
  const dept = article('news', '2019/d.md', 'dept', '2020-01-01');
  const notice = article('notices', '2018/n.md', 'notices', '2018-01-01');
  const all = [notice, dept, ...media];
  const [site, news, deptFeed, mediaFeed, open, , notices] = feedSources(channels);

  it('takes the 50 latest, newest first', () => {
    const list = feedArticles(all, mediaFeed!, channels);
    expect(list).toHaveLength(FEED_ITEMS);
    expect(list.every((a, i) => i === 0 || (list[i - 1]?.date.epoch ?? 0) >= a.date.epoch)).toBe(true);
    expect(feedArticles(all, site!, channels)[0]).toBe(dept);
  });

  it("a section's feed includes its sub-channels; a leaf's only its own", () => {
    expect(feedArticles(all, news!, channels)).toContain(dept);
    expect(feedArticles(all, deptFeed!, channels)).toEqual([dept]);
    expect(feedArticles(all, open!, channels)).toEqual([notice]);
  });

  it('the notices feed lists only notices', () => {
    expect(feedArticles(all, notices!, channels)).toEqual([notice]);
  });
});

describe('lastChange and lastModified', () => {
  const date = parsePortalDate('2024-05-01');
  const updated = parsePortalDate('2024-06-12 09:30');
  const changes = [{ date: parsePortalDate('2024-05-20') }, { date: parsePortalDate('2024-07-01') }];

  it('no recorded change: no atom:updated, lastmod is the publishing date', () => {
    expect(lastChange({ date })).toBeUndefined();
    expect(lastChange({ date, changes: [] })).toBeUndefined();
    expect(lastModified({ date })).toBe(date);
  });

  it('takes the latest of updated and changes[].date', () => {
    expect(lastChange({ date, updated })?.iso).toBe('2024-06-12T09:30:00+08:00');
    expect(lastChange({ date, changes })?.iso).toBe('2024-07-01T00:00:00+08:00');
    expect(lastChange({ date, updated, changes })?.date).toBe('2024-07-01');
    expect(lastModified({ date, updated })).toBe(updated);
    expect(lastModified({ date, updated, changes: changes.slice(0, 1) })).toBe(updated);
  });

  it('a change dated before publishing never moves the date back', () => {
    const early = parsePortalDate('2024-04-01');
    expect(lastChange({ date, updated: early })).toBe(date);
    expect(lastModified({ date, updated: early })).toBe(date);
  });
});
