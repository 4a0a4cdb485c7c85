import { describe, expect, it } from 'vitest';
import { parsePortalDate } from '../../src/lib/dates.ts';
import { renderSitemaps, SITEMAP_LIMIT } from '../../src/lib/sitemap.ts';
import { createUrls } from '../../src/lib/urls.ts';
import { SCRIPTS } from '../../src/lib/variant/scripts.ts';

const urls = createUrls({ site: 'https://www.example.gov.cn/', base: '/', sourceScript: 'zh-Hans' });

describe('renderSitemaps', () => {
  it('lists each route once per script with hreflang alternates', () => {
    const files = renderSitemaps(['/', '/news/2019/jiceng/'], SCRIPTS, urls);
    expect([...files.keys()]).toEqual(['sitemap.xml']);
    const xml = files.get('sitemap.xml') ?? '';
    expect(xml.match(/<url>/g)).toHaveLength(4);
    expect(xml).toContain('<loc>https://www.example.gov.cn/zh-hant/news/2019/jiceng/</loc>');
    expect(xml).toContain('<xhtml:link rel="alternate" hreflang="x-default" href="https://www.example.gov.cn/news/2019/jiceng/"/>');
  });

  it('gives a page its lastmod (ISO 8601, Beijing time) in both scripts, right after loc', () => {
    const xml = renderSitemaps([{ route: '/news/2019/jiceng/', lastmod: parsePortalDate('2019-04-03 10:15') }, { route: '/' }], SCRIPTS, urls).get('sitemap.xml') ?? '';
    expect(xml.match(/<lastmod>2019-04-03T10:15:00\+08:00<\/lastmod>/g)).toHaveLength(2);
    expect(xml).toContain('<loc>https://www.example.gov.cn/zh-hant/news/2019/jiceng/</loc>\n    <lastmod>2019-04-03T10:15:00+08:00</lastmod>');
    // A page without one (home) has none.
    expect(xml.match(/<url>/g)).toHaveLength(4);
    expect(xml.match(/<lastmod>/g)).toHaveLength(2);
  });

  it('splits into files of at most 50,000 URLs under an index once a site is that large', () => {
    const routes = Array.from({ length: SITEMAP_LIMIT / 2 + 1 }, (_, i) => `/news/${i}/`);
    const files = renderSitemaps(routes, SCRIPTS, urls);
    expect([...files.keys()].sort()).toEqual(['sitemap-1.xml', 'sitemap-2.xml', 'sitemap.xml']);
    expect(files.get('sitemap-1.xml')?.match(/<url>/g)).toHaveLength(SITEMAP_LIMIT);
    expect(files.get('sitemap-2.xml')?.match(/<url>/g)).toHaveLength(2);
    expect(files.get('sitemap.xml')).toContain('<loc>https://www.example.gov.cn/sitemap-2.xml</loc>');
  });
});
