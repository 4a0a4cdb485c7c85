/**
 * Bounded work per file. Parsers are fast on ordinary text, but some shapes cost far more than linear time in
 * satteri (the parser Astro renders with; measured on 0.10.5): a blockquote or list nested 100,000 deep takes
 * 5–11 s, mismatched emphasis, entities or bare links packed into one paragraph grow quadratically, MDX braces
 * nested 60 deep take seconds (exponential), and bracket nesting a few thousand deep in MDX, or inline nesting a
 * quarter of a million deep, crashes the process. So before anything parses a body, one linear pass screens it
 * (screenBody), and after parsing, the real depth of the tree is measured (treeDepth). Beyond any limit the file is
 * refused by rule. The check also runs each file in a child process with a time limit (pool.ts), for whatever
 * this screen does not foresee.
 */
import type { Nodes } from 'hast';

/** Before parsing, nesting estimates may exceed the real depth (they cannot see code blocks): allow this factor. */
export const ESTIMATE_FACTOR = 4;

/** Largest cost of one paragraph: its length × the characters that open inline markup in it. */
const PARAGRAPH_BUDGET = 2e8;
/** Longest run of one punctuation character (a bare link followed by dots is quadratic in the run). */
const LONGEST_RUN = 2000;
/** Most cells of one table (every row is padded to the header's width). */
const TABLE_CELLS = 200_000;
/** Most columns of one table. */
const MAX_COLUMNS = 1000;
/** Most footnote definitions and references in one body. */
const FOOTNOTES = 10_000;

/** Tags that never nest: void elements, and those a parser closes by themselves at the next sibling. */
const FLAT = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr',
  'p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'option', 'optgroup', 'rb', 'rt', 'rp', 'caption', 'colgroup',
]);

/** Characters that open inline markup, which a parser may pair up across a whole paragraph. */
const INLINE_OPENERS = /[&_*~[!<{@`]|:\/\/|www\./g;

export interface Refusal {
  rule: 'nesting-depth' | 'body-complexity';
  /** 1-based line in the body. */
  line: number;
  message: string;
  fix: string;
}

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
  const markers = /[ \t]{0,3}(?:>|[-*+](?=\s)|\d{1,9}[.)](?=\s))/y;
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

/**
 * The deepest nesting of brackets in an MDX body (naively: strings and comments are not skipped), for braces
 * alone and for `{ ( [` together, with the line where each is reached.
 * @example bracketNesting('{a({b})}') // { braces: { depth: 2, line: 1 }, all: { depth: 3, line: 1 } }
 */
export function bracketNesting(body: string): { braces: { depth: number; line: number }; all: { depth: number; line: number } } {
  let braces = 0;
  let all = 0;
  let line = 1;
  const deepest = { braces: { depth: 0, line: 1 }, all: { depth: 0, line: 1 } };
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    if (c === 10) line += 1;
    else if (c === 123) {
      braces += 1;
      all += 1;
      if (braces > deepest.braces.depth) deepest.braces = { depth: braces, line };
    } else if (c === 40 || c === 91) all += 1;
    else if (c === 125) (braces = Math.max(0, braces - 1), (all = Math.max(0, all - 1)));
    else if (c === 41 || c === 93) all = Math.max(0, all - 1);
    else continue;
    if (all > deepest.all.depth) deepest.all = { depth: all, line };
  }
  return deepest;
}

/**
 * Screens a body before it is parsed, in linear time; returns why it is refused, or `undefined`.
 * @param depth the site's nesting limit (limits.depth)
 */
export function screenBody(body: string, kind: 'md' | 'mdx', depth: number): Refusal | undefined {
  const nesting = estimateNesting(body);
  if (nesting.depth > depth * ESTIMATE_FACTOR) {
    return { rule: 'nesting-depth', line: nesting.line, message: `引用、列表或 HTML 标签嵌套了 ${nesting.depth} 层，超过上限 ${depth} 层`, fix: '减少嵌套：一层引用、两三层列表足够' };
  }
  if (kind === 'mdx') {
    const brackets = bracketNesting(body);
    if (brackets.braces.depth > depth) {
      return { rule: 'nesting-depth', line: brackets.braces.line, message: `花括号嵌套了 ${brackets.braces.depth} 层，超过上限 ${depth} 层`, fix: '正文里的花括号写成 \\{ 和 \\}' };
    }
    if (brackets.all.depth > depth * 8) {
      return { rule: 'nesting-depth', line: brackets.all.line, message: `括号嵌套了 ${brackets.all.depth} 层，超过上限 ${depth * 8} 层`, fix: '减少嵌套的括号' };
    }
  }

  let line = 1;
  let paragraph = { start: 1, length: 0, openers: 0 };
  let table = { columns: 0, rows: 0, start: 1 };
  let footnotes = 0;
  let run = { code: -1, length: 0, line: 1 };
  const closeParagraph = (): Refusal | undefined => {
    const cost = paragraph.length * paragraph.openers;
    if (cost > PARAGRAPH_BUDGET) {
      return { rule: 'body-complexity', line: paragraph.start, message: `这一段很长且标记极多（${paragraph.length} 个字符、${paragraph.openers} 个 * _ [ < & 等符号），解析代价过高`, fix: '分成几段（段与段之间空一行），或删去多余的符号' };
    }
    return undefined;
  };
  let start = 0;
  for (;;) {
    const end = body.indexOf('\n', start);
    const text = end < 0 ? body.slice(start) : body.slice(start, end);
    if (text.trim() === '') {
      const refused = closeParagraph();
      if (refused) return refused;
      paragraph = { start: line + 1, length: 0, openers: 0 };
      table = { columns: 0, rows: 0, start: line + 1 };
    } else {
      // Inline markup is parsed per paragraph, list item, heading and table cell: each such line starts afresh.
      if (/^\s{0,3}(?:[-*+]|\d{1,9}[.)]|#{1,6})\s/.test(text) || table.columns > 0) {
        const refused = closeParagraph();
        if (refused) return refused;
        paragraph = { start: line, length: 0, openers: 0 };
      }
      paragraph.length += text.length + 1;
      // A line that starts an HTML block is raw HTML to Markdown: no inline markup there.
      if (kind === 'mdx' || !/^\s{0,3}</.test(text)) paragraph.openers += (text.match(INLINE_OPENERS) ?? []).length;
      // A GFM table: its delimiter row sets the width, and every following line of the block is a row of it.
      if (table.columns === 0 && text.includes('-') && text.includes('|') && /^[\s|:-]+$/.test(text)) table.columns = (text.match(/-+/g) ?? []).length;
      if (table.columns > 0) {
        table.rows += 1;
        if (table.columns > MAX_COLUMNS || table.columns * table.rows > TABLE_CELLS) {
          return { rule: 'body-complexity', line: table.start, message: `表格过大（${table.columns} 列 × ${table.rows} 行；上限 ${MAX_COLUMNS} 列、${TABLE_CELLS} 个单元格）`, fix: '把大表格作为附件（xlsx 或 csv）发布' };
        }
      }
      footnotes += (text.match(/\[\^/g) ?? []).length;
      if (footnotes > FOOTNOTES) return { rule: 'body-complexity', line, message: `注释超过 ${FOOTNOTES} 处`, fix: '减少注释' };
      for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        const punctuation = (code >= 33 && code <= 47) || (code >= 58 && code <= 64) || (code >= 91 && code <= 96) || (code >= 123 && code <= 126);
        if (punctuation && code === run.code) {
          run.length += 1;
          if (run.length > LONGEST_RUN) return { rule: 'body-complexity', line: run.line, message: `同一个符号 ${String.fromCharCode(code)} 连写了 ${LONGEST_RUN} 个以上`, fix: '删去多余的符号' };
        } else {
          run = { code, length: 1, line };
        }
      }
    }
    if (end < 0) break;
    start = end + 1;
    line += 1;
  }
  return closeParagraph();
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
