import type { Element } from 'hast';
import { hidingReason, parseStyle } from '../style.ts';
import { spamWordsIn } from '../spam.ts';
import { attributeOf, contains, textOf } from '../tree.ts';
import type { Rule } from '../types.ts';

/** Why an element is hidden from readers (attribute or style), or `undefined`. */
function hiddenBecause(node: Element): string | undefined {
  if (attributeOf(node, 'hidden') !== undefined) return '有 hidden 属性';
  if (attributeOf(node, 'aria-hidden') === 'true' && textOf(node).trim() !== '') return '有 aria-hidden="true"';
  const style = attributeOf(node, 'style');
  return style ? hidingReason(parseStyle(style)) : undefined;
}

/**
 * Content hidden from readers: hacked pages hide link farms and keywords with CSS (display:none, 1 px fonts,
 * off-screen positions, white text), `hidden` attributes and HTML comments; a `position:fixed` box can cover the
 * whole page. Hidden links or spam words are errors; other hidden text is a warning (the published page shows
 * it, since styles are not published).
 */
export const hiddenContent: Rule = {
  meta: { id: 'hidden-content', severity: 'error', description: '隐藏的链接和文字、全屏浮层、注释里的广告' },
  create(context) {
    return {
      element(node, ancestors) {
        const style = attributeOf(node, 'style');
        if (style && /^(fixed|sticky)$/.test(parseStyle(style).get('position') ?? '')) {
          context.report({ node, attribute: 'style', message: `<${node.tagName}> 用 position:${parseStyle(style).get('position')} 浮在页面上，可遮盖整个网页`, fix: '删除 style 属性' });
        }
        const why = hiddenBecause(node);
        if (!why || ancestors.some((a) => hiddenBecause(a))) return;
        const text = textOf(node).trim();
        const words = spamWordsIn(text);
        const links = contains(node, 'a');
        if (!links && words.length === 0 && text === '') return;
        const what = links ? '链接' : words.length > 0 ? `广告词（${words.join('、')}）` : `文字“${text.slice(0, 20)}${text.length > 20 ? '…' : ''}”`;
        context.report({
          node,
          severity: links || words.length > 0 ? 'error' : 'warning',
          message: `<${node.tagName}> ${why}，里面藏着${what}；这是被植入垃圾内容的常见手法`,
          fix: links || words.length > 0 ? '删除这段隐藏内容，并检查稿件来源和账号安全' : '不需要的文字请删除；要显示的请去掉隐藏样式',
        });
      },
      comment(node) {
        const words = spamWordsIn(node.value);
        if (words.length === 0) return;
        context.report({ node, message: `HTML 注释里有广告词（${words.join('、')}）；注释不会显示，常被用来给搜索引擎植入关键词`, fix: '删除这段注释' });
      },
    };
  },
};
