/** axe-core over every built page of the sample site, both scripts, at WCAG 2.2 AA plus best practice. */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { expect, inject, it } from 'vitest';
import { allPages } from '../build/html.ts';
import { useBrowser } from './browser.ts';

const { sample } = inject('sites');
const browser = useBrowser();
const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Runs axe on the page at WCAG 2.2 AA plus best practice; one line per violation. */
async function runAxe(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

it('every page passes axe', { timeout: 300_000 }, async () => {
  // axe is injected as an inline script, which the site's Content-Security-Policy rightly refuses: this test's
  // context lets it in (tests/e2e/security.test.ts checks the pages with the policy in force).
  const context = await browser().newContext({ bypassCSP: true });
  const page = await context.newPage();
  const failures: string[] = [];
  const routes = allPages(sample.dist);
  expect(routes.length).toBeGreaterThan(50);
  for (const route of routes) {
    await page.goto(`${sample.origin}${route}`);
    const violations = await runAxe(page);
    failures.push(...violations.map((v) => `${route} ${v}`));
  }
  await context.close();
  expect(failures).toEqual([]);
});

it('article pages pass axe with the reader tools in every mode: 大, 超大, 高对比度, dark', { timeout: 300_000 }, async () => {
  const modes = [
    { name: '大', prefs: { size: 'l' }, scheme: 'light' as const },
    { name: '超大 + 加大行距', prefs: { size: 'xl', spacing: true }, scheme: 'light' as const },
    { name: '高对比度', prefs: { contrast: true }, scheme: 'light' as const },
    { name: 'dark', prefs: {}, scheme: 'dark' as const },
  ];
  // A 废止 notice: the banner with its link, 替代本文件的文件 and 被引用, in every mode too.
  const routes = ['/news/2024/ertong-fuli-zhuanti/', '/notices/2018/jiceng-minzheng-fangan/', '/notices/2018/shequ-fuwuzhan-banfa/', '/'];
  const failures: string[] = [];
  for (const mode of modes) {
    const context = await browser().newContext({ bypassCSP: true, colorScheme: mode.scheme });
    await context.addInitScript((prefs) => localStorage.setItem('gk-reader', JSON.stringify(prefs)), mode.prefs);
    const page = await context.newPage();
    for (const route of routes.flatMap((r) => [r, `/zh-hant${r}`])) {
      await page.goto(`${sample.origin}${route}`);
      const violations = await runAxe(page);
      failures.push(...violations.map((v) => `${mode.name} ${route} ${v}`));
    }
    await context.close();
  }
  expect(failures).toEqual([]);
});

it('search result pages pass axe in both scripts: groups, facets, sort, excerpts, and no results', { timeout: 120_000 }, async () => {
  const context = await browser().newContext({ bypassCSP: true });
  const page = await context.newPage();
  const failures: string[] = [];
  for (const path of ['/search/?q=社会救助', '/search/?q=社会救助&channel=notices&sort=date', '/zh-hant/search/?q=養老服務', '/search/?q=老工']) {
    await page.goto(`${sample.origin}${encodeURI(path)}`);
    await page.waitForFunction(() => /找到|没有|沒有/.test(document.querySelector('.search-status')?.textContent ?? ''));
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForTimeout(300);
    failures.push(...(await runAxe(page)).map((v) => `${path} ${v}`));
  }
  await context.close();
  expect(failures).toEqual([]);
});
