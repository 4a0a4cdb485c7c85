/** /sitemap.xml (and /sitemap-N.xml on very large sites): every page in both scripts. */
import type { APIRoute } from 'astro';
import { loadSite } from '../lib/site.ts';
import { renderSitemaps } from '../lib/sitemap.ts';
import { builtScripts, loadPages } from '../routing/paths.ts';

let files: Promise<Map<string, string>> | undefined;
function sitemaps() {
  files ??= (async () => {
    const site = loadSite();
    const routes = (await loadPages()).map((p) => p.route);
    return renderSitemaps(routes, builtScripts(), site.urls);
  })();
  return files;
}

export async function getStaticPaths() {
  return [...(await sitemaps()).keys()].map((name) => ({ params: { sitemap: name.replace(/\.xml$/, '') } }));
}

export const GET: APIRoute = async ({ params }) =>
  new Response((await sitemaps()).get(`${params['sitemap']}.xml`), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
