import { urlKind } from '../../security/urls.ts';
import { attributeOf } from '../tree.ts';
import type { Rule } from '../types.ts';

/**
 * An image loaded from another site: the Content-Security-Policy blocks it (readers see a gap), and it would
 * tell that site who reads the page. Images belong next to the article.
 */
export const remoteImage: Rule = {
  meta: { id: 'remote-image', severity: 'error', description: '从其他网站加载的图片' },
  create(context) {
    return {
      element(node) {
        if (node.tagName !== 'img') return;
        const src = attributeOf(node, 'src') ?? '';
        if (urlKind(src) !== 'web') return;
        context.report({ node, attribute: 'src', message: `图片来自其他网站（${src.slice(0, 80)}）；网站只显示本站的图片`, fix: '把图片下载后放在本文件旁边，写 ![说明](./图片.png)' });
      },
    };
  },
};
