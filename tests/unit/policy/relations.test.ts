/** Relations declared in frontmatter (src/lib/policy/relations.ts) and their check (rule `relations`). */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/lib/lint/check.ts';
import { checkRelations, indexDocuments, pathKey, type DeclaredRelations } from '../../../src/lib/policy/relations.ts';
import { loadSite } from '../../../src/lib/site.ts';

const docs = [
  { id: 'notices/2024/a', collection: 'notices' as const, route: '/notices/2024/a/', documentNumber: '民发〔2024〕5号' },
  { id: 'notices/2018/b', collection: 'notices' as const, route: '/notices/2018/b/', documentNumber: '民发〔2018〕36号' },
  { id: 'news/2024/c', collection: 'news' as const, route: '/news/2024/c/' },
];
const index = indexDocuments(docs);
const none = { related: [], replaces: [] };
const kinds = (declared: DeclaredRelations[]) => checkRelations(index, declared).map((p) => `${p.id} ${p.field} ${p.kind}`);

describe('references', () => {
  it('resolve by 发文字号 in any form and script, or by path in any common spelling', () => {
    for (const ref of ['民发〔2024〕5号', '民发[2024]5号', '民發〔2024〕5號', 'notices/2024/a.md', 'content/notices/2024/a.md', '/notices/2024/a/', '/zh-hant/notices/2024/a/', 'notices/2024/A.md']) {
      expect(index.resolve(ref)?.id, ref).toBe('notices/2024/a');
    }
    expect(index.resolve('民发〔2024〕6号')).toBeUndefined();
    expect(pathKey('./content/notices/2024/a/index.md')).toBe('notices/2024/a');
  });
});

describe('checkRelations', () => {
  it('accepts a 解读 of a notice, related pages and a 废止 chain declared from either end', () => {
    expect(kinds([
      { id: 'news/2024/c', interprets: '民发〔2024〕5号', related: ['notices/2018/b.md'], replaces: [] },
      { id: 'notices/2024/a', ...none, replaces: ['民发〔2018〕36号'] },
      { id: 'notices/2018/b', ...none, replacedBy: 'notices/2024/a.md' },
    ])).toEqual([]);
  });

  it('refuses a missing target, the document itself, and a 解读 or 废止 that points at a news article', () => {
    expect(kinds([
      { id: 'news/2024/c', interprets: '民发〔2030〕1号', related: ['news/2024/c.md'], replaces: [] },
      { id: 'notices/2024/a', ...none, replacedBy: 'news/2024/c.md' },
    ])).toEqual(['news/2024/c interprets missing', 'news/2024/c related self', 'notices/2024/a replacedBy not-a-notice']);
  });

  it('refuses a 废止 chain that comes back to where it started', () => {
    expect(kinds([
      { id: 'notices/2024/a', ...none, replaces: ['民发〔2018〕36号'] },
      { id: 'notices/2018/b', ...none, replaces: ['民发〔2024〕5号'] },
    ])).toEqual(['notices/2024/a replaces cycle', 'notices/2018/b replaces cycle']);
  });
});

describe('rule relations in the content check', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongkai-relations-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  fs.copyFileSync('content/site.yaml', path.join(dir, 'site.yaml'));
  const notice = (number: string, extra: string) =>
    `---\ntitle: 关于加强社区服务的通知\ndocumentNumber: ${number}\nissuer: 民政部\nwrittenDate: 2024-01-02\ndate: 2024-01-05\nsource: 民政部网站\nchannel: notices\n${extra}---\n\n正文。\n`;
  const files: Record<string, string> = {
    'notices/2024/a.md': notice('民发〔2024〕5号', 'replaces: [民发〔2018〕36号]\n'),
    'notices/2018/b.md': notice('民发〔2018〕36号', 'replacedBy: 民发〔2024〕5号\nrelated:\n  - 民发〔2020〕1号\n'),
    'news/2024/c.md': '---\ntitle: 解读\ndate: 2024-01-06\nsource: 本部网站\nchannel: interpretation\ninterprets: notices/2024/missing.md\n---\n\n正文。\n',
  };
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  }

  it('names the file, the field and its line', () => {
    const found = checkContent(loadSite(dir)).diagnostics.filter((d) => d.rule === 'relations');
    expect(found.map((d) => [path.basename(d.file), d.field, d.line, d.severity]).sort()).toEqual([
      ['b.md', 'related', 11, 'error'],
      ['c.md', 'interprets', 6, 'error'],
    ]);
    expect(found.find((d) => d.file.endsWith('b.md'))?.message).toContain('民发〔2020〕1号');
  });
});
