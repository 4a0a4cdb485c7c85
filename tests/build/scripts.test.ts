/**
 * Issue #3 on the built HTML: every page in both scripts, cross-linked, and converted everywhere a reader
 * looks, with URLs, code and numbers left alone.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import { allPages, loadPage, text } from './html.ts';
import { decodeDisplay, INDEX_LANGUAGE } from '../../src/lib/search/record.ts';

const { fixture, sample } = inject('sites');
/** Characters that exist only in Simplified: none may survive on a Traditional page outside code. */
const SIMPLIFIED_ONLY = /[们这为来说时会个国发关对门东车长见页经过还进让认识与动开题问间实现]/;

describe.each([
  ['sample', sample],
  ['fixture', fixture],
])('%s site in both scripts', (_name, site) => {
  const pages = allPages(site.dist).filter((r) => r !== '/404.html');
  const hans = pages.filter((r) => !r.startsWith('/zh-hant/'));
  const hant = pages.filter((r) => r.startsWith('/zh-hant/'));

  it('has the same pages under /zh-hant/ as at the root', () => {
    expect(hans.length).toBeGreaterThan(10);
    expect(hant.map((r) => r.slice('/zh-hant'.length))).toEqual([...hans, '/404/'].sort());
  });

  it('says the real script in <html lang>, hreflang alternates and canonical', () => {
    for (const route of pages) {
      const $ = loadPage(site.dist, route);
      const isHant = route.startsWith('/zh-hant/');
      expect($('html').attr('lang'), route).toBe(isHant ? 'zh-Hant' : 'zh-Hans');
      if (route.endsWith('/404/')) continue;
      const neutral = isHant ? route.slice('/zh-hant'.length) : route;
      const origin = new URL($('link[rel="canonical"]').attr('href') ?? '').origin;
      // Addresses in links are percent-encoded; routes here are as written (a slug may be Chinese).
      const alternates = Object.fromEntries($('link[rel="alternate"][hreflang]').map((_, l) => [[$(l).attr('hreflang'), decodeURI($(l).attr('href') ?? '')]]).get());
      expect(alternates, route).toEqual({ 'zh-Hans': `${origin}${neutral}`, 'zh-Hant': `${origin}/zh-hant${neutral}`, 'x-default': `${origin}${neutral}` });
      expect(decodeURI($('link[rel="canonical"]').attr('href') ?? ''), route).toBe(`${origin}${route}`);
    }
  });

  it('has a 简/繁 switch on every page that links to the same page in the other script', () => {
    for (const route of [...pages, '/404.html']) {
      const $ = loadPage(site.dist, route);
      const isHant = route.startsWith('/zh-hant/');
      const link = $('nav.script-switch a');
      const neutral = route === '/404.html' ? '/404/' : isHant ? route.slice('/zh-hant'.length) : route;
      expect(link.attr('href'), route).toBe(isHant ? neutral : `/zh-hant${neutral}`);
      expect(link.attr('hreflang'), route).toBe(isHant ? 'zh-Hans' : 'zh-Hant');
      expect($('nav.script-switch [aria-current]').text(), route).toBe(isHant ? '繁' : '简');
    }
  });

  it('lists every page of both scripts in the sitemap, with the same alternates as the pages', () => {
    const sitemap = fs.readFileSync(path.join(site.dist, 'sitemap.xml'), 'utf8');
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => decodeURI(new URL(m[1] ?? '').pathname)).sort();
    expect(locs).toEqual(pages.filter((r) => !r.endsWith('/404/')));
    const home = loadPage(site.dist, '/zh-hant/');
    for (const link of home('link[rel="alternate"][hreflang]').toArray()) {
      expect(sitemap).toContain(`hreflang="${home(link).attr('hreflang')}" href="${home(link).attr('href')}"`);
    }
    expect(fs.readFileSync(path.join(site.dist, 'robots.txt'), 'utf8')).toMatch(/^Sitemap: https:\/\/.+\/sitemap\.xml$/m);
  });

  it('keeps links on a Traditional page inside the Traditional site', () => {
    for (const route of hant) {
      const $ = loadPage(site.dist, route);
      const hrefs = $('a[href^="/"]').not('nav.script-switch a').map((_, a) => $(a).attr('href')).get();
      const stray = hrefs.filter((h) => !h.startsWith('/zh-hant/') && !h.startsWith('/files/') && !h.startsWith('/_astro/'));
      expect(stray, route).toEqual([]);
    }
  });

  it('leaves no Simplified-only character on Traditional pages and no inline markup anywhere', () => {
    for (const route of pages) {
      const $ = loadPage(site.dist, route);
      expect($.html(), route).not.toContain('-{');
      if (!route.startsWith('/zh-hant/')) continue;
      $('code, pre, script, style, [translate="no"]').remove();
      const visible = [text($('body').text()), $('title').text(), ...$('[alt], [title], [aria-label], meta[content]').map((_, e) => `${$(e).attr('alt') ?? ''}${$(e).attr('title') ?? ''}${$(e).attr('aria-label') ?? ''}${$(e).is('meta[name="SiteIDCode"], meta[property="og:url"]') ? '' : ($(e).attr('content') ?? '')}`).get()].join(' ');
      expect(visible.match(SIMPLIFIED_ONLY)?.[0], route).toBeUndefined();
    }
  });
});

describe('conversion covers everything a reader sees (fixture news page)', () => {
  const $ = loadPage(fixture.dist, '/zh-hant/news/2025/fixture-news/');
  const $hans = loadPage(fixture.dist, '/news/2025/fixture-news/');

  it('title, subtitle, meta line, breadcrumb, channel names, UI strings', () => {
    expect($('article h1').text()).toBe('關於加強幹部隊伍建設的工作會議召開');
    expect($('article .subtitle').text()).toBe('——全市幹部作風建設推進會側記');
    expect($('.meta-line > span').map((_, s) => text($(s).text())).get()).toEqual(['時間：2025-03-05 09:30', '來源：測試日報', '作者：本報記者 王明']);
    expect($('nav.breadcrumbs li').map((_, li) => text($(li).text())).get()).toEqual(['首頁', '新聞中心', '工作動態', '正文']);
    expect(text($('nav.breadcrumbs .label').text())).toBe('當前位置：');
    expect($('nav.main-nav a').map((_, a) => $(a).text()).get()).toEqual(['首頁', '新聞中心', '政務公開', '政策文件庫']);
    expect($('a.skip-link').text()).toBe('跳到正文');
  });

  it('<title>, meta description, Open Graph and government meta', () => {
    expect($('title').text()).toBe('關於加強幹部隊伍建設的工作會議召開 - 測試市政務公開網');
    expect($('meta[name="description"]').attr('content')).toBe('會議要求各級幹部紮實推進資訊公開工作，那麼多的任務要在年底前完成。');
    expect($('meta[property="og:title"]').attr('content')).toBe('關於加強幹部隊伍建設的工作會議召開');
    expect($('meta[name="ArticleTitle"]').attr('content')).toBe('關於加強幹部隊伍建設的工作會議召開');
    expect($('meta[name="SiteName"]').attr('content')).toBe('測試市政務公開網');
    expect($('meta[name="ColumnName"]').attr('content')).toBe('工作動態');
    expect($('meta[property="og:locale"]').attr('content')).toBe('zh_TW');
  });

  it('alt, title and aria-label attributes', () => {
    expect($('.prose img').attr('alt')).toBe('會議現場的發言席');
    expect($('.prose img').attr('title')).toBe('發言席');
    expect($('nav.breadcrumbs').attr('aria-label')).toBe('麵包屑導航');
    expect($('nav.script-switch').attr('aria-label')).toBe('簡繁切換');
  });

  it('the body at phrase level, across inline tags, with the glossary and inline markup', () => {
    const body = $('.prose').html() ?? '';
    expect(body).toContain('各級幹部要把乾<strong>淨</strong>做事作為底線，在工作範圍內紮實推進各項任務');
    expect(body).toContain('做好政府資訊公開工作');
    expect(body).toContain('位於于田县的幫扶項目');
    expect(body).toContain('加強網路安全管理');
    expect($hans('.prose').html()).toContain('位于于田县的帮扶项目要按计划推进，并加强网络安全管理');
    expect(body).toContain('颱風防範、頭髮檢測點設置和麵條加工企業');
  });

  it('inline markup also works in MDX, written with escaped braces', () => {
    const $mdx = loadPage(fixture.dist, '/zh-hant/news/2024/figure-demo/');
    expect($mdx('.prose').text()).toContain('位於于田县的項目');
    expect(loadPage(fixture.dist, '/news/2024/figure-demo/')('.prose').text()).toContain('位于于田县的项目');
  });

  it('never converts URLs, code or numbers', () => {
    expect($('.prose pre').text()).toBe($hans('.prose pre').text());
    expect($('.prose pre').text()).toContain('干部 code stays as written');
    expect($('.prose img').attr('src')).toBe($hans('.prose img').attr('src'));
    expect($('.meta-line time').attr('datetime')).toBe('2025-03-05T09:30:00+08:00');
    expect($('link[rel="canonical"]').attr('href')).toBe('https://test.example.gov.cn/zh-hant/news/2025/fixture-news/');
  });

  it('never converts a slug written in Chinese', () => {
    expect(fs.existsSync(path.join(fixture.dist, 'zh-hant/news/2024/基层干部/index.html'))).toBe(true);
    const $c = loadPage(fixture.dist, '/zh-hant/news/2024/基层干部/');
    expect($c('article h1').text()).toBe('基層幹部培訓班開班');
    expect($c('nav.script-switch a').attr('href')).toBe('/news/2024/基层干部/');
    expect($c('link[rel="canonical"]').attr('href')).toBe(`https://test.example.gov.cn/zh-hant/news/2024/${encodeURIComponent('基层干部')}/`);
    expect($('a[href*="基層"]').length + $c('a[href*="基層"]').length).toBe(0);
  });

  it('发文字号 and 发文机关 on a notice', () => {
    const $n = loadPage(fixture.dist, '/zh-hant/notices/2024/fixture-notice/');
    expect($n('td[data-field="documentNumber"]').text()).toBe('測民發〔2024〕12號');
    expect($n('.signature p').map((_, p) => $n(p).text()).get()).toEqual(['測試市民政局', '測試市財政局', '2024年5月10日']);
    expect(text($n('.validity-banner').text())).toContain('本文件已廢止');
    expect($n('.attachments a').attr('href')).toBe('/files/notices/2024/fixture-attachment.pdf');
    expect($n('.signature').attr('data-pagefind-filter')).toBe('發文機關:測試市民政局、測試市財政局');
  });

  it('feed items', () => {
    const feed = fs.readFileSync(path.join(fixture.dist, 'zh-hant/feed.xml'), 'utf8');
    expect(feed).toContain('<title>關於加強幹部隊伍建設的工作會議召開</title>');
    expect(feed).toContain('<link>https://test.example.gov.cn/zh-hant/news/2025/fixture-news/</link>');
    expect(feed).toContain('<language>zh-tw</language>');
    const hansFeed = fs.readFileSync(path.join(fixture.dist, 'feed.xml'), 'utf8');
    expect(hansFeed).toContain('<title>关于加强干部队伍建设的工作会议召开</title>');
    expect(hansFeed).toContain('<title>台湾社工团体来访交流</title>');
    expect(hansFeed).not.toContain('xml:lang');
  });
});

describe('a file written in Traditional', () => {
  it('is published as written in zh-Hant and converted with the reverse converter for zh-Hans', () => {
    const source = fs.readFileSync(path.join(fixture.content, 'news/2024/fantizi-gaojian.md'), 'utf8');
    const firstParagraph = source.split('\n---\n')[1]?.trim().split('\n')[0] ?? '';
    const $hant = loadPage(fixture.dist, '/zh-hant/news/2024/fantizi-gaojian/');
    const $hans = loadPage(fixture.dist, '/news/2024/fantizi-gaojian/');
    expect($hant('.prose p').first().text()).toBe(firstParagraph);
    expect($hant('article h1').text()).toBe('臺灣社工團體來訪交流');
    expect($hans('article h1').text()).toBe('台湾社工团体来访交流');
    expect($hans('.prose p').first().text()).toBe('台湾社工团体一行于三月十二日来访，双方就社区照顾、志愿服务等议题进行交流。与会人员表示，了解彼此的做法有助于改进服务。');
    expect($hans('.meta-line').text()).toContain('来源：测试日报');
    // Chrome stays in the site's script on the Simplified page.
    expect($hans('nav.breadcrumbs li').first().text()).toBe('首页');
    expect($hans('main [lang], head [lang]').length).toBe(0);
    expect($hans('title').text()).toBe('台湾社工团体来访交流 - 测试市政务公开网');
    expect($hant('title').text()).toBe('臺灣社工團體來訪交流 - 測試市政務公開網');
  });
});

describe('a site whose editors write in Traditional', () => {
  const { hant } = inject('sites');

  it('publishes Traditional at the root and Simplified under /zh-hans/, chrome included', () => {
    const root = loadPage(hant.dist, '/news/2024/hant-article/');
    expect(root('html').attr('lang')).toBe('zh-Hant');
    expect(root('article h1').text()).toBe('縣府召開颱風防範工作會議');
    expect(root('nav.breadcrumbs li').map((_, li) => text(root(li).text())).get()).toEqual(['首頁', '新聞中心', '工作動態', '正文']);
    expect(text(root('nav.breadcrumbs .label').text())).toBe('當前位置：');
    expect(root('nav.script-switch a').attr('href')).toBe('/zh-hans/news/2024/hant-article/');

    const hans = loadPage(hant.dist, '/zh-hans/news/2024/hant-article/');
    expect(hans('html').attr('lang')).toBe('zh-Hans');
    expect(hans('article h1').text()).toBe('县府召开台风防范工作会议');
    expect(hans('nav.breadcrumbs li').map((_, li) => text(hans(li).text())).get()).toEqual(['首页', '新闻中心', '工作动态', '正文']);
    expect(hans('link[rel="alternate"][hreflang="x-default"]').attr('href')).toBe('https://hant.example.gov.tw/news/2024/hant-article/');
    expect(hans('nav.script-switch a').attr('href')).toBe('/news/2024/hant-article/');
  });

  it('a file marked lang: zh-Hans is published as written under /zh-hans/ and converted at the root', () => {
    expect(loadPage(hant.dist, '/zh-hans/news/2024/hans-article/')('.prose p').text()).toBe('各单位要组织干部参加培训，了解最新政策，提高服务能力。');
    expect(loadPage(hant.dist, '/news/2024/hans-article/')('article h1').text()).toBe('關於加強幹部培訓的通知要點');
  });

  it('accepts 號 in a Traditional 发文字号 and converts it for the Simplified page', () => {
    expect(loadPage(hant.dist, '/notices/2024/hant-notice/')('td[data-field="documentNumber"]').text()).toBe('測府發〔2024〕3號');
    expect(loadPage(hant.dist, '/zh-hans/notices/2024/hant-notice/')('td[data-field="documentNumber"]').text()).toBe('测府发〔2024〕3号');
  });
});

describe('what the search index sees', () => {
  /** Pagefind fragments are gzip'd JSON behind a signature; each is what the index stores for one record. */
  function fragments(dist: string): { url: string; content: string; meta: Record<string, string>; filters: Record<string, string[]> }[] {
    const dir = path.join(dist, 'pagefind/fragment');
    return fs
      .readdirSync(dir)
      .map((f) => JSON.parse(zlib.gunzipSync(fs.readFileSync(path.join(dir, f))).toString('utf8').replace(/^pagefind_dcd/, '')));
  }

  it('has one index for both scripts, with one record per article', () => {
    const entry = JSON.parse(fs.readFileSync(path.join(sample.dist, 'pagefind/pagefind-entry.json'), 'utf8'));
    const articles = allPages(sample.dist).filter((r) => /^\/(news|notices)\/\d{4}\//.test(r));
    expect(Object.keys(entry.languages)).toEqual([INDEX_LANGUAGE]);
    expect(entry.languages[INDEX_LANGUAGE].page_count).toBe(articles.length);
    expect(fragments(sample.dist).map((f) => f.url).sort()).toEqual([...articles].sort());
  });

  it('indexes folded tokens, and keeps the title, 发文字号 and 发文机关 in each script for results', () => {
    const records = fragments(fixture.dist);
    const news = records.find((f) => f.url === '/news/2025/fixture-news/');
    expect(decodeDisplay(news?.meta['d'])?.title).toEqual({ 'zh-Hans': '关于加强干部队伍建设的工作会议召开', 'zh-Hant': '關於加強幹部隊伍建設的工作會議召開' });
    // 各级干部要把干净做事作为底线, as consecutive tokens.
    expect(news?.content).toContain('各级 级干 干部 部要 要把 把干 干净 净做 做事 事作 作为 为底 底线');
    const notice = records.find((f) => f.url === '/notices/2024/fixture-notice/');
    expect(notice?.filters['issuer']).toEqual(['测试市民政局', '测试市财政局']);
    expect(notice?.filters['channel']).toHaveLength(1);
    for (const f of fragments(sample.dist)) {
      const display = decodeDisplay(f.meta['d']);
      const hant = [display?.title['zh-Hant'], display?.documentNumber?.['zh-Hant'], display?.issuer?.['zh-Hant']].join(' ');
      expect(hant.match(SIMPLIFIED_ONLY)?.[0], f.url).toBeUndefined();
    }
  });
});

