import { attributeOf } from '../tree.ts';
import type { Rule } from '../types.ts';

/**
 * Text garbled by a wrong encoding: U+FFFD, `??` next to Chinese (a character lost between GBK and UTF-8),
 * and the classic 锟斤拷 / 烫烫烫 / 屯屯屯 patterns. Code is left alone.
 */
export const MOJIBAKE = /\uFFFD+|锟斤拷|烫烫烫|屯屯屯|(?<=[\u3400-\u9fff])\?{2,}|\?{2,}(?=[\u3400-\u9fff])/;

export function mojibakeMessage(found: string): string {
  return `有乱码 "${found}"；多半是文件编码不对（应为 UTF-8）。请从原稿重新复制这段文字`;
}

export const mojibake: Rule = {
  meta: { id: 'mojibake', severity: 'error', description: '编码错误造成的乱码' },
  create(context) {
    return {
      text(node, ancestors) {
        if (ancestors.some((a) => a.tagName === 'code' || a.tagName === 'pre')) return;
        const m = MOJIBAKE.exec(node.value);
        if (!m) return;
        const lineOffset = node.position ? (node.value.slice(0, m.index).match(/\n/g) ?? []).length : 0;
        context.report({ node: node.position ? node : ancestors.at(-1), lineOffset, message: mojibakeMessage(m[0]) });
      },
      element(node) {
        for (const name of ['alt', 'title']) {
          const m = MOJIBAKE.exec(attributeOf(node, name) ?? '');
          if (m) context.report({ node, attribute: name, message: `${name} ${mojibakeMessage(m[0])}` });
        }
      },
    };
  },
};
