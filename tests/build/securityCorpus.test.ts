/**
 * The security corpus (tests/fixtures/security/corpus.ts) through the real build command:
 * - every hostile input that must be refused is refused by its rule, at its file (and line), in one build of a
 *   content folder holding them all, and the published site is left exactly as it was;
 * - the inputs that may build were neutralized in the published pages (the `corpus` test site);
 * - the false-positive set (tests/fixtures/security/legitimate) builds unchanged.
 * The browser side (no script runs on any of these pages) is tests/e2e/securityCorpus.test.ts.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { BUILD_MARKER, CORPUS, PUBLISHED, REFUSED } from '../fixtures/security/corpus.ts';
import { writeFiles } from '../setup/buildSites.ts';
import { allPages, loadPage } from './html.ts';

const SITE_YAML = fs.readFileSync('tests/fixtures/site/content/site.yaml', 'utf8');
const { corpus } = inject('sites');

describe('the corpus', () => {
  it('has at least 40 hostile inputs across every class', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(40);
    const classes = new Set(CORPUS.map((c) => c.class));
    expect([...classes].sort()).toEqual(['bounded-work', 'files', 'hidden-spam', 'markdown-script', 'mdx-code', 'robustness']);
    expect(new Set(CORPUS.map((c) => c.id)).size).toBe(CORPUS.length);
  });
});

describe('hostile inputs that must be refused', () => {
  let run: { status: number | null; stderr: string };
  let report = '';
  let seconds = 0;
  let display = '';
  let untouched = false;
  let leftovers: string[] = [];
  beforeAll(() => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'gongkai-corpus-'));
    const content = path.join(root, 'content');
    const out = path.join(root, 'dist');
    fs.rmSync(BUILD_MARKER, { force: true });
    writeFiles(content, { 'site.yaml': SITE_YAML, 'news/2024/good.md': '---\ntitle: 正常稿件\ndate: 2024-01-02\nsource: 测试日报\nchannel: work\n---\n\n正文。\n' });
    for (const c of REFUSED) writeFiles(content, c.files, c.symlinks);
    fs.mkdirSync(out);
    fs.writeFileSync(path.join(out, 'index.html'), '<p>previous site</p>');
    const started = performance.now();
    run = spawnSync(process.execPath, ['scripts/build.ts', '--content', content, '--out', out, '--quiet'], { encoding: 'utf8' });
    seconds = (performance.now() - started) / 1000;
    report = run.stderr;
    display = path.relative(process.cwd(), content).split(path.sep).join('/');
    untouched = fs.readdirSync(out).join() === 'index.html' && fs.readFileSync(path.join(out, 'index.html'), 'utf8') === '<p>previous site</p>';
    leftovers = fs.readdirSync(root).filter((f) => f !== 'content' && f !== 'dist');
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('stop the build, leave the published site as it was, and print no stack trace', () => {
    expect(run.status, report).toBe(1);
    expect(untouched).toBe(true);
    expect(leftovers).toEqual([]);
    expect(report).not.toMatch(/^\s+at /m);
    expect(report).toContain('构建已停止，网站未更新');
  });

  it('run no code on the build machine', () => {
    expect(fs.existsSync(BUILD_MARKER)).toBe(false);
  });

  it('cost bounded time: 100,000-deep nesting, alias bombs and 6 MB bodies included', () => {
    expect(seconds).toBeLessThan(60);
  });

  it.each(REFUSED.map((c) => [c.id, c] as const))('%s is refused by its rule', (_, c) => {
    if (!('refuse' in c.expect)) throw new Error('not a refusal case');
    const { rule, file, line, says } = c.expect.refuse;
    const main = file ?? Object.keys(c.files)[0] ?? Object.keys(c.symlinks ?? {})[0] ?? '';
    const where = `${display}/${main}${line ? `:${line}` : ''}`;
    // One line per finding: `path:line:column  error  rule  message`.
    const headers = report.split('\n').filter((l) => l.includes(`  error  ${rule}  `));
    const header = headers.find((l) => l.startsWith(`${where}:`));
    expect(header, `${c.attack}: expected "${where}:…  error  ${rule}" in\n${headers.join('\n')}`).toBeDefined();
    if (says) {
      const block = report.slice(report.indexOf(header ?? ''), report.indexOf(header ?? '') + 600);
      expect(block).toContain(says);
    }
  });
});

describe('hostile inputs that may build are neutralized', () => {
  it.each(PUBLISHED.map((c) => [c.id, c] as const))('%s', (_, c) => {
    if (!('publish' in c.expect)) throw new Error('not a publishing case');
    const { absent = [], present = [], warns } = c.expect.publish;
    if (warns) expect(corpus.log).toMatch(new RegExp(`\\S*${c.id === 'file-svg-unreferenced' ? 'stray.svg' : c.id}\\S*:\\d+:\\d+  warning  ${warns}  `));
    const article = Object.keys(c.files).find((f) => /\.mdx?$/.test(f));
    if (article) {
      const route = `/${article.replace(/\.mdx?$/, '')}/`;
      const html = fs.readFileSync(path.join(corpus.dist, route, 'index.html'), 'utf8');
      const body = html.slice(html.indexOf('<article'), html.indexOf('</article>'));
      for (const a of absent) expect(body).not.toMatch(a);
      for (const p of present) expect(body).toMatch(p);
    }
    for (const [name] of Object.entries(c.files).filter(([f]) => warns === 'unreferenced-file' && !/\.mdx?$/.test(f))) {
      // A file nobody references is not published anywhere.
      const base = path.basename(name);
      expect(fs.readdirSync(corpus.dist, { recursive: true, encoding: 'utf8' }).filter((f) => path.basename(f).startsWith(base.replace(/\.[^.]+$/, '')))).toEqual([]);
    }
  });

  it('publishes no file nobody referenced: every file under files/ is an attachment or linked from a page', () => {
    const files = fs.existsSync(path.join(corpus.dist, 'files')) ? fs.readdirSync(path.join(corpus.dist, 'files'), { recursive: true, encoding: 'utf8' }).filter((f) => f.includes('.')) : [];
    const pages = allPages(corpus.dist).map((route) => fs.readFileSync(path.join(corpus.dist, route.endsWith('.html') ? route : `${route}index.html`), 'utf8'));
    for (const file of files) expect(pages.some((p) => p.includes(`/files/${file.split(path.sep).join('/')}`))).toBe(true);
  });
});

describe('the false-positive set builds unchanged', () => {
  const page = (route: string) => loadPage(corpus.dist, route);

  it('gives no finding at all for the legitimate files', () => {
    const legit = fs.readdirSync('tests/fixtures/security/legitimate/content', { recursive: true, encoding: 'utf8' }).filter((f) => f.includes('.'));
    for (const file of legit) expect(corpus.log).not.toContain(file.split(path.sep).join('/'));
  });

  it('keeps 澳门, 博彩业 in a factual sentence, 彩票 and 发票', () => {
    expect(page('/news/2024/aomen-jiaoliu/')('article').text()).toMatch(/澳门特别行政区[\s\S]*博彩业/);
    expect(page('/news/2024/fuli-caipiao/')('article').text()).toMatch(/福利彩票[\s\S]*发票/);
  });

  it('keeps tables with colspan and rowspan, Markdown tables, footnotes, sup and sub', () => {
    const $ = page('/notices/2024/zijin-guanli-banfa/');
    expect($('.prose table [colspan="2"]').length).toBeGreaterThanOrEqual(2);
    expect($('.prose table [rowspan="2"]').length).toBeGreaterThanOrEqual(1);
    expect(page('/news/2024/fuli-caipiao/')('.prose table tbody tr').length).toBe(4);
    const notes = page('/news/2024/tupian-baodao/');
    expect(notes('.prose sup a[href^="#"]').length).toBe(1);
    expect(notes('.prose section.footnotes li').length).toBe(1);
    const links = page('/news/2025/lianjie-ziliao/');
    expect(links('.prose sup').length).toBeGreaterThan(0);
    expect(links('.prose sub').length).toBeGreaterThan(0);
  });

  it('keeps a base64 image whose letters spell poRn, byte for byte', () => {
    const source = fs.readFileSync('tests/fixtures/security/legitimate/content/news/2024/tupian-baodao.md', 'utf8');
    const data = /\((data:image\/png;base64,[^)]+)\)/.exec(source)?.[1] ?? '';
    expect(data).toMatch(/porn/i);
    expect(page('/news/2024/tupian-baodao/')('.prose img').attr('src')).toBe(data);
  });

  it('keeps the MDX figure with its SVG chart, alt and caption', () => {
    const $ = page('/news/2024/shuju-tubiao/');
    const src = $('.prose figure img').attr('src') ?? '';
    expect(src).toMatch(/^\/_astro\/.*\.svg$/);
    expect(fs.existsSync(path.join(corpus.dist, src))).toBe(true);
    expect($('.prose figure img').attr('alt')).toBeTruthy();
    expect($('.prose figure figcaption').text()).toMatch(/^图1/);
  });

  it('keeps outside links to government sites and mailto links, and drops only the editor comment', () => {
    const html = fs.readFileSync(path.join(corpus.dist, 'news/2025/lianjie-ziliao/index.html'), 'utf8');
    expect(html).toContain('href="https://www.gov.cn/');
    expect(html).toContain('href="mailto:');
    expect(html).not.toContain('编辑备注');
  });
});

describe('bypassing the content check', () => {
  it('`astro build` run directly still refuses to compile MDX that runs code (the gate inside the compiler)', { timeout: 120_000 }, () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'gongkai-bypass-'));
    const content = path.join(root, 'content');
    fs.rmSync(BUILD_MARKER, { force: true });
    writeFiles(content, {
      'site.yaml': SITE_YAML,
      'news/2024/code.mdx': `---\ntitle: 绕过检查\ndate: 2024-01-02\nsource: 测试日报\nchannel: work\n---\n\n{require('node:fs').writeFileSync('${BUILD_MARKER}', 'x')}\n`,
    });
    const run = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
      encoding: 'utf8',
      env: { ...process.env, GONGKAI_CONTENT_DIR: content, GONGKAI_OUT_DIR: path.join(root, 'dist'), ASTRO_TELEMETRY_DISABLED: '1' },
    });
    fs.rmSync(root, { recursive: true, force: true });
    expect(run.status).not.toBe(0);
    expect(`${run.stdout}${run.stderr}`).toContain('[mdx-expression]');
    expect(fs.existsSync(BUILD_MARKER)).toBe(false);
  });
});
