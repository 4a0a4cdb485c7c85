/**
 * Saved HTML of a legacy page → blocks. The page is parsed as a browser would (hast-util-from-html, i.e.
 * parse5), and treated as hostile: scripts, styles, frames, forms, event handlers, hidden elements and every
 * attribute except a link's address and an image's text are dropped; only the text and a few structures
 * (paragraphs, headings, lists, tables, links, local images) are carried over, as escaped Markdown.
 *
 * The article is the element with typical class names (`TRS_Editor`, `pages_content`, `article`…) or, failing
 * that, the one whose paragraphs hold the most Chinese text; its blocks are marked `inArticle`.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { escapeText, markdownLink, markdownTable } from './markdown.ts';
import { tidy } from './fields.ts';
import type { Block, FileResolver, Note } from './types.ts';

/** What the HTML reader found besides the blocks. */
export interface HtmlPage {
  blocks: Block[];
  /** `<title>` and `<meta name="ArticleTitle">`, when present. */
  documentTitle?: string | undefined;
  /** `<meta name="PubDate">` / `ContentSource` / `Author`, as CMSs of government sites write them. */
  meta: Record<string, string>;
  /** Whether an article container was found. */
  container: boolean;
  notes: Note[];
}

/** Elements that never carry article text: dropped with everything inside. */
const DROP = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'form', 'input',
  'button', 'select', 'textarea', 'option', 'svg', 'math', 'canvas', 'video', 'audio', 'source', 'track', 'link', 'meta',
  'base', 'head', 'map', 'area', 'dialog', 'portal', 'slot',
]);
/** Page chrome: dropped unless inside an `<article>` (some CMSs put the headline in an article's header). */
const CHROME = new Set(['nav', 'header', 'footer', 'aside', 'menu']);
const BLOCK = new Set([
  'p', 'div', 'section', 'article', 'main', 'center', 'blockquote', 'pre', 'address', 'figure', 'figcaption', 'dl', 'dt',
  'dd', 'ul', 'ol', 'li', 'table', 'tr', 'td', 'th', 'tbody', 'thead', 'tfoot', 'caption', 'h1', 'h2', 'h3', 'h4', 'h5',
  'h6', 'hr', 'body', 'html', 'fieldset', 'legend', 'details', 'summary',
]);
const STRONG_CONTAINER = /(^|[\s_-])(TRS_Editor|TRS_UEDITOR|pages_content|article[_-]?content|art_con|news[_-]?content|content[_-]?text|zoom|detail[_-]?content|xxgk[_-]?content|Custom_UnionStyle)($|[\s_-])/i;
const WEAK_CONTAINER = /article|content|detail|zhengwen|main[_-]?text|text|con$/i;
const TITLE_CLASS = /(^|[\s_-])(title|tit|biaoti|bt|article[_-]?title|news[_-]?title|headline)($|[\s_-])/i;

const HAN_G = /\p{Script=Han}/gu;
const hanCount = (text: string) => text.match(HAN_G)?.length ?? 0;

function classOf(node: Element): string {
  const c = node.properties['className'];
  const id = node.properties['id'];
  return `${Array.isArray(c) ? c.join(' ') : String(c ?? '')} ${String(id ?? '')}`.trim();
}

/** Whether an element is hidden from readers (a favourite hiding place for planted spam links). */
function isHidden(node: Element): boolean {
  if (node.properties['hidden'] !== undefined && node.properties['hidden'] !== false) return true;
  if (String(node.properties['ariaHidden'] ?? '') === 'true' && node.tagName !== 'i' && node.tagName !== 'span') return true;
  const style = String(node.properties['style'] ?? '').toLowerCase().replace(/\s+/g, '');
  return /display:none|visibility:hidden|font-size:0|opacity:0(?![.\d])|(?:left|top|text-indent):-\d{3,}|height:0[^.;]*;?overflow:hidden|width:0[^.;]*;?overflow:hidden|clip:rect\(0/.test(style);
}

function textOf(node: Root | ElementContent | RootContent): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element' && node.type !== 'root') return '';
  if (node.type === 'element' && (DROP.has(node.tagName) || isHidden(node))) return '';
  return node.children.map((c) => textOf(c as ElementContent)).join('');
}

function walkElements(node: Root | Element, visit: (el: Element, parents: Element[]) => boolean | void, parents: Element[] = []): void {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (visit(child, parents) === false) continue;
    walkElements(child, visit, [...parents, child]);
  }
}

/** The element holding the article: typical class names first, then the most Chinese text in paragraphs. */
function findContainer(root: Root): Element | undefined {
  let best: { el: Element; score: number } | undefined;
  walkElements(root, (el, parents) => {
    if (DROP.has(el.tagName) || isHidden(el)) return false;
    if (CHROME.has(el.tagName) && !parents.some((p) => p.tagName === 'article')) return false;
    if (STRONG_CONTAINER.test(classOf(el))) {
      const score = hanCount(textOf(el));
      if (score > 0 && (!best || score > best.score)) best = { el, score };
    }
    return true;
  });
  if (best) return best.el;

  // Readability-style: every paragraph's Chinese text counts for its parent (and half for the grandparent).
  const scores = new Map<Element, number>();
  walkElements(root, (el, parents) => {
    if (DROP.has(el.tagName) || isHidden(el)) return false;
    if (CHROME.has(el.tagName) && !parents.some((p) => p.tagName === 'article')) return false;
    if (el.tagName === 'p' || el.tagName === 'br' || (el.tagName === 'div' && el.children.some((c) => c.type === 'text' && hanCount(c.value) > 10))) {
      const han = el.tagName === 'br' ? 0 : hanCount(textOf(el));
      const parent = el.tagName === 'div' ? el : parents.at(-1);
      const grand = el.tagName === 'div' ? parents.at(-1) : parents.at(-2);
      if (parent) scores.set(parent, (scores.get(parent) ?? 0) + han + (WEAK_CONTAINER.test(classOf(parent)) ? 20 : 0));
      if (grand) scores.set(grand, (scores.get(grand) ?? 0) + han / 2);
      return el.tagName !== 'p';
    }
    return true;
  });
  let top: Element | undefined;
  let topScore = 0;
  for (const [el, score] of scores) {
    if (score > topScore && el.tagName !== 'body' && el.tagName !== 'html') {
      top = el;
      topScore = score;
    }
  }
  return topScore >= 30 ? top : undefined;
}

function contains(el: Element, target: Element | undefined): boolean {
  return target !== undefined && el.children.some((c) => c === target || (c.type === 'element' && contains(c, target)));
}

/**
 * Whether a `<table>` holds data (rows of cells) rather than the page's layout, as pages of the 2000s were
 * built: a layout table nests tables or paragraphs in its cells, holds the article, or has one cell a row.
 */
function isDataTable(table: Element, container: Element | undefined): boolean {
  if (table === container || contains(table, container)) return false;
  let nested = false;
  let rows = 0;
  let wide = 0;
  walkElements(table, (el) => {
    if (el.tagName === 'table') nested = true;
    if (el.tagName === 'tr') {
      rows += 1;
      if (el.children.filter((c) => c.type === 'element' && (c.tagName === 'td' || c.tagName === 'th')).length >= 2) wide += 1;
    }
    if ((el.tagName === 'td' || el.tagName === 'th') && el.children.filter((c) => c.type === 'element' && /^(p|div|ul|ol|h[1-6]|blockquote)$/.test(c.tagName)).length > 1) nested = true;
    return true;
  });
  return !nested && wide >= Math.max(1, rows / 2);
}

function containsBlock(el: Element): boolean {
  return el.children.some((c) => c.type === 'element' && (BLOCK.has(c.tagName) || containsBlock(c)));
}

interface Line {
  text: string;
  markdown: string;
  links: NonNullable<Block['links']>;
  line?: number | undefined;
}

/**
 * Reads a saved page into blocks.
 * @param resolveFile maps a relative address to a file next to the page (copied next to the new article), or
 *   `undefined`: such links keep only their text, such images are dropped, and both are noted.
 * @example htmlToBlocks('<div class="TRS_Editor"><p>会议指出，……</p></div>').blocks
 * // [{ kind: 'paragraph', text: '会议指出，……', inArticle: true, … }]
 */
export function htmlToBlocks(html: string, resolveFile: FileResolver = () => undefined): HtmlPage {
  const root = fromHtml(html);
  const notes: Note[] = [];
  const meta: Record<string, string> = {};
  let documentTitle: string | undefined;

  walkElements(root, (el) => {
    if (el.tagName === 'title') documentTitle ??= tidy(textOf(el)) || undefined;
    if (el.tagName === 'meta') {
      const name = String(el.properties['name'] ?? '').toLowerCase();
      const content = tidy(String(el.properties['content'] ?? ''));
      if (content && /^(articletitle|pubdate|contentsource|author|columnname)$/.test(name)) meta[name] = content;
    }
    return el.tagName !== 'body';
  });
  if (meta['articletitle']) documentTitle = meta['articletitle'];

  const container = findContainer(root);
  const blocks: Block[] = [];
  let current: Line = { text: '', markdown: '', links: [] };
  let inArticle = false;
  let titleLike = false;

  const flush = (kind: Block['kind'] = 'paragraph', extra: Partial<Block> = {}) => {
    const text = tidy(current.text);
    const markdown = current.markdown.replace(/[\s\u00a0]+/g, ' ').trim();
    if (text || (markdown && kind !== 'paragraph') || /!\[/.test(markdown)) {
      const block: Block = { kind, text, markdown, ...extra };
      if (current.line !== undefined) block.line = current.line;
      if (container) block.inArticle = inArticle;
      if (titleLike && !inArticle) block.titleLike = true;
      if (current.links.length > 0) block.links = current.links;
      blocks.push(block);
    }
    current = { text: '', markdown: '', links: [] };
  };

  const inline = (node: ElementContent, target: Line) => {
    if (node.type === 'text') {
      target.text += node.value;
      target.markdown += escapeText(node.value.replace(/[\s\u00a0]+/g, ' '));
      target.line ??= node.position?.start.line;
      return;
    }
    if (node.type !== 'element') return;
    if (DROP.has(node.tagName)) return;
    if (isHidden(node)) {
      const hidden = tidy(textOf({ ...node, properties: {} }));
      if (hidden) notes.push({ kind: 'hidden', text: hidden.slice(0, 60), line: node.position?.start.line });
      return;
    }
    if (node.tagName === 'br') {
      // A line break inside a paragraph separates lines that mean something apart (署名<br>日期).
      if (target === current) flush();
      else {
        target.text += ' ';
        target.markdown += ' ';
      }
      return;
    }
    if (node.tagName === 'img') {
      const src = String(node.properties['src'] ?? '');
      const alt = tidy(String(node.properties['alt'] ?? node.properties['title'] ?? '')) || '图片';
      const local = src ? resolveFile(src) : undefined;
      if (local) target.markdown += markdownLink(escapeText(alt), `./${local.name}`, true);
      else if (src && !/^data:/i.test(src.trim()) && (inArticle || !container)) notes.push({ kind: 'image', text: src.slice(0, 100), line: node.position?.start.line });
      return;
    }
    if (node.tagName === 'a') {
      const label: Line = { text: '', markdown: '', links: [] };
      for (const c of node.children) inline(c, label);
      const href = String(node.properties['href'] ?? '').trim();
      target.text += label.text;
      target.line ??= label.line ?? node.position?.start.line;
      const text = label.markdown.replace(/[\s\u00a0]+/g, ' ').trim();
      if (!href || href.startsWith('#') || !text) {
        target.markdown += label.markdown;
        return;
      }
      const local = /^https?:/i.test(href) ? undefined : resolveFile(href);
      if (local) {
        target.markdown += markdownLink(text, `./${local.name}`);
        target.links.push({ text: tidy(label.text), href: `./${local.name}`, file: local });
      } else if (/^https?:\/\//i.test(href)) {
        target.markdown += markdownLink(text, href);
        target.links.push({ text: tidy(label.text), href });
      } else {
        target.markdown += label.markdown;
        if (container && !inArticle) return;
        if (!/^(javascript|vbscript|data):/i.test(href.replace(/[\s\u0000-\u001f]/g, ''))) notes.push({ kind: 'link', text: `${tidy(label.text).slice(0, 30)} → ${href.slice(0, 80)}`, line: node.position?.start.line });
        else notes.push({ kind: 'script-link', text: `${tidy(label.text).slice(0, 30)} → ${href.slice(0, 40)}`, line: node.position?.start.line });
      }
      return;
    }
    for (const c of node.children) inline(c, target);
  };

  const cellText = (cell: Element): { text: string; markdown: string } => {
    const line: Line = { text: '', markdown: '', links: [] };
    for (const c of cell.children) inline(c, line);
    return { text: tidy(line.text), markdown: line.markdown.replace(/[\s\u00a0]+/g, ' ').trim() };
  };

  const table = (el: Element) => {
    flush();
    const rows: { text: string; markdown: string }[][] = [];
    walkElements(el, (child) => {
      if (child.tagName === 'table') return false;
      if (child.tagName !== 'tr' || isHidden(child)) return true;
      rows.push(child.children.filter((c): c is Element => c.type === 'element' && (c.tagName === 'td' || c.tagName === 'th') && !isHidden(c)).map(cellText));
      return false;
    });
    const useful = rows.filter((r) => r.some((c) => c.text));
    if (useful.length === 0) return;
    // A layout table with one cell per row is paragraphs, not a table.
    if (useful.every((r) => r.filter((c) => c.text).length <= 1)) {
      for (const r of useful) {
        const cell = r.find((c) => c.text);
        if (cell) {
          current.text = cell.text;
          current.markdown = cell.markdown;
          flush();
        }
      }
      return;
    }
    const block: Block = { kind: 'table', text: useful.map((r) => r.map((c) => c.text).join(' ')).join(' '), markdown: markdownTable(useful.map((r) => r.map((c) => c.markdown))), rows: useful.map((r) => r.map((c) => c.text)) };
    const line = el.position?.start.line;
    if (line !== undefined) block.line = line;
    if (container) block.inArticle = inArticle;
    blocks.push(block);
  };

  const walk = (node: Element | Root, parents: Element[]) => {
    for (const child of node.children) {
      if (child.type === 'text') {
        inline(child, current);
        continue;
      }
      if (child.type !== 'element') continue;
      const el = child;
      if (DROP.has(el.tagName)) continue;
      if (CHROME.has(el.tagName) && !parents.some((p) => p.tagName === 'article')) continue;
      if (isHidden(el)) {
        inline(el, current);
        continue;
      }
      const wasIn = inArticle;
      const wasTitle = titleLike;
      if (el === container) {
        flush();
        inArticle = true;
      }
      if (/^h[1-6]$/.test(el.tagName)) {
        flush();
        const heading: Line = { text: '', markdown: '', links: [] };
        for (const c of el.children) inline(c, heading);
        current = heading;
        const level = Number(el.tagName.slice(1));
        if (inArticle || !container) {
          titleLike = level === 1 && !inArticle;
          flush(level === 1 && !inArticle ? 'paragraph' : 'heading', level === 1 && !inArticle ? {} : { depth: Math.min(Math.max(level, 2), 4) });
        } else {
          titleLike = level <= 2;
          flush();
        }
        titleLike = wasTitle;
      } else if (el.tagName === 'table' && isDataTable(el, container)) {
        table(el);
      } else if (el.tagName === 'li') {
        flush();
        walk(el, [...parents, el]);
        const ordered = parents.at(-1)?.tagName === 'ol';
        flush('item', { ordered });
      } else if (el.tagName === 'pre') {
        flush();
        const code = textOf(el).replace(/\n+$/, '');
        if (code.trim()) blocks.push({ kind: 'code', text: tidy(code), markdown: `\`\`\`text\n${code.replace(/```/g, '` ` `')}\n\`\`\``, ...(container ? { inArticle } : {}) });
      } else if (el.tagName === 'hr') {
        flush();
      } else if (BLOCK.has(el.tagName)) {
        flush();
        if (TITLE_CLASS.test(classOf(el)) && !inArticle) titleLike = true;
        walk(el, [...parents, el]);
        flush();
        titleLike = wasTitle;
      } else if (containsBlock(el)) {
        // <font><p>…</p></font>: legacy editors wrap paragraphs in inline elements.
        walk(el, [...parents, el]);
      } else {
        inline(el, current);
      }
      if (el === container) {
        flush();
        inArticle = wasIn;
      }
    }
  };
  const body = root.children.find((c): c is Element => c.type === 'element' && c.tagName === 'html');
  walk(body ?? root, []);
  flush();
  return { blocks, documentTitle, meta, container: container !== undefined, notes };
}
