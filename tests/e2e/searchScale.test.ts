/**
 * The exact-phrase property at scale, in Chromium: on a generated site of 2,000 articles, a phrase cut at random
 * from a random page's text (any length from 2 to 14 characters, starting and ending anywhere, in either script)
 * always finds that page, in the group of exact matches. Seeded, so a failure names a phrase that can be tried again
 * by hand.
 */
import { describe, expect, inject, it } from 'vitest';
import { allPages, loadPage } from '../build/html.ts';
import { useBrowser } from './browser.ts';
import { mulberry32 } from '../../scripts/generate/corpus.ts';

const { generated } = inject('sites');
const browser = useBrowser();
const CASES = 40;


interface Case {
  route: string;
  phrase: string;
}

/** Phrases cut from the visible body text of random article pages (either script), without cutting at spaces. */
function cases(): Case[] {
  const next = mulberry32(8);
  const articles = allPages(generated.dist).filter((r) => /^(\/zh-hant)?\/(news|notices)\/\d{4}\//.test(r));
  expect(articles.length).toBeGreaterThan(3900);
  const out: Case[] = [];
  while (out.length < CASES) {
    const route = articles[Math.floor(next() * articles.length)] as string;
    const body = Array.from(loadPage(generated.dist, route)('.prose').text().replace(/\s+/g, ' ').trim());
    const length = 2 + Math.floor(next() * 13);
    const start = Math.floor(next() * Math.max(1, body.length - length));
    const phrase = body.slice(start, start + length).join('').trim();
    // A phrase of punctuation only, or one with a space (that would be two parts), is not a phrase test.
    if (!/\p{Script=Han}.*\p{Script=Han}/u.test(phrase) || /\s/.test(phrase)) continue;
    out.push({ route, phrase });
  }
  return out;
}

describe('search on a generated site of 2,000 articles', () => {
  it(`finds the page of each of ${CASES} random exact phrases, ranked in the exact group`, async () => {
    const page = await browser().newPage();
    const misses: string[] = [];
    for (const { route, phrase } of cases()) {
      const hant = route.startsWith('/zh-hant/');
      // The generated prose repeats stock phrases across many pages: narrow to the page's year (its folder is its
      // publication year), so the page is within the results listed, whatever the phrase.
      const year = /\/(\d{4})\//.exec(route)?.[1] ?? '';
      await page.goto(`${generated.origin}${hant ? '/zh-hant' : ''}/search/?q=${encodeURIComponent(phrase)}&year=${year}&n=500`);
      await page.waitForFunction(() => {
        const status = document.querySelector('.search-status')?.textContent ?? '';
        return status !== '' && !/正在搜[索尋]/.test(status);
      });
      const hrefs = await page.locator('.search-result h3 a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      if (!hrefs.includes(route)) misses.push(`${phrase} → ${route} (got ${hrefs.length} results)`);
      // Pages with the exact phrase come first: when results are grouped, this one is in the exact group.
      const group = await page.evaluate((href) => {
        const link = [...document.querySelectorAll('.search-result h3 a')].find((a) => a.getAttribute('href') === href);
        return link?.closest('.search-group')?.querySelector('.search-group-title')?.textContent ?? null;
      }, route);
      if (group !== null && !group.startsWith('完全包含')) misses.push(`${phrase} → ${route} is in the group "${group}"`);
    }
    await page.close();
    expect(misses).toEqual([]);
  }, 240_000);
});
