import { URL_ATTRIBUTES, urlKind } from '../../security/urls.ts';
import { attributeOf, attributesOf } from '../tree.ts';
import type { Rule } from '../types.ts';

/** SVG animation can set an attribute (such as href) to any of these values. */
const ANIMATION_VALUES = new Set(['values', 'to', 'from', 'by']);

/**
 * A `javascript:` (or `vbscript:`, `data:` other than an image) address in a link, image or any other URL
 * attribute, however it is spelled: entities, tabs, upper case and leading spaces are read as a browser reads them.
 */
export const javascriptUrl: Rule = {
  meta: { id: 'javascript-url', severity: 'error', description: 'javascript: 等会运行脚本的地址' },
  create(context) {
    return {
      element(node) {
        for (const [name, value] of attributesOf(node)) {
          const candidates = name === 'srcset' ? value.split(',').map((c) => c.trim().split(/\s+/)[0] ?? '') : [value];
          const isUrl = URL_ATTRIBUTES.has(name) || (ANIMATION_VALUES.has(name) && attributeOf(node, 'attributename') !== undefined);
          if (!isUrl) continue;
          for (const url of name === 'values' ? value.split(';') : candidates) {
            const kind = urlKind(url);
            const image = node.tagName === 'img' && name === 'src';
            if (kind !== 'script' && !(kind === 'data-image' && !image)) continue;
            const shown = url.trim().length > 60 ? `${url.trim().slice(0, 60)}…` : url.trim();
            context.report({ node, attribute: name, message: `${name} 是会运行脚本的地址（${shown}）`, fix: '改为普通网址（https://…）或删除这个链接' });
          }
        }
      },
    };
  },
};
