/**
 * Defense in depth on what is about to go live: after the build and before the swap, every file in the staging
 * folder is checked. Whatever the sanitizer, the lint rules or the conversion missed, a finding here stops the
 * swap and the published site stays as it was.
 *
 * - only the file types a Gongkai site consists of, each in its place (pages, feeds, the site's own styles and
 *   scripts in /_astro/, the search index in /pagefind/, attachments in /files/);
 * - HTML is parsed as a browser parses it (parse5): no `<script>` but the site's own (a file of its own, or an
 *   inline script whose hash the policy lists), no `on…` attribute, no `javascript:` or `data:` address (but a
 *   `data:` image), no `style` attribute or `<style>` element, no frames, objects, `<base>` or refresh, no SVG
 *   animation; every page carries the site's Content-Security-Policy;
 * - SVG files pass svg.ts; feeds and sitemaps are well-formed XML without script; the one JSON file outside
 *   /pagefind/, the open-data /notices.json, parses as JSON.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { SaxesParser } from 'saxes';
import { contentSecurityPolicy, scriptHash, type PolicyOptions } from './csp.ts';
import { fileType, PUBLISHABLE_TYPES } from './files.ts';
import { checkSvg } from './svg.ts';
import { URL_ATTRIBUTES, urlKind } from './urls.ts';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

export interface ScanFinding {
  rule: string;
  /** Path below the output folder, with `/`. */
  file: string;
  message: string;
}

export interface ScanOptions {
  /** The site's base path, `/` or e.g. `/portal/`. */
  base: string;
  /** The policy the pages were built with: its inline scripts are the only ones allowed. */
  policy: PolicyOptions;
}

/** Where each kind of file may be: the first folder of its path (or `''` for the top) → allowed types. */
const PLACES: [RegExp, ReadonlySet<string>][] = [
  [/^_astro\//, new Set(['css', 'js', 'png', 'jpg', 'jpeg', 'gif', 'webp', 'avif', 'svg', 'woff2'])],
  [/^pagefind\//, new Set(['js', 'css', 'json', 'pagefind', 'pf_meta', 'pf_index', 'pf_fragment', 'pf_filter', 'wasm'])],
  [/^files\//, new Set(Object.keys(PUBLISHABLE_TYPES))],
  [/^notices\.json$/, new Set(['json'])],
  [/^[^/]+$/, new Set(['html', 'xml', 'txt', 'svg', 'ico', 'png'])],
  [/^/, new Set(['html', 'xml'])],
];

const FORBIDDEN_ELEMENTS = new Set(['iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'portal', 'animate', 'set', 'animatemotion', 'animatetransform', 'foreignobject', 'math']);

function attr(node: Element, name: string): string | undefined {
  return node.attrs.find((a) => a.name === name)?.value;
}

/** Checks one HTML page. */
export function scanHtml(html: string, file: string, options: ScanOptions): ScanFinding[] {
  const findings: ScanFinding[] = [];
  const found = (rule: string, message: string) => findings.push({ rule, file, message });
  const allowedHashes = new Set((options.policy.inlineScripts ?? []).map(scriptHash));
  const ownScript = new RegExp(`^${options.base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:_astro|pagefind)/[\\w.-]+\\.js$`);
  let policy: string | undefined;

  const stack: Node[] = [parse(html)];
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    if ('childNodes' in node) for (const child of node.childNodes) stack.push(child);
    if (node.nodeName === 'template' && 'content' in node) stack.push(node.content as Node);
    if (!('tagName' in node)) continue;
    const element = node as Element;
    const name = element.tagName.toLowerCase();
    if (name === 'script') {
      const src = attr(element, 'src');
      const type = (attr(element, 'type') ?? '').toLowerCase();
      const text = element.childNodes.map((c) => ('value' in c ? c.value : '')).join('');
      if (type === 'application/ld+json' && src === undefined) {
        // Data, not code: it must be JSON (the HTML parse already ended it where a browser would).
        try {
          JSON.parse(text);
        } catch {
          found('output-json', `<script type="application/ld+json"> 不是合法的 JSON：${text.trim().slice(0, 60)}`);
        }
      } else if (src !== undefined) {
        if (!ownScript.test(src)) found('output-script', `<script src="${src.slice(0, 80)}"> 不是网站自己的脚本`);
      } else if (!allowedHashes.has(scriptHash(text))) {
        found('output-script', `页面里有未登记的内联脚本（${scriptHash(text)}）：${text.trim().slice(0, 60)}`);
      }
    }
    if (name === 'style') found('output-style', '页面里有 <style> 元素；样式只能来自网站的样式表文件');
    if (FORBIDDEN_ELEMENTS.has(name)) found('output-element', `页面里有 <${element.tagName}>`);
    if (name === 'meta') {
      const equiv = (attr(element, 'http-equiv') ?? '').toLowerCase();
      if (equiv === 'content-security-policy') policy = attr(element, 'content');
      else if (equiv) found('output-element', `页面里有 <meta http-equiv="${equiv}">`);
    }
    if (name === 'form' && urlKind(attr(element, 'action') ?? '') !== 'relative') found('output-element', '表单提交到站外');
    for (const { name: attribute, value } of element.attrs) {
      const lower = attribute.toLowerCase();
      if (lower.startsWith('on')) found('output-handler', `<${element.tagName}> 带有事件属性 ${attribute}`);
      if (lower === 'style') found('output-style', `<${element.tagName}> 带有 style 属性`);
      if (URL_ATTRIBUTES.has(lower) || lower === 'xlink:href') {
        const kind = urlKind(value);
        const dataImage = kind === 'data-image' && name === 'img' && lower === 'src';
        if (kind === 'script' || (kind === 'data-image' && !dataImage) || kind === 'other') {
          found('output-url', `<${element.tagName} ${attribute}="${value.slice(0, 60)}"> 是不允许的地址`);
        }
      }
    }
  }
  const expected = contentSecurityPolicy(options.policy, { meta: true });
  if (policy !== expected) found('output-csp', policy === undefined ? '页面缺少 Content-Security-Policy' : `页面的 Content-Security-Policy 与网站的不同：${policy}`);
  return findings;
}

/** Checks a feed or sitemap: well-formed XML, no script, no handler, no DOCTYPE. */
export function scanXml(xml: string, file: string): ScanFinding[] {
  const findings: ScanFinding[] = [];
  const parser = new SaxesParser({ xmlns: false });
  parser.on('error', (error) => findings.push({ rule: 'output-xml', file, message: `不是格式正确的 XML：${error.message}` }));
  parser.on('doctype', () => findings.push({ rule: 'output-xml', file, message: 'XML 里有 DOCTYPE' }));
  parser.on('opentag', (tag) => {
    if (tag.name.toLowerCase().endsWith('script')) findings.push({ rule: 'output-script', file, message: 'XML 里有 script 元素' });
    for (const name of Object.keys(tag.attributes)) {
      if (name.toLowerCase().startsWith('on')) findings.push({ rule: 'output-handler', file, message: `XML 元素带有事件属性 ${name}` });
    }
  });
  try {
    parser.write(xml).close();
  } catch (error) {
    findings.push({ rule: 'output-xml', file, message: `不是格式正确的 XML：${(error as Error).message}` });
  }
  return findings;
}

/** Checks the open-data JSON (/notices.json): it must parse. */
export function scanJson(json: string, file: string): ScanFinding[] {
  try {
    JSON.parse(json);
    return [];
  } catch (error) {
    return [{ rule: 'output-json', file, message: `不是格式正确的 JSON：${(error as Error).message}` }];
  }
}

/** Every file below `dir`, as paths with `/` relative to it, without following symlinks. */
function listFiles(dir: string, findings: ScanFinding[]): string[] {
  const files: string[] = [];
  const walk = (abs: string, rel: string) => {
    for (const entry of fs.readdirSync(abs, { withFileTypes: true })) {
      const childRel = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(path.join(abs, entry.name), childRel);
      else if (entry.isFile()) files.push(childRel);
      else findings.push({ rule: 'output-file-type', file: childRel, message: '不是普通文件（符号链接或特殊文件）' });
    }
  };
  walk(dir, '');
  return files.sort();
}

/** Scans a built site; an empty list means it may go live. */
export function scanOutput(dir: string, options: ScanOptions): { findings: ScanFinding[]; files: number } {
  const findings: ScanFinding[] = [];
  const files = listFiles(dir, findings);
  for (const rel of files) {
    if (rel === '_headers') continue;
    const type = fileType(rel);
    const place = PLACES.find(([re]) => re.test(rel));
    if (!place?.[1].has(type)) {
      findings.push({ rule: 'output-file-type', file: rel, message: `这里不应有 .${type || '（无扩展名）'} 文件` });
      continue;
    }
    if (type === 'html') findings.push(...scanHtml(fs.readFileSync(path.join(dir, rel), 'utf8'), rel, options));
    else if (type === 'xml') findings.push(...scanXml(fs.readFileSync(path.join(dir, rel), 'utf8'), rel));
    else if (rel === 'notices.json') findings.push(...scanJson(fs.readFileSync(path.join(dir, rel), 'utf8'), rel));
    else if (type === 'svg') {
      for (const f of checkSvg(fs.readFileSync(path.join(dir, rel), 'utf8'))) findings.push({ rule: 'output-svg', file: rel, message: `第 ${f.line} 行：${f.message}` });
    }
  }
  return { findings, files: files.length };
}
