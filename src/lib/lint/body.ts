/**
 * Lints one article body on its parsed tree: the HTML tree a browser would build from it (satteri's Markdown
 * parser, the one Astro renders with, then parse5 for raw HTML through hast-util-raw), with the MDX nodes of an
 * `.mdx` file. Every rule in rules/ sees every node in one walk. Line breaks, entities, case and zero-width
 * characters cannot hide anything from a rule: it reads what the parser made of them.
 *
 * Before parsing, size and nesting are bounded (limits.ts), so no file can stall the build.
 */
import type { Element, ElementContent, Nodes, Root, RootContent } from 'hast';
import Slugger from 'github-slugger';
import { raw } from 'hast-util-raw';
import { find, html } from 'property-information';
import { markdownToHast, mdxToHast } from 'satteri';
import { VFile } from 'vfile';
import type { Diagnostic } from '../diagnostics.ts';
import { MARKDOWN_FEATURES } from '../markdown.ts';
import { resolveReference, type PublishableFile } from '../security/files.ts';
import { checkEsm, checkJsxElement, EDITOR_COMPONENTS, type EsmResult } from '../security/mdxGate.ts';
import { screenBody, treeDepth } from './limits.ts';
import { textOf } from './tree.ts';
import { RULES } from './rules/index.ts';
import type { FieldText, Finding, InternalLink, Located, MdxEsm, MdxExpression, MdxJsxElement, Rule, RuleContext, RuleSite, Visitors } from './types.ts';

export interface BodyInput {
  body: string;
  /** 1-based line of the body's first line in its file. */
  bodyLine: number;
  kind: 'md' | 'mdx';
  /** The file as the editor sees it, for messages. */
  file: string;
  /** The file's absolute path: references are relative to it. */
  abs: string;
  contentDir: string;
  /** The project's src/components/ (an MDX file may import an editor component from there). */
  componentsDir: string;
  limits: { bodyWarnKB: number; bodyErrorKB: number; depth: number };
  /** What rules may know about the site and the file. */
  site: RuleSite;
  /** The frontmatter's text values, for rules that read titles and summaries too. */
  fields?: readonly FieldText[] | undefined;
}

export interface BodyResult {
  diagnostics: Diagnostic[];
  /** Files next to the article that the body links to or shows, to publish under /files/. */
  files: PublishableFile[];
  /** Absolute paths of every file the body uses, MDX image imports included. */
  uses: string[];
  /** Links to other pages of the site, to check once every article is known. */
  links: InternalLink[];
  /** The ids in the body (headings, footnotes, `<a name>`): what `#…` links to this page may point at. */
  anchors: string[];
}

/** Line and column of `text` in a file, after `start` (a line and column), counting its line breaks. */
function advance(start: { line: number; column: number }, text: string): { line: number; column: number } {
  const breaks = text.match(/\r\n|\r|\n/g)?.length ?? 0;
  if (breaks === 0) return { line: start.line, column: start.column + text.length };
  return { line: start.line + breaks, column: text.length - Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r')) };
}

/**
 * Where a finding is in the file: at the node, at one of its attributes (which may be on a later line), or at
 * an offset inside its text.
 */
function placeOf(body: string, bodyLine: number, node: Located | undefined, attribute?: string, offset?: number): { line: number; column: number } | undefined {
  const start = node?.position?.start;
  if (!start?.line) return undefined;
  let place = { line: bodyLine - 1 + start.line, column: start.column ?? 1 };
  if (attribute && start.offset !== undefined) {
    // Only within the node's own source: a Markdown image has no `src=` to find.
    const end = node?.position?.end?.offset ?? start.offset + 4000;
    const tag = body.slice(start.offset, Math.min(body.length, end, start.offset + 4000));
    const escaped = attribute.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const at = new RegExp(`[\\s/"']${escaped}\\s*(?:=|[\\s/>])`, 'i').exec(tag)?.index;
    if (at !== undefined) place = advance(place, tag.slice(0, at + 1));
  } else if (offset !== undefined && 'value' in (node as object)) {
    // In the parsed text (entities decoded, Markdown marks gone): close to the source, exact in plain prose.
    place = advance(place, String((node as { value: unknown }).value).slice(0, offset));
  }
  return place;
}

function parse(input: BodyInput): Root {
  if (input.kind === 'mdx') return mdxToHast(input.body, { features: MARKDOWN_FEATURES }) as Root;
  const tree = markdownToHast(input.body, { features: MARKDOWN_FEATURES }) as Root;
  const hasRaw = (node: Nodes): boolean => (node.type as string) === 'raw' || ('children' in node && node.children.some((c) => hasRaw(c as Nodes)));
  return hasRaw(tree) ? (raw(tree, { file: new VFile(input.body) }) as Root) : tree;
}

/** An editor component as the HTML it stands for, so the HTML rules (alt text, mojibake) read it too. */
function componentAsHtml(node: MdxJsxElement, attributes: Map<string, { text?: string; image?: PublishableFile }>): Element {
  const text = (name: string) => attributes.get(name)?.text;
  const image = attributes.get('src')?.image;
  const children: ElementContent[] = [
    { type: 'element', tagName: 'img', properties: { src: image?.publicPath ?? '', alt: text('alt') ?? '' }, children: [], position: node.position },
  ];
  const caption = text('caption');
  if (caption) children.push({ type: 'element', tagName: 'figcaption', properties: {}, children: [{ type: 'text', value: caption }], position: node.position });
  return { type: 'element', tagName: 'figure', properties: {}, children, position: node.position };
}

/** A lower-case JSX element as the HTML element it renders. */
function jsxAsHtml(node: MdxJsxElement, attributes: Map<string, { text?: string }>): Element {
  const properties: Record<string, string | boolean> = {};
  for (const [name, value] of attributes) properties[find(html, name).property] = value.text ?? true;
  return { type: 'element', tagName: node.name ?? 'div', properties, children: node.children as ElementContent[], position: node.position };
}

/** Lints a body. Pure reading: resolves references but writes nothing. */
export function lintBody(input: BodyInput, rules: readonly Rule[] = RULES): BodyResult {
  const diagnostics: Diagnostic[] = [];
  const files = new Map<string, PublishableFile>();
  const links: InternalLink[] = [];
  const anchors = new Set<string>();
  const push = (rule: string, severity: Diagnostic['severity'], line: number | undefined, message: string, fix?: string, column?: number, field?: string) =>
    diagnostics.push({ rule, severity, file: input.file, line, column, field, message, fix });

  // Whole-body findings point at the first line with text on it.
  const firstLine = input.bodyLine + (/^(?:[ \t]*\r?\n)*/.exec(input.body)?.[0].split('\n').length ?? 1) - 1;
  const bytes = Buffer.byteLength(input.body, 'utf8');
  const kb = Math.round(bytes / 1024);
  if (bytes > input.limits.bodyErrorKB * 1024) {
    push('body-size', 'error', firstLine, `正文 ${kb} KB，超过上限 ${input.limits.bodyErrorKB} KB`, '拆成几篇，或把长表格、数据放到附件里（site.yaml 的 limits.bodyErrorKB 可调整上限）');
    return { diagnostics, files: [], uses: [], links: [], anchors: [] };
  }
  if (bytes > input.limits.bodyWarnKB * 1024) {
    push('body-size', 'warning', firstLine, `正文 ${kb} KB，超过 ${input.limits.bodyWarnKB} KB；这样长的网页读者难以阅读`, '考虑拆分，或把数据放到附件里');
  }
  const maxDepth = input.limits.depth;
  const refusal = screenBody(input.body, input.kind, maxDepth);
  if (refusal) {
    push(refusal.rule, 'error', input.bodyLine - 1 + refusal.line, refusal.message, refusal.fix);
    return { diagnostics, files: [], uses: [], links: [], anchors: [] };
  }

  let tree: Root;
  try {
    tree = parse(input);
  } catch (error) {
    const m = /(\d+):(\d+)/.exec(String((error as Error).message));
    const message = String((error as Error).message).split('\n')[0] ?? '';
    push('mdx-syntax', 'error', m ? input.bodyLine - 1 + Number(m[1]) : firstLine, `MDX 写法有误：${message}`, '检查标签是否成对、花括号是否转义（写 \\{ 和 \\}）');
    return { diagnostics, files: [], uses: [], links: [], anchors: [] };
  }
  const depth = treeDepth(tree);
  if (depth.depth > maxDepth) {
    push('nesting-depth', 'error', placeOf(input.body, input.bodyLine, depth.node as Located)?.line, `HTML 元素嵌套了 ${depth.depth} 层，超过上限 ${maxDepth} 层`, '减少嵌套');
    return { diagnostics, files: [], uses: [], links: [], anchors: [] };
  }

  // The ids Astro gives headings (github-slugger over their text, as @astrojs/markdown-satteri does), so `#…`
  // links are checked against the anchors readers get.
  const slugger = new Slugger();
  const headingIds = (node: Root | Element) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      if (/^h[1-6]$/.test(child.tagName) && typeof child.properties?.['id'] !== 'string') {
        child.properties = { ...child.properties, id: slugger.slug(textOf(child)) };
      }
      headingIds(child);
    }
  };
  headingIds(tree);

  const esmResults = new Map<MdxEsm, EsmResult>();
  const images = new Map<string, PublishableFile>();
  const gateEsm = (node: MdxEsm) => {
    let result = esmResults.get(node);
    if (!result) {
      result = checkEsm(node.value, { contentDir: input.contentDir, file: input.abs, componentsDir: input.componentsDir });
      esmResults.set(node, result);
      for (const [name, file] of result.images) images.set(name, file);
    }
    return result;
  };
  // Imports come first in an MDX file, but read them all before any element that uses them.
  for (const child of tree.children) if ((child.type as string) === 'mdxjsEsm') gateEsm(child as unknown as MdxEsm);
  const jsxResults = new Map<MdxJsxElement, ReturnType<typeof checkJsxElement>>();
  const gateJsx = (node: MdxJsxElement) => {
    let result = jsxResults.get(node);
    if (!result) {
      result = checkJsxElement(node, images);
      jsxResults.set(node, result);
    }
    return result;
  };

  const visitors: Visitors[] = rules.map((rule) => {
    const context: RuleContext = {
      kind: input.kind,
      site: input.site,
      fields: input.fields ?? [],
      report: (finding: Finding) => {
        const place = finding.field
          ? { line: finding.field.line ?? 1, column: finding.field.column ?? 1 }
          : placeOf(input.body, input.bodyLine, finding.node, finding.attribute, finding.offset);
        push(rule.meta.id, finding.severity ?? rule.meta.severity, place?.line, finding.message, finding.fix, place?.column, finding.field?.name);
      },
      link: (node, link) => {
        const place = placeOf(input.body, input.bodyLine, node);
        links.push({ ...link, line: place?.line, column: place?.column });
      },
      reference: (url, kind) => {
        const resolved = resolveReference(input.contentDir, input.abs, url, kind);
        if (resolved.ok && kind !== 'import') files.set(resolved.file.abs, resolved.file);
        return resolved;
      },
      gate: { esm: gateEsm, jsx: gateJsx },
    };
    return rule.create(context);
  });

  const walk = (node: Root | Element, ancestors: Element[]) => {
    const children = node.children as (RootContent | MdxJsxElement | MdxExpression | MdxEsm)[];
    for (let i = 0; i < children.length; i++) {
      const child = children[i];
      if (!child) continue;
      switch (child.type) {
        case 'element': {
          const id = child.properties?.['id'];
          if (typeof id === 'string' && id) anchors.add(id);
          const name = child.tagName === 'a' ? child.properties?.['name'] : undefined;
          if (typeof name === 'string' && name) anchors.add(name);
          for (const v of visitors) v.element?.(child, ancestors);
          walk(child, [...ancestors, child]);
          break;
        }
        case 'text':
          for (const v of visitors) v.text?.(child, ancestors);
          break;
        case 'comment':
          for (const v of visitors) v.comment?.(child, ancestors);
          break;
        case 'mdxjsEsm':
          for (const v of visitors) v.mdxjsEsm?.(child);
          break;
        case 'mdxFlowExpression':
        case 'mdxTextExpression':
          for (const v of visitors) v.mdxExpression?.(child, ancestors);
          break;
        case 'mdxJsxFlowElement':
        case 'mdxJsxTextElement': {
          for (const v of visitors) v.mdxJsxElement?.(child, ancestors);
          const { attributes } = gateJsx(child);
          const known = child.name === null || (child.name && (child.name in EDITOR_COMPONENTS || /^[a-z]/.test(child.name)));
          if (!known) {
            walk({ type: 'element', tagName: 'div', properties: {}, children: child.children as ElementContent[] }, ancestors);
            break;
          }
          // From here on the element is judged as the HTML it renders.
          const element =
            child.name === null
              ? ({ type: 'element', tagName: 'div', properties: {}, children: child.children, position: child.position } as Element)
              : child.name in EDITOR_COMPONENTS
                ? componentAsHtml(child, attributes as Map<string, { text?: string; image?: PublishableFile }>)
                : jsxAsHtml(child, attributes as Map<string, { text?: string }>);
          children[i] = element;
          i -= 1;
          break;
        }
        default:
          break;
      }
    }
  };
  for (const v of visitors) v.fields?.(input.fields ?? []);
  walk(tree, []);
  for (const v of visitors) v.done?.(tree);
  return { diagnostics, files: [...files.values()], uses: [...files.keys(), ...[...images.values()].map((f) => f.abs)], links, anchors: [...anchors] };
}
