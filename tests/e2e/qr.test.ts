/**
 * QR share codes, read back the way a phone would: the code Chromium renders on a news and a notice page, in both
 * scripts, is photographed (an element screenshot) and decoded with zbarimg; it must give exactly that page's
 * canonical URL in that script. A missing zbarimg is a failure: .ci/run installs zbar-tools.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { useBrowser } from './browser.ts';

const { sample, fixture } = inject('sites');
const browser = useBrowser();
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongkai-qr-'));

/** Decodes the QR code in a PNG with zbarimg; its raw text. */
function decodeQr(png: string): string {
  return execFileSync('zbarimg', ['--raw', '-q', png], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
}

describe('the QR share code of an article', () => {
  let context: BrowserContext;
  beforeAll(async () => {
    context = await browser().newContext({ deviceScaleFactor: 2 });
  });
  afterAll(async () => {
    await context.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const pages = [
    ['sample', '/news/2024/ertong-fuli-zhuanti/'],
    ['sample', '/notices/2018/jiceng-minzheng-fangan/'],
    ['fixture', '/news/2024/%E5%9F%BA%E5%B1%82%E5%B9%B2%E9%83%A8/'],
  ] as const;
  it.each(pages.flatMap(([site, route]) => [[site, route] as const, [site, `/zh-hant${route}`] as const]))('%s %s decodes to its own canonical URL', async (site, route) => {
    const origin = site === 'sample' ? sample.origin : fixture.origin;
    const page = await context.newPage();
    await page.goto(`${origin}${route}`);
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    expect(canonical).toMatch(/^https:\/\//);
    const code = page.locator('.share-qr svg');
    await expect(code.getAttribute('aria-label')).resolves.toContain(canonical);
    const caption = await page.locator('.share-qr figcaption').innerText();
    expect(caption).toContain(route.startsWith('/zh-hant') ? '掃一掃在手機端打開當前頁' : '扫一扫在手机端打开当前页');
    expect(caption).toContain(canonical);
    const png = path.join(dir, `${site}-${route.replace(/[^\w]+/g, '-')}.png`);
    await code.screenshot({ path: png });
    await page.close();
    expect(decodeQr(png)).toBe(canonical);
  });
});
