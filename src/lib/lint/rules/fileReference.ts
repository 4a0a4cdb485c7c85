import { isFileReference } from '../../security/files.ts';
import { attributeOf } from '../tree.ts';
import type { Rule } from '../types.ts';

/**
 * A link or image pointing at a file next to the article (`./plan.pdf`, `./图1.png`): the file must exist inside
 * content/, be a real file (no symlink) of a type that may be published. Valid ones are published under /files/.
 */
export const fileReference: Rule = {
  meta: { id: 'file-reference', severity: 'error', description: '正文引用的文件不存在、不在 content/ 里或类型不能发布' },
  create(context) {
    return {
      element(node) {
        const attribute = node.tagName === 'img' ? 'src' : node.tagName === 'a' ? 'href' : undefined;
        if (!attribute) return;
        const url = attributeOf(node, attribute);
        if (url === undefined || !isFileReference(url) || url.startsWith('/files/')) return;
        // Images imported in MDX (<Figure src={chart} />) were already checked by mdx-import.
        if (node.tagName === 'img' && context.kind === 'mdx' && url === '') return;
        const resolved = context.reference(url, node.tagName === 'img' ? 'image' : 'link');
        if (!resolved.ok) context.report({ node, attribute, message: resolved.message, fix: resolved.fix });
      },
    };
  },
};
