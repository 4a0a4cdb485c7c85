/**
 * Budgets on the built sample site: what an article page costs a reader on a phone. Asserted, not reported:
 * a change that makes pages heavier fails here.
 */
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import { allPages, loadPage } from './html.ts';

const { sample } = inject('sites');
const articles = allPages(sample.dist).filter((r) => /\/(news|notices)\/\d{4}\//.test(r));
const gz = (file: string) => gzipSync(fs.readFileSync(path.join(sample.dist, file))).length;

describe('an article page', () => {
  it('is at most 15 kB of HTML, gzipped', () => {
    expect(articles.length).toBeGreaterThan(20);
    const sizes = articles.map((route) => ({ route, bytes: gz(path.join(route, 'index.html')) }));
    const largest = sizes.sort((a, b) => b.bytes - a.bytes)[0];
    expect(largest?.bytes, largest?.route).toBeLessThanOrEqual(15 * 1024);
  });

  it('loads at most 10 kB of CSS and 4 kB of JavaScript, gzipped, and no script that blocks rendering but the head snippet', () => {
    for (const route of articles) {
      const $ = loadPage(sample.dist, route);
      const css = $('link[rel="stylesheet"]').map((_, l) => gz($(l).attr('href') ?? '')).get().reduce((a, b) => a + b, 0);
      // JSON-LD is data, not JavaScript (tests/build/jsonld.test.ts checks it).
      const scripts = $('script:not([type="application/ld+json"])').get();
      const files = scripts.filter((s) => $(s).attr('src')).map((s) => gz($(s).attr('src') ?? ''));
      const inline = scripts.filter((s) => !$(s).attr('src')).map((s) => gzipSync($(s).text()).length);
      expect(css, route).toBeLessThanOrEqual(10 * 1024);
      expect([...files, ...inline].reduce((a, b) => a + b, 0), route).toBeLessThanOrEqual(4 * 1024);
      const blocking = $('head script:not([type="application/ld+json"])').filter((_, s) => !$(s).attr('type')?.includes('module') && $(s).attr('defer') === undefined && $(s).attr('async') === undefined);
      expect(blocking.length, route).toBe(1);
      expect(blocking.attr('src')).toBeUndefined();
      expect($('body script:not([type="module"])').length, route).toBe(0);
    }
  });
});

describe('the search page', () => {
  it('loads at most 32 kB of its own JavaScript, gzipped (the fold table is most of it), as a module that does not block rendering', () => {
    for (const route of ['/search/', '/zh-hant/search/']) {
      const $ = loadPage(sample.dist, route);
      const modules = $('script[type="module"][src]').map((_, s) => gz($(s).attr('src') ?? '')).get();
      expect(modules, route).toHaveLength(1);
      expect(modules[0], route).toBeLessThanOrEqual(32 * 1024);
      expect($('head script:not([type="module"]):not([type="application/ld+json"])').length, route).toBe(1);
    }
  });

  it('publishes only the Pagefind files the search page uses', () => {
    const top = fs.readdirSync(path.join(sample.dist, 'pagefind')).sort();
    expect(top.filter((f) => !/^(filter|fragment|index)$|^pagefind-entry\.json$|^pagefind\.js$|^wasm\.unknown\.pagefind$|\.pf_meta$/.test(f))).toEqual([]);
  });
});
