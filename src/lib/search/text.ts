/**
 * The text a reader sees in a sanitized article body, for the search index: text nodes in document order,
 * a line break between blocks so words of two paragraphs never run together, nothing from attributes
 * (image alt text is not on the page; a picture that only says something in its alt text is not found by it).
 */
import type { Nodes } from 'hast';

const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'caption', 'dd', 'details', 'div', 'dl', 'dt', 'figcaption',
  'figure', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre',
  'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);

/**
 * Visible text of a hast tree.
 * @example hastText(fromHtml('<p>关于<b>做好</b></p><p>通知</p>', { fragment: true })) // '关于做好\n通知'
 */
export function hastText(tree: Nodes): string {
  const out: string[] = [];
  const visit = (node: Nodes): void => {
    if (node.type === 'text') out.push(node.value);
    else if (node.type === 'root' || node.type === 'element') {
      const block = node.type === 'element' && BLOCK.has(node.tagName);
      if (block) out.push('\n');
      for (const child of node.children) visit(child as Nodes);
      if (block) out.push('\n');
    }
  };
  visit(tree);
  return out.join('').replace(/[ \t\r\f]*\n[\s]*/g, '\n').trim();
}
