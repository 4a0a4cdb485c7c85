/**
 * Sanitized article bodies, once per article per build: a body is the same in both scripts (conversion happens
 * afterwards, in the middleware), so the second script's page reuses the first one's, and the entry is dropped
 * once every script has used it. The first render also hands the article to the search index (`search.ts`), and
 * turns citations of the site's notices into links (`citations.ts`).
 */
import { loadSite } from '../lib/site.ts';
import { resolveReference } from '../lib/security/files.ts';
import { toHtml } from 'hast-util-to-html';
import { sanitizeTree } from '../lib/security/sanitize.ts';
import type { PortalArticle } from './articles.ts';
import { builtScripts } from './paths.ts';
import { collectArticle } from './search.ts';
import { linkCitations } from '../lib/policy/citations.ts';
import { citationGraph } from './citations.ts';

const bodies = new Map<string, { html: string; uses: number }>();

/** The sanitized HTML of `article`'s body; `render` renders it when it is not cached. */
export async function sanitizeArticleBody(article: PortalArticle, render: () => Promise<string>): Promise<string> {
  const key = `${article.collection}/${article.id}`;
  const cached = bodies.get(key);
  const site = loadSite();
  let html = cached?.html;
  if (html === undefined) {
    const tree = sanitizeTree(await render(), {
      resolveFile: (url) => {
        const resolved = resolveReference(site.contentDir, article.file, url, 'link');
        return resolved.ok ? site.urls.assetPath(resolved.file.publicPath) : undefined;
      },
    });
    collectArticle(article, tree);
    // 发文字号 of the site's notices become links (to the source script's page; ArticleBody localizes them).
    const graph = await citationGraph();
    linkCitations(
      tree,
      (key) => graph.notice(key) !== undefined,
      (key) => {
        const target = graph.notice(key);
        return target && target !== article ? site.urls.pathOf(target.route, site.urls.sourceScript) : undefined;
      },
    );
    html = toHtml(tree);
  }
  const uses = (cached?.uses ?? 0) + 1;
  if (uses >= builtScripts().length) bodies.delete(key);
  else bodies.set(key, { html, uses });
  return html;
}
