/** Weighing spam words (src/lib/lint/spam.ts): a dense run is spam, one ordinary word is not. */
import { describe, expect, it } from 'vitest';
import spamWords from '../../../src/lib/lint/data/spamWords.json' with { type: 'json' };
import { foldText } from '../../../src/lib/search/fold.ts';
import { spamScore, spamWordsIn } from '../../../src/lib/lint/spam.ts';

describe('the word list', () => {
  it('has every word in both scripts, each with a category and a weight of 1–3', () => {
    for (const w of spamWords.words) {
      expect(w['zh-Hans'].length, w['zh-Hans']).toBeGreaterThan(1);
      expect(foldText(w['zh-Hant']), w['zh-Hant']).toBe(foldText(w['zh-Hans']));
      expect(Object.keys(spamWords.categories)).toContain(w.category);
      expect([1, 2, 3]).toContain(w.weight);
    }
  });
});

describe('spamScore', () => {
  it('calls a dense run of keywords spam, in either script and however it is written', () => {
    for (const text of ['澳门葡京 真人荷官 在线博彩 代开发票', '澳門葡京｜真人荷官｜在線博彩', 'ＣＡＳＩＮＯ 百家乐 bet365', '办\u200b假证 刻章办证 代开发票', '真人荷官真人荷官真人荷官', '澳门彩票 代开发票']) {
      expect(spamScore(text).spam, text).toBe(true);
    }
  });

  it('is not fooled into firing by ordinary words, repeats of them, or reports on the crime', () => {
    for (const text of [
      '澳门特别行政区政府与我市签署养老服务合作协议，澳门社工来访',
      '中国福利彩票和中国体育彩票的彩票公益金用于养老服务',
      '办理电子发票和增值税专用发票，领取证书和证件',
      '严厉打击网络赌博、虚开发票和代开发票等违法犯罪',
      '贷款额度、利息和信用卡还款',
      '揭穿网络赌博、真人荷官、百家乐的骗局',
      '警方提示：所谓无抵押贷款、当天放款多是陷阱',
      '代 開 發 票',
    ]) {
      expect(spamScore(text).spam, text).toBe(false);
    }
  });

  it('words far apart in a long text are separate runs', () => {
    const filler = '本市持续推进社区养老服务设施建设，'.repeat(3);
    expect(spamScore(`真人荷官${filler}在线博彩`).spam).toBe(false);
    expect(spamScore(`真人荷官 在线博彩${filler}`).spam).toBe(true);
  });

  it('spamWordsIn lists only words that are spam on their own', () => {
    expect(spamWordsIn('澳门 彩票 发票 真人荷官')).toEqual(['真人荷官']);
  });
});
