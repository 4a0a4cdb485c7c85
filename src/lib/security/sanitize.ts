/**
 * The guarantee: every article body is parsed the way a browser parses it (parse5, through hast), cut down to
 * the allowlist in sanitizeSchema.ts, then serialized again, so script cannot be published whatever its
 * spelling. Lint rules (src/lib/lint/) tell the editor what was wrong; this is what protects readers.
 */
import type { Element, ElementContent, Nodes, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { sanitize } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import { isFileReference } from './files.ts';
import { RESERVED_ID_PREFIX, SANITIZE_SCHEMA } from './sanitizeSchema.ts';
import { browserUrl, urlKind, urlScheme } from './urls.ts';

export interface SanitizeOptions {
  /**
   * Where a file next to the article (`./plan.pdf`, `./图1.png`) is published, or `undefined` when it is not
   * a file that may be published (the reference is then removed).
   */
  resolveFile?: ((url: string) => string | undefined) | undefined;
}

function cleanUrls(node: Element, options: SanitizeOptions): boolean {
  const props = node.properties;
  for (const key of ['href', 'src', 'cite'] as const) {
    const value = props[key];
    if (typeof value !== 'string') continue;
    const kind = urlKind(value);
    const isImage = node.tagName === 'img' && key === 'src';
    let keep: string | undefined;
    if (kind === 'relative') {
      keep = isFileReference(value) ? options.resolveFile?.(value) : value;
    } else if (kind === 'web') {
      // An image from another site would be blocked by the Content-Security-Policy, and would tell that site
      // who reads the page.
      keep = isImage ? undefined : value;
    } else if (kind === 'mail' || kind === 'phone') {
      keep = key === 'href' ? value : undefined;
    } else if (kind === 'data-image') {
      keep = isImage ? value : undefined;
    }
    if (keep === undefined) delete props[key];
    else props[key] = keep;
  }
  if (typeof props['id'] === 'string' && props['id'].toLowerCase().startsWith(RESERVED_ID_PREFIX)) delete props['id'];
  // An image without an address shows nothing useful: keep what it said instead.
  return !(node.tagName === 'img' && props['src'] === undefined);
}

/**
 * Before the allowlist: URLs as a browser reads them (` HTTPS:…` → `https:…`), so the protocol check neither
 * lets a disguised scheme through nor drops a harmless upper-case one; and only Markdown's own task-list
 * checkboxes among inputs (the allowlist would otherwise turn any input into one).
 */
function prepare(parent: Root | Element): void {
  parent.children = parent.children.filter((child) => {
    if (child.type !== 'element') return true;
    const props = child.properties;
    if (child.tagName === 'input' && !(props['type'] === 'checkbox' && props['disabled'] === true)) return false;
    for (const key of ['href', 'src', 'cite']) {
      const value = props[key];
      if (typeof value !== 'string') continue;
      const url = browserUrl(value);
      const scheme = urlScheme(url);
      props[key] = scheme ? `${scheme}${url.slice(scheme.length)}` : url;
    }
    prepare(child);
    return true;
  }) as typeof parent.children;
}

function walk(parent: Root | Element, options: SanitizeOptions): void {
  const children: ElementContent[] = [];
  for (const child of parent.children as ElementContent[]) {
    if (child.type !== 'element') {
      children.push(child);
    } else if (cleanUrls(child, options)) {
      walk(child, options);
      children.push(child);
    } else {
      const alt = child.properties['alt'];
      if (typeof alt === 'string' && alt.trim()) children.push({ type: 'text', value: alt });
    }
  }
  parent.children = children;
}

/**
 * Sanitizes the HTML of one article body.
 * @example sanitizeHtml('<p onclick="x()">关于<script>alert(1)</script></p>') // '<p>关于</p>'
 * @example sanitizeHtml('<a href=" java\tscript:alert(1)">办理</a>') // '<a>办理</a>'
 */
export function sanitizeHtml(html: string, options: SanitizeOptions = {}): string {
  return toHtml(sanitizeTree(html, options));
}

/** Sanitizes the HTML of one article body into a tree (what `sanitizeHtml` serializes), for callers that read it. */
export function sanitizeTree(html: string, options: SanitizeOptions = {}): Root {
  const tree = fromHtml(html, { fragment: true });
  prepare(tree);
  const clean = sanitize(tree, SANITIZE_SCHEMA) as Nodes;
  if (clean.type !== 'root') return { type: 'root', children: [] };
  walk(clean, options);
  return clean;
}
