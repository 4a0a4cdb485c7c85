import { findGarbles, garbleMessage } from '../mojibake.ts';
import { attributeOf } from '../tree.ts';
import type { Rule } from '../types.ts';

const FIX = '从原稿（Word、PDF 或旧网站页面）重新复制这段文字，用 UTF-8 编码保存';

/**
 * Text garbled by a wrong encoding, in the frontmatter and the body (text, alt and title): U+FFFD, `??` where a
 * character was lost, 锟斤拷, UTF-8 read as Latin-1/CP1252 (`æ°‘æ”¿`) or as GBK (`姘戞斂`). Code is left alone.
 * A single `?` between Chinese characters is a warning: it may be a typing slip.
 */
export const mojibake: Rule = {
  meta: { id: 'mojibake', severity: 'error', description: '编码错误造成的乱码' },
  create(context) {
    return {
      fields(fields) {
        for (const field of fields) {
          for (const g of findGarbles(field.value)) {
            context.report({ field, message: garbleMessage(g), fix: g.repaired ? `改为 "${g.repaired}"（请核对）` : FIX, severity: g.certain ? 'error' : 'warning' });
          }
        }
      },
      text(node, ancestors) {
        if (ancestors.some((a) => a.tagName === 'code' || a.tagName === 'pre')) return;
        for (const g of findGarbles(node.value)) {
          context.report({
            node: node.position ? node : ancestors.at(-1),
            offset: node.position ? g.index : undefined,
            message: garbleMessage(g),
            fix: g.repaired ? `改为 "${g.repaired}"（请核对）` : FIX,
            severity: g.certain ? 'error' : 'warning',
          });
        }
      },
      element(node) {
        for (const name of ['alt', 'title']) {
          for (const g of findGarbles(attributeOf(node, name) ?? '')) {
            context.report({ node, attribute: name, message: `${name}：${garbleMessage(g)}`, fix: g.repaired ? `改为 "${g.repaired}"（请核对）` : FIX, severity: g.certain ? 'error' : 'warning' });
          }
        }
      },
    };
  },
};
