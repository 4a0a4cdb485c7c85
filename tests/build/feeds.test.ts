/**
 * Issue #11, machine-readable output of the built sample site: an RSS feed per channel and one of every notice
 * (both scripts), atom:updated and sitemap lastmod from the change history, and the open-data /notices.json.
 */
import fs from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { SaxesParser } from 'saxes';
import { describe, expect, inject, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { createChannelTree } from '../../src/lib/channels.ts';
import { FEED_ITEMS, feedFile, feedSources, type FeedSource } from '../../src/lib/feed.ts';
import { readSource } from '../../src/lib/frontmatter.ts';
import { entryRoute } from '../../src/lib/urls.ts';
import { loadPage } from './html.ts';

const { sample } = inject('sites');
const ORIGIN = 'https://www.example.gov.cn';
const settings = parseYaml(fs.readFileSync(path.join(sample.content, 'site.yaml'), 'utf8')) as { channels: Parameters<typeof createChannelTree>[0] };
const channels = createChannelTree(settings.channels);
const sources = feedSources(channels);
const SCRIPTS = [
  { script: 'zh-Hans', prefix: '' },
  { script: 'zh-Hant', prefix: '/zh-hant' },
] as const;

/** The path of a page in the built site for an absolute URL of the sample site. */
function fileFor(url: string): string {
  expect(url.startsWith(`${ORIGIN}/`)).toBe(true);
  const pathname = url.slice(ORIGIN.length);
  return path.join(sample.dist, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
}

/** Parses with a namespace-aware XML parser; returns its errors. */
function xmlErrors(xml: string): string[] {
  const errors: string[] = [];
  const parser = new SaxesParser({ xmlns: true });
  parser.on('error', (e) => errors.push(e.message));
  parser.write(xml).close();
  return errors;
}

interface ReadFeed {
  $: cheerio.CheerioAPI;
  links: string[];
}

function readFeed(prefix: string, source: FeedSource): ReadFeed {
  const file = `${prefix}/${feedFile(source.route)}`;
  const xml = fs.readFileSync(path.join(sample.dist, file), 'utf8');
  expect(xmlErrors(xml), file).toEqual([]);
  const $ = cheerio.load(xml, { xml: true });
  return { $, links: $('channel > item > link').map((_, l) => $(l).text()).get() };
}

/** Every published notice of the sample content, read from the files. */
const noticeFiles = fs
  .readdirSync(path.join(sample.content, 'notices'), { recursive: true, encoding: 'utf8' })
  .filter((f) => /\.mdx?$/.test(f))
  .map((relative) => ({ relative: relative.split(path.sep).join('/'), data: readSource(fs.readFileSync(path.join(sample.content, 'notices', relative), 'utf8')).data }))
  .filter((n) => n.data['draft'] !== true);

interface NoticeRecord {
  title: string;
  documentNumber: string | null;
  issuer: string[];
  writtenDate: string;
  date: string;
  updated: string | null;
  validity: string;
  channel: string;
  topic: string | null;
  indexNumber: string | null;
  replaces: string[];
  replacedBy: string | null;
  urls: Record<string, string>;
}
const openData = JSON.parse(fs.readFileSync(path.join(sample.dist, 'notices.json'), 'utf8')) as { site: { name: string; url: string }; generated: string; count: number; notices: NoticeRecord[] };

describe('feeds', () => {
  it('the sample site has a feed per channel plus the site feed and the notices feed', () => {
    expect(sources.map((s) => s.route)).toEqual(['/', ...channels.all.map((c) => c.route), '/notices/']);
    expect(channels.all.length).toBeGreaterThan(5);
  });

  describe.each(SCRIPTS)('in $script', ({ prefix }) => {
    it.each(sources.map((s) => [s.route, s] as const))('%sfeed.xml is RSS 2.0 with channel title, link, description, atom:link self and complete items', (_, source) => {
      const { $ } = readFeed(prefix, source);
      expect($('rss').attr('version')).toBe('2.0');
      expect($('rss').attr('xmlns:atom')).toBe('http://www.w3.org/2005/Atom');
      const channel = $('rss > channel');
      for (const name of ['title', 'link', 'description', 'language']) expect(channel.children(name).text().trim(), name).not.toBe('');
      expect(channel.children('atom\\:link').attr('rel')).toBe('self');
      expect(channel.children('atom\\:link').attr('href')).toBe(`${ORIGIN}${prefix}/${feedFile(source.route)}`);
      expect(channel.children('language').text()).toBe(prefix ? 'zh-tw' : 'zh-cn');
      const items = channel.children('item');
      expect(items.length).toBeLessThanOrEqual(FEED_ITEMS);
      items.each((_, item) => {
        const $item = $(item);
        for (const name of ['title', 'link', 'guid', 'pubDate']) expect($item.children(name).text().trim(), name).not.toBe('');
        expect($item.children('guid').text()).toBe($item.children('link').text());
        expect(Number.isNaN(Date.parse($item.children('pubDate').text()))).toBe(false);
        const updated = $item.children('atom\\:updated').text();
        if (updated) expect(updated).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/);
      });
    });

    it("every item links to a built page in this feed's script", () => {
      for (const source of sources) {
        const { $, links } = readFeed(prefix, source);
        expect($('channel > link').text().startsWith(`${ORIGIN}${prefix}/`)).toBe(true);
        for (const link of links) {
          expect(link.startsWith(`${ORIGIN}${prefix}/`), link).toBe(true);
          if (!prefix) expect(link, link).not.toContain('/zh-hant/');
          expect(fs.existsSync(fileFor(link)), link).toBe(true);
        }
      }
    });

    it("a channel's feed lists what its channel page lists, newest first (a section includes its sub-channels)", () => {
      for (const channel of channels.all) {
        const { links } = readFeed(prefix, sources.find((s) => s.route === channel.route) as FeedSource);
        const $ = loadPage(sample.dist, `${prefix}${channel.route}`);
        const listed = $('ul.article-list a').map((_, a) => `${ORIGIN}${$(a).attr('href')}`).get();
        expect(links.slice(0, listed.length), channel.route).toEqual(listed);
        if (channel.children.length > 0) {
          const childLinks = channel.children.flatMap((c) => readFeed(prefix, sources.find((s) => s.route === c.route) as FeedSource).links);
          // The sample's sections file nothing directly and hold fewer than 50 articles: exactly their children's.
          expect(childLinks.length).toBeLessThanOrEqual(FEED_ITEMS);
          expect(new Set(links), channel.route).toEqual(new Set(childLinks));
        }
      }
    });

    it('each channel page links its own feed in the head', () => {
      for (const channel of channels.all) {
        const $ = loadPage(sample.dist, `${prefix}${channel.route}`);
        const hrefs = $('head link[rel="alternate"][type="application/rss+xml"]').map((_, l) => $(l).attr('href')).get();
        expect(hrefs, channel.route).toEqual([`${ORIGIN}${prefix}/feed.xml`, `${ORIGIN}${prefix}/${feedFile(channel.route)}`]);
      }
    });

    it('the notices feed lists only notices: the latest ones, as notices.json orders them', () => {
      const { links } = readFeed(prefix, { kind: 'notices', route: '/notices/' });
      expect(links.length).toBe(Math.min(FEED_ITEMS, noticeFiles.length));
      for (const link of links) expect(link.startsWith(`${ORIGIN}${prefix}/notices/`), link).toBe(true);
      const script = prefix ? 'zh-Hant' : 'zh-Hans';
      expect(links).toEqual(openData.notices.slice(0, FEED_ITEMS).map((n) => n.urls[script]));
    });

    it('the site feed holds the latest articles of both collections', () => {
      const { links } = readFeed(prefix, { kind: 'site', route: '/' });
      expect(links.length).toBeGreaterThan(noticeFiles.length);
      expect(links.some((l) => l.includes('/news/'))).toBe(true);
      expect(links.some((l) => l.includes('/notices/'))).toBe(true);
    });
  });
});

describe('change history', () => {
  const changed = openData.notices.filter((n) => n.updated !== null);

  it('the sample site has a notice changed after publishing', () => {
    expect(changed.length).toBeGreaterThan(0);
  });

  it.each(SCRIPTS)('$script: a changed notice carries atom:updated in the notices feed; the others do not', ({ script, prefix }) => {
    const { $ } = readFeed(prefix, { kind: 'notices', route: '/notices/' });
    const updatedOf = new Map($('channel > item').map((_, item) => [[$(item).children('link').text(), $(item).children('atom\\:updated').text() || null]]).get() as [string, string | null][]);
    for (const notice of openData.notices.slice(0, FEED_ITEMS)) expect(updatedOf.get(notice.urls[script] ?? ''), notice.title).toBe(notice.updated);
  });

  it("the sitemap's lastmod of a notice is its last change, or its date", () => {
    const $ = cheerio.load(fs.readFileSync(path.join(sample.dist, 'sitemap.xml'), 'utf8'), { xml: true });
    const lastmod = new Map($('url').map((_, u) => [[$(u).children('loc').text(), $(u).children('lastmod').text()]]).get() as [string, string][]);
    for (const notice of openData.notices) {
      for (const url of Object.values(notice.urls)) expect(lastmod.get(url), url).toBe(notice.updated ?? notice.date);
    }
    // List pages carry none.
    expect(lastmod.get(`${ORIGIN}/`)).toBe('');
  });
});

describe('notices.json', () => {
  it('is the site, the build time, the count and the notices', () => {
    expect(openData.site).toEqual({ name: '民政信息公开网（示范站）', url: `${ORIGIN}/` });
    expect(openData.generated).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/);
    expect(openData.count).toBe(openData.notices.length);
  });

  it('lists every published notice of content/notices, once, with what its file says', () => {
    const byUrl = new Map(openData.notices.map((n) => [n.urls['zh-Hans'], n]));
    expect(openData.notices.length).toBe(noticeFiles.length);
    for (const { relative, data } of noticeFiles) {
      const route = entryRoute('notices', relative);
      const record = byUrl.get(`${ORIGIN}${route}`);
      expect(record, relative).toBeDefined();
      expect(record?.title).toBe(data['title']);
      expect(record?.documentNumber).toBe(data['documentNumber'] ?? null);
      expect(record?.issuer).toEqual([data['issuer']].flat());
      expect(record?.writtenDate).toBe(String(data['writtenDate']).slice(0, 10));
      expect(record?.date.slice(0, 10)).toBe(String(data['date']).slice(0, 10));
      expect(record?.validity).toBe(data['validity'] ?? '有效');
      expect(record?.channel).toBe(data['channel']);
      expect(record?.topic).toBe(data['topic'] ?? null);
      expect(record?.indexNumber).toBe(data['indexNumber'] ?? null);
      expect(record?.replaces).toEqual(data['replaces'] === undefined ? [] : [data['replaces']].flat());
      expect(record?.replacedBy).toBe(data['replacedBy'] ?? null);
      expect(record?.urls).toEqual({ 'zh-Hans': `${ORIGIN}${route}`, 'zh-Hant': `${ORIGIN}/zh-hant${route}` });
    }
  });

  it('both URLs of every notice are built pages', () => {
    for (const notice of openData.notices) for (const url of Object.values(notice.urls)) expect(fs.existsSync(fileFor(url)), url).toBe(true);
  });

  it('is sorted by date, newest first', () => {
    const dates = openData.notices.map((n) => Date.parse(n.date));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
  });

  it('records replacements as written', () => {
    expect(openData.notices.some((n) => n.replaces.length > 0 || n.replacedBy !== null)).toBe(true);
  });
});
