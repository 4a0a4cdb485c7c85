/**
 * Bounded work per file. Parsers are fast on ordinary text but some shapes cost more than linear time
 * (satteri takes 4.6 s on a blockquote nested 100,000 deep, 11 s on as many nested list markers), and tree
 * walkers recurse. So before parsing, one linear pass estimates the nesting from above; after parsing, the
 * real depth of the tree is measured. Either beyond the limit refuses the file (rule `nesting-depth`).
 */
import type { Nodes } from 'hast';

/** Before parsing, the estimate may exceed the real depth (it cannot see code blocks): allow this factor. */
export const ESTIMATE_FACTOR = 4;

/** Tags that never nest: void elements, and those a parser closes by themselves at the next sibling. */
const FLAT = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr',
  'p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'option', 'optgroup', 'rb', 'rt', 'rp', 'caption', 'colgroup',
]);

/**
 * An upper bound, in one pass, on how deep a Markdown body nests: container markers (`>`, list bullets and
 * numbers) at the start of a line, and HTML/JSX tags open at once. Returns the deepest count and its line
 * (1-based, in the body).
 * @example estimateNesting('> > > 引文') // { depth: 3, line: 1 }
 */
export function estimateNesting(body: string): { depth: number; line: number } {
  let deepest = { depth: 0, line: 1 };
  let open = 0;
  let line = 1;
  let start = 0;
  const markers = /\s{0,3}(?:>|[-*+](?=\s)|\d{1,9}[.)](?=\s))/y;
  for (;;) {
    const end = body.indexOf('\n', start);
    const text = end < 0 ? body.slice(start) : body.slice(start, end);
    let depth = 0;
    markers.lastIndex = 0;
    while (markers.test(text)) depth += 1;
    const tags = /<(\/?)([A-Za-z][\w:.-]*)[^<>]*?(\/?)>/g;
    for (let m = tags.exec(text); m; m = tags.exec(text)) {
      const name = (m[2] ?? '').toLowerCase();
      if (m[3] === '/' || FLAT.has(name)) continue;
      open = Math.max(0, open + (m[1] === '/' ? -1 : 1));
      depth = Math.max(depth, open);
    }
    if (depth > deepest.depth) deepest = { depth, line };
    if (end < 0) break;
    start = end + 1;
    line += 1;
  }
  return deepest;
}

/** The deepest chain of elements in a tree, and the node at its bottom. Iterative: no recursion to overflow. */
export function treeDepth(root: Nodes): { depth: number; node: Nodes } {
  let best = { depth: 0, node: root };
  const stack: [Nodes, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [Nodes, number];
    const own = node.type === 'element' || String(node.type).startsWith('mdxJsx') ? depth + 1 : depth;
    if (own > best.depth) best = { depth: own, node };
    if ('children' in node) for (const child of node.children) stack.push([child as Nodes, own]);
  }
  return best;
}
