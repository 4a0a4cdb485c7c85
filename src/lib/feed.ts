/**
 * RSS 2.0 feeds: which feeds a site has, what each lists, and the XML text. Pure: takes plain items and the
 * channel tree, returns data or text; src/pages/[...prefix]/feed.xml.ts is the Astro glue.
 */
import type { ChannelTree } from './channels.ts';
import type { PortalDate } from './dates.ts';
import { byDateDesc, type Article } from './pages.ts';

/** Items per feed: the latest ones. */
export const FEED_ITEMS = 50;

/** Route of the feed of every notice: `/notices/feed.xml`, next to the notices' own pages. */
export const NOTICES_FEED_ROUTE = '/notices/';

export interface FeedItem {
  title: string;
  /** Absolute URL. */
  link: string;
  description: string;
  /** Epoch milliseconds. */
  published: number;
  /** ISO 8601 with offset, when the article was changed after publishing (`<atom:updated>`). */
  updated?: string | undefined;
  /** Script of the item's text when it differs from the feed's (the converter reads xml:lang). */
  lang?: string | undefined;
}

export interface Feed {
  title: string;
  link: string;
  /** Absolute URL of the feed itself (`<atom:link rel="self">`). */
  self: string;
  description: string;
  /** RSS language code, e.g. zh-cn, zh-tw. */
  language: string;
  items: FeedItem[];
}

/** One feed of the site: `route` + `feed.xml` in each script. */
export type FeedSource =
  | { kind: 'site'; route: '/' }
  | { kind: 'channel'; route: string; channel: string }
  | { kind: 'notices'; route: string };

/**
 * Every feed of a site: the whole site, each channel of the tree (a section's feed includes its sub-channels,
 * as its page does), and every notice. A top-level channel with the id `notices` owns `/notices/feed.xml`,
 * so such a site has no separate feed of every notice.
 * @example feedSources(tree).map((f) => f.route) // ['/', '/news/', '/news/media/', …, '/notices/']
 */
export function feedSources(channels: ChannelTree): FeedSource[] {
  const sources: FeedSource[] = [{ kind: 'site', route: '/' }, ...channels.all.map((c) => ({ kind: 'channel' as const, route: c.route, channel: c.id }))];
  if (!channels.all.some((c) => c.route === NOTICES_FEED_ROUTE)) sources.push({ kind: 'notices', route: NOTICES_FEED_ROUTE });
  return sources;
}

/**
 * The path of a feed below the base and script prefix, for `urls.fileOf`.
 * @example feedFile('/news/media/') // 'news/media/feed.xml'
 */
export function feedFile(route: string): string {
  return `${route.replace(/^\/+/, '')}feed.xml`;
}

/** The latest `FEED_ITEMS` articles a feed lists, newest first. */
export function feedArticles<A extends Article<unknown>>(articles: readonly A[], source: FeedSource, channels: ChannelTree): A[] {
  const subtree = source.kind === 'channel' ? new Set(channels.get(source.channel)?.subtree ?? []) : undefined;
  return articles
    .filter((a) => (source.kind === 'site' ? true : source.kind === 'notices' ? a.collection === 'notices' : subtree?.has(a.channel)))
    .sort(byDateDesc)
    .slice(0, FEED_ITEMS);
}

/** What an article's change history consists of: the fields `updated` and `changes` of both collections. */
export interface ChangeHistory {
  date: PortalDate;
  updated?: PortalDate | undefined;
  changes?: readonly { date: PortalDate }[] | undefined;
}

/**
 * When the article last changed after publishing: the latest of `updated` and `changes[].date` (and never
 * before `date`); `undefined` when the editor recorded no change.
 * @example lastChange({ date: 2024-05-01, updated: 2024-06-12 })?.date // '2024-06-12'
 */
export function lastChange(history: ChangeHistory): PortalDate | undefined {
  const dates = [history.updated, ...(history.changes ?? []).map((c) => c.date)].filter((d): d is PortalDate => d !== undefined);
  if (dates.length === 0) return undefined;
  return lastModified({ date: history.date, changes: dates.map((date) => ({ date })) });
}

/**
 * When the article last changed at all: the latest of `date`, `updated` and `changes[].date` (a sitemap's lastmod).
 * @example lastModified({ date: 2024-05-01 }).date // '2024-05-01'
 */
export function lastModified(history: ChangeHistory): PortalDate {
  return [history.updated, ...(history.changes ?? []).map((c) => c.date)].reduce<PortalDate>((latest, d) => (d && d.epoch > latest.epoch ? d : latest), history.date);
}

/**
 * The RSS language code of a feed in `script`.
 * @example feedLanguage('zh-Hant', 'tw') // 'zh-tw'
 */
export function feedLanguage(script: 'zh-Hans' | 'zh-Hant', region: 'tw' | 'hk'): string {
  return script === 'zh-Hant' ? `zh-${region}` : 'zh-cn';
}

/** Escapes text for XML element content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] ?? c);
}

/** Renders the feed. */
export function renderFeed(feed: Feed): string {
  const items = feed.items
    .map(
      (item) => `    <item${item.lang ? ` xml:lang="${escapeXml(item.lang)}"` : ''}>
      <title>${escapeXml(item.title)}</title>
      <link>${escapeXml(item.link)}</link>
      <guid isPermaLink="true">${escapeXml(item.link)}</guid>
      <description>${escapeXml(item.description)}</description>
      <pubDate>${new Date(item.published).toUTCString()}</pubDate>${item.updated ? `\n      <atom:updated>${escapeXml(item.updated)}</atom:updated>` : ''}
    </item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>${escapeXml(feed.title)}</title>
    <link>${escapeXml(feed.link)}</link>
    <atom:link href="${escapeXml(feed.self)}" rel="self" type="application/rss+xml"/>
    <description>${escapeXml(feed.description)}</description>
    <language>${escapeXml(feed.language)}</language>
${items}
  </channel>
</rss>
`;
}
