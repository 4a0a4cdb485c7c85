/**
 * The site's citation graph, once per build: which notice each 发文字号 belongs to, and which articles cite each
 * notice (read from the bodies' text before any page renders, so a notice page can list its 被引用).
 */
import { citationKey, findCitations } from '../lib/policy/citations.ts';
import { byDateDesc } from '../lib/pages.ts';
import { loadSite } from '../lib/site.ts';
import { plainText } from '../lib/text.ts';
import type { Script } from '../lib/variant/scripts.ts';
import { loadArticles, type PortalArticle } from './articles.ts';

export interface CitationGraph {
  /** The notice with this number (a citationKey), if the site has it. */
  notice(key: string): PortalArticle | undefined;
  /** The key of an article's own 发文字号. */
  keyOf(article: PortalArticle): string | undefined;
  /** The articles that cite a notice, newest first. */
  citedBy(article: PortalArticle): PortalArticle[];
}

let graph: Promise<CitationGraph> | undefined;

/** The graph of the site's articles. */
export function citationGraph(): Promise<CitationGraph> {
  graph ??= (async () => {
    const articles = await loadArticles();
    const byKey = new Map<string, PortalArticle>();
    const keys = new Map<PortalArticle, string>();
    for (const a of articles) {
      const written = a.collection === 'notices' ? a.data.documentNumber : undefined;
      const key = written ? citationKey(written) : undefined;
      if (!key) continue;
      keys.set(a, key);
      if (!byKey.has(key)) byKey.set(key, a);
    }
    const citing = new Map<PortalArticle, Set<PortalArticle>>();
    for (const a of articles) {
      for (const c of findCitations(plainText(a.entry.body ?? ''), (k) => byKey.has(k))) {
        const target = byKey.get(c.key);
        if (!target || target === a) continue;
        citing.set(target, (citing.get(target) ?? new Set()).add(a));
      }
    }
    return {
      notice: (key) => byKey.get(key),
      keyOf: (article) => keys.get(article),
      citedBy: (article) => [...(citing.get(article) ?? [])].sort(byDateDesc),
    };
  })();
  return graph;
}

/** Pieces of a text with its citations of the site's notices as links (for a banner note, say). */
export async function citationPieces(text: string, script: Script, self?: PortalArticle): Promise<{ text: string; href?: string | undefined }[]> {
  const g = await citationGraph();
  const { urls } = loadSite();
  const pieces: { text: string; href?: string | undefined }[] = [];
  let at = 0;
  for (const c of findCitations(text, (k) => g.notice(k) !== undefined)) {
    const target = g.notice(c.key);
    if (!target || target === self) continue;
    if (c.start > at) pieces.push({ text: text.slice(at, c.start) });
    pieces.push({ text: text.slice(c.start, c.end), href: urls.pathOf(target.route, script) });
    at = c.end;
  }
  if (at < text.length) pieces.push({ text: text.slice(at) });
  return pieces;
}

/**
 * A body's citation links point at the source script's pages (a body is rendered once for both scripts); on
 * the other script's page they go to that script's pages.
 */
export function localizeCitationLinks(html: string, script: Script): string {
  const { urls } = loadSite();
  if (script === urls.sourceScript) return html;
  return html.replace(/<a href="([^"]*)" data-citation=/g, (_, href: string) => `<a href="${urls.pathOf(urls.addressOf(href).route, script)}" data-citation=`);
}
