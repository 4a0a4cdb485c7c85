/**
 * Every RSS feed, in both scripts: /feed.xml (the whole site), <channel route>feed.xml (a channel and the
 * channels below it, e.g. /news/media/feed.xml) and /notices/feed.xml (every notice); the 50 latest articles
 * each. Converted like pages by the middleware.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { feedArticles, feedFile, feedLanguage, feedSources, lastChange, renderFeed, type FeedSource } from '../../lib/feed.ts';
import { LIBRARY_ROUTE } from '../../lib/pages.ts';
import { loadSite } from '../../lib/site.ts';
import { loadArticles } from '../../routing/articles.ts';
import { pageContext } from '../../routing/context.ts';
import { builtScripts } from '../../routing/paths.ts';

interface Props {
  source: FeedSource;
}

export const getStaticPaths = (() => {
  const site = loadSite();
  return builtScripts().flatMap((script) =>
    feedSources(site.channels).map((source) => ({ params: { prefix: site.urls.paramOf(source.route, script) }, props: { source } satisfies Props })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<Props> = async ({ locals, props: { source } }) => {
  const { site, ui } = pageContext(locals);
  const { urls, settings, channels } = site;
  const channel = source.kind === 'channel' ? channels.get(source.channel) : undefined;
  // In the source script, like a page's text; the middleware converts the feed into its script.
  const name = source.kind === 'notices' ? ui.library : channel?.name;
  const page = source.kind === 'notices' ? LIBRARY_ROUTE : source.route;
  const xml = renderFeed({
    title: name ? `${name} - ${settings.name}` : settings.name,
    link: urls.absolute(urls.pathOf(page, locals.script)),
    self: urls.absolute(urls.fileOf(feedFile(source.route), locals.script)),
    description: name ? `${settings.name} ${name}` : settings.description,
    language: feedLanguage(locals.script, settings.traditionalRegion),
    items: feedArticles(await loadArticles(), source, channels).map((a) => ({
      title: a.title,
      link: urls.absolute(urls.pathOf(a.route, locals.script)),
      description: a.summary,
      published: a.date.epoch,
      updated: lastChange(a.data)?.iso,
      lang: a.script === settings.sourceScript ? undefined : a.script,
    })),
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
};
