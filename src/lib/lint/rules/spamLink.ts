import { hostOf, urlKind } from '../../security/urls.ts';
import { spamWordsIn } from '../spam.ts';
import { attributeOf, textOf } from '../tree.ts';
import type { Rule } from '../types.ts';

/**
 * A link that advertises gambling, fake invoices or documents, sex or loans: the address itself (host and path,
 * never a `data:` image), or the words of a link to another site. Words are compared after normalization, so
 * full-width letters, spaces and zero-width characters inside a word do not hide it.
 */
export const spamLink: Rule = {
  meta: { id: 'spam-link', severity: 'error', description: '博彩、代开发票等广告链接，多为被植入的垃圾链接' },
  create(context) {
    return {
      element(node) {
        if (node.tagName !== 'a') return;
        const href = attributeOf(node, 'href') ?? '';
        const kind = urlKind(href);
        if (kind !== 'web' && kind !== 'relative') return;
        const host = kind === 'web' ? hostOf(href) : undefined;
        const outside = host !== undefined && host !== context.site.host && !host.endsWith(`.${context.site.host}`);
        let address = '';
        try {
          address = decodeURIComponent(href);
        } catch {
          address = href;
        }
        const inAddress = kind === 'web' ? spamWordsIn(address) : [];
        const inText = outside ? spamWordsIn(`${textOf(node)} ${attributeOf(node, 'title') ?? ''}`) : [];
        const words = [...new Set([...inAddress, ...inText])];
        if (words.length === 0) return;
        context.report({
          node,
          message: `疑似被植入的垃圾链接（${words.join('、')}）：${href.slice(0, 80)}`,
          fix: '删除这个链接，并检查稿件来源和账号安全',
        });
      },
    };
  },
};
