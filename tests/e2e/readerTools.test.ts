/**
 * The reader tools in Chromium: 字体 大/中/小/超大, 高对比度, 加大行距 and 打印 on an article; choices that persist
 * across pages, reloads and both scripts and are in place at the first paint; keyboard use; no tools without
 * JavaScript; a focus ring with 3:1 contrast wherever it lands.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { useBrowser } from './browser.ts';

const { sample } = inject('sites');
const browser = useBrowser();
const NEWS = '/news/2024/ertong-fuli-zhuanti/';
const OTHER = '/news/2025/shehui-jiuzhu-bushu/';
const NOTICE = '/notices/2018/jiceng-minzheng-fangan/';

let context: BrowserContext;
beforeEach(async () => {
  context = await browser().newContext();
  // What the page looks like when its DOM is ready: set before any page script, so a flash would show here.
  await context.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      const p = document.querySelector('.prose p');
      (window as unknown as { __atReady: object }).__atReady = {
        size: document.documentElement.getAttribute('data-size'),
        contrast: document.documentElement.getAttribute('data-contrast'),
        fontSize: p ? Number.parseFloat(getComputedStyle(p).fontSize) : 0,
        lineHeight: p ? Number.parseFloat(getComputedStyle(p).lineHeight) : 0,
        background: getComputedStyle(document.body).backgroundColor,
      };
    });
    (window as unknown as { __printed: boolean }).__printed = false;
    window.print = () => {
      (window as unknown as { __printed: boolean }).__printed = true;
    };
  });
});
afterEach(async () => {
  await context.close();
});

const bodySize = (page: Page) => page.locator('.prose p').first().evaluate((p) => Number.parseFloat(getComputedStyle(p).fontSize));
const atReady = (page: Page) => page.evaluate(() => (window as unknown as { __atReady: { size: string | null; contrast: string | null; fontSize: number; lineHeight: number; background: string } }).__atReady);
const tool = (page: Page, name: string) => page.getByRole('button', { name, exact: true });

describe('字体 大 / 中 / 小 / 超大', () => {
  it('are buttons named exactly so, with aria-pressed on the current one (中 at first)', async () => {
    const page = await context.newPage();
    await page.goto(`${sample.origin}${NEWS}`);
    for (const name of ['超大', '大', '中', '小', '高对比度', '加大行距', '打印']) await expect(tool(page, name).isVisible()).resolves.toBe(true);
    await expect(tool(page, '中').getAttribute('aria-pressed')).resolves.toBe('true');
    await expect(tool(page, '大').getAttribute('aria-pressed')).resolves.toBe('false');
  });

  it('scale the reading area: 大 ≥ 1.25×, 超大 ≥ 1.5×, 小 ≤ 0.9× of 中, title and tables too', async () => {
    const page = await context.newPage();
    await page.goto(`${sample.origin}${NEWS}`);
    const base = await bodySize(page);
    const title = await page.locator('h1').evaluate((h) => Number.parseFloat(getComputedStyle(h).fontSize));
    await tool(page, '大').click();
    expect(await bodySize(page)).toBeGreaterThanOrEqual(base * 1.25 - 0.01);
    expect(await page.locator('h1').evaluate((h) => Number.parseFloat(getComputedStyle(h).fontSize))).toBeGreaterThanOrEqual(title * 1.25 - 0.01);
    await expect(tool(page, '大').getAttribute('aria-pressed')).resolves.toBe('true');
    await expect(tool(page, '中').getAttribute('aria-pressed')).resolves.toBe('false');
    await tool(page, '超大').click();
    expect(await bodySize(page)).toBeGreaterThanOrEqual(base * 1.5 - 0.01);
    await tool(page, '小').click();
    expect(await bodySize(page)).toBeLessThanOrEqual(base * 0.9);
    await tool(page, '中').click();
    expect(await bodySize(page)).toBe(base);
  });

  it('persist to the next article, after a reload and in the other script, already at the first paint', async () => {
    const page = await context.newPage();
    await page.goto(`${sample.origin}${NEWS}`);
    const base = await bodySize(page);
    await tool(page, '大').click();
    for (const route of [OTHER, NOTICE, `/zh-hant${NEWS}`]) {
      await page.goto(`${sample.origin}${route}`);
      const ready = await atReady(page);
      expect(ready.size, route).toBe('l');
      expect(ready.fontSize, route).toBeGreaterThanOrEqual(base * 1.25 - 0.01);
      await expect(tool(page, '大').getAttribute('aria-pressed')).resolves.toBe('true');
    }
    await page.reload();
    expect((await atReady(page)).size).toBe('l');
  });
});

describe('高对比度 and 加大行距', () => {
  it('高对比度 turns the page yellow on black, links still distinguishable, and persists from the first paint', async () => {
    const page = await context.newPage();
    await page.goto(`${sample.origin}${NEWS}`);
    await tool(page, '高对比度').click();
    await expect(tool(page, '高对比度').getAttribute('aria-pressed')).resolves.toBe('true');
    const colors = await page.evaluate(() => {
      const link = document.querySelector('main a') as HTMLElement;
      return { bg: getComputedStyle(document.body).backgroundColor, ink: getComputedStyle(document.body).color, link: getComputedStyle(link).color, underline: getComputedStyle(link).textDecorationLine };
    });
    expect(colors).toEqual({ bg: 'rgb(0, 0, 0)', ink: 'rgb(255, 255, 0)', link: 'rgb(0, 255, 255)', underline: 'underline' });
    await page.goto(`${sample.origin}/zh-hant${OTHER}`);
    expect(await atReady(page)).toMatchObject({ contrast: 'high', background: 'rgb(0, 0, 0)' });
    await tool(page, '高對比度').click();
    await expect(page.evaluate(() => getComputedStyle(document.body).backgroundColor)).resolves.not.toBe('rgb(0, 0, 0)');
  });

  it('加大行距 opens the lines of the reading area, and persists', async () => {
    const page = await context.newPage();
    await page.goto(`${sample.origin}${NEWS}`);
    const before = await page.locator('.prose p').first().evaluate((p) => Number.parseFloat(getComputedStyle(p).lineHeight));
    await tool(page, '加大行距').click();
    const after = await page.locator('.prose p').first().evaluate((p) => Number.parseFloat(getComputedStyle(p).lineHeight));
    expect(after).toBeGreaterThanOrEqual(before * 1.2);
    await page.goto(`${sample.origin}${OTHER}`);
    expect((await atReady(page)).lineHeight).toBeGreaterThanOrEqual(before * 1.2);
  });
});

describe('打印 and the keyboard', () => {
  it('打印 opens the browser print', async () => {
    const page = await context.newPage();
    await page.goto(`${sample.origin}${NOTICE}`);
    await tool(page, '打印').click();
    await expect(page.evaluate(() => (window as unknown as { __printed: boolean }).__printed)).resolves.toBe(true);
  });

  it('every tool is reached with Tab and works with Enter and Space', async () => {
    const page = await context.newPage();
    await page.goto(`${sample.origin}${NEWS}`);
    const reach = async (name: string) => {
      for (let i = 0; i < 60; i++) {
        await page.keyboard.press('Tab');
        if ((await page.evaluate(() => document.activeElement?.textContent?.trim())) === name) return;
      }
      throw new Error(`${name} was never reached with Tab`);
    };
    await reach('大');
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.documentElement.getAttribute('data-size'))).resolves.toBe('l');
    await reach('高对比度');
    await page.keyboard.press('Space');
    await expect(page.evaluate(() => document.documentElement.getAttribute('data-contrast'))).resolves.toBe('high');
  });
});

describe('without JavaScript', () => {
  it('shows no tools and reads normally', async () => {
    const noScript = await browser().newContext({ javaScriptEnabled: false });
    const page = await noScript.newPage();
    await page.goto(`${sample.origin}${NEWS}`);
    await expect(page.locator('gk-reader-tools').isVisible()).resolves.toBe(false);
    await expect(page.locator('.prose p').first().isVisible()).resolves.toBe(true);
    await expect(page.locator('.share-qr svg').isVisible()).resolves.toBe(true);
    await noScript.close();
  });
});

/** WCAG relative luminance and contrast ratio of two `rgb(…)` colours. */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r = 0, g = 0, bl = 0] = (c.match(/[\d.]+/g) ?? []).map(Number).map((v) => v / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe('the focus ring', () => {
  it.each([
    ['the default colours', undefined],
    ['high contrast', 'high'],
  ])('has 3:1 contrast against the background of every tab stop of a news page, in %s', async (_, mode) => {
    const page = await context.newPage();
    await page.goto(`${sample.origin}${NEWS}`);
    if (mode) await tool(page, '高对比度').click();
    const failures: string[] = [];
    for (let i = 0; i < 20; i++) {
      await page.keyboard.press('Tab');
      const stop = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return undefined;
        const style = getComputedStyle(el);
        let bg = 'rgba(0, 0, 0, 0)';
        for (let node: HTMLElement | null = el.parentElement; node; node = node.parentElement) {
          const c = getComputedStyle(node).backgroundColor;
          if (c !== 'rgba(0, 0, 0, 0)' && c !== 'transparent') {
            bg = c;
            break;
          }
        }
        if (bg === 'rgba(0, 0, 0, 0)') bg = getComputedStyle(document.documentElement).backgroundColor === 'rgba(0, 0, 0, 0)' ? 'rgb(255, 255, 255)' : getComputedStyle(document.documentElement).backgroundColor;
        return { name: `${el.localName} ${el.textContent?.trim().slice(0, 10)}`, ring: style.outlineColor, width: style.outlineWidth, halo: /rgba?\([^)]*\)/.exec(style.boxShadow)?.[0] ?? '', bg };
      });
      if (!stop) continue;
      const best = Math.max(contrast(stop.ring, stop.bg), stop.halo ? contrast(stop.halo, stop.bg) : 0);
      if (stop.width !== '3px' || best < 3 || (stop.halo && contrast(stop.ring, stop.halo) < 3)) failures.push(`${stop.name}: ring ${stop.ring} halo ${stop.halo} on ${stop.bg} (${best.toFixed(2)}:1)`);
    }
    expect(failures).toEqual([]);
  });
});
