/**
 * The content check in child processes: a crash or a hang on one article refuses that article by rule and the
 * check goes on with the others, with the same result as the check in one process.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/lib/lint/check.ts';
import { checkContentIsolated } from '../../../src/lib/lint/pool.ts';
import { loadSite } from '../../../src/lib/site.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongkai-pool-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const news = (title: string, body = '正文。') => `---\ntitle: ${title}\ndate: 2024-01-02\nsource: 测试日报\nchannel: work\n---\n\n${body}\n`;
fs.copyFileSync('tests/fixtures/site/content/site.yaml', path.join(dir, 'site.yaml'));
fs.mkdirSync(path.join(dir, 'news/2024'), { recursive: true });
fs.mkdirSync(path.join(dir, 'notices/2024'), { recursive: true });
for (let i = 0; i < 30; i++) fs.writeFileSync(path.join(dir, `news/2024/a${String(i).padStart(2, '0')}.md`), news(`稿件${i}`));
fs.writeFileSync(path.join(dir, 'news/2024/bad.md'), news('坏稿', '<script>alert(1)</script>'));
fs.writeFileSync(path.join(dir, 'news/2024/crash.md'), news('崩溃'));
fs.writeFileSync(path.join(dir, 'news/2024/hang.md'), news('卡死'));
fs.writeFileSync(path.join(dir, 'news/2024/linked.md'), news('附件', '[下载](./linked.pdf)'));
fs.writeFileSync(path.join(dir, 'news/2024/linked.pdf'), '%PDF');
const site = loadSite(dir);
const worker = path.resolve('tests/fixtures/pool/misbehavingWorker.ts');
const brief = (ds: { rule: string; file: string }[]) => ds.map((d) => `${d.rule} ${path.basename(d.file)}`).sort();

describe('checkContentIsolated', () => {
  it('gives the same result as the check in one process', async () => {
    const inProcess = checkContent(site);
    const isolated = await checkContentIsolated(site, { workers: 2 });
    expect(brief(isolated.diagnostics)).toEqual(brief(inProcess.diagnostics));
    expect(isolated.publish).toEqual(inProcess.publish);
    expect(isolated.files).toBe(34);
  });

  it('refuses an article whose check crashes or hangs, and checks every other one', { timeout: 30_000 }, async () => {
    const result = await checkContentIsolated(site, { workers: 2, timeoutMs: 2000, workerPath: worker });
    expect(brief(result.diagnostics)).toEqual(['parse-time hang.md', 'parser-crash crash.md', 'raw-script bad.md']);
    expect(result.diagnostics.find((d) => d.rule === 'parser-crash')?.message).toContain('SIGSEGV');
    expect(result.publish.map((f) => f.relative)).toEqual(['news/2024/linked.pdf']);
  });
});
