/**
 * Reading CSS text the way a browser does before deciding about it: comments removed and escapes decoded, so
 * `u\72 l(` is `url(` and `@\69mport` is `@import`.
 */

/**
 * Comments removed, escapes decoded (`\72 ` → `r`, `\:` → `:`), lower case.
 * @example decodeCss('DIS\\70 LAY:/＊x＊/NONE') // 'display:none'
 */
export function decodeCss(css: string): string {
  return css
    .replace(/\/\*[\s\S]*?(?:\*\/|$)/g, '')
    .replace(/\\([0-9a-f]{1,6})[ \t\n\r\f]?|\\([^\n0-9a-f])|\\\n/gi, (_, hex: string | undefined, char: string | undefined) =>
      hex ? String.fromCodePoint(Math.min(Number.parseInt(hex, 16) || 0xfffd, 0x10ffff)) : (char ?? ''),
    )
    .toLowerCase();
}

/** CSS functions and rules that load something from an address. */
const LOADING = /@import|@font-face|@namespace|(?:^|[^a-z-])(?:-webkit-)?(?:image-set|image|cross-fade|element|src)\s*\(|expression\s*\(|javascript:|behavior\s*:|-moz-binding/;

/**
 * What in a piece of CSS would load something from outside the document, or `undefined` when nothing does.
 * `url(#fragment)` is fine (a gradient or filter in the same SVG); so is `url(data:image/…)` when `dataImages`.
 * @example cssLoads('fill:url(#g)') // undefined
 * @example cssLoads('fill:u\\72 l("https://x.example/a)') // 'url("https://x.example/a)'
 */
export function cssLoads(css: string, { dataImages = false } = {}): string | undefined {
  const text = decodeCss(css);
  const loading = LOADING.exec(text);
  if (loading) return loading[0].trim();
  for (let at = text.indexOf('url('); at >= 0; at = text.indexOf('url(', at + 4)) {
    // The address runs to the closing parenthesis, or to the end when a quote or parenthesis is never closed.
    const rest = text.slice(at + 4);
    const end = rest.indexOf(')');
    const target = (end < 0 ? rest : rest.slice(0, end)).trim().replace(/^['"]/, '').replace(/['"]$/, '').trim();
    const fine = target.startsWith('#') || (dataImages && /^data:image\/(?:png|jpe?g|gif|webp|avif)[;,]/.test(target));
    if (!fine) return `url(${(end < 0 ? rest : rest.slice(0, end + 1)).slice(0, 60)}`;
  }
  return undefined;
}
