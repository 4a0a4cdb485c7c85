import type { Diagnostic } from '../../diagnostics.ts';
import { checkRelations, indexDocuments } from '../../policy/relations.ts';
import type { SiteRule } from './types.ts';

const FIX: Record<string, string> = {
  missing: '改正发文字号（如 民发〔2024〕27号）或文件路径（如 notices/2024/example.md）；所指文件须在本网站上且不是草稿',
  self: '删除这一项',
  'not-a-notice': '改为所解读或替代的通知公告、政策文件',
  cycle: '核对替代关系：新文件写 replaces，旧文件写 replacedBy，方向不能相反',
};

/**
 * The relations frontmatter declares (`interprets`, `related`, `replaces`, `replacedBy`): each must point at a
 * published document of the site (by 发文字号 or path), not at itself; `interprets` and the 废止 chain at notices;
 * and no 废止 chain may come back to where it started. Drafts are not on the site, so pointing at one is an error.
 */
export const relations: SiteRule = {
  id: 'relations',
  description: '政策解读、相关文件、替代关系指向不存在的文件、自己，或成环',
  check(_site, articles) {
    const published = articles.filter((a) => !a.draft);
    const index = indexDocuments(published.map((a) => ({ id: a.id, collection: a.collection, route: a.route, documentNumber: a.documentNumber?.written })));
    const byId = new Map(articles.map((a) => [a.id, a]));
    const declared = articles.map((a) => ({
      id: a.id,
      interprets: a.relations.find((r) => r.field === 'interprets')?.ref,
      related: a.relations.filter((r) => r.field === 'related').map((r) => r.ref),
      replaces: a.relations.filter((r) => r.field === 'replaces').map((r) => r.ref),
      replacedBy: a.relations.find((r) => r.field === 'replacedBy')?.ref,
    }));
    const diagnostics: Diagnostic[] = [];
    for (const problem of checkRelations(index, declared)) {
      const article = byId.get(problem.id);
      if (!article) continue;
      const written = article.relations.filter((r) => r.field === problem.field)[problem.index];
      diagnostics.push({
        rule: 'relations',
        severity: 'error',
        file: article.file,
        line: written?.line,
        column: written?.column,
        field: written && article.relations.filter((r) => r.field === problem.field).length > 1 ? `${problem.field}[${problem.index}]` : problem.field,
        message: problem.message,
        fix: FIX[problem.kind],
      });
    }
    return diagnostics;
  },
};
