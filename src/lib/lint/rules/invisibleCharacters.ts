import { attributeOf } from '../tree.ts';
import type { Finding, Rule } from '../types.ts';

/** Bidirectional controls: they reorder what readers see (a title can read backwards, a link can lie). */
const BIDI = /[\u202a-\u202e\u2066-\u2069]/g;
/** Characters that render as nothing and split words, so a filter misses them: zero-width space, joiners, BOM. */
const ZERO_WIDTH = /[\u200b-\u200f\u2060-\u2064\ufeff]/g;

function code(ch: string): string {
  return `U+${ch.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * Invisible characters in titles, frontmatter text and the body. Bidirectional overrides and isolates
 * (U+202A–U+202E, U+2066–U+2069) are errors: they make text read in another order than it is stored, the
 * trick behind spoofed titles and links. Zero-width characters inside text are warnings: readers do not see
 * them, search and filters trip over them, and intruders use them to split spam words.
 */
export const invisibleCharacters: Rule = {
  meta: { id: 'invisible-characters', severity: 'error', description: '双向文字控制符和零宽字符' },
  create(context) {
    const check = (value: string, at: Omit<Finding, 'message'>) => {
      const bidi = [...new Set(value.match(BIDI) ?? [])];
      if (bidi.length > 0) {
        context.report({
          ...at,
          offset: at.offset === undefined ? undefined : value.search(BIDI),
          message: `有改变文字方向的控制字符 ${bidi.map(code).join(' ')}：读者看到的文字顺序与实际不同，常被用来伪装标题和链接`,
          fix: '删除这些字符（从纯文本重新输入这段文字）',
        });
      }
      const zero = [...new Set(value.match(ZERO_WIDTH) ?? [])].filter((c) => !(c === '\ufeff' && value.indexOf(c) === 0 && value.lastIndexOf(c) === 0));
      if (zero.length > 0) {
        context.report({
          ...at,
          offset: at.offset === undefined ? undefined : value.search(ZERO_WIDTH),
          severity: 'warning',
          message: `有看不见的零宽字符 ${zero.map(code).join(' ')}：会拆开词语，影响检索`,
          fix: '删除这些字符',
        });
      }
    };
    return {
      fields(fields) {
        for (const field of fields) check(field.value, { field });
      },
      text(node, ancestors) {
        if (ancestors.some((a) => a.tagName === 'code' || a.tagName === 'pre')) return;
        check(node.value, node.position ? { node, offset: 0 } : { node: ancestors.at(-1) });
      },
      element(node) {
        for (const name of ['alt', 'title', 'href']) {
          const value = attributeOf(node, name);
          if (value) check(value, { node, attribute: name });
        }
      },
    };
  },
};
