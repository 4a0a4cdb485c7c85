/** /sitemap.xml (and /sitemap-N.xml on very large sites): every page in both scripts, articles with their lastmod. */
import type { APIRoute } from 'astro';
import { lastModified } from '../lib/feed.ts';
import { loadSite } from '../lib/site.ts';
import { renderSitemaps } from '../lib/sitemap.ts';
import { builtScripts, loadPages } from '../routing/paths.ts';

let files: Promise<Map<string, string>> | undefined;
function sitemaps() {
  files ??= (async () => {
    const site = loadSite();
    const pages = (await loadPages()).map((p) =>
      p.kind === 'article' ? { route: p.route, lastmod: lastModified(p.article.data) } : { route: p.route },
    );
    return renderSitemaps(pages, builtScripts(), site.urls);
  })();
  return files;
}

export async function getStaticPaths() {
  return [...(await sitemaps()).keys()].map((name) => ({ params: { sitemap: name.replace(/\.xml$/, '') } }));
}

export const GET: APIRoute = async ({ params }) =>
  new Response((await sitemaps()).get(`${params['sitemap']}.xml`), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
