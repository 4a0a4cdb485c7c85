/**
 * The citation graph on the built sample site (#11, first part): a 发文字号 of one of the site's notices, written
 * in a body or a 废止 note, links to that notice in the page's own script, and a notice lists 被引用.
 */
import { describe, expect, inject, it } from 'vitest';
import { loadPage, text } from './html.ts';

const { sample } = inject('sites');

describe('citations by 发文字号', () => {
  it('link to the cited notice from a body, in both scripts', () => {
    for (const [prefix, number] of [['', '民发〔2024〕27号'], ['/zh-hant', '民發〔2024〕27號']] as const) {
      const $ = loadPage(sample.dist, `${prefix}/news/2024/qianrushi-yanglao-jiedu/`);
      const link = $('.prose a[data-citation]');
      expect(link.length).toBe(1);
      expect(link.attr('href')).toBe(`${prefix}/notices/2024/qianrushi-yanglao-yijian/`);
      expect(link.text()).toBe(number);
    }
  });

  it('list the citing pages on the notice as 被引用, both ways and in both scripts', () => {
    const cited = loadPage(sample.dist, '/notices/2024/qianrushi-yanglao-yijian/');
    expect(text(cited('#gk-cited-by').text())).toBe('被引用');
    // Cited by two pages: the 解读 and a news story, newest first.
    expect(cited('.cited-by a').map((_, a) => cited(a).attr('href')).get()).toEqual(['/news/2024/jiefang-shitang/', '/news/2024/qianrushi-yanglao-jiedu/']);
    const hant = loadPage(sample.dist, '/zh-hant/notices/2024/qianrushi-yanglao-yijian/');
    expect(text(hant('#gk-cited-by').text())).toBe('被引用');
    expect(hant('.cited-by a').map((_, a) => hant(a).attr('href')).get()).toEqual(['/zh-hant/news/2024/jiefang-shitang/', '/zh-hant/news/2024/qianrushi-yanglao-jiedu/']);
    // The replaced notice is cited by the one that replaced it; a page never lists itself.
    const old = loadPage(sample.dist, '/notices/2018/shequ-fuwuzhan-banfa/');
    expect(old('.cited-by a').map((_, a) => old(a).attr('href')).get()).toEqual(['/notices/2024/shequ-sheshi-banfa/']);
    expect(loadPage(sample.dist, '/news/2024/qianrushi-yanglao-jiedu/')('.cited-by').length).toBe(0);
  });

  it('the 废止 banner links to the replacing document', () => {
    for (const prefix of ['', '/zh-hant']) {
      const $ = loadPage(sample.dist, `${prefix}/notices/2018/shequ-fuwuzhan-banfa/`);
      expect($('.validity-banner a').attr('href')).toBe(`${prefix}/notices/2024/shequ-sheshi-banfa/`);
    }
  });

  it('never inside a heading or a link, and not the document’s own number', () => {
    const $ = loadPage(sample.dist, '/notices/2024/shequ-sheshi-banfa/');
    expect($('h1 a, h2 a[data-citation], .doc-number-line a, a a').length).toBe(0);
    expect($('.prose a[data-citation]').map((_, a) => $(a).attr('data-citation')).get()).toEqual(['民发〔2018〕36号']);
  });
});

describe('relations declared in frontmatter', () => {
  it('a 政策解读 shows the document it interprets, with its number and date; the document lists its 解读', () => {
    for (const prefix of ['', '/zh-hant']) {
      const jiedu = loadPage(sample.dist, `${prefix}/news/2024/qianrushi-yanglao-jiedu/`);
      const interprets = jiedu('[data-relation="interprets"]');
      expect(interprets.find('a').attr('href')).toBe(`${prefix}/notices/2024/qianrushi-yanglao-yijian/`);
      expect(text(interprets.find('.relation-number').text())).toBe(prefix ? '民發〔2024〕27號' : '民发〔2024〕27号');
      expect(interprets.find('time').attr('datetime')).toBe('2024-06-03');
      const doc = loadPage(sample.dist, `${prefix}/notices/2024/qianrushi-yanglao-yijian/`);
      expect(doc('[data-relation="interpreted"] a').attr('href')).toBe(`${prefix}/news/2024/qianrushi-yanglao-jiedu/`);
    }
  });

  it('the 废止 chain shows both ways', () => {
    const older = loadPage(sample.dist, '/notices/2018/shequ-fuwuzhan-banfa/');
    expect(older('[data-relation="replaced"] a').attr('href')).toBe('/notices/2024/shequ-sheshi-banfa/');
    const newer = loadPage(sample.dist, '/zh-hant/notices/2024/shequ-sheshi-banfa/');
    expect(newer('[data-relation="replaces"] a').attr('href')).toBe('/zh-hant/notices/2018/shequ-fuwuzhan-banfa/');
  });

  it('an updated article shows its history: first published, last updated, the change note', () => {
    const $ = loadPage(sample.dist, '/notices/2025/hunyin-dengji-tongban/');
    expect(text($('.change-history p').first().text())).toBe('首次发布：2025-02-19　最后更新：2025-03-06');
    expect($('.change-history li').map((_, li) => text($(li).text())).get()).toEqual(['本文于 2025-03-06 更新：更正联系电话']);
    expect(text(loadPage(sample.dist, '/zh-hant/notices/2025/hunyin-dengji-tongban/')('.change-history li').text())).toBe('本文於 2025-03-06 更新：更正聯繫電話');
    expect(loadPage(sample.dist, '/notices/2024/shequ-sheshi-banfa/')('.change-history').length).toBe(0);
  });
});
