/**
 * The Astro glue between an article and its search record: builds the script-neutral search document from the
 * article model and its sanitized body, once per article, while the first of its pages renders.
 */
import type { Root } from 'hast';
import { loadSite } from '../lib/site.ts';
import { collectSearchDocument, hasSearchDocument } from '../lib/search/collect.ts';
import type { SearchDocument } from '../lib/search/record.ts';
import { hastText } from '../lib/search/text.ts';
import { SCRIPTS, type Script } from '../lib/variant/scripts.ts';
import type { PortalArticle } from './articles.ts';

/** Collects the search document of `article` unless it already is. `body` is its sanitized body. */
export function collectArticle(article: PortalArticle, body: Root): void {
  if (hasSearchDocument(article.route)) return;
  const site = loadSite();
  const from = article.script;
  // Text as the article's own script shows it: inline markup (-{…}-) resolved.
  const own = (text: string) => site.converter.convert(text, from, from);
  const both = (text: string): Record<Script, string> =>
    Object.fromEntries(SCRIPTS.map((to) => [to, site.converter.convert(text, from, to)])) as Record<Script, string>;
  const notice = article.collection === 'notices' ? article.data : undefined;
  const issuer = notice?.issuer.join('、');
  const doc: SearchDocument = {
    route: article.route,
    date: article.date.date,
    facets: {
      channel: article.channel,
      year: article.date.date.slice(0, 4),
      ...(notice ? { issuer: notice.issuer.map(own), validity: notice.validity } : {}),
    },
    display: {
      date: article.date.date,
      title: both(article.title),
      documentNumber: notice?.documentNumber ? both(notice.documentNumber) : undefined,
      issuer: issuer ? both(issuer) : undefined,
    },
    fields: {
      title: own(article.title),
      documentNumber: notice?.documentNumber,
      issuer: issuer ? own(issuer) : undefined,
      body: own(hastText(body)),
      extra: notice?.attachments.map((a) => own(a.title)),
    },
  };
  collectSearchDocument(doc);
}
