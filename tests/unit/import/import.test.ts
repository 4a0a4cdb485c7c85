/**
 * The importer on the legacy pages of tests/fixtures/import: each page's file matches its hand-written
 * `*.expected.md` field by field and in its body; spam, mojibake and repairs are reported; nothing is
 * overwritten without --force; the written files pass the site's check and build.
 *
 * news-chartable.txt was made from a clean Simplified text by a character table (opencc-js STCharacters, one
 * form per character, leaving 干 于 范 斗 后 里… as they are, as GB→Big5 code tables did); its expected file
 * is that Simplified text.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { convertPage, importFile, lintWritten, readPageText, type PageResult } from '../../../src/lib/import/index.ts';
import { localAttachmentFinder, localFileResolver } from '../../../src/lib/import/files.ts';
import { loadSite, type Site } from '../../../src/lib/site.ts';

const FIXTURES = path.resolve('tests/fixtures/import');
const SITE_YAML = path.resolve('tests/fixtures/site/content/site.yaml');
const WORK = path.resolve('.gongkai', `import-test-${process.pid}`);

/** Pages and the channel to give them (undefined: from the breadcrumb). */
const PAGES: Record<string, string | undefined> = {
  'news-work.txt': undefined,
  'news-meeting.html': undefined,
  'news-hant.txt': undefined,
  'news-chartable.txt': undefined,
  'news-mojibake.txt': 'work',
  'news-gbk.html': undefined,
  'notice-plan.txt': undefined,
  'notice-attach.html': undefined,
};

function split(text: string): { data: Record<string, unknown>; body: string } {
  const m = /^---\n([\s\S]*?)\n---\n\n?([\s\S]*)$/.exec(text);
  if (!m) throw new Error(`no frontmatter in:\n${text}`);
  return { data: YAML.parse(m[1] ?? '') as Record<string, unknown>, body: m[2] ?? '' };
}

function freshContent(name: string): string {
  const dir = path.join(WORK, name);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  fs.copyFileSync(SITE_YAML, path.join(dir, 'site.yaml'));
  return dir;
}

let site: Site;
const converted = new Map<string, PageResult>();
beforeAll(() => {
  site = loadSite(freshContent('convert'));
  for (const [page, channel] of Object.entries(PAGES)) {
    const file = path.join(FIXTURES, page);
    converted.set(page, convertPage({ name: file, text: readPageText(file) }, { site, channel, resolveFile: localFileResolver(file), findAttachment: localAttachmentFinder(file) }));
  }
});
afterAll(() => fs.rmSync(WORK, { recursive: true, force: true }));

describe('each page matches its expected file', () => {
  for (const page of Object.keys(PAGES)) {
    it(page, () => {
      const result = converted.get(page);
      expect(result?.errors).toEqual([]);
      const expected = split(fs.readFileSync(path.join(FIXTURES, page.replace(/\.\w+$/, '.expected.md')), 'utf8'));
      const actual = split(result?.text ?? '');
      // Field by field first (a clearer failure), then the order and the body.
      for (const key of Object.keys(expected.data)) expect(actual.data[key], `${page}: ${key}`).toEqual(expected.data[key]);
      expect(Object.keys(actual.data)).toEqual(Object.keys(expected.data));
      expect(actual.body).toBe(expected.body);
    });
  }
});

describe('what the report says', () => {
  it('removes and reports spam lines, visible and hidden', () => {
    expect(converted.get('news-work.txt')?.spam).toEqual([{ line: 1, text: '澳门葡京 真人荷官 在线博彩 代开发票 六合彩 百家乐', words: expect.arrayContaining(['真人荷官', '代开发票']) }]);
    const meeting = converted.get('news-meeting.html');
    expect(meeting?.spam.map((s) => s.line)).toEqual([9, 35]);
    expect(meeting?.text).not.toMatch(/博彩|荷官|代开发票|葡京/);
    expect(converted.get('notice-attach.html')?.spam).toHaveLength(1);
    for (const page of ['news-hant.txt', 'news-chartable.txt', 'notice-plan.txt', 'news-gbk.html']) expect(converted.get(page)?.spam, page).toEqual([]);
  });

  it('reports mojibake by line of the written file', () => {
    const found = converted.get('news-mojibake.txt')?.mojibake ?? [];
    expect(found.map((m) => [m.line, m.found])).toEqual([
      [10, '?'],
      [12, '\uFFFD\uFFFD'],
      [14, '??'],
      [14, 'æ°‘æ”¿'],
    ]);
    expect(found[3]?.repaired).toBe('民政');
  });

  it('repairs a character-table page and counts the positions; keeps real Traditional', () => {
    const repaired = converted.get('news-chartable.txt');
    expect(repaired?.script).toBe('repaired');
    expect(repaired?.repairs).toBeGreaterThanOrEqual(15);
    expect(converted.get('news-hant.txt')).toMatchObject({ script: 'zh-Hant', repairs: 0 });
    expect(converted.get('news-work.txt')).toMatchObject({ script: 'zh-Hans', repairs: 0 });
  });

  it('names what it dropped or could not carry over', () => {
    const kinds = (page: string) => converted.get(page)?.notes.map((n) => n.kind) ?? [];
    expect(kinds('news-work.txt')).toEqual(expect.arrayContaining(['tool', 'footer', 'editor', 'chrome']));
    expect(kinds('news-meeting.html')).toEqual(expect.arrayContaining(['link', 'script-link', 'image']));
    const plan = converted.get('notice-plan.txt')?.notes ?? [];
    expect(plan.find((n) => n.kind === 'attachment')?.text).toContain('2018年基层民政能力建设补助资金分配表');
    expect(plan.find((n) => n.kind === 'documentNumber')?.text).toBe('发文字号 测民办发[2018]07号 → 测民办发〔2018〕7号（按 GB/T 9704-2012 规范）');
    expect(converted.get('notice-attach.html')?.files.map((f) => f.name)).toEqual(['P020240513385.pdf']);
    expect(converted.get('news-meeting.html')?.files.map((f) => f.name)).toEqual(['W020230615huiyi.png']);
  });

  it('names the target file from the pinyin of the title', () => {
    expect(converted.get('news-work.txt')?.target).toBe('news/2019/quan-shi-she-hui-jiu-zhu-gong-zuo.md');
    expect(converted.get('notice-plan.txt')?.target).toBe('notices/2018/2018-nian-jia-qiang-ji-ceng-min-zheng.md');
    expect(converted.get('news-hant.txt')?.target).toBe('news/2024/she-qu-zhao-gu-guan-huai-ju-dian.md');
  });

  it('refuses a page without breadcrumb or --channel, with the channels to choose from', () => {
    const file = path.join(FIXTURES, 'news-mojibake.txt');
    const result = convertPage({ name: file, text: readPageText(file) }, { site });
    expect(result.errors).toEqual(['页面没有“当前位置”面包屑，无法判断栏目；请用 --channel 指定，可选：news, work, bulk, open, docs（No breadcrumb: use --channel）']);
    expect(convertPage({ name: file, text: readPageText(file) }, { site, channel: 'nope' }).errors[0]).toMatch(/^栏目 "nope" 不存在/);
  });

  it('finds the channel of the repository site by its breadcrumb names', () => {
    const repo = loadSite(path.resolve('content'));
    const page = '当前位置：首页 > 新闻中心 > 媒体报道 > 正文\n厚植新时代民政事业改革发展的根基\n时间：2019-04-01  来源：中国社会报\n基础不牢，地动山摇。';
    expect(split(convertPage({ name: 'a.txt', text: page }, { site: repo }).text ?? '').data['channel']).toBe('media');
  });
});

describe('writing into a content folder', () => {
  let dir: string;
  let results: PageResult[];
  beforeAll(() => {
    dir = freshContent('write');
    const target = loadSite(dir);
    const taken = new Set<string>();
    results = Object.entries(PAGES).map(([page, channel]) => importFile(path.join(FIXTURES, page), { site: target, channel, taken }));
  });

  it('writes every page and copies its files', () => {
    expect(results.map((r) => [r.status, r.errors])).toEqual(Object.keys(PAGES).map(() => ['written', []]));
    expect(fs.existsSync(path.join(dir, 'notices/2024/P020240513385.pdf'))).toBe(true);
    expect(fs.existsSync(path.join(dir, 'news/2023/W020230615huiyi.png'))).toBe(true);
  });

  it('passes the site check: no errors but the mojibake left for a human', () => {
    for (const r of results) {
      const errors = r.diagnostics.filter((d) => d.severity === 'error');
      if (r.input.endsWith('news-mojibake.txt')) expect(new Set(errors.map((d) => d.rule))).toEqual(new Set(['mojibake']));
      else expect(errors, r.input).toEqual([]);
    }
    // The same check, run afresh over the folder.
    const target = loadSite(dir);
    const files = results.map((r) => path.join(dir, r.target ?? ''));
    expect(lintWritten(target, files).filter((d) => d.severity === 'error' && d.rule !== 'mojibake')).toEqual([]);
  });

  it('does not overwrite without --force, and does with it', () => {
    const target = loadSite(dir);
    const file = path.join(FIXTURES, 'news-work.txt');
    const written = path.join(dir, 'news/2019/quan-shi-she-hui-jiu-zhu-gong-zuo.md');
    fs.writeFileSync(written, '---\ntitle: 编辑改过的稿子\n---\n');
    const skipped = importFile(file, { site: target });
    expect(skipped.status).toBe('skipped');
    expect(skipped.errors[0]).toMatch(/已存在，未覆盖；确认要替换时加 --force/);
    expect(fs.readFileSync(written, 'utf8')).toBe('---\ntitle: 编辑改过的稿子\n---\n');
    expect(importFile(file, { site: target, force: true }).status).toBe('written');
    expect(fs.readFileSync(written, 'utf8')).toBe(fs.readFileSync(path.join(FIXTURES, 'news-work.expected.md'), 'utf8'));
  });

  it('builds', { timeout: 180_000 }, () => {
    // The mojibake page stops a build by design: build the others.
    const buildDir = freshContent('build');
    for (const r of results) {
      if (r.input.endsWith('news-mojibake.txt') || !r.target) continue;
      const from = path.join(dir, r.target);
      fs.mkdirSync(path.dirname(path.join(buildDir, r.target)), { recursive: true });
      fs.copyFileSync(from, path.join(buildDir, r.target));
      for (const f of r.files) fs.copyFileSync(path.join(path.dirname(from), f.name), path.join(buildDir, path.dirname(r.target), f.name));
    }
    const out = path.join(WORK, 'dist');
    const run = spawnSync('node_modules/.bin/node', ['scripts/build.ts', '--content', buildDir, '--out', out, '--quiet'], { encoding: 'utf8' });
    expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
    expect(fs.readFileSync(path.join(out, 'news/2019/quan-shi-she-hui-jiu-zhu-gong-zuo/index.html'), 'utf8')).toContain('全市社会救助工作会议召开');
    const notice = fs.readFileSync(path.join(out, 'notices/2024/she-qu-fu-wu-zhan-guan-li-ban/index.html'), 'utf8');
    expect(notice).toContain('测民发〔2024〕12号');
    expect(notice).not.toMatch(/<script[^>]*>[^<]*alert|onclick|onmouseover|evil\.example/);
  });
});
