/**
 * Relations an editor declares between documents in frontmatter: `interprets` (a 政策解读 and the document it
 * explains), `related`, `replaces` / `replacedBy` (a 废止 chain). A reference is a 发文字号 in any common form
 * or a file path (notices/2024/example.md, with or without content/, or the page's address /notices/2024/example/).
 */
import { citationKey } from './citations.ts';

/** The relation fields, as written in frontmatter. */
export type RelationField = 'interprets' | 'related' | 'replaces' | 'replacedBy';

/** What a reference can point at. */
export interface Referable {
  /** Stable id: collection/entry id, e.g. notices/2024/example. */
  id: string;
  collection: 'news' | 'notices';
  /** The page's route, e.g. /notices/2024/example/. */
  route: string;
  /** Its 发文字号, as written, for notices that have one. */
  documentNumber?: string | undefined;
}

export interface ReferenceIndex<T extends Referable> {
  /** The document a reference points at, or `undefined`. */
  resolve(reference: string): T | undefined;
}

/**
 * Normalizes a written path to the form of `Referable.id`.
 * @example pathKey('content/notices/2024/Example.md') // 'notices/2024/example'
 * @example pathKey('/zh-hant/notices/2024/example/') // 'notices/2024/example'
 */
export function pathKey(written: string): string {
  return written
    .trim()
    .replace(/\\/g, '/')
    .replace(/^(\.\/)+/, '')
    .replace(/^\/?(zh-hans|zh-hant)\//i, '/')
    .replace(/^\/+|\/+$/g, '')
    .replace(/^content\//, '')
    .replace(/(\/index)?\.(mdx?)$/i, '')
    .toLowerCase();
}

/** An index of the site's documents by 发文字号 and by path. */
export function indexDocuments<T extends Referable>(documents: readonly T[]): ReferenceIndex<T> {
  const byKey = new Map<string, T>();
  const byPath = new Map<string, T>();
  for (const d of documents) {
    byPath.set(d.id.toLowerCase(), d);
    byPath.set(pathKey(d.route), d);
    const key = d.documentNumber ? citationKey(d.documentNumber) : undefined;
    if (key && !byKey.has(key)) byKey.set(key, d);
  }
  return {
    resolve(reference) {
      const key = citationKey(reference);
      if (key && byKey.has(key)) return byKey.get(key);
      return byPath.get(pathKey(reference));
    },
  };
}

export interface RelationProblem {
  /** Which document's field, and which of its references (index in the field's list). */
  id: string;
  field: RelationField;
  index: number;
  kind: 'missing' | 'self' | 'not-a-notice' | 'cycle';
  message: string;
}

/** One document's declared relations, as written. */
export interface DeclaredRelations {
  id: string;
  interprets?: string | undefined;
  related: readonly string[];
  replaces: readonly string[];
  replacedBy?: string | undefined;
}

/**
 * Checks every declared relation: the target exists, is not the document itself, `interprets` and the 废止 chain
 * point at notices, and no document is (through `replaces`/`replacedBy`) replaced by itself.
 */
export function checkRelations<T extends Referable>(index: ReferenceIndex<T>, declared: readonly DeclaredRelations[]): RelationProblem[] {
  const problems: RelationProblem[] = [];
  /** Who replaces whom, from both directions: replaced id → replacing ids. */
  const replacedBy = new Map<string, Set<string>>();
  const edge = (older: string, newer: string) => replacedBy.set(older, (replacedBy.get(older) ?? new Set()).add(newer));
  for (const d of declared) {
    const fields: [RelationField, readonly string[]][] = [
      ['interprets', d.interprets ? [d.interprets] : []],
      ['related', d.related],
      ['replaces', d.replaces],
      ['replacedBy', d.replacedBy ? [d.replacedBy] : []],
    ];
    for (const [field, refs] of fields) {
      refs.forEach((ref, i) => {
        const target = index.resolve(ref);
        const at = { id: d.id, field, index: i };
        if (!target) {
          problems.push({ ...at, kind: 'missing', message: `${field} 指向的 "${ref}" 在网站上找不到：没有这个发文字号的文件，也没有这个路径` });
        } else if (target.id === d.id) {
          problems.push({ ...at, kind: 'self', message: `${field} 指向本文件自己（"${ref}"）` });
        } else if (field !== 'related' && target.collection !== 'notices') {
          problems.push({ ...at, kind: 'not-a-notice', message: `${field} 应指向通知公告或政策文件，"${ref}" 是一篇新闻` });
        } else if (field === 'replaces') {
          edge(target.id, d.id);
        } else if (field === 'replacedBy') {
          edge(d.id, target.id);
        }
      });
    }
  }
  // A 废止 chain that comes back to where it started: each document in it is reported once, at its own field.
  const inCycle = new Set<string>();
  for (const start of replacedBy.keys()) {
    const seen = new Set<string>();
    const walk = (id: string): boolean => {
      if (id === start && seen.size > 0) return true;
      if (seen.has(id)) return false;
      seen.add(id);
      return [...(replacedBy.get(id) ?? [])].some(walk);
    };
    if (walk(start)) inCycle.add(start);
  }
  for (const d of declared) {
    if (!inCycle.has(d.id)) continue;
    const field: RelationField = d.replacedBy ? 'replacedBy' : 'replaces';
    problems.push({ id: d.id, field, index: 0, kind: 'cycle', message: '替代关系成环：沿 replaces/replacedBy 走下去又回到本文件；一份文件不能被它自己（间接）替代' });
  }
  return problems;
}
