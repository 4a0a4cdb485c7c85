/**
 * Converts a whole rendered document (HTML, or XML such as a feed) into one script.
 *
 * Each text's script is the nearest `lang` attribute around it (the document's `<html lang>` at the top),
 * so a page can mix chrome written in the site's script with an article an editor wrote in the other one.
 * Text is gathered per block: runs separated only by inline tags (`a`, `b`, `span`, …) are converted
 * together and cut back at the tags, so 干<b>净</b> still converts as the phrase 干净.
 *
 * Never converted: tag and attribute names, URLs (`href`, `src`, …), `<script>`, `<style>`, `<code>`,
 * `<pre>`, `<kbd>`, `<samp>`, anything with `translate="no"`. Converted attributes are the ones a reader
 * sees or hears: `alt`, `title`, `aria-label`, `placeholder`, `content` of descriptive `<meta>`, and the
 * `data-pagefind-*` values the search index shows. Afterwards every `lang` says the page's script.
 */
import type { TextConverter } from './converter.ts';
import { type Script, scriptOfLang } from './scripts.ts';

export interface ConvertHtmlOptions {
  /** The script the document should end up in. */
  to: Script;
  /** The script of text outside any `lang` (defaults to the root element's `lang`, else the site's script). */
  defaultScript: Script;
  /** XML (feeds): no void elements, no raw-text elements. */
  xml?: boolean;
}

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const RAW_TEXT = new Set(['script', 'style']);
const NO_CONVERT = new Set(['script', 'style', 'code', 'pre', 'kbd', 'samp', 'var', 'svg:style']);
const INLINE = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'big', 'cite', 'data', 'del', 'dfn', 'em', 'font', 'i', 'ins', 'label', 'mark',
  'q', 'rb', 'rp', 'rt', 'ruby', 's', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'tt', 'u', 'wbr',
]);
const TEXT_ATTRIBUTES = new Set([
  'alt', 'title', 'aria-label', 'aria-description', 'aria-roledescription', 'aria-valuetext', 'placeholder',
  'label', 'abbr', 'download', 'data-pagefind-filter', 'data-pagefind-meta', 'data-pagefind-default-meta',
]);
/** `<meta>` whose `content` is an address, a number or a setting, not words. */
const META_NOT_TEXT = /url|image|canonical|viewport|refresh|robots|theme-color|color-scheme|pubdate|date|time|domain|code|type|locale|generator|width|height/i;
const HAN_RE = /[\u3400-\u9fff\uf900-\ufaff]/;

interface Frame {
  name: string;
  script: Script;
  convert: boolean;
}

interface Attribute {
  /** Lower case, for matching. */
  name: string;
  /** As written (SVG attributes such as viewBox keep their case). */
  written: string;
  /** The raw text of the attribute as written, including leading white space. */
  raw: string;
  value?: string;
  quote?: string;
}

const ATTR_RE = /(\s+)([^\s"'>/=]+)(?:(\s*=\s*)(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/y;

function parseAttributes(source: string): { attributes: Attribute[]; tail: string } {
  const attributes: Attribute[] = [];
  ATTR_RE.lastIndex = 0;
  let pos = 0;
  for (;;) {
    ATTR_RE.lastIndex = pos;
    const m = ATTR_RE.exec(source);
    if (!m) break;
    const [raw, , name = '', eq, dq, sq, uq] = m;
    const value = dq ?? sq ?? uq;
    const quote = dq !== undefined ? '"' : sq !== undefined ? "'" : '';
    attributes.push(eq === undefined ? { name: name.toLowerCase(), written: name, raw } : { name: name.toLowerCase(), written: name, raw, value: value ?? '', quote });
    pos += raw.length;
  }
  return { attributes, tail: source.slice(pos) };
}

function serializeAttribute(a: Attribute): string {
  if (a.value === undefined) return ` ${a.written}`;
  const q = a.quote || '"';
  return ` ${a.written}=${q}${a.value}${q}`;
}

/**
 * Converts `html` to `options.to`, as described above.
 * @example convertHtml('<html lang="zh-Hans"><p>干<b>净</b></p>', conv, { to: 'zh-Hant', defaultScript: 'zh-Hans' })
 * // '<html lang="zh-Hant"><p>乾<b>淨</b></p>'
 */
export function convertHtml(html: string, converter: TextConverter, options: ConvertHtmlOptions): string {
  const { to } = options;
  const xml = options.xml ?? false;
  const out: string[] = [];
  const stack: Frame[] = [{ name: '#root', script: options.defaultScript, convert: true }];
  /** Positions in `out` of the text runs of the block being gathered, and their source text. */
  let pendingIdx: number[] = [];
  let pendingText: string[] = [];
  let pendingScript: Script = options.defaultScript;

  const top = (): Frame => stack[stack.length - 1] ?? { name: '#root', script: options.defaultScript, convert: true };

  const flush = () => {
    if (pendingText.length === 0) return;
    const converted = converter.convertRuns(pendingText, pendingScript, to);
    pendingIdx.forEach((at, k) => {
      out[at] = converted[k] ?? '';
    });
    pendingIdx = [];
    pendingText = [];
  };

  const convertAttribute = (value: string, script: Script) =>
    HAN_RE.test(value) || value.includes('-{') ? converter.convert(value, script, to) : value;

  let i = 0;
  const n = html.length;
  while (i < n) {
    const lt = html.indexOf('<', i);
    const textEnd = lt < 0 ? n : lt;
    if (textEnd > i) {
      const text = html.slice(i, textEnd);
      const frame = top();
      if (frame.convert) {
        if (pendingText.length > 0 && pendingScript !== frame.script) flush();
        pendingScript = frame.script;
        pendingIdx.push(out.length);
        pendingText.push(text);
        out.push(text);
      } else {
        out.push(text);
      }
      i = textEnd;
    }
    if (lt < 0) break;

    // Comments, doctype, CDATA, processing instructions: copied as they are.
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      const stop = end < 0 ? n : end + 3;
      out.push(html.slice(lt, stop));
      i = stop;
      continue;
    }
    if (html.startsWith('<![CDATA[', lt)) {
      const end = html.indexOf(']]>', lt);
      const stop = end < 0 ? n : end + 3;
      flush();
      const inner = html.slice(lt + 9, end < 0 ? n : end);
      const frame = top();
      out.push(`<![CDATA[${frame.convert ? converter.convert(inner, frame.script, to) : inner}]]>`);
      i = stop;
      continue;
    }
    if (html[lt + 1] === '!' || html[lt + 1] === '?') {
      const end = html.indexOf('>', lt);
      const stop = end < 0 ? n : end + 1;
      out.push(html.slice(lt, stop));
      i = stop;
      continue;
    }

    const closing = html[lt + 1] === '/';
    const nameMatch = /^[A-Za-z][\w:-]*/.exec(html.slice(lt + (closing ? 2 : 1), lt + (closing ? 2 : 1) + 64));
    if (!nameMatch) {
      // A lone '<' in text.
      const frame = top();
      if (frame.convert) {
        pendingIdx.push(out.length);
        pendingText.push('<');
      }
      out.push('<');
      i = lt + 1;
      continue;
    }
    const name = nameMatch[0].toLowerCase();
    // Find the end of the tag, respecting quoted attribute values.
    let j = lt + (closing ? 2 : 1) + nameMatch[0].length;
    let quote = '';
    for (; j < n; j++) {
      const c = html[j];
      if (quote) {
        if (c === quote) quote = '';
      } else if (c === '"' || c === "'") {
        quote = c;
      } else if (c === '>') {
        break;
      }
    }
    const tagEnd = Math.min(j + 1, n);

    if (!INLINE.has(name)) flush();

    if (closing) {
      const at = stack.map((f) => f.name).lastIndexOf(name);
      if (at > 0) {
        if (INLINE.has(name) && top().script !== (stack[at - 1] ?? top()).script) flush();
        if (!top().convert) flush();
        stack.length = at;
      }
      out.push(html.slice(lt, tagEnd));
      i = tagEnd;
      continue;
    }

    const body = html.slice(lt + 1 + nameMatch[0].length, tagEnd - 1);
    const selfClosing = /\/\s*$/.test(body);
    const { attributes, tail } = parseAttributes(body);
    const parent = top();
    const langAttr = attributes.find((a) => a.name === 'lang' || a.name === 'xml:lang');
    const ownScript = langAttr?.value !== undefined ? scriptOfLang(langAttr.value) : undefined;
    const nonChineseLang = langAttr?.value !== undefined && langAttr.value !== '' && ownScript === undefined;
    const frame: Frame = {
      name,
      script: ownScript ?? parent.script,
      convert:
        parent.convert &&
        !NO_CONVERT.has(name) &&
        !nonChineseLang &&
        !attributes.some((a) => a.name === 'translate' && a.value?.toLowerCase() === 'no'),
    };
    if (INLINE.has(name) && (frame.script !== parent.script || !frame.convert)) flush();

    let changed = false;
    if (frame.convert) {
      const metaName = name === 'meta' ? attributes.find((a) => a.name === 'name' || a.name === 'property' || a.name === 'itemprop')?.value : undefined;
      for (const a of attributes) {
        if (a.value === undefined) continue;
        const textual = TEXT_ATTRIBUTES.has(a.name) || (a.name === 'content' && name === 'meta' && metaName !== undefined && !META_NOT_TEXT.test(metaName)) || (a.name === 'value' && (name === 'input' || name === 'button') && attributes.some((b) => b.name === 'type' && /^(submit|button|reset)$/i.test(b.value ?? '')));
        if (!textual) continue;
        const next = convertAttribute(a.value, frame.script);
        if (next !== a.value) {
          a.value = next;
          changed = true;
        }
      }
    }
    if (langAttr && ownScript) {
      // After conversion the element's text is in the page's script; say so, or drop a lang that repeats the parent's.
      const written = frame.convert ? to : ownScript;
      const inherited = stack.length === 1 ? undefined : parent.convert ? to : parent.script;
      if (written === inherited) {
        attributes.splice(attributes.indexOf(langAttr), 1);
      } else {
        langAttr.value = written;
        langAttr.quote = '"';
      }
      changed = true;
    }
    out.push(changed ? `<${nameMatch[0]}${attributes.map(serializeAttribute).join('')}${tail}>` : html.slice(lt, tagEnd));
    i = tagEnd;

    const isVoid = !xml && VOID.has(name);
    if (selfClosing || isVoid) continue;
    if (!xml && RAW_TEXT.has(name)) {
      const closeRe = new RegExp(`</${name}`, 'gi');
      closeRe.lastIndex = i;
      const stop = closeRe.exec(html)?.index ?? n;
      out.push(html.slice(i, stop));
      i = stop;
      continue;
    }
    stack.push(frame);
  }
  flush();
  return out.join('');
}
