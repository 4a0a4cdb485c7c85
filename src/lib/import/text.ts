/**
 * Plain text as a browser copy or a crawler gives it: one paragraph a line, sometimes with blank lines
 * between, the page's chrome (menus, breadcrumb, tools, footer) as lines of their own.
 */
import { escapeText } from './markdown.ts';
import type { Block } from './types.ts';

/**
 * Reads plain text into one paragraph block per non-empty line, with its line number.
 * @example textToBlocks('当前位置：首页 > 新闻中心\n\n全市社会救助工作会议召开')
 * // [{ kind: 'paragraph', text: '当前位置：首页 > 新闻中心', line: 1 }, { kind: 'paragraph', text: '全市社会救助工作会议召开', line: 3 }]
 */
export function textToBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n|\u2028|\u2029/)
    .forEach((raw, i) => {
      // Indentation (两个全角空格 at the start of a paragraph) and trailing spaces carry no meaning.
      const line = raw.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '').replace(/^[\s\u00a0\u3000]+|[\s\u00a0\u3000]+$/g, '');
      if (line === '') return;
      blocks.push({ kind: 'paragraph', text: line.replace(/[\s\u00a0\u3000]+/g, ' '), markdown: escapeText(line.replace(/[\s\u00a0]+/g, ' ')), line: i + 1 });
    });
  return blocks;
}
