import type { Rule } from '../types.ts';

/** A JSX element in MDX that is neither an editor component nor plain HTML. */
export const mdxComponent: Rule = {
  meta: { id: 'mdx-component', severity: 'error', description: 'MDX 里不认识的组件' },
  create(context) {
    return {
      mdxJsxElement(node) {
        for (const finding of context.gate.jsx(node).findings) {
          if (finding.rule === 'mdx-component') context.report({ node, message: finding.message, fix: finding.fix });
        }
      },
    };
  },
};
