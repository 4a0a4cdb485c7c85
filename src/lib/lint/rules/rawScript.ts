import type { Rule } from '../types.ts';

/** `<script>` in a body, in any spelling the HTML parser accepts (and inside SVG). */
export const rawScript: Rule = {
  meta: { id: 'raw-script', severity: 'error', description: '正文里的脚本：网站不发布脚本' },
  create(context) {
    return {
      element(node) {
        if (node.tagName !== 'script') return;
        context.report({ node, message: '正文里有脚本 <script>；网站不发布脚本', fix: '删除这段脚本；如需嵌入互动内容，请联系技术人员' });
      },
    };
  },
};
