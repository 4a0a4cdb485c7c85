/** Pages read well on a 360 px phone and on a desktop, for the readers the portal serves. */
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from './browser.ts';

const { sample, fixture } = inject('sites');
const browser = useBrowser();

const ROUTES = [
  [sample.origin, '/'],
  [sample.origin, '/zh-hant/'],
  [sample.origin, '/news/media/'],
  [sample.origin, '/library/'],
  [sample.origin, '/notices/2018/jiceng-minzheng-fangan/'],
  [sample.origin, '/zh-hant/notices/2022/kunnan-qunzhong-zijin/'],
  [sample.origin, '/news/2023/dibao-shenhe-jiedu/'],
  [fixture.origin, '/news/bulk/2/'],
  [fixture.origin, '/news/2024/figure-demo/'],
] as const;

describe.each([
  ['phone', 360, 740],
  ['desktop', 1280, 900],
])('%s (%i px)', (_name, width, height) => {
  it.each(ROUTES)('%s%s fits the screen and keeps large text', async (origin, route) => {
    const page = await browser().newPage({ viewport: { width, height } });
    await page.goto(`${origin}${route}`);
    const metrics = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      bodyFont: parseFloat(getComputedStyle(document.body).fontSize),
      smallest: Math.min(...[...document.querySelectorAll('main *')].filter((e) => e.childNodes.length && [...e.childNodes].some((n) => n.nodeType === 3 && n.textContent?.trim())).map((e) => parseFloat(getComputedStyle(e).fontSize))),
    }));
    expect(metrics.scrollWidth, `${route} overflows`).toBeLessThanOrEqual(width);
    expect(metrics.bodyFont).toBeGreaterThanOrEqual(18);
    expect(metrics.smallest).toBeGreaterThanOrEqual(16);
    await page.close();
  });
});

it('the first Tab reaches the skip link, which moves focus to the main content', async () => {
  const page = await browser().newPage();
  await page.goto(`${sample.origin}/news/2019/jiceng-gongzuo/`);
  await page.keyboard.press('Tab');
  const focused = page.locator(':focus');
  expect(await focused.textContent()).toBe('跳到正文');
  await page.keyboard.press('Enter');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('gk-main');
  await page.close();
});

it('the breadcrumb and navigation are labelled landmarks a screen reader can find', async () => {
  const page = await browser().newPage();
  await page.goto(`${sample.origin}/zh-hant/news/2019/jiceng-gongzuo/`);
  const crumbs = page.getByRole('navigation', { name: '麵包屑導航' });
  expect(await crumbs.getByRole('listitem').allTextContents()).toEqual(['首頁', '新聞中心', '部門動態', '正文']);
  await expect(page.getByRole('main').count()).resolves.toBe(1);
  await expect(page.getByRole('contentinfo').count()).resolves.toBe(1);
  await page.close();
});
