/**
 * Sets the page context (script and route) once per request, then turns the rendered page into that
 * script. Pages are written in the site's source script; this is the only place conversion happens,
 * so everything a reader sees (text, titles, alt/aria-label, meta tags, feed items) is covered alike.
 */
import { defineMiddleware } from 'astro:middleware';
import { loadSite } from './lib/site.ts';
import { convertHtml } from './lib/variant/html.ts';
import { otherScript } from './lib/variant/scripts.ts';

function count(text: string, part: string): number {
  return text.split(part).length - 1;
}

export const onRequest = defineMiddleware(async (context, next) => {
  const site = loadSite();
  const { route, script } = site.urls.addressOf(context.url.pathname);
  context.locals.script = script;
  context.locals.route = route;

  const response = await next();
  const type = response.headers.get('content-type') ?? '';
  const xml = /xml/.test(type);
  if (!xml && !type.includes('text/html')) return response;
  const body = await response.text();
  const source = site.settings.sourceScript;
  // A page in the source script needs work only for inline markup or text marked as the other script
  // (the 简/繁 switch's own label is marked translate="no" and needs none).
  const other = `lang="${otherScript(source)}"`;
  const untouched = script === source && !body.includes('-{') && count(body, other) === count(body, `${other} translate="no"`);
  const converted = untouched ? body : convertHtml(body, site.converter, { to: script, defaultScript: source, xml });
  return new Response(converted, { status: response.status, headers: response.headers });
});
