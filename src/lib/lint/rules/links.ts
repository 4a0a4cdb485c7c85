import type { Element } from 'hast';
import { hostOf, urlKind } from '../../security/urls.ts';
import { attributeOf } from '../tree.ts';
import type { Rule } from '../types.ts';

/** Government hosts, which all serve https: gov.cn and its subdomains, and the .gov of other places. */
const GOVERNMENT = /(^|\.)gov(\.[a-z]{2})?$|(^|\.)gov\.cn$/;

function decode(fragment: string): string {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}

/**
 * Links and images as readers meet them:
 * - a link to a page of this site that does not exist (checked once every article is known, so a link to a
 *   draft or a renamed file is found) or to an anchor that is not on its page;
 * - an image without alt text (readers who cannot see it get nothing);
 * - an `http:` link to a government site, which serves https (browsers warn, and the link can be tampered with).
 * Files next to the article (attachments, `./plan.pdf`) are the file-reference rule's.
 */
export const links: Rule = {
  meta: { id: 'links', severity: 'error', description: '站内链接和锚点失效、图片缺少替代文字、政府网站链接用 http' },
  create(context) {
    const ids = new Set<string>();
    const anchors: { node: Element; hash: string; href: string }[] = [];
    return {
      element(node) {
        const id = attributeOf(node, 'id');
        if (id) ids.add(id);
        if (node.tagName === 'a' && attributeOf(node, 'name')) ids.add(attributeOf(node, 'name') ?? '');
        if (node.tagName === 'img') {
          const alt = attributeOf(node, 'alt');
          if (alt === undefined || alt.trim() === '') {
            context.report({
              node,
              severity: 'warning',
              message: '图片没有替代文字（alt）：看不见图片的读者（读屏软件用户、图片没加载出来时）不知道图上是什么',
              fix: '写上图片内容，如 ![社区工作人员上门走访独居老人](./photo.jpg)',
            });
          }
          return;
        }
        if (node.tagName !== 'a') return;
        const href = attributeOf(node, 'href');
        if (!href) return;
        if (href.startsWith('#')) {
          if (href.length > 1) anchors.push({ node, hash: decode(href.slice(1)), href });
          return;
        }
        if (urlKind(href) === 'web' && /^\s*http:/i.test(href)) {
          const host = hostOf(href) ?? '';
          if (GOVERNMENT.test(host) || context.site.trustedDomains.some((d) => host === d || host.endsWith(`.${d}`))) {
            context.report({ node, attribute: 'href', severity: 'warning', message: `政府网站链接用了不加密的 http：${href.slice(0, 80)}`, fix: `改为 ${href.trim().replace(/^http:/i, 'https:').slice(0, 80)}` });
          }
          return;
        }
        const target = context.site.internal(href);
        if (target) context.link(node, { ...target, href });
      },
      done() {
        for (const anchor of anchors) {
          if (ids.has(anchor.hash)) continue;
          context.report({
            node: anchor.node,
            attribute: 'href',
            severity: 'warning',
            message: `本页没有锚点 "${anchor.hash}"：链接 ${anchor.href} 点了不会跳转`,
            fix: ids.size > 0 ? `改为本页已有的锚点之一：${[...ids].slice(0, 5).map((i) => `#${i}`).join(' ')}` : '删除这个链接，或链接到一个标题',
          });
        }
      },
    };
  },
};
