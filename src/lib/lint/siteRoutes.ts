/**
 * The addresses the site makes by itself, which no article may take and to which links always lead: channel
 * pages and their numbered pages, channel feeds, and the site's own pages (library, search, feeds, sitemaps,
 * files). One rule for the duplicate-url check and the links check.
 */
import { PAGE_SIZE } from '../pagination.ts';
import type { Site } from '../site.ts';

/**
 * What of the site's own is at `route`, in words for an editor, or `undefined` when nothing is.
 * @param articles how many articles the site has (it bounds the channels' numbered pages)
 * @example siteRouteOwner(site, '/news/media/2/', 100) // '栏目页 媒体报道'
 */
export function siteRouteOwner(site: Site, route: string, articles: number): string | undefined {
  const mostListPages = Math.ceil(articles / PAGE_SIZE);
  for (const c of site.channels.all) {
    const page = route.startsWith(c.route) ? /^(\d+)\/$/.exec(route.slice(c.route.length))?.[1] : undefined;
    if (route === c.route || (page !== undefined && Number(page) >= 2 && Number(page) <= mostListPages)) return `栏目页 ${c.name}`;
    // news/media/feed.xml.md would be written to the folder news/media/feed.xml/, where that channel's feed is.
    if (route === `${c.route}feed.xml/`) return `栏目 ${c.name} 的订阅（RSS）`;
  }
  if (route === '/' || /^\/(library|search|feed\.xml|notices\/feed\.xml|notices\.json|sitemap[\w-]*\.xml|robots\.txt|files|pagefind|404)\//.test(route)) return '网站自身的页面';
  return undefined;
}
