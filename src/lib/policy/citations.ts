/**
 * Citations of documents by their 发文字号 in running text: 《关于……的通知》（民发〔2024〕27号）, 民辦發[2018]7號,
 * 民发2024年第5号. A citation counts only when the number belongs to a notice on the site (`known`); the same
 * number in another written form or script is the same citation (the key is the number's normal form, folded
 * to one script).
 *
 * Running text does not say where the 机关代字 starts (印发民发〔2024〕27号), so each tail of the Chinese before
 * the year is tried, longest first, against the known numbers.
 */
import type { ElementContent, Root, RootContent } from 'hast';
import { normalizeDocumentNumber } from '../documentNumber.ts';
import { foldText } from '../search/fold.ts';

/**
 * The key of a 发文字号: its normal form (GB/T 9704), in Simplified. `undefined` when it is not a number.
 * @example citationKey('民辦發[2018]第7號') // '民办发〔2018〕7号'
 */
export function citationKey(written: string): string | undefined {
  const normal = normalizeDocumentNumber(foldText(written.normalize('NFKC').trim()));
  return normal === undefined ? undefined : foldText(normal);
}

export interface Citation {
  /** Offsets in the text (UTF-16) of the number as written, 机关代字 included. */
  start: number;
  end: number;
  /** The number's key (citationKey). */
  key: string;
}

/**
 * Province-level abbreviations that start local 机关代字 (京民发, 粤府办): a known code right after one of them is
 * another office's number, not the site's.
 */
const LOCAL = new Set([...'京津沪渝冀晋辽吉黑苏浙皖闽赣鲁豫鄂湘粤琼川蜀贵黔云滇陕秦甘陇青蒙桂藏宁新']);

const OPEN = '〔\\[(【﹝〘（［';
const CLOSE = '〕\\])】﹞〙）］';
const NUMBER = new RegExp(
  `(\\p{Script=Han}{1,12})\\s*(?:[${OPEN}]\\s*((?:19|20)\\d{2})\\s*[${CLOSE}]|((?:19|20)\\d{2})\\s*年)\\s*第?\\s*(\\d{1,6})\\s*[号號]`,
  'gu',
);

/**
 * The citations in a text of numbers `known` says are on the site, in order.
 * @example findCitations('根据民发〔2024〕27号文件', (k) => k === '民发〔2024〕27号') // [{ start: 2, end: 13, key: '民发〔2024〕27号' }]
 */
export function findCitations(text: string, known: (key: string) => boolean): Citation[] {
  const found: Citation[] = [];
  for (const m of text.matchAll(NUMBER)) {
    const prefix = m[1] ?? '';
    const year = m[2] ?? m[3] ?? '';
    const serial = Number(m[4]);
    if (!serial) continue;
    for (let cut = 0; cut < prefix.length; cut++) {
      const agency = foldText(prefix.slice(cut));
      const key = `${agency}〔${year}〕${serial}号`;
      if (known(key)) {
        if (!LOCAL.has(foldText(prefix[cut - 1] ?? ''))) found.push({ start: m.index + cut, end: m.index + m[0].length, key });
        break;
      }
    }
  }
  return found;
}

/** Elements inside which a citation is never linked: links, headings, code, and what a reader does not read. */
const NO_LINK = new Set(['a', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'code', 'pre', 'kbd', 'samp', 'script', 'style', 'textarea', 'title']);

/**
 * Turns citations in a body's text into links, in place: `href(key)` gives the address of the cited document,
 * or `undefined` to leave that one as text (the document citing itself, say). Never inside links, headings or
 * code. Returns the keys linked.
 */
export function linkCitations(tree: Root, known: (key: string) => boolean, href: (key: string) => string | undefined): string[] {
  const linked: string[] = [];
  const visit = (node: Root | Extract<RootContent, { children: unknown }>) => {
    const children = node.children as RootContent[];
    for (let i = 0; i < children.length; i++) {
      const child = children[i];
      if (!child) continue;
      if (child.type === 'element') {
        if (!NO_LINK.has(child.tagName)) visit(child);
        continue;
      }
      if (child.type !== 'text') continue;
      const parts: ElementContent[] = [];
      let at = 0;
      for (const citation of findCitations(child.value, known)) {
        const target = href(citation.key);
        if (!target) continue;
        if (citation.start > at) parts.push({ type: 'text', value: child.value.slice(at, citation.start) });
        parts.push({
          type: 'element',
          tagName: 'a',
          properties: { href: target, dataCitation: citation.key },
          children: [{ type: 'text', value: child.value.slice(citation.start, citation.end) }],
        });
        linked.push(citation.key);
        at = citation.end;
      }
      if (parts.length === 0) continue;
      if (at < child.value.length) parts.push({ type: 'text', value: child.value.slice(at) });
      children.splice(i, 1, ...(parts as RootContent[]));
      i += parts.length - 1;
    }
  };
  visit(tree);
  return linked;
}
