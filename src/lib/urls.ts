/**
 * The one place that knows how a page's URL looks in each script. The 简/繁 switch, hreflang alternates,
 * canonical links, the sitemap and QR codes all ask here, so they can never disagree.
 *
 * A *route* is a page's address without base path or script prefix, always starting and ending with `/`
 * (`/news/2019/jiceng/`, `/` for home). The site's source script lives at the root; the other script
 * lives under its prefix (`/zh-hant/…`, or `/zh-hans/…` for a site written in Traditional).
 */
import { type Script, SCRIPTS, otherScript } from './variant/scripts.ts';

export interface UrlConfig {
  /** Absolute origin and path of the deployed site, e.g. `https://www.example.gov.cn/`. */
  site: string;
  /** Base path the site is served under, `/` or e.g. `/portal/`. */
  base: string;
  /** The script editors write in; its pages sit at the root. */
  sourceScript: Script;
}

/** A page in one script: the route plus the script it is shown in. */
export interface PageAddress {
  route: string;
  script: Script;
}

function trimSlashes(s: string): string {
  return s.replace(/^\/+|\/+$/g, '');
}

/** The URL segment of a script's prefix: `zh-hant` for zh-Hant. */
export function scriptSegment(script: Script): string {
  return script.toLowerCase();
}

/** Normalises a route to `/a/b/` form. */
export function normalizeRoute(route: string): string {
  const inner = trimSlashes(route);
  return inner === '' ? '/' : `/${inner}/`;
}

/** Builds the URL helpers for one site. */
export function createUrls(config: UrlConfig) {
  const base = normalizeRoute(config.base);
  const site = new URL(config.site);

  /** `''` for the source script, `zh-hant` (or `zh-hans`) for the other one. */
  function prefix(script: Script): string {
    return script === config.sourceScript ? '' : scriptSegment(script);
  }

  /**
   * The path (with base) of a route in a script.
   * @example pathOf('/news/2019/jiceng/', 'zh-Hant') // '/zh-hant/news/2019/jiceng/'
   */
  function pathOf(route: string, script: Script): string {
    const parts = [trimSlashes(base), prefix(script), trimSlashes(route)].filter(Boolean);
    return parts.length === 0 ? '/' : `/${parts.join('/')}/`;
  }

  /**
   * Reads a path (as a browser or Astro sees it) back into route and script.
   * Works with or without a trailing slash and with `index.html`.
   */
  function addressOf(pathname: string): PageAddress {
    let rest = trimSlashes(decodeURI(pathname).replace(/index\.html$/, ''));
    const b = trimSlashes(base);
    if (b && (rest === b || rest.startsWith(`${b}/`))) rest = trimSlashes(rest.slice(b.length));
    for (const script of SCRIPTS) {
      const p = prefix(script);
      if (p && (rest === p || rest.startsWith(`${p}/`))) {
        return { route: normalizeRoute(rest.slice(p.length)), script };
      }
    }
    return { route: normalizeRoute(rest), script: config.sourceScript };
  }

  /** The same page in the other script: what the 简/繁 switch links to. */
  function counterpartOf(pathname: string): string {
    const { route, script } = addressOf(pathname);
    return pathOf(route, otherScript(script));
  }

  /** Absolute URL (for canonical, Open Graph, QR codes, feeds). */
  function absolute(path: string): string {
    return new URL(path, site).href;
  }

  /** `<link rel="alternate" hreflang>` entries for a route: both scripts plus `x-default` (the source). */
  function alternatesOf(route: string): { hreflang: string; href: string }[] {
    return [
      ...SCRIPTS.map((script) => ({ hreflang: script, href: absolute(pathOf(route, script)) })),
      { hreflang: 'x-default', href: absolute(pathOf(route, config.sourceScript)) },
    ];
  }

  /**
   * The route as an Astro rest parameter (`[...path]`): script prefix and route, no base, no slashes at the
   * ends; `undefined` for the source script's home.
   * @example paramOf('/news/2019/jiceng/', 'zh-Hant') // 'zh-hant/news/2019/jiceng'
   */
  function paramOf(route: string, script: Script): string | undefined {
    const parts = [prefix(script), trimSlashes(route)].filter(Boolean);
    return parts.length ? parts.join('/') : undefined;
  }

  /**
   * Path of a file that exists once per script, such as a feed.
   * @example fileOf('feed.xml', 'zh-Hant') // '/zh-hant/feed.xml'
   */
  function fileOf(name: string, script: Script): string {
    return `/${[trimSlashes(base), prefix(script), trimSlashes(name)].filter(Boolean).join('/')}`;
  }

  /** Path of a file that is the same in both scripts (attachments, images, feeds' stylesheet). */
  function assetPath(path: string): string {
    return `/${[trimSlashes(base), trimSlashes(path)].filter(Boolean).join('/')}`;
  }

  return { prefix, pathOf, paramOf, fileOf, addressOf, counterpartOf, absolute, alternatesOf, assetPath, sourceScript: config.sourceScript };
}

export type Urls = ReturnType<typeof createUrls>;

/**
 * The route of a content file, from its path below its collection folder.
 * Lower-case, no extension, `index` files stand for their folder; the collection name leads.
 * @example entryRoute('news', '2019/jiceng.md') // '/news/2019/jiceng/'
 */
export function entryRoute(collection: string, relativePath: string): string {
  return normalizeRoute(`${collection}/${entryId(relativePath)}`);
}

/**
 * The id Astro's loader gives a content file; identical files ids mean identical URLs.
 * @example entryId('2019/JiCeng.md') // '2019/jiceng'
 */
export function entryId(relativePath: string): string {
  return trimSlashes(
    relativePath
      .replace(/\\/g, '/')
      .replace(/\.(md|mdx)$/i, '')
      .replace(/(^|\/)index$/i, '')
      .toLowerCase()
      .replace(/\s+/g, '-'),
  );
}
