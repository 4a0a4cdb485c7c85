/**
 * /notices.json: the site's notices as open data, one file for both scripts. Titles and names as the editor
 * wrote them (the file's own script); dates ISO 8601 in Beijing time; `replaces`/`replacedBy` as written
 * (a 发文字号 or a path). Not converted by the middleware (it only converts HTML and XML).
 */
import type { APIRoute } from 'astro';
import { beijingNow } from '../lib/dates.ts';
import { lastChange } from '../lib/feed.ts';
import { byDateDesc } from '../lib/pages.ts';
import { loadSite } from '../lib/site.ts';
import { loadArticles, type PortalArticle } from '../routing/articles.ts';
import { builtScripts } from '../routing/paths.ts';

type Notice = Extract<PortalArticle, { collection: 'notices' }>;

export const GET: APIRoute = async () => {
  const { urls, settings, channels } = loadSite();
  const notices = (await loadArticles())
    .filter((a): a is Notice => a.collection === 'notices')
    .sort(byDateDesc)
    .map((a) => ({
      title: a.title,
      lang: a.script,
      documentNumber: a.data.documentNumber ?? null,
      issuer: a.data.issuer,
      writtenDate: a.data.writtenDate.date,
      date: a.date.iso,
      updated: lastChange(a.data)?.iso ?? null,
      validity: a.data.validity,
      channel: a.channel,
      channelName: channels.get(a.channel)?.name ?? null,
      topic: a.data.topic ?? null,
      indexNumber: a.data.indexNumber ?? null,
      // ?? []: an entry cached before the field existed has no default.
      replaces: a.data.replaces ?? [],
      replacedBy: a.data.replacedBy ?? null,
      urls: Object.fromEntries(builtScripts().map((script) => [script, urls.absolute(urls.pathOf(a.route, script))])),
    }));
  const data = { site: { name: settings.name, url: urls.absolute(urls.pathOf('/', settings.sourceScript)) }, generated: beijingNow().iso, count: notices.length, notices };
  return new Response(`${JSON.stringify(data, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
