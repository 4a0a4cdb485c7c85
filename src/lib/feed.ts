/** RSS 2.0 for the latest articles. Pure: takes plain items, returns the XML text. */

export interface FeedItem {
  title: string;
  /** Absolute URL. */
  link: string;
  description: string;
  /** Epoch milliseconds. */
  published: number;
  /** Script of the item's text when it differs from the feed's (the converter reads xml:lang). */
  lang?: string | undefined;
}

export interface Feed {
  title: string;
  link: string;
  description: string;
  /** RSS language code, e.g. zh-cn, zh-tw. */
  language: string;
  items: FeedItem[];
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
      <pubDate>${new Date(item.published).toUTCString()}</pubDate>
    </item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
  <channel>
    <title>${escapeXml(feed.title)}</title>
    <link>${escapeXml(feed.link)}</link>
    <description>${escapeXml(feed.description)}</description>
    <language>${escapeXml(feed.language)}</language>
${items}
  </channel>
</rss>
`;
}
