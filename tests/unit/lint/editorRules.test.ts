/**
 * The editors' rules of #9, each with input that triggers it and input that must not: spam-text (weighted words,
 * link farms), legacy-conversion, mojibake, invisible-characters, date-future and links, through lintBody on the
 * parsed tree. Frontmatter text reaches the rules as fields with their place.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FieldText } from '../../../src/lib/lint/types.ts';
import { lint } from './testSite.ts';

const field = (name: string, value: string, line = 2, column = 8): FieldText => ({ name, path: [name], value, line, column });
const rulesOf = (result: ReturnType<typeof lint>) => result.diagnostics.map((d) => d.rule);
const only = (result: ReturnType<typeof lint>, rule: string) => result.diagnostics.filter((d) => d.rule === rule);

describe('spam-text', () => {
  it('finds a first line of keywords without a link, in either script, however it is spaced', () => {
    const result = lint('澳门葡京 真人荷官 在线博彩 代开发票 加微信\n\n本报讯 近日，我市召开养老服务工作推进会。');
    expect(only(result, 'spam-text')).toMatchObject([{ severity: 'error', line: 8, column: 1 }]);
    expect(only(result, 'spam-text')[0]?.message).toContain('真人荷官');
    expect(rulesOf(lint('澳門葡京｜真人\u200b荷官｜在線博彩'))).toContain('spam-text');
    expect(rulesOf(lint('代 开 发 票 办 假 证 刻 章 办 证'))).toContain('spam-text');
  });

  it('finds keyword runs in the title, the summary, alt text and comments', () => {
    expect(only(lint('正文。', 'md', {}, [field('title', '百家乐 真人荷官 注册送彩金')]), 'spam-text')).toMatchObject([{ line: 2, column: 8, field: 'title' }]);
    expect(only(lint('正文。', 'md', {}, [field('summary', '无抵押贷款 当天放款 黑户贷款', 5)]), 'spam-text')).toMatchObject([{ line: 5, field: 'summary' }]);
    expect(rulesOf(lint('![在线博彩 百家乐 真人荷官](./photo.png)'))).toContain('spam-text');
    expect(rulesOf(lint('正文。\n\n<!-- 裸聊 约炮 一夜情 成人视频 -->'))).toContain('spam-text');
  });

  it('does not fire on one legitimate word, or on reports about the crime', () => {
    const clean = [
      '澳门特别行政区社会工作局代表团来我市交流养老服务经验，澳门与内地的合作不断深化。',
      '中国福利彩票发行三十多年来，彩票公益金累计支持养老、助残、救孤项目，本次购买彩票的收入全部用于公益。',
      '自2025年起，全面推行电子发票，纳税人可通过电子发票服务平台开具增值税专用发票和普通发票。',
      '公安机关严厉打击网络赌博、跨境赌博和虚开发票、代开发票等违法犯罪活动，提醒群众远离博彩。',
      '国家助学贷款和创业担保贷款政策继续实施，符合条件的高校毕业生可申请贷款贴息。',
      '持有社会工作者职业资格证书的人员，可到政务服务中心办证窗口领取证件。',
    ];
    for (const text of clean) expect(rulesOf(lint(text)), text).not.toContain('spam-text');
    expect(rulesOf(lint('正文。', 'md', {}, [field('title', '澳门与我市签署养老服务合作协议')]))).toEqual([]);
  });

  it('calls many links to unrelated sites a link farm; trusted domains never count', () => {
    const farm = ['a-casino.com', 'b-loans.net', 'c-pills.cc', 'd-bet.top', 'e-games.xyz'].map((d, i) => `[站点${i}](https://www.${d}/)`).join(' ');
    expect(only(lint(`相关链接：${farm}`), 'spam-text')[0]?.message).toContain('5 个无关网站');
    const gov = ['mca', 'mof', 'nhc', 'mohrss', 'ndrc', 'stats'].map((d) => `[${d}](https://www.${d}.gov.cn/)`).join(' ');
    expect(rulesOf(lint(`相关链接：${gov}`))).not.toContain('spam-text');
    expect(rulesOf(lint(`相关链接：${farm.split(' ').slice(0, 4).join(' ')}`))).not.toContain('spam-text');
    expect(rulesOf(lint(`相关链接：${farm}`, 'md', { trustedDomains: ['gov.cn', 'a-casino.com'] }))).not.toContain('spam-text');
  });
});

/** A character table: each Simplified character to its first Traditional form, as legacy CMS converters did. */
const charTableSamples = {
  damaged: '為深入貫徹落實黨中央關于加強基層治理的部署，各地干部要紮實推進。一是擴大覆蓋范圍，二是做好頭發護理服務。各單位要聯系實際，依托社區開展工作，重復核對數據，確保復雜問題按時解決，信息及時匯總。',
  clean: '為深入貫徹落實黨中央關於加強基層治理的部署，各地幹部要紮實推進。一是擴大覆蓋範圍，二是做好頭髮護理服務。各單位要聯繫實際，依託社區開展工作，重複核對數據，確保複雜問題按時解決，資訊及時彙總。',
};

describe('legacy-conversion', () => {
  it('finds character-table Traditional with its rate per 1,000 characters and the proper forms', () => {
    const [finding, ...rest] = only(lint(charTableSamples.damaged, 'md', { script: 'zh-Hant', declaredScript: true }), 'legacy-conversion');
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ severity: 'error', line: 8 });
    expect(finding?.message).toMatch(/每千字 \d+\.\d 处/);
    expect(finding?.message).toContain('關于加→關於加');
  });

  it('leaves Traditional written by people alone: the sample text and every text of the calibration set', () => {
    expect(only(lint(charTableSamples.clean, 'md', { script: 'zh-Hant', declaredScript: true }), 'legacy-conversion')).toEqual([]);
    const dir = 'tests/fixtures/lint/hant-clean';
    for (const name of fs.readdirSync(dir)) {
      const text = fs.readFileSync(path.join(dir, name), 'utf8');
      expect(only(lint(text, 'md', { script: 'zh-Hant', declaredScript: true }), 'legacy-conversion'), name).toEqual([]);
    }
  });

  it('a Traditional file that does not say so is an error; a Simplified one with a pasted Traditional sentence is a warning', () => {
    expect(only(lint(charTableSamples.clean), 'legacy-conversion')[0]?.fix).toContain('lang: zh-Hant');
    const mixed = only(lint('本市召开社区养老服务推进会。會議強調，要進一步擴大服務範圍。会后各区分别部署。'), 'legacy-conversion');
    expect(mixed[0]).toMatchObject({ severity: 'warning', line: 8 });
    expect(mixed[0]?.message).toContain('會議強調');
  });

  it('does not count conversion markup, or Simplified text', () => {
    expect(rulesOf(lint('平台的-{zh-hans:软件;zh-hant:軟體}-模块无偿提供给当地使用，群众办事更方便。'))).toEqual([]);
    expect(rulesOf(lint('关于加强干部队伍建设，扩大覆盖范围，扎实奋斗。'))).toEqual([]);
  });
});

describe('mojibake', () => {
  it('reads UTF-8 taken for Latin-1 or GBK back into its text', () => {
    const latin1 = Buffer.from('民政局', 'utf8').toString('latin1').replace('\u0080', '€');
    const found = only(lint(`本市${latin1}发布通知。`), 'mojibake');
    expect(found).toMatchObject([{ severity: 'error', line: 8, column: 3 }]);
    expect(found[0]?.fix).toContain('民政局');
    const gbk = new TextDecoder('gbk').decode(Buffer.from('民政部门关于做好社会救助工作', 'utf8'));
    expect(only(lint(`通知：${gbk}`), 'mojibake')[0]?.fix).toContain('民政部门关于做好社会救助工作');
  });

  it('finds lost characters: U+FFFD (also in the frontmatter), ?? and a stray ? between Chinese characters', () => {
    expect(only(lint('社会\uFFFD助'), 'mojibake')).toHaveLength(1);
    expect(only(lint('正文。', 'md', {}, [field('title', '关于做好\uFFFD\uFFFD工作的通知')]), 'mojibake')).toMatchObject([{ field: 'title', line: 2 }]);
    expect(only(lint('社会??助工作'), 'mojibake')[0]?.severity).toBe('error');
    expect(only(lint('第二段。\n社会?助工作'), 'mojibake')).toMatchObject([{ severity: 'warning', line: 9, column: 3 }]);
  });

  it('leaves questions, base64, URLs, Latin text and code alone', () => {
    const clean = [
      '真的吗?是的。这是为什么?因为规定如此。',
      'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAgAAAAICAIAAABLbSncAAAAEUlEQVR42mPornDAihiGlgQAoFlQwYyeCZcAAAAASUVORK5CYII=',
      '[查询](https://www.example.gov.cn/search?q=%E6%B0%91%E6%94%BF&page=2)',
      'Café naïve résumé — What?? Yes.',
      '```\n中文??中文\n```',
      '齐齐哈尔市龙沙区、鑫淼焱垚和魑魅魍魉都是写得出的字。',
    ];
    for (const text of clean) expect(only(lint(text), 'mojibake'), text).toEqual([]);
  });
});

describe('invisible-characters', () => {
  it('refuses bidirectional overrides in a title or the body; warns about zero-width characters', () => {
    expect(only(lint('正文。', 'md', {}, [field('title', '关于\u202e知通的作工好做')]), 'invisible-characters')).toMatchObject([{ severity: 'error', field: 'title' }]);
    expect(only(lint('正文\u2066里\u2069有。'), 'invisible-characters')[0]?.severity).toBe('error');
    expect(only(lint('博\u200b彩不是这样拆开的。'), 'invisible-characters')[0]?.severity).toBe('warning');
    expect(only(lint('普通的正文，没有看不见的字符。'), 'invisible-characters')).toEqual([]);
  });
});

describe('date-future', () => {
  const date = (value: string, site = {}) => only(lint('正文。', 'md', site, [field('date', value, 3, 7)]), 'date-future');
  it('warns about a date more than a day ahead and refuses one past the horizon', () => {
    expect(date('2025-06-05')).toMatchObject([{ severity: 'warning', line: 3, column: 7 }]);
    expect(date('2052-06-01')).toMatchObject([{ severity: 'error' }]);
    expect(date('2025-06-20', { futureDays: 10 })).toMatchObject([{ severity: 'error' }]);
  });
  it('accepts today, tomorrow, the past and a draft', () => {
    expect(date('2025-06-01 18:00')).toEqual([]);
    expect(date('2025-06-02')).toEqual([]);
    expect(date('2019-04-01')).toEqual([]);
    expect(date('2052-06-01', { draft: true })).toEqual([]);
  });
});

describe('links', () => {
  it('warns about an image without alt text and an http link to a government site', () => {
    expect(only(lint('![](./photo.png)'), 'links')).toMatchObject([{ severity: 'warning', line: 8 }]);
    const http = only(lint('见[民政部网站](http://www.mca.gov.cn/article/)。'), 'links');
    expect(http).toMatchObject([{ severity: 'warning' }]);
    expect(http[0]?.fix).toContain('https://www.mca.gov.cn/article/');
  });
  it('warns about an anchor that is not on the page', () => {
    expect(only(lint('## 一、总体要求\n\n见[下文](#二工作任务)。'), 'links')[0]?.message).toContain('二工作任务');
    expect(only(lint('## 一、总体要求\n\n见[上文](#一总体要求)。'), 'links')).toEqual([]);
  });
  it('records links to other pages for the whole-site check, and accepts clean links', () => {
    const result = lint('见[通知](/news/2024/other/#part)和[民政部](https://www.mca.gov.cn/)。\n\n![社区活动](./photo.png)');
    expect(result.links).toMatchObject([{ route: '/news/2024/other/', hash: 'part', line: 8 }]);
    expect(only(result, 'links')).toEqual([]);
  });
});
