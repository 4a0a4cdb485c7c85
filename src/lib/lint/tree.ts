/** Small readers of the parsed body (hast) shared by the rules. */
import type { Element, Nodes } from 'hast';
import { find, html, svg } from 'property-information';

/** The attribute name of a hast property, lower-case: `onClick` → `onclick`, `xLinkHref` → `xlink:href`. */
export function attributeName(property: string): string {
  const inHtml = find(html, property);
  if (inHtml.space) return inHtml.attribute.toLowerCase();
  const inSvg = find(svg, property);
  return (inSvg.space ? inSvg.attribute : inHtml.attribute).toLowerCase();
}

/**
 * The attributes of an element as HTML writes them, lower-case (`onclick`, `colspan`, `xlink:href`,
 * `attributename`), with string values.
 * @example attributesOf(h('a', { href: 'x', onClick: 'y' })) // [['href', 'x'], ['onclick', 'y']]
 */
export function attributesOf(node: Element): [string, string][] {
  return Object.entries(node.properties ?? {}).flatMap(([property, value]): [string, string][] => {
    if (value === undefined || value === null || value === false) return [];
    return [[attributeName(property), Array.isArray(value) ? value.join(' ') : value === true ? '' : String(value)]];
  });
}

/** One attribute's value, by its lower-case HTML name. */
export function attributeOf(node: Element, name: string): string | undefined {
  return attributesOf(node).find(([n]) => n === name)?.[1];
}

/** All text below a node, as a reader would see it if nothing were hidden. */
export function textOf(node: Nodes): string {
  if (node.type === 'text' || node.type === 'comment') return node.value;
  if ('children' in node) return node.children.map((c) => textOf(c as Nodes)).join('');
  return '';
}

/** Whether a node (or anything below it) is an element with this tag name. */
export function contains(node: Nodes, tagName: string): boolean {
  if (node.type === 'element' && node.tagName === tagName) return true;
  return 'children' in node && node.children.some((c) => contains(c as Nodes, tagName));
}
