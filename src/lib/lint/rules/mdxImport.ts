import type { Rule } from '../types.ts';

/** MDX `import`/`export` other than an image next to the file or an editor component (mdxGate.ts). */
export const mdxImport: Rule = {
  meta: { id: 'mdx-import', severity: 'error', description: 'MDX 里导入程序或文件、export：会在构建时运行代码或发布任意文件' },
  create(context) {
    return {
      mdxjsEsm(node) {
        for (const finding of context.gate.esm(node).findings) context.report({ node, message: finding.message, fix: finding.fix });
      },
    };
  },
};
