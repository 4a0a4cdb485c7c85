import type { Element } from 'hast';
import { SANITIZE_SCHEMA } from '../../security/sanitizeSchema.ts';
import { attributeName } from '../tree.ts';
import type { Located, Rule } from '../types.ts';
import { UNSAFE } from './unsafeHtml.ts';

const TAGS = new Set(SANITIZE_SCHEMA.tagNames ?? []);
const STRIPPED = new Set(SANITIZE_SCHEMA.strip ?? []);
const allowed = (tag: string): Set<string> =>
  new Set([...(SANITIZE_SCHEMA.attributes?.[tag] ?? []), ...(SANITIZE_SCHEMA.attributes?.['*'] ?? [])].map((a) => (Array.isArray(a) ? String(a[0]) : String(a))));
const ALLOWED = new Map<string, Set<string>>();

/** Handled by their own rules, with their own messages. */
const OWN_RULE = /^(on.*|style|hidden|aria-hidden)$/;

/**
 * Formatting the site does not publish (the sanitizer drops it): `style` and `class` attributes, `<font>`,
 * `<center>` and the like, pasted from word processors and legacy pages. One warning per file, with counts,
 * so the editor knows the page will look plainer than the source.
 */
export const unpublishedHtml: Rule = {
  meta: { id: 'unpublished-html', severity: 'warning', description: '不会发布的排版 HTML（style、class、font 等）' },
  create(context) {
    const counts = new Map<string, number>();
    let first: Located | undefined;
    const count = (what: string, node: Element) => {
      counts.set(what, (counts.get(what) ?? 0) + 1);
      first ??= node;
    };
    return {
      element(node, ancestors) {
        const tag = node.tagName.toLowerCase();
        // Dangerous elements have their own rule; what is inside a removed element goes with it.
        if (tag in UNSAFE || ancestors.some((a) => STRIPPED.has(a.tagName.toLowerCase()) || a.tagName.toLowerCase() in UNSAFE)) return;
        if (!TAGS.has(tag) && !STRIPPED.has(tag)) count(`<${tag}>`, node);
        if (!TAGS.has(tag)) return;
        let attrs = ALLOWED.get(tag);
        if (!attrs) ALLOWED.set(tag, (attrs = allowed(tag)));
        for (const [property, value] of Object.entries(node.properties)) {
          if (value === undefined || value === null || value === false) continue;
          const name = attributeName(property);
          if (name === 'style') count('style 属性', node);
          else if (!attrs.has(property) && !OWN_RULE.test(name)) count(`${name} 属性`, node);
        }
      },
      done() {
        if (counts.size === 0) return;
        const list = [...counts].map(([what, n]) => (n > 1 ? `${what} ×${n}` : what)).join('，');
        context.report({ node: first, message: `这些排版 HTML 不会发布（网站统一排版）：${list}`, fix: '删除它们，用 Markdown 写标题、列表和表格' });
      },
    };
  },
};
