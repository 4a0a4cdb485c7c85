/**
 * What an article body may contain once published: an allowlist for hast-util-sanitize (the sanitizer behind
 * rehype-sanitize), started from GitHub's schema and cut to what government documents use: text markup,
 * headings with ids, lists, tables with spans, figures with captions, images with alt, footnotes, links.
 *
 * Not published, whatever their spelling: script, event handlers, `style` attributes and elements, iframes,
 * objects, forms and their fields, SVG and MathML (with their scripts and animations), `<base>`, `<meta>`,
 * `<link>`, comments, `class` (except Markdown's own) and `data-*` (so a body cannot set search filters or
 * hook into the site's own scripts). URL protocols are checked here and again, the way a browser reads them,
 * in sanitize.ts.
 */
import type { Schema } from 'hast-util-sanitize';

/** Elements removed together with everything inside them. Any other element not allowed is unwrapped. */
const STRIPPED = [
  'script', 'style', 'template', 'noscript', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'param',
  'svg', 'math', 'textarea', 'select', 'option', 'optgroup', 'datalist', 'title', 'xmp', 'noembed', 'noframes',
  'plaintext', 'canvas', 'video', 'audio', 'source', 'track', 'picture', 'map', 'area', 'head', 'meta', 'link',
  'base', 'portal', 'button', 'output', 'progress', 'meter', 'slot',
];

export const SANITIZE_SCHEMA: Schema = {
  tagNames: [
    'a', 'abbr', 'address', 'b', 'bdi', 'bdo', 'blockquote', 'br', 'caption', 'cite', 'code', 'col', 'colgroup', 'dd',
    'del', 'details', 'dfn', 'div', 'dl', 'dt', 'em', 'figcaption', 'figure', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr',
    'i', 'img', 'input', 'ins', 'kbd', 'li', 'mark', 'ol', 'p', 'pre', 'q', 'rp', 'rt', 'ruby', 's', 'samp', 'section',
    'small', 'span', 'strong', 'sub', 'summary', 'sup', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'time', 'tr',
    'u', 'ul', 'var', 'wbr',
  ],
  strip: STRIPPED,
  ancestors: {
    caption: ['table'],
    col: ['table'],
    colgroup: ['table'],
    tbody: ['table'],
    td: ['table'],
    tfoot: ['table'],
    th: ['table'],
    thead: ['table'],
    tr: ['table'],
    li: ['ol', 'ul'],
    figcaption: ['figure'],
    summary: ['details'],
    dt: ['dl'],
    dd: ['dl'],
    rp: ['ruby'],
    rt: ['ruby'],
  },
  attributes: {
    '*': ['dir', 'id', 'lang', 'title', ['translate', 'yes', 'no']],
    a: ['ariaDescribedBy', 'ariaLabel', 'dataFootnoteBackref', 'dataFootnoteRef', ['className', 'data-footnote-backref'], 'href', 'hrefLang'],
    blockquote: ['cite'],
    code: [['className', /^language-[\w-]+$/]],
    col: ['span'],
    colgroup: ['span'],
    del: ['cite', 'dateTime'],
    details: ['open'],
    h2: [['className', 'sr-only']],
    img: ['alt', 'height', 'src', 'width', ['loading', 'lazy', 'eager'], ['decoding', 'async', 'sync', 'auto']],
    input: [['checked', true], ['disabled', true], ['type', 'checkbox']],
    ins: ['cite', 'dateTime'],
    li: ['value', ['className', 'task-list-item']],
    ol: ['reversed', 'start', ['type', '1', 'a', 'A', 'i', 'I'], ['className', 'contains-task-list']],
    q: ['cite'],
    section: ['dataFootnotes', ['className', 'footnotes']],
    td: ['colSpan', 'headers', 'rowSpan', ['align', 'left', 'center', 'right']],
    th: ['abbr', 'colSpan', 'headers', 'rowSpan', 'scope', ['align', 'left', 'center', 'right']],
    time: ['dateTime'],
    ul: [['className', 'contains-task-list']],
  },
  required: { input: { disabled: true, type: 'checkbox' } },
  protocols: {
    cite: ['http', 'https'],
    href: ['http', 'https', 'mailto', 'tel'],
    src: ['http', 'https', 'data'],
  },
  // Ids are kept as written (heading anchors must keep working); the site's own ids start with `gk-`, which
  // sanitize.ts removes from bodies instead.
  clobber: [],
  clobberPrefix: '',
  allowComments: false,
  allowDoctypes: false,
};

/** Prefix of the ids the site's own chrome and scripts use; a body may not take one. */
export const RESERVED_ID_PREFIX = 'gk-';
