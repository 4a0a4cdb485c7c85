/**
 * getStaticPaths for the catch-all page: every page of the model, once per script.
 */
import { loadSite } from '../lib/site.ts';
import { buildPages, type PageModel } from '../lib/pages.ts';
import { SCRIPTS, type Script } from '../lib/variant/scripts.ts';
import { loadArticles, type Entry } from './articles.ts';

export type PortalPage = PageModel<Entry>;

export interface PageProps {
  page: PortalPage;
  script: Script;
}

let pages: Promise<PortalPage[]> | undefined;

/** Every page of the site, built once per build (the pages and the sitemap both read it). */
export function loadPages(): Promise<PortalPage[]> {
  pages ??= loadArticles().then((articles) => buildPages(articles, loadSite().channels));
  return pages;
}

/**
 * The scripts this build writes: both, unless GONGKAI_SINGLE_SCRIPT=1, which the benchmark uses to
 * measure what the second script costs. Never set it for a published site.
 */
export function builtScripts(): readonly Script[] {
  const source = loadSite().settings.sourceScript;
  return process.env['GONGKAI_SINGLE_SCRIPT'] === '1' ? [source] : SCRIPTS;
}

export async function staticPaths() {
  const site = loadSite();
  const all = await loadPages();
  const scripts = builtScripts();
  const other = scripts.filter((s) => s !== site.settings.sourceScript);
  const notFound: PortalPage = { kind: 'not-found', route: '/404/' };
  return [
    ...scripts.flatMap((script) => all.map((page) => ({ params: { path: site.urls.paramOf(page.route, script) }, props: { page, script } satisfies PageProps }))),
    // The source script's 404 is src/pages/404.astro (404.html, which hosts serve); the other gets its own.
    ...other.map((script) => ({ params: { path: site.urls.paramOf(notFound.route, script) }, props: { page: notFound, script } satisfies PageProps })),
  ];
}
