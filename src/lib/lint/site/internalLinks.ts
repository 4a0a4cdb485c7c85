import type { Diagnostic } from '../../diagnostics.ts';
import { siteRouteOwner } from '../siteRoutes.ts';
import type { SiteRule } from './types.ts';

/**
 * Links between pages of the site, checked once every article is known (the body rule `links` records them):
 * a link to a page that does not exist, or only as a draft, is an error; a link to an anchor its page does not
 * have is a warning. Channel pages and their numbered pages, home and the site's own pages exist.
 */
export const internalLinks: SiteRule = {
  id: 'links',
  description: '站内链接指向不存在的页面或锚点',
  check(site, articles) {
    const published = new Map(articles.filter((a) => !a.draft).map((a) => [a.route, a]));
    const drafts = new Set(articles.filter((a) => a.draft).map((a) => a.route));
    const exists = (route: string) => published.has(route) || siteRouteOwner(site, route, articles.length) !== undefined;
    const diagnostics: Diagnostic[] = [];
    for (const article of articles) {
      for (const link of article.links) {
        const at = { rule: 'links', file: article.file, line: link.line, column: link.column };
        if (!exists(link.route)) {
          const draft = drafts.has(link.route);
          diagnostics.push({
            ...at,
            severity: 'error',
            message: draft ? `链接 ${link.href} 指向的文章还是草稿（draft: true），读者会看到“页面不存在”` : `链接 ${link.href} 指向的页面 ${link.route} 不存在`,
            fix: draft ? '等那篇文章发布后再加链接，或删去链接' : '改正链接：站内文章的网址是 /栏目文件夹/年份/文件名/，如 /news/2024/example/',
          });
          continue;
        }
        const target = published.get(link.route);
        if (link.hash && target && !target.anchors.includes(link.hash)) {
          diagnostics.push({
            ...at,
            severity: 'warning',
            message: `链接 ${link.href} 指向的锚点 "${link.hash}" 在那篇文章里不存在`,
            fix: target.anchors.length > 0 ? `改为那篇文章已有的锚点之一：${target.anchors.slice(0, 5).map((a) => `#${a}`).join(' ')}` : '去掉 # 后面的部分',
          });
        }
      }
    }
    return diagnostics;
  },
};
