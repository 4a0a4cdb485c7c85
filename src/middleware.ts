/**
 * Sets the page context (script and route) once per request, then turns the rendered page into that
 * script. Pages are written in the site's source script; this is the only place conversion happens,
 * so everything a reader sees (text, titles, alt/aria-label, meta tags, feed items) is covered alike.
 */
import { defineMiddleware } from 'astro:middleware';
import { loadSite } from './lib/site.ts';
import { convertHtml } from './lib/variant/html.ts';
import { otherScript } from './lib/variant/scripts.ts';

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
  const untouched = script === source && !body.includes('-{') && !body.includes(`lang="${otherScript(source)}"`);
  const converted = untouched ? body : convertHtml(body, site.converter, { to: script, defaultScript: source, xml });
  return new Response(converted, { status: response.status, headers: response.headers });
});
