/** The 简/繁 switch in a real browser: it lands on the same page in the other script, with or without JavaScript. */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from './browser.ts';

const { fixture, sample } = inject('sites');
const browser = useBrowser();

async function state(page: Page) {
  return {
    path: new URL(page.url()).pathname,
    lang: await page.locator('html').getAttribute('lang'),
    h1: (await page.locator('h1').first().textContent())?.trim(),
  };
}

describe.each([
  ['with JavaScript', true],
  ['without JavaScript', false],
])('简/繁 switch %s', (_label, javaScriptEnabled) => {
  it.each([
    ['/news/2025/fixture-news/', '关于加强干部队伍建设的工作会议召开', '關於加強幹部隊伍建設的工作會議召開'],
    ['/notices/2024/fixture-notice/', '测试市民政局关于印发《社区服务管理办法》的通知', '測試市民政局關於印發《社區服務管理辦法》的通知'],
    ['/news/bulk/2/', '批量栏目', '批量欄目'],
    ['/library/', '政策文件库', '政策文件庫'],
    ['/news/2024/fantizi-gaojian/', '台湾社工团体来访交流', '臺灣社工團體來訪交流'],
    [`/news/2024/${encodeURIComponent('基层干部')}/`, '基层干部培训班开班', '基層幹部培訓班開班'],
  ])('%s and the same page under /zh-hant/', async (route, hansTitle, hantTitle) => {
    const context = await browser().newContext({ javaScriptEnabled });
    const page = await context.newPage();
    await page.goto(`${fixture.origin}${route}`);
    expect(await state(page)).toEqual({ path: route, lang: 'zh-Hans', h1: hansTitle });

    await page.getByRole('link', { name: '切換到繁體中文' }).click();
    await page.waitForURL(`**/zh-hant${route}`);
    expect(await state(page)).toEqual({ path: `/zh-hant${route}`, lang: 'zh-Hant', h1: hantTitle });

    await page.getByRole('link', { name: '切换到简体中文' }).click();
    await page.waitForURL((url) => url.pathname === route);
    expect(await state(page)).toEqual({ path: route, lang: 'zh-Hans', h1: hansTitle });
    await context.close();
  });
});

it('the 404 page offers the switch too', async () => {
  const page = await browser().newPage();
  const response = await page.goto(`${sample.origin}/no/such/page/`);
  expect(response?.status()).toBe(404);
  expect(await page.locator('h1').textContent()).toBe('页面不存在');
  await page.getByRole('link', { name: '切換到繁體中文' }).click();
  await page.waitForURL('**/zh-hant/404/');
  expect(await page.locator('h1').textContent()).toBe('頁面不存在');
  await page.close();
});

it('navigation on a Traditional page stays Traditional', async () => {
  const page = await browser().newPage();
  await page.goto(`${sample.origin}/zh-hant/`);
  await page.getByRole('navigation', { name: '主導航' }).getByRole('link', { name: '政策文件庫' }).click();
  await page.waitForURL('**/zh-hant/library/');
  const first = page.locator('table.library tbody tr a').first();
  const href = await first.getAttribute('href');
  await first.click();
  await page.waitForURL(`**${href}`);
  expect(new URL(page.url()).pathname.startsWith('/zh-hant/notices/')).toBe(true);
  expect(await page.locator('html').getAttribute('lang')).toBe('zh-Hant');
  await page.close();
});

it('on a site written in Traditional, the switch leads to /zh-hans/ and back', async () => {
  const { hant } = inject('sites');
  const page = await browser().newPage();
  await page.goto(`${hant.origin}/news/2024/hant-article/`);
  expect(await state(page)).toEqual({ path: '/news/2024/hant-article/', lang: 'zh-Hant', h1: '縣府召開颱風防範工作會議' });
  await page.getByRole('link', { name: '切换到简体中文' }).click();
  await page.waitForURL('**/zh-hans/news/2024/hant-article/');
  expect(await state(page)).toEqual({ path: '/zh-hans/news/2024/hant-article/', lang: 'zh-Hans', h1: '县府召开台风防范工作会议' });
  await page.getByRole('link', { name: '切換到繁體中文' }).click();
  await page.waitForURL((url) => url.pathname === '/news/2024/hant-article/');
  expect(await state(page)).toEqual({ path: '/news/2024/hant-article/', lang: 'zh-Hant', h1: '縣府召開颱風防範工作會議' });
  await page.close();
});
