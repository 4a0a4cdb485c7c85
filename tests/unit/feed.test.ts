import { describe, expect, it } from 'vitest';
import { escapeXml, feedLanguage, renderFeed, type Feed } from '../../src/lib/feed.ts';
import { parsePortalDate } from '../../src/lib/dates.ts';

const feed: Feed = {
  title: '民政信息公开网 & 示范站',
  link: 'https://www.example.gov.cn/',
  description: '发布<新闻>与"通知"',
  language: 'zh-cn',
  items: [
    {
      title: '关于做好2019年春节期间困难群众救助工作的通知',
      link: 'https://www.example.gov.cn/notices/2019/chunjie/',
      description: '各地要确保困难群众温暖过节。',
      published: parsePortalDate('2019-04-01').epoch,
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
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0">')).toBe(true);
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
