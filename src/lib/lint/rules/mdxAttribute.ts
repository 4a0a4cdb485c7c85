import type { Rule } from '../types.ts';

/**
 * A JSX attribute in MDX that is an expression (other than a literal or an imported image), a spread, an Astro
 * directive (`set:html`, `is:inline` …) or an event handler.
 */
export const mdxAttribute: Rule = {
  meta: { id: 'mdx-attribute', severity: 'error', description: 'MDX 属性里的表达式、展开和 Astro 指令' },
  create(context) {
    return {
      mdxJsxElement(node) {
        for (const finding of context.gate.jsx(node).findings) {
          if (finding.rule === 'mdx-attribute') context.report({ node, attribute: finding.attribute, message: finding.message, fix: finding.fix });
        }
      },
    };
  },
};
