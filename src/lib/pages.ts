/**
 * The page model: every page of the site, by route, with what it shows. Script-neutral: each page is
 * built once per script from the same model, and `urls.ts` says where each copy lives.
 * Pure: it takes articles that were already loaded and validated.
 */
import type { Channel, ChannelTree } from './channels.ts';
import type { PortalDate } from './dates.ts';
import { paginate, pageRoute, type PageSlice } from './pagination.ts';
import type { Script } from './variant/scripts.ts';
import type { NewsData } from '../schemas/news.ts';
import type { NoticeData } from '../schemas/notice.ts';

/** One published article, whichever collection it came from. `T` carries the renderable entry. */
export type Article<T = unknown> = {
  id: string;
  route: string;
  /** The script the file is written in. */
  script: Script;
  /** Plain-text summary: the editor's, or the first sentences of the body. */
  summary: string;
  date: PortalDate;
  title: string;
  channel: string;
  /** Absolute path of the source file. */
  file: string;
  entry: T;
} & ({ collection: 'news'; data: NewsData } | { collection: 'notices'; data: NoticeData });

/** Items on the home page per channel block. */
export const HOME_ITEMS = 8;
/** Rows per page of the 政策文件库. */
export const LIBRARY_PAGE_SIZE = 50;

export type PageModel<T = unknown> =
  | { kind: 'home'; route: '/'; blocks: { channel: Channel; items: Article<T>[] }[]; notices: Article<T>[] }
  | { kind: 'channel'; route: string; channel: Channel; list: PageSlice<Article<T>> }
  | { kind: 'article'; route: string; article: Article<T>; newer?: Article<T> | undefined; older?: Article<T> | undefined }
  | { kind: 'library'; route: string; list: PageSlice<Article<T>> }
  | { kind: 'search'; route: '/search/' }
  | { kind: 'not-found'; route: '/404/' };

/** Newest first; ties broken by route so the order never depends on the file system. */
export function byDateDesc(a: Article<unknown>, b: Article<unknown>): number {
  return b.date.epoch - a.date.epoch || a.route.localeCompare(b.route);
}

export const LIBRARY_ROUTE = '/library/';
export const SEARCH_ROUTE = '/search/';

/** Builds every page of the site. O(articles × channel depth). */
export function buildPages<T>(articles: readonly Article<T>[], channels: ChannelTree): PageModel<T>[] {
  const sorted = [...articles].sort(byDateDesc);
  const byChannel = new Map<string, Article<T>[]>();
  for (const a of sorted) {
    for (const c of channels.ancestry(a.channel)) {
      const list = byChannel.get(c.id) ?? [];
      list.push(a);
      byChannel.set(c.id, list);
    }
  }
  const pages: PageModel<T>[] = [];

  pages.push({
    kind: 'home',
    route: '/',
    blocks: channels.all
      .filter((c) => c.children.length === 0)
      .map((channel) => ({ channel, items: (byChannel.get(channel.id) ?? []).slice(0, HOME_ITEMS) })),
    notices: sorted.filter((a) => a.collection === 'notices').slice(0, HOME_ITEMS),
  });

  for (const channel of channels.all) {
    for (const list of paginate(byChannel.get(channel.id) ?? [])) {
      pages.push({ kind: 'channel', route: pageRoute(channel.route, list.page), channel, list });
    }
  }

  for (const channel of channels.all) {
    // Previous/next within the article's own channel (the leaf it was filed under).
    const own = (byChannel.get(channel.id) ?? []).filter((a) => a.channel === channel.id);
    own.forEach((article, i) => pages.push({ kind: 'article', route: article.route, article, newer: own[i - 1], older: own[i + 1] }));
  }

  for (const list of paginate(sorted.filter((a) => a.collection === 'notices'), LIBRARY_PAGE_SIZE)) {
    pages.push({ kind: 'library', route: pageRoute(LIBRARY_ROUTE, list.page), list });
  }
  pages.push({ kind: 'search', route: SEARCH_ROUTE });
  return pages;
}
