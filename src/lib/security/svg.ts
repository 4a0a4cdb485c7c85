/**
 * An SVG file is a document: opened at its own address it runs its scripts and event handlers on the site's
 * origin. So an SVG is published only when it is a picture and nothing else. It is read with a real,
 * namespace-aware XML parser (saxes), as a browser reads an SVG file: prefixes are resolved, so
 * `<x:script xmlns:x="http://www.w3.org/2000/svg">` is a script too, and an XHTML element inside is refused.
 *
 * Refused: script, event handlers, animation (which can rewrite a link into `javascript:`), foreignObject and
 * XHTML content, references to anything outside the file (except `https:` links and `data:` images), CSS that
 * imports or loads, processing instructions (`<?xml-stylesheet?>`), DOCTYPEs with an internal subset (entity
 * expansion), and anything the parser cannot read.
 */
import { SaxesParser, type SaxesTagNS } from 'saxes';
import { cssLoads } from './css.ts';
import { urlKind } from './urls.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';
const XLINK_NS = 'http://www.w3.org/1999/xlink';
/** Namespaces whose elements a browser renders or runs. Anything else (Inkscape, RDF metadata) is inert. */
const ACTIVE_NS = new Set([SVG_NS, 'http://www.w3.org/1999/xhtml', 'http://www.w3.org/1998/Math/MathML', '']);

/** SVG elements that draw, group, describe or style: the picture. */
const PICTURE = new Set([
  'svg', 'g', 'defs', 'symbol', 'use', 'title', 'desc', 'metadata', 'switch', 'view', 'a', 'style',
  'path', 'rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon', 'text', 'tspan', 'textPath', 'image',
  'linearGradient', 'radialGradient', 'stop', 'pattern', 'clipPath', 'mask', 'marker', 'filter',
  'feBlend', 'feColorMatrix', 'feComponentTransfer', 'feComposite', 'feConvolveMatrix', 'feDiffuseLighting',
  'feDisplacementMap', 'feDistantLight', 'feDropShadow', 'feFlood', 'feFuncA', 'feFuncB', 'feFuncG', 'feFuncR',
  'feGaussianBlur', 'feImage', 'feMerge', 'feMergeNode', 'feMorphology', 'feOffset', 'fePointLight',
  'feSpecularLighting', 'feSpotLight', 'feTile', 'feTurbulence',
]);

/** Largest SVG published; a picture this size is already unusual. */
export const SVG_MAX_BYTES = 2 * 1024 * 1024;

export interface SvgFinding {
  line: number;
  message: string;
}

/**
 * Checks an SVG file's text; an empty list means it is a picture and may be published.
 * @example checkSvg('<svg xmlns="http://www.w3.org/2000/svg"><rect width="1" height="1"/></svg>') // []
 * @example checkSvg('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>')[0].message // '…onload…'
 */
export function checkSvg(text: string): SvgFinding[] {
  const findings: SvgFinding[] = [];
  if (Buffer.byteLength(text, 'utf8') > SVG_MAX_BYTES) return [{ line: 1, message: `SVG 文件超过 ${SVG_MAX_BYTES / 1024 / 1024} MB` }];
  const parser = new SaxesParser({ xmlns: true, position: true });
  const at = () => parser.line || 1;
  const refuse = (message: string) => findings.push({ line: at(), message });
  let root = true;
  let styleDepth = 0;
  let css = '';

  parser.on('error', (error) => {
    refuse(`无法作为 XML 读取：${error.message.replace(/^\d+:\d+: /, '')}`);
  });
  parser.on('doctype', (doctype) => {
    if (doctype.includes('[')) refuse('DOCTYPE 里定义了实体（<!ENTITY>）；可借此展开出脚本或耗尽内存');
  });
  parser.on('processinginstruction', (pi) => refuse(`有处理指令 <?${pi.target} …?>（如 xml-stylesheet 可加载外部样式表）`));
  parser.on('opentag', (tag: SaxesTagNS) => {
    const ns = tag.uri ?? '';
    const name = tag.local ?? tag.name;
    if (root && (ns !== SVG_NS || name !== 'svg')) {
      refuse(name === 'svg' ? '根元素 <svg> 缺少 xmlns="http://www.w3.org/2000/svg"' : `根元素应为 <svg>，而不是 <${tag.name}>`);
    }
    root = false;
    if (ACTIVE_NS.has(ns) && !(ns === SVG_NS && PICTURE.has(name))) {
      refuse(ns === SVG_NS ? `有 <${tag.name}>（脚本、动画或嵌入内容），不是单纯的图形` : `有 ${ns ? 'XHTML/MathML' : '无命名空间的'}元素 <${tag.name}>`);
    }
    if (name === 'style' && ns === SVG_NS) styleDepth += 1;
    for (const attribute of Object.values(tag.attributes)) {
      const local = (attribute.local || attribute.name).toLowerCase();
      const value = attribute.value;
      if (/^on/.test(local)) refuse(`<${tag.name}> 带有事件属性 ${attribute.name}`);
      if (local === 'href' && (attribute.uri === XLINK_NS || attribute.uri === '')) {
        const kind = urlKind(value);
        // Inside the file only; a raster picture inline in <image>; an ordinary link on <a>.
        const ok =
          value.trim().startsWith('#') ||
          (kind === 'data-image' && (name === 'image' || name === 'feImage') && !/^\s*data:image\/svg/i.test(value)) ||
          (name === 'a' && (kind === 'web' || kind === 'mail' || kind === 'phone'));
        if (!ok) refuse(`<${tag.name}> 的 ${attribute.name}="${value.slice(0, 60)}" 指向文件之外`);
      }
      const loaded = attribute.uri === '' || attribute.uri === undefined ? cssLoads(value, { dataImages: true }) : undefined;
      if (loaded && local !== 'href') refuse(`<${tag.name}> 的 ${attribute.name} 加载外部内容：${loaded}`);
    }
  });
  const collect = (chunk: string) => {
    if (styleDepth > 0) css += chunk;
  };
  parser.on('text', collect);
  parser.on('cdata', collect);
  parser.on('closetag', (tag: SaxesTagNS) => {
    if ((tag.local ?? tag.name) === 'style' && tag.uri === SVG_NS && styleDepth > 0) {
      styleDepth -= 1;
      const loaded = cssLoads(css, { dataImages: true });
      if (loaded) refuse(`<style> 加载外部内容：${loaded}`);
      css = '';
    }
  });
  try {
    parser.write(text.replace(/^\uFEFF/, '')).close();
  } catch (error) {
    refuse(`无法作为 XML 读取：${(error as Error).message}`);
  }
  if (root) refuse('文件里没有 <svg> 元素');
  return findings;
}
