/**
 * Large text on a phone (390 × 844, text at 200 %), and the notice layout on phone and desktop, measured in
 * Chromium: no horizontal scroll, <main> on the first screen, list titles with at least 12 characters a line, tap
 * targets of at least 44 × 44 px, the home page not much longer than twice its length at 100 %.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { useBrowser } from './browser.ts';

const { sample } = inject('sites');
const browser = useBrowser();
const ROUTES = ['/', '/news/', '/news/2024/ertong-fuli-zhuanti/', '/notices/2018/jiceng-minzheng-fangan/', '/library/', '/zh-hant/'];
const TARGETS = 'header a, header button, nav a, .breadcrumbs a, .article-list a, .pagination a, .attachments a, .reader-tools button, .block-title a, .prev-next a';

/** Text at 200 %, as a reader's browser setting would make it: every size of the site follows the root size. */
async function open(page: Page, route: string, text = '200%') {
  await page.goto(`${sample.origin}${route}`);
  await page.evaluate((size) => {
    document.documentElement.style.fontSize = size;
  }, text);
}

describe('on a phone with text at 200 %', () => {
  let context: BrowserContext;
  beforeAll(async () => {
    context = await browser().newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  });
  afterAll(async () => {
    await context.close();
  });

  it.each(ROUTES)('%s: no horizontal scroll, <main> on the first screen, tap targets of 44 × 44 px', async (route) => {
    const page = await context.newPage();
    await open(page, route);
    const measured = await page.evaluate((selector) => {
      const small: string[] = [];
      for (const el of document.querySelectorAll(selector)) {
        const r = el.getBoundingClientRect();
        if (r.width > 0 && (r.height < 44 || r.width < 44)) small.push(`${el.localName} "${el.textContent?.trim().slice(0, 8)}" ${Math.round(r.width)}×${Math.round(r.height)}`);
      }
      return { overflow: document.documentElement.scrollWidth - window.innerWidth, mainTop: document.querySelector('main')!.getBoundingClientRect().top + window.scrollY, small };
    }, TARGETS);
    await page.close();
    expect(measured.overflow).toBeLessThanOrEqual(0);
    expect(measured.mainTop).toBeLessThan(844);
    expect(measured.small).toEqual([]);
  });

  it('/search/?q=社会救助: results, facets and sort fit, with tap targets of 44 × 44 px', async () => {
    const page = await context.newPage();
    await open(page, `/search/?q=${encodeURIComponent('社会救助')}`);
    await page.waitForFunction(() => /找到/.test(document.querySelector('.search-status')?.textContent ?? ''));
    const measured = await page.evaluate((selector) => {
      const small: string[] = [];
      for (const el of document.querySelectorAll(selector)) {
        const r = el.getBoundingClientRect();
        if (r.width > 0 && (r.height < 44 || r.width < 44)) small.push(`${el.localName} "${el.textContent?.trim().slice(0, 8)}" ${Math.round(r.width)}×${Math.round(r.height)}`);
      }
      return { overflow: document.documentElement.scrollWidth - window.innerWidth, results: document.querySelectorAll('.search-result').length, small };
    }, `${TARGETS}, form input, form button, .search-result h3 a, .search-facets a, .search-sort a, .search-more`);
    await page.close();
    expect(measured.results).toBeGreaterThan(0);
    expect(measured.overflow).toBeLessThanOrEqual(0);
    expect(measured.small).toEqual([]);
  });

  it('list titles keep at least 12 characters a line', async () => {
    const page = await context.newPage();
    for (const route of ['/', '/news/']) {
      await open(page, route);
      const narrowest = await page.evaluate(() => Math.min(...[...document.querySelectorAll('.article-list a')].map((a) => a.getBoundingClientRect().width / Number.parseFloat(getComputedStyle(a).fontSize))));
      expect(narrowest, route).toBeGreaterThanOrEqual(12);
    }
    await page.close();
  });

  it('the home page grows to at most 2.5 times its length at 100 %', async () => {
    const page = await context.newPage();
    await open(page, '/', '100%');
    const normal = await page.evaluate(() => document.documentElement.scrollHeight);
    await open(page, '/', '200%');
    const large = await page.evaluate(() => document.documentElement.scrollHeight);
    await page.close();
    expect(large / normal).toBeLessThanOrEqual(2.5);
  });
});

describe('a notice', () => {
  const order = async (context: BrowserContext) => {
    const page = await context.newPage();
    await page.goto(`${sample.origin}/notices/2018/jiceng-minzheng-fangan/`);
    const tops = await page.evaluate(() => ({ title: document.querySelector('h1')!.getBoundingClientRect().top, table: document.querySelector('.disclosure')!.getBoundingClientRect().top }));
    await page.close();
    return tops;
  };

  it('shows its title and 发文字号 before the 信息公开 table on a phone, on the first screen', async () => {
    const phone = await browser().newContext({ viewport: { width: 390, height: 844 }, isMobile: true });
    const tops = await order(phone);
    await phone.close();
    expect(tops.title).toBeLessThan(tops.table);
    expect(tops.title).toBeLessThan(844);
  });

  it('keeps the 信息公开 table first on a desktop', async () => {
    const desktop = await browser().newContext({ viewport: { width: 1280, height: 900 } });
    const tops = await order(desktop);
    await desktop.close();
    expect(tops.table).toBeLessThan(tops.title);
  });
});

describe('on a desktop', () => {
  it('links in lists, attachments, breadcrumb and navigation are at least 44 px tall', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const small: string[] = [];
    for (const route of ['/', '/news/', '/notices/2018/jiceng-minzheng-fangan/']) {
      await page.goto(`${sample.origin}${route}`);
      small.push(
        ...(await page.evaluate((selector) => {
          const found: string[] = [];
          for (const el of document.querySelectorAll(selector)) {
            const r = el.getBoundingClientRect();
            if (r.width > 0 && r.height < 44) found.push(`${el.localName} "${el.textContent?.trim().slice(0, 8)}" ${Math.round(r.height)}`);
          }
          return found;
        }, TARGETS)),
      );
    }
    await context.close();
    expect(small).toEqual([]);
  });
});

describe('with forced colours (Windows high contrast)', () => {
  it('the pressed size and the focus ring use the system highlight', async () => {
    const context = await browser().newContext({ forcedColors: 'active' });
    const page = await context.newPage();
    await page.goto(`${sample.origin}/news/2024/ertong-fuli-zhuanti/`);
    const pressed = await page.getByRole('button', { name: '中', exact: true }).evaluate((b) => getComputedStyle(b).borderTopWidth);
    await page.getByRole('button', { name: '大', exact: true }).focus();
    await page.keyboard.press('Tab');
    const ring = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
    await context.close();
    expect(pressed).toBe('3px');
    expect(ring).toBe('solid');
  });
});
