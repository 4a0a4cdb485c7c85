/**
 * 打印, checked on the PDF Chromium prints: what is on paper (title, 发文字号, the full URL, the print date, the QR
 * code, which zbarimg must read back) and what is not (navigation, tools, footer); a notice prints as an official
 * document on A4 with page numbers "— 1 —" and no blank last page.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { useBrowser } from './browser.ts';

const { sample } = inject('sites');
const browser = useBrowser();
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongkai-print-'));
const run = (command: string, args: string[]) => execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
/** Text without any white space: pdftotext breaks lines wherever the page did. */
const flat = (text: string) => text.replace(/\s+/g, '');

interface Printed {
  text: string;
  pages: number;
  size: string;
  lastPage: string;
  canonical: string;
  title: string;
  qr: string;
}

async function print(context: BrowserContext, route: string): Promise<Printed> {
  const page = await context.newPage();
  await page.goto(`${sample.origin}${route}`);
  const canonical = (await page.locator('link[rel="canonical"]').getAttribute('href')) ?? '';
  const title = await page.locator('h1').innerText();
  const pdf = path.join(dir, `${route.replace(/[^\w]+/g, '-')}.pdf`);
  await page.pdf({ path: pdf, preferCSSPageSize: true });
  await page.close();
  const info = run('pdfinfo', [pdf]);
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
  const prefix = path.join(dir, `${route.replace(/[^\w]+/g, '-')}-page`);
  run('pdftoppm', ['-r', '200', '-png', '-f', String(pages), '-l', String(pages), pdf, prefix]);
  const image = fs.readdirSync(dir).find((f) => f.startsWith(path.basename(prefix)) && f.endsWith('.png')) ?? '';
  return {
    text: run('pdftotext', [pdf, '-']),
    pages,
    size: /^Page size:\s+(.*)$/m.exec(info)?.[1] ?? '',
    lastPage: run('pdftotext', ['-f', String(pages), '-l', String(pages), pdf, '-']),
    canonical,
    title,
    qr: run('zbarimg', ['--raw', '-q', path.join(dir, image)]).trim(),
  };
}

describe('printing an article', () => {
  let context: BrowserContext;
  const today = new Date();
  const date = `${today.getFullYear()}年${today.getMonth() + 1}月${today.getDate()}日`;
  beforeAll(async () => {
    context = await browser().newContext();
  });
  afterAll(async () => {
    await context.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it.each(['/news/2024/ertong-fuli-zhuanti/', '/zh-hant/news/2024/ertong-fuli-zhuanti/', '/notices/2018/jiceng-minzheng-fangan/', '/zh-hant/notices/2018/jiceng-minzheng-fangan/'])(
    '%s prints the title, the full URL, the print date and a QR code of the page, without the chrome',
    async (route) => {
      const printed = await print(context, route);
      const text = flat(printed.text);
      expect(text).toContain(flat(printed.title));
      expect(text).toContain(printed.canonical);
      expect(text).toContain(date);
      expect(printed.qr).toBe(printed.canonical);
      const chrome = route.startsWith('/zh-hant') ? ['首頁新聞中心', '政策文件庫', '網站標識碼', '上一篇', '超大', '加大行距'] : ['首页新闻中心', '政策文件库', '网站标识码', '上一篇', '超大', '加大行距'];
      for (const words of chrome) expect(text, words).not.toContain(flat(words));
      expect(flat(printed.lastPage).replace(/—\d+—/g, '').length).toBeGreaterThan(10);
    },
  );

  it('a notice prints as an official document: A4, 发文字号 under the title, page numbers — 1 —, attachments with their addresses', async () => {
    const printed = await print(context, '/notices/2018/jiceng-minzheng-fangan/');
    expect(printed.size).toMatch(/^59[45]\.\d+ x 84[12]\.\d+ pts \(A4\)/);
    const text = flat(printed.text);
    expect(text).toContain(`${flat(printed.title)}民办发〔2018〕7号`);
    for (let n = 1; n <= printed.pages; n++) expect(text).toContain(`—${n}—`);
    expect(text).toContain('https://www.example.gov.cn/files/notices/2018/');
    expect(text).not.toContain('索引号');
  });
});
