/**
 * Every kind of bad input an editor can commit stops the build with rule, file, line, field and fix,
 * never a stack trace, and leaves the previously published dist/ exactly as it was.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SITE_YAML = fs.readFileSync('tests/fixtures/site/content/site.yaml', 'utf8');
const GOOD_NEWS = `---
title: 一篇正常的新闻
date: 2024-01-02
source: 测试日报
channel: work
---

正文第一段。
`;

const notice = (fields: string, body = '正文。') => `---
title: 关于开展测试工作的通知
issuer: 测试市民政局
writtenDate: 2018-05-12
date: 2018-05-14
source: 测试市民政局网站
channel: docs
${fields}
---

${body}
`;

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
  /** Whether the previous site in the output folder is exactly as it was. */
  untouched: boolean;
  /** Folders the build left next to the output. */
  leftovers: string[];
}

/** Builds a content folder made of `files` into an output folder that already holds a published site. */
function build(files: Record<string, string | Buffer>): Run {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'gongkai-bad-'));
  const content = path.join(root, 'content');
  const all: Record<string, string | Buffer> = { 'site.yaml': SITE_YAML, 'news/2024/good.md': GOOD_NEWS, ...files };
  for (const [rel, data] of Object.entries(all)) {
    fs.mkdirSync(path.dirname(path.join(content, rel)), { recursive: true });
    fs.writeFileSync(path.join(content, rel), data);
  }
  const out = path.join(root, 'dist');
  fs.mkdirSync(out);
  fs.writeFileSync(path.join(out, 'index.html'), '<p>previous site</p>');
  const result = spawnSync(process.execPath, ['scripts/build.ts', '--content', content, '--out', out, '--quiet'], { encoding: 'utf8' });
  const untouched = fs.readdirSync(out).join() === 'index.html' && fs.readFileSync(path.join(out, 'index.html'), 'utf8') === '<p>previous site</p>';
  const leftovers = fs.readdirSync(root).filter((f) => f !== 'content' && f !== 'dist');
  fs.rmSync(root, { recursive: true, force: true });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, untouched, leftovers };
}

/** Asserts a failed build that reports `expected` lines and changed nothing. */
function expectRefused(run: Run, expected: { where: string; rule: string; field?: string; says: string[] }) {
  expect(run.status, run.stderr).toBe(1);
  expect(run.untouched).toBe(true);
  expect(run.leftovers).toEqual([]);
  expect(run.stderr).not.toMatch(/^\s+at /m);
  expect(run.stderr).toContain('构建已停止，网站未更新');
  // One line per finding: `path:line:column  error  rule  field：message 修改：fix`.
  const header = run.stderr.split('\n').find((l) => l.includes(expected.where) && l.includes(`  error  ${expected.rule}  `));
  expect(header, run.stderr).toBeDefined();
  expect(header).toMatch(/^\S+:\d+:\d+  error  /);
  if (expected.field) expect(header).toContain(`  ${expected.field}：`);
  for (const text of expected.says) expect(run.stderr).toContain(text);
}

describe('frontmatter mistakes stop the build with file, line, field and fix', () => {
  it('missing required field', () => {
    const run = build({ 'news/2024/bad.md': '---\ndate: 2024-01-03\nsource: 测试日报\nchannel: work\n---\n\n正文。\n' });
    expectRefused(run, { where: 'news/2024/bad.md', rule: 'frontmatter', field: 'title', says: ['缺少标题 title；请填写，如'] });
  });

  it('a typo of a field name is a warning that suggests the right name (and the missing field an error)', () => {
    const run = build({ 'news/2024/bad.md': '---\ntilte: 标题\ndate: 2024-01-03\nsource: 测试日报\nchannel: work\n---\n\n正文。\n' });
    expect(run.stderr).toContain('warning');
    expect(run.stderr).toMatch(/news\/2024\/bad\.md:2:1  warning  unknown-field  tilte：不认识的字段 "tilte"，会被忽略；是不是 title？/);
    expectRefused(run, { where: 'news/2024/bad.md', rule: 'frontmatter', field: 'title', says: [] });
  });

  it('unknown channel lists the channels that exist', () => {
    const run = build({ 'news/2024/bad.md': GOOD_NEWS.replace('channel: work', 'channel: wrok') });
    expectRefused(run, { where: 'news/2024/bad.md:5', rule: 'frontmatter', field: 'channel', says: ['栏目 "wrok" 不存在；可选：news, work, bulk, open, docs'] });
  });

  it.each([
    ['民办发[2018]07号', '民办发〔2018〕7号', '年份应使用六角括号〔〕'],
    ['民办发(2018)7号', '民办发〔2018〕7号', '年份应使用六角括号〔〕'],
    ['民办发〔18〕7号', '民办发〔2018〕7号', '年份应写全四位'],
    ['民办发〔2018〕第7号', '民办发〔2018〕7号', '序号前不加“第”'],
  ])('malformed 发文字号 %s is quoted with its corrected form %s', (bad, good, why) => {
    const run = build({ 'notices/2018/bad.md': notice(`documentNumber: ${bad}`) });
    expectRefused(run, {
      where: 'notices/2018/bad.md:8',
      rule: 'document-number-format',
      field: 'documentNumber',
      says: [`发文字号 "${bad}" 不符合 GB/T 9704-2012`, why, `修改：documentNumber: ${good}`],
    });
  });

  it('a date that does not exist', () => {
    const run = build({ 'notices/2018/bad.md': notice('').replace('writtenDate: 2018-05-12', 'writtenDate: 2018-02-30') });
    expectRefused(run, { where: 'notices/2018/bad.md:4', rule: 'date-invalid', field: 'writtenDate', says: ['"2018-02-30" 不存在：2018年2月只有28天'] });
  });

  it('成文日期 after 发布日期', () => {
    const run = build({ 'notices/2018/bad.md': notice('').replace('writtenDate: 2018-05-12', 'writtenDate: 2018-06-01') });
    expectRefused(run, { where: 'notices/2018/bad.md:4', rule: 'date-order', field: 'writtenDate', says: ['成文日期 writtenDate（2018-06-01）晚于发布日期 date（2018-05-14）'] });
  });

  it('an attachment whose file is missing', () => {
    const run = build({ 'notices/2018/bad.md': notice('attachments:\n  - { title: 实施方案, file: ./missing.pdf }') });
    expectRefused(run, { where: 'notices/2018/bad.md:9', rule: 'attachment-missing', field: 'attachments[0].file', says: ['附件 "实施方案" 的文件 ./missing.pdf 不存在'] });
  });

  it('two files published at the same address', () => {
    const run = build({ 'news/2024/Good.mdx': GOOD_NEWS });
    expectRefused(run, { where: 'news/2024/good.md', rule: 'duplicate-url', says: ['发布到同一网址 /news/2024/good/'] });
  });

  it('broken YAML', () => {
    const run = build({ 'news/2024/bad.md': '---\ntitle: "没有结束的引号\ndate: 2024-01-03\n---\n\n正文。\n' });
    expectRefused(run, { where: 'news/2024/bad.md', rule: 'frontmatter-yaml', says: ['frontmatter 的 YAML 写法有误'] });
  });

  it('broken site settings', () => {
    const run = build({ 'site.yaml': SITE_YAML.replace('url: https://test.example.gov.cn/', 'url: not a url') });
    expectRefused(run, { where: 'site.yaml:3', rule: 'site-settings', field: 'url', says: ['网址 url 应为以 https:// 或 http:// 开头的完整网址'] });
  });

  it('a site address that is not a web address (javascript://…)', () => {
    const run = build({ 'site.yaml': SITE_YAML.replace('url: https://test.example.gov.cn/', 'url: javascript://test.example.gov.cn/%0aalert(1)') });
    expectRefused(run, { where: 'site.yaml:3', rule: 'site-settings', field: 'url', says: ['以 https:// 或 http:// 开头'] });
  });

  it('a YAML mistake in site settings is reported at its line', () => {
    const run = build({ 'site.yaml': SITE_YAML.replace('url: https://test.example.gov.cn/', 'url: "https://test.example.gov.cn/') });
    expectRefused(run, { where: 'site.yaml:3', rule: 'site-settings', says: ['YAML 写法有误'] });
  });
});

describe('unsafe or garbled bodies stop the build with the line', () => {
  it.each([
    ['raw-script', '<script>alert(1)</script>', '正文里有脚本'],
    ['event-handler', '<img src="x.png" onerror="alert(1)">', '事件属性'],
    ['javascript-url', '[点这里](javascript:alert(1))', '会运行脚本的地址（javascript:alert(1)）'],
    ['mojibake', '各级民政部门��要加强管理。', '乱码'],
    ['mojibake', '各级民政部门??要加强管理。', '乱码'],
    ['mojibake', '锟斤拷烫烫烫', '乱码'],
    ['unsafe-html', '<iframe src="https://example.com/"></iframe>', '网站不发布这类 HTML'],
    ['hidden-content', '详见<a href="https://example.com/x" style="display:none">链接</a>。', '里面藏着链接'],
    ['spam-link', '更多信息请看[网上博彩平台](https://example.com/)。', '疑似被植入的垃圾链接'],
    ['spam-link', '参考[这里](https://casino.example.com/)。', '疑似被植入的垃圾链接'],
  ])('%s: %s', (rule, line, says) => {
    const run = build({ 'news/2024/bad.md': GOOD_NEWS.replace('正文第一段。', `正文第一段。\n\n${line}`) });
    expectRefused(run, { where: 'news/2024/bad.md:10', rule, says: [says] });
  });
});

describe('builds that pass', () => {
  it('a year in the 发文字号 that differs from the 成文日期 is a warning, and the build goes on', { timeout: 120_000 }, () => {
    const run = build({ 'notices/2018/odd.md': notice('documentNumber: 民办发〔2017〕7号') });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/notices\/2018\/odd\.md:8:\d+  warning  document-number-year  documentNumber：/);
    expect(run.stdout).toContain('built');
  });

  it('an error only Astro finds (a figure whose alt is blank) still leaves dist untouched and names the file', { timeout: 120_000 }, () => {
    const run = build({
      'news/2024/broken.mdx': GOOD_NEWS.replace('正文第一段。', "import chart from './chart.svg';\n\n正文 <Figure src={chart} alt=\" \" />"),
      'news/2024/chart.svg': '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>',
    });
    expect(run.status).toBe(1);
    expect(run.untouched).toBe(true);
    expect(run.leftovers).toEqual([]);
    expect(run.stderr).toContain('error [build]');
    expect(run.stderr).toContain('Figure 缺少 alt');
    expect(run.stderr).toContain('broken');
    expect(run.stderr).not.toMatch(/^\s+at /m);
  });
});
