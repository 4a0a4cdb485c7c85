/** `npm run import`: the summary table, refusal to overwrite, and the exit code. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const WORK = path.resolve('.gongkai', `import-cli-${process.pid}`);
afterAll(() => fs.rmSync(WORK, { recursive: true, force: true }));

function run(...args: string[]) {
  return spawnSync('node_modules/.bin/node', ['scripts/import.ts', ...args, '--out', path.join(WORK, 'content')], { encoding: 'utf8' });
}

describe('scripts/import.ts', { timeout: 60_000 }, () => {
  fs.mkdirSync(path.join(WORK, 'content'), { recursive: true });
  fs.copyFileSync('tests/fixtures/site/content/site.yaml', path.join(WORK, 'content', 'site.yaml'));

  it('imports a page, prints its row, exits 0', () => {
    const r = run('tests/fixtures/import/notice-attach.html');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('| 输入 input | 结果 status | 写入 file | 字段 fields | 垃圾行 spam | 文字 script | 乱码 mojibake | 检查 lint |');
    expect(r.stdout).toMatch(/\| tests\/fixtures\/import\/notice-attach\.html \| 已写入 \| .*notices\/2024\/she-qu-fu-wu-zhan-guan-li-ban\.md \| title,documentNumber,issuer,writtenDate,date,recipients,indexNumber,topic,source,channel,contacts,attachments \| 1 \| 简 \| 0 \| 0 \|/);
    expect(r.stdout).toContain('垃圾行已删除 spam removed (行 33)：（隐藏）澳门葡京 真人荷官 在线博彩');
  });

  it('skips an existing file without --force and exits 1', () => {
    const r = run('tests/fixtures/import/notice-attach.html');
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('已跳过');
    expect(r.stdout).toContain('已存在，未覆盖');
    expect(run('tests/fixtures/import/notice-attach.html', '--force').status).toBe(0);
  });

  it('exits 1 for a page it cannot place, and for a file with lint errors', () => {
    const none = run('tests/fixtures/import/news-mojibake.txt');
    expect(none.status).toBe(1);
    expect(none.stdout).toContain('未导入');
    expect(none.stdout).toContain('请用 --channel 指定');
    const garbled = run('tests/fixtures/import/news-mojibake.txt', '--channel', 'work');
    expect(garbled.status).toBe(1);
    expect(garbled.stdout).toContain('E:mojibake×3');
    expect(garbled.stdout).toMatch(/乱码 mojibake .*shi-min-zheng-ju-kai-zhan-qing-nuan\.md:14 "æ°‘æ”¿"/);
  });
});
