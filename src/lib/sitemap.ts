/**
 * sitemap.xml: every page in both scripts, each with its hreflang alternates (the same ones as the page's
 * own <link rel="alternate">, from urls.ts). Split into files of at most 50,000 URLs with an index, as the
 * sitemap protocol requires, once a site grows past that. An article's <lastmod> is its last change (date,
 * `updated` or `changes`), so crawlers come back for a corrected document.
 */
import type { PortalDate } from './dates.ts';
import { escapeXml } from './feed.ts';
import type { Urls } from './urls.ts';
import type { Script } from './variant/scripts.ts';

/** Most URLs one sitemap file may list. */
export const SITEMAP_LIMIT = 50_000;

/** One page of the sitemap: its route, and when it last changed if that is known (articles). */
export interface SitemapPage {
  route: string;
  lastmod?: PortalDate | undefined;
}

/**
 * The sitemap files for `pages` (routes, or routes with a lastmod): `sitemap.xml` alone, or an index plus
 * `sitemap-1.xml`, `sitemap-2.xml`, …
 */
export function renderSitemaps(pages: readonly (string | SitemapPage)[], scripts: readonly Script[], urls: Urls): Map<string, string> {
  const entries = pages.flatMap((page) => {
    const { route, lastmod } = typeof page === 'string' ? { route: page, lastmod: undefined } : page;
    const modified = lastmod ? `\n    <lastmod>${escapeXml(lastmod.iso)}</lastmod>` : '';
    const alternates = urls
      .alternatesOf(route)
      .map((a) => `    <xhtml:link rel="alternate" hreflang="${a.hreflang}" href="${escapeXml(a.href)}"/>`)
      .join('\n');
    return scripts.map((script) => `  <url>\n    <loc>${escapeXml(urls.absolute(urls.pathOf(route, script)))}</loc>${modified}\n${alternates}\n  </url>`);
  });
  const urlset = (items: string[]) =>
    `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${items.join('\n')}\n</urlset>\n`;
  const files = new Map<string, string>();
  if (entries.length <= SITEMAP_LIMIT) {
    files.set('sitemap.xml', urlset(entries));
    return files;
  }
  const names: string[] = [];
  for (let i = 0; i * SITEMAP_LIMIT < entries.length; i++) {
    const name = `sitemap-${i + 1}.xml`;
    names.push(name);
    files.set(name, urlset(entries.slice(i * SITEMAP_LIMIT, (i + 1) * SITEMAP_LIMIT)));
  }
  files.set(
    'sitemap.xml',
    `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${names.map((n) => `  <sitemap><loc>${escapeXml(urls.absolute(urls.assetPath(n)))}</loc></sitemap>`).join('\n')}\n</sitemapindex>\n`,
  );
  return files;
}
