/** /feed.xml and /zh-hant/feed.xml: the 50 latest articles. Converted like pages by the middleware. */
import type { APIRoute } from 'astro';
import { feedLanguage, renderFeed } from '../../lib/feed.ts';
import { byDateDesc } from '../../lib/pages.ts';
import { loadSite } from '../../lib/site.ts';
import { loadArticles } from '../../routing/articles.ts';
import { builtScripts } from '../../routing/paths.ts';

export function getStaticPaths() {
  const site = loadSite();
  return builtScripts().map((script) => ({ params: { prefix: site.urls.paramOf('/', script) } }));
}

export const GET: APIRoute = async ({ locals }) => {
  const site = loadSite();
  const { urls, settings } = site;
  const articles = (await loadArticles()).sort(byDateDesc).slice(0, 50);
  const xml = renderFeed({
    title: settings.name,
    link: urls.absolute(urls.pathOf('/', locals.script)),
    description: settings.description,
    language: feedLanguage(locals.script, settings.traditionalRegion),
    items: articles.map((a) => ({
      title: a.title,
      link: urls.absolute(urls.pathOf(a.route, locals.script)),
      description: a.summary,
      published: a.date.epoch,
      lang: a.script === settings.sourceScript ? undefined : a.script,
    })),
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
};
