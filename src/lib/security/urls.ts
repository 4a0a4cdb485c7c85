/**
 * Reading a URL the way a browser does before deciding about it: leading and trailing control characters
 * and spaces are dropped and tabs and line breaks anywhere are removed (WHATWG URL), so `java&#9;script:`,
 * ` javascript:` and `JaVaScRiPt:` all have the scheme `javascript`.
 */

/** The URL as a browser parses it, before resolving. */
export function browserUrl(value: string): string {
  return value.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
}

/**
 * The scheme of a URL, lower-case, or `undefined` for a relative one.
 * @example urlScheme(' JaVa\tScript:alert(1)') // 'javascript'
 * @example urlScheme('./plan.pdf') // undefined
 */
export function urlScheme(value: string): string | undefined {
  return /^([a-z][a-z0-9+.-]*):/i.exec(browserUrl(value))?.[1]?.toLowerCase();
}

const HERE = 'gongkai.invalid';

/**
 * The host a URL leads to, as a browser resolves it on one of our pages; `undefined` when it stays on the site.
 * Without a scheme it can still leave: `//evil.example/`, and `/\\evil.example/` (browsers read `\\` as `/`).
 * @example hostOf('//evil.example/a.png') // 'evil.example'
 * @example hostOf('../2019/a/') // undefined
 */
export function hostOf(value: string): string | undefined {
  try {
    const host = new URL(browserUrl(value), `https://${HERE}/news/`).hostname.toLowerCase();
    return host === HERE ? undefined : host;
  } catch {
    return undefined;
  }
}

/** Image types a page may show inline from a `data:` URL (none of them can run script inside an `<img>`). */
const DATA_IMAGE = /^data:image\/(?:png|jpe?g|gif|webp|avif|bmp|svg\+xml)[;,]/i;

/** What a URL is, for the sanitizer, the rules and the output scan alike. */
export type UrlKind = 'relative' | 'web' | 'mail' | 'phone' | 'data-image' | 'script' | 'other';

/**
 * @example urlKind('javascript:alert(1)') // 'script'
 * @example urlKind('//evil.example/t.png') // 'web'
 * @example urlKind('data:image/png;base64,iVBO') // 'data-image'
 * @example urlKind('data:text/html,<script>') // 'script'
 */
export function urlKind(value: string): UrlKind {
  const url = browserUrl(value);
  const scheme = urlScheme(url);
  if (scheme === undefined) return hostOf(url) === undefined ? 'relative' : 'web';
  if (scheme === 'http' || scheme === 'https') return 'web';
  if (scheme === 'mailto') return 'mail';
  if (scheme === 'tel') return 'phone';
  if (scheme === 'data') return DATA_IMAGE.test(url) ? 'data-image' : 'script';
  if (scheme === 'javascript' || scheme === 'vbscript' || scheme === 'livescript' || scheme === 'jscript') return 'script';
  return 'other';
}

/** Attributes whose value is a URL a browser may load or navigate to (HTML and SVG). */
export const URL_ATTRIBUTES: ReadonlySet<string> = new Set([
  'href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'data', 'cite', 'background', 'longdesc', 'ping',
  'codebase', 'manifest', 'dynsrc', 'lowsrc', 'usemap', 'icon', 'srcset', 'imagesrcset', 'archive', 'classid', 'profile',
]);
