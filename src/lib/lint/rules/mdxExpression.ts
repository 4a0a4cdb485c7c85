import { checkExpression } from '../../security/mdxGate.ts';
import type { Rule } from '../types.ts';

/** An MDX `{expression}` in text or between blocks: JavaScript run at build time. Comments are fine. */
export const mdxExpression: Rule = {
  meta: { id: 'mdx-expression', severity: 'error', description: 'MDX 表达式 {…}：会在构建时运行代码' },
  create(context) {
    return {
      mdxExpression(node) {
        const finding = checkExpression(node.value);
        if (finding) context.report({ node, message: finding.message, fix: finding.fix });
      },
    };
  },
};
