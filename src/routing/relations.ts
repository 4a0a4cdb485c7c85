/**
 * The relations between the site's documents, once per build, both ways: a 政策解读 and the document it
 * interprets, related documents, and the 废止 chain (replaces / replacedBy, each implied by the other).
 * References that do not resolve never reach here: the content check refuses them (rule `relations`).
 */
import { indexDocuments } from '../lib/policy/relations.ts';
import { byDateDesc } from '../lib/pages.ts';
import { loadArticles, type PortalArticle } from './articles.ts';

export interface Relations {
  /** The document a 政策解读 interprets. */
  interprets?: PortalArticle | undefined;
  /** The 政策解读 of a document, newest first. */
  interpretedBy: PortalArticle[];
  /** Documents this one replaces, and the one that replaced it. */
  replaces: PortalArticle[];
  replacedBy?: PortalArticle | undefined;
  /** Related documents, as the editor listed them (and those that list this one). */
  related: PortalArticle[];
}

let graph: Promise<Map<PortalArticle, Relations>> | undefined;

function relationsOf(all: Map<PortalArticle, Relations>, article: PortalArticle): Relations {
  let r = all.get(article);
  if (!r) all.set(article, (r = { interpretedBy: [], replaces: [], related: [] }));
  return r;
}

/** The relations of one article. */
export async function relationsFor(article: PortalArticle): Promise<Relations> {
  graph ??= (async () => {
    const articles = await loadArticles();
    const index = indexDocuments(
      articles.map((a) => ({ id: `${a.collection}/${a.id}`, collection: a.collection, route: a.route, documentNumber: a.collection === 'notices' ? a.data.documentNumber : undefined, article: a })),
    );
    const find = (ref: string | undefined) => (ref ? index.resolve(ref)?.article : undefined);
    const all = new Map<PortalArticle, Relations>();
    const add = (list: PortalArticle[], a: PortalArticle | undefined) => {
      if (a && !list.includes(a)) list.push(a);
    };
    for (const a of articles) {
      const own = relationsOf(all, a);
      const interprets = find(a.collection === 'news' ? a.data.interprets : undefined);
      if (interprets && interprets !== a) {
        own.interprets = interprets;
        add(relationsOf(all, interprets).interpretedBy, a);
      }
      for (const ref of a.data.related ?? []) {
        const other = find(ref);
        if (!other || other === a) continue;
        add(own.related, other);
        add(relationsOf(all, other).related, a);
      }
      if (a.collection === 'notices') {
        for (const ref of a.data.replaces ?? []) {
          const older = find(ref);
          if (!older || older === a) continue;
          add(own.replaces, older);
          relationsOf(all, older).replacedBy ??= a;
        }
        const newer = find(a.data.replacedBy);
        if (newer && newer !== a) {
          own.replacedBy = newer;
          add(relationsOf(all, newer).replaces, a);
        }
      }
    }
    for (const r of all.values()) r.interpretedBy.sort(byDateDesc);
    return all;
  })();
  return (await graph).get(article) ?? { interpretedBy: [], replaces: [], related: [] };
}
