/** robots.txt: everything may be crawled; says where the sitemap is. */
import type { APIRoute } from 'astro';
import { loadSite } from '../lib/site.ts';

export const GET: APIRoute = () => {
  const { urls } = loadSite();
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${urls.absolute(urls.assetPath('/sitemap.xml'))}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
