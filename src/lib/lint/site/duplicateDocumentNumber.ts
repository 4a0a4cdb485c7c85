import type { Diagnostic } from '../../diagnostics.ts';
import type { SiteRule } from './types.ts';

/**
 * Two notices with one 发文字号 (compared in its normal form, so 民办发〔2024〕5号 and 民办发[2024]5号 are the
 * same): a document has one number, so one of them is a copy or a typing mistake, and search and citations
 * could not tell them apart. Every file involved is named, each pointing at the others. Drafts do not count.
 */
export const duplicateDocumentNumber: SiteRule = {
  id: 'duplicate-document-number',
  description: '两份文件的发文字号相同',
  check(_site, articles) {
    const byNumber = new Map<string, typeof articles[number][]>();
    for (const article of articles) {
      if (!article.documentNumber || article.draft) continue;
      const list = byNumber.get(article.documentNumber.normal) ?? [];
      list.push(article);
      byNumber.set(article.documentNumber.normal, list);
    }
    const diagnostics: Diagnostic[] = [];
    for (const [normal, list] of byNumber) {
      if (list.length < 2) continue;
      for (const article of list) {
        const others = list.filter((a) => a !== article).map((a) => `${a.file}（写作 ${a.documentNumber?.written}）`);
        diagnostics.push({
          rule: 'duplicate-document-number',
          severity: 'error',
          file: article.file,
          line: article.documentNumber?.line,
          column: article.documentNumber?.column,
          field: 'documentNumber',
          message: `发文字号 ${normal} 与 ${others.join('、')} 相同；一个发文字号只对应一份文件`,
          fix: '核对两份文件的发文字号；重复上传的请删除其中一份',
        });
      }
    }
    return diagnostics;
  },
};
