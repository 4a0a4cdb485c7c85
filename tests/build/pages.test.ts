/**
 * The pages of issue #2, read from the built fixture and sample sites: breadcrumb, meta line,
 * 信息公开 table, pagination, policy library, 404, government meta tags, no JavaScript.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { HEAD_SCRIPT } from '../../src/routing/security.ts';
import { BULK_ARTICLES } from '../setup/buildSites.ts';
import { allPages, loadPage, text } from './html.ts';

const { fixture, sample } = inject('sites');

describe('news page', () => {
  const $ = loadPage(fixture.dist, '/news/2025/fixture-news/');

  it('has the breadcrumb 当前位置：首页 › 新闻中心 › 工作动态 › 正文 with aria-current', () => {
    const nav = $('nav.breadcrumbs');
    expect(nav.attr('aria-label')).toBe('面包屑导航');
    expect(text(nav.find('.label').text())).toBe('当前位置：');
    expect(nav.find('li').map((_, li) => text($(li).text())).get()).toEqual(['首页', '新闻中心', '工作动态', '正文']);
    expect(nav.find('li a').map((_, a) => $(a).attr('href')).get()).toEqual(['/', '/news/', '/news/work/']);
    expect(nav.find('[aria-current="page"]').text()).toBe('正文');
  });

  it('shows title, subtitle and the meta line 时间 / 来源 / 作者', () => {
    expect($('article h1').text()).toBe('关于加强干部队伍建设的工作会议召开');
    expect($('article .subtitle').text()).toBe('——全市干部作风建设推进会侧记');
    expect($('.meta-line > span').map((_, s) => text($(s).text())).get()).toEqual(['时间：2025-03-05 09:30', '来源：测试日报', '作者：本报记者 王明']);
    expect($('.meta-line time').attr('datetime')).toBe('2025-03-05T09:30:00+08:00');
  });

  it('renders the body and previous/next within the channel', () => {
    expect($('.prose p').first().text()).toContain('会议指出');
    const prevNext = $('nav.prev-next');
    expect(text(prevNext.text())).toContain('上一篇：没有了');
    expect(prevNext.find('a[rel="next"]').text()).toBe('图表展示测试');
  });

  it('carries the government meta tags, description, canonical and Open Graph', () => {
    const meta = (name: string) => $(`meta[name="${name}"]`).attr('content');
    expect(meta('SiteName')).toBe('测试市政务公开网');
    expect(meta('SiteDomain')).toBe('test.example.gov.cn');
    expect(meta('SiteIDCode')).toBe('9999999999');
    expect(meta('ColumnName')).toBe('工作动态');
    expect(meta('ArticleTitle')).toBe('关于加强干部队伍建设的工作会议召开');
    expect(meta('PubDate')).toBe('2025-03-05 09:30');
    expect(meta('ContentSource')).toBe('测试日报');
    expect(meta('Author')).toBe('本报记者 王明');
    expect(meta('Url')).toBe('https://test.example.gov.cn/news/2025/fixture-news/');
    expect(meta('description')).toBe('会议要求各级干部扎实推进信息公开工作，那么多的任务要在年底前完成。');
    expect($('link[rel="canonical"]').attr('href')).toBe('https://test.example.gov.cn/news/2025/fixture-news/');
    expect($('meta[property="og:title"]').attr('content')).toBe('关于加强干部队伍建设的工作会议召开');
    expect($('meta[property="og:url"]').attr('content')).toBe('https://test.example.gov.cn/news/2025/fixture-news/');
  });

  it('derives the summary from the body when the editor gave none', () => {
    const $$ = loadPage(fixture.dist, '/news/2024/figure-demo/');
    expect($$('meta[name="description"]').attr('content')).toBe('本文用于检查 MDX 组件，图中显示发展情况。 在 MDX 里也可以保留原文：位于于田县的项目。');
  });

  it('renders the MDX component (figure with caption) with alt text', () => {
    const $$ = loadPage(fixture.dist, '/news/2024/figure-demo/');
    expect($$('.prose figure img').attr('alt')).toBe('各季度发展情况柱状图');
    expect($$('.prose figure figcaption').text()).toBe('图1：各季度发展情况');
    const src = $$('.prose figure img').attr('src') ?? '';
    expect(fs.existsSync(path.join(fixture.dist, src))).toBe(true);
  });
});

describe('notice page', () => {
  const $ = loadPage(fixture.dist, '/notices/2024/fixture-notice/');
  const cell = (field: string) => text($(`table.disclosure td[data-field="${field}"]`).text());

  it('makes phone numbers tap-to-call links, in the contacts and in the footer', () => {
    expect($('.contacts a[href^="tel:"]').attr('href')).toBe('tel:00011112222');
    expect($('.contacts a[href^="tel:"]').text()).toBe('(000)11112222');
    expect($('.site-footer a[href^="tel:"]').attr('href')).toBe('tel:00000000000');
  });

  it('has the 信息公开 table with every value', () => {
    const headers = $('table.disclosure th').map((_, th) => $(th).text()).get();
    expect(headers).toEqual(['索引号', '主题分类', '发文机关', '成文日期', '标题', '发文字号', '发布日期', '有效性']);
    expect(cell('indexNumber')).toBe('000000001/2024-00012');
    expect(cell('topic')).toBe('民政\\社区服务');
    expect(cell('issuer')).toBe('测试市民政局　测试市财政局');
    expect(cell('writtenDate')).toBe('2024年5月10日');
    expect(cell('documentNumber')).toBe('测民发〔2024〕12号');
    expect(cell('date')).toBe('2024年5月13日');
    expect(cell('validity')).toBe('废止');
    // In the page the title comes first (screen readers and phones); a desktop shows the table above it
    // (tests/e2e/phone.test.ts measures both).
    const html = $.html();
    expect(html.indexOf('<h1')).toBeLessThan(html.indexOf('class="disclosure"'));
  });

  it('shows a clear banner for a 废止 document', () => {
    expect($('.validity-banner p').map((_, p) => text($(p).text())).get()).toEqual(['本文件已废止', '已被《测试市社区服务管理办法（修订）》（测民发〔2025〕3号）废止']);
    expect($('.validity-banner').attr('role')).toBe('note');
  });

  it('prints title, 发文字号, 主送机关, body, then 署名 and 成文日期 at the end', () => {
    expect($('article h1').text()).toBe('测试市民政局关于印发《社区服务管理办法》的通知');
    expect($('article .doc-number-line').text()).toBe('测民发〔2024〕12号');
    expect($('.prose > p').first().text()).toBe('各区民政局、财政局：');
    expect($('.prose > *').last().is('.signature')).toBe(true);
    expect($('.signature p').map((_, p) => text($(p).text())).get()).toEqual(['测试市民政局', '测试市财政局', '2024年5月10日']);
  });

  it('lists contacts and attachments with file type and size, and publishes the file', () => {
    expect(text($('.contacts li').text())).toBe('张晓红，电话：(000)11112222');
    const link = $('.attachments a');
    expect(link.text()).toBe('社区服务管理办法');
    expect(link.attr('href')).toBe('/files/notices/2024/fixture-attachment.pdf');
    expect(text($('.attachments li').clone().find('.print-only').remove().end().text())).toBe('附件1：社区服务管理办法（PDF，1.2 KB）');
    // On paper, the attachment's full address follows it.
    expect($('.attachments li .print-only').text()).toBe('https://test.example.gov.cn/files/notices/2024/fixture-attachment.pdf');
    const published = fs.readFileSync(path.join(fixture.dist, 'files/notices/2024/fixture-attachment.pdf'));
    expect(published.equals(fs.readFileSync(path.join(fixture.content, 'notices/2024/fixture-attachment.pdf')))).toBe(true);
  });
});

describe('channel lists', () => {
  const titles = (route: string) => {
    const $ = loadPage(fixture.dist, route);
    return $('ul.article-list li > a').map((_, a) => $(a).text()).get();
  };

  it('paginates 20 per page, newest first, with numbered pages and previous/next', () => {
    const first = titles('/news/bulk/');
    expect(first).toHaveLength(20);
    expect(first[0]).toBe(`批量测试文章第${BULK_ARTICLES}篇`);
    expect(first[19]).toBe(`批量测试文章第${BULK_ARTICLES - 19}篇`);
    expect(titles('/news/bulk/2/')[0]).toBe(`批量测试文章第${BULK_ARTICLES - 20}篇`);
    expect(titles('/news/bulk/3/')).toHaveLength(BULK_ARTICLES - 40);
    expect(fs.existsSync(path.join(fixture.dist, 'news/bulk/4'))).toBe(false);

    const $ = loadPage(fixture.dist, '/news/bulk/2/');
    const pager = $('nav.pagination');
    expect(pager.attr('aria-label')).toBe('分页');
    expect(pager.find('a[rel="prev"]').attr('href')).toBe('/news/bulk/');
    expect(pager.find('a[rel="next"]').attr('href')).toBe('/news/bulk/3/');
    expect(pager.find('[aria-current="page"]').text()).toBe('2');
    expect(text(pager.find('.page-count').text())).toBe(`第2页 / 共3页，共${BULK_ARTICLES}条`);
  });

  it('a section lists every channel below it', () => {
    const $ = loadPage(fixture.dist, '/news/');
    expect(text($('.page-count').text())).toBe(`第1页 / 共3页，共${BULK_ARTICLES + 4}条`);
    expect($('ul.channel-children a').map((_, a) => $(a).attr('href')).get()).toEqual(['/news/work/', '/news/bulk/']);
  });

  it('the home page shows the latest items per channel and notices with 发文字号', () => {
    const $ = loadPage(fixture.dist, '/');
    const notices = $('#gk-latest-notices').closest('section');
    expect(notices.find('li > a').first().text()).toBe('测试市民政局关于印发《社区服务管理办法》的通知');
    expect(notices.find('.doc-number').first().text()).toBe('测民发〔2024〕12号');
    const bulk = $('#gk-block-bulk').closest('section');
    expect(bulk.find('li')).toHaveLength(8);
  });
});

describe('policy library and 404', () => {
  it('lists every notice with 发文字号, 发文机关, 成文日期 and 有效性', () => {
    const $ = loadPage(fixture.dist, '/library/');
    const row = $('table.library tbody tr').first();
    expect(row.find('td').map((_, td) => text($(td).text())).get()).toEqual([
      '测试市民政局关于印发《社区服务管理办法》的通知',
      '测民发〔2024〕12号',
      '测试市民政局、测试市财政局',
      '2024-05-10',
      '废止',
    ]);
    const sampleNotices = fs.readdirSync(path.join(sample.content, 'notices'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md'));
    expect(loadPage(sample.dist, '/library/')('table.library tbody tr')).toHaveLength(sampleNotices.length);
  });

  it('has a 404 page in each script, kept out of search engines', () => {
    const $ = loadPage(fixture.dist, '/404.html');
    expect($('h1').text()).toBe('页面不存在');
    expect($('meta[name="robots"]').attr('content')).toBe('noindex');
    expect(loadPage(fixture.dist, '/zh-hant/404/')('h1').text()).toBe('頁面不存在');
  });
});

describe('every page', () => {
  const pages = allPages(sample.dist);

  it('renders every sample article in both scripts', () => {
    for (const collection of ['news', 'notices']) {
      const files = fs.readdirSync(path.join(sample.content, collection), { recursive: true, encoding: 'utf8' }).filter((f) => /\.mdx?$/.test(f));
      expect(files.length).toBeGreaterThan(0);
      for (const f of files) {
        const route = `/${collection}/${f.replace(/\.mdx?$/, '')}/`;
        expect(pages, route).toContain(route);
        expect(pages, route).toContain(`/zh-hant${route}`);
      }
    }
  });

  it('ships only the head snippet, the reader tools on articles and the search script on the search page, and carries the site meta tags', () => {
    for (const route of pages) {
      const $ = loadPage(sample.dist, route);
      const article = /\/(news|notices)\/\d{4}\//.test(route);
      expect($('head script:not([src]):not([type="application/ld+json"])').text(), route).toBe(HEAD_SCRIPT);
      expect($('script[type="application/ld+json"]').length, route).toBe(article ? 1 : 0);
      const search = /^(\/zh-hant)?\/search\/$/.test(route);
      const expected = article ? [expect.stringMatching(/^\/_astro\/ReaderTools\.[\w.-]+\.js$/)] : search ? [expect.stringMatching(/^\/_astro\/SearchPage\.[\w.-]+\.js$/)] : [];
      expect($('script[src]').map((_, s) => $(s).attr('src')).get(), route).toEqual(expected);
      expect($('script[src]').attr('type'), route).toBe(article || search ? 'module' : undefined);
      for (const name of ['SiteName', 'SiteDomain', 'SiteIDCode', 'ColumnName']) expect($(`meta[name="${name}"]`).attr('content'), `${route} ${name}`).toBeTruthy();
      expect($('meta[name="description"]').attr('content'), route).toBeTruthy();
      expect($('title').text(), route).toMatch(/ - 民政信息公/);
    }
  });

  it('article pages carry ArticleTitle, PubDate and ContentSource', () => {
    const articles = pages.filter((r) => /\/(news|notices)\/\d{4}\//.test(r));
    expect(articles.length).toBeGreaterThan(20);
    for (const route of articles) {
      const $ = loadPage(sample.dist, route);
      expect($('meta[name="ArticleTitle"]').attr('content'), route).toBe($('article h1').text());
      expect($('meta[name="PubDate"]').attr('content'), route).toMatch(/^\d{4}-\d{2}-\d{2}( \d{2}:\d{2})?$/);
      expect($('meta[name="ContentSource"]').attr('content'), route).toBeTruthy();
    }
  });

  it('keeps the CSS small', () => {
    const css = fs.readdirSync(path.join(sample.dist, '_astro')).filter((f) => f.endsWith('.css'));
    const bytes = css.reduce((n, f) => n + fs.statSync(path.join(sample.dist, '_astro', f)).size, 0);
    expect(bytes).toBeLessThan(16 * 1024);
  });
});
