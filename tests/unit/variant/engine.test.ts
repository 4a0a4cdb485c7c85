/**
 * The conversion engine (src/lib/variant/engine.ts): OpenCC's own conversion when given nothing else, the
 * glossary inside segmentation, word boundaries vetoing straddling phrases, and regional glossaries.
 */
import fs from 'node:fs';
import path from 'node:path';
import OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { loadSite } from '../../../src/lib/site.ts';
import type { CorpusItem } from '../../../src/lib/variant/accuracy.ts';
import { createConverter } from '../../../src/lib/variant/converter.ts';
import { createEngine } from '../../../src/lib/variant/engine.ts';
import { wordBoundaries } from '../../../src/lib/variant/segment.ts';
import { readYaml } from '../../../src/lib/yaml.ts';

const corpus = readYaml(fs.readFileSync('tests/fixtures/conversion/corpus.yaml', 'utf8')).data as CorpusItem[];
const glossary = loadSite(path.resolve('content')).glossary;

describe('the engine without glossary or boundaries is opencc-js', () => {
  it.each([
    ['s2tw', 'cn', 'tw', 'hans'],
    ['s2hk', 'cn', 'hk', 'hans'],
    ['tw2s', 'tw', 'cn', 'hant'],
    ['hk2s', 'hk', 'cn', 'hant'],
  ] as const)('%s gives what OpenCC.Converter gives, on every corpus text', (name, from, to, side) => {
    const engine = createEngine(name);
    const stock = OpenCC.Converter({ from, to });
    for (const item of corpus) expect(engine.convert(item[side]), item.id).toBe(stock(item[side]));
  });
});

describe('the glossary takes part in segmentation', () => {
  const engine = createEngine('s2tw', { glossary: [{ from: '复核', to: '複核' }, { from: '计划', to: '計畫' }, { from: '发布', to: '發布' }, { from: '点赞', to: '點讚' }] });
  it('an entry applies where it is the word, also inside a longer dictionary phrase', () => {
    expect(engine.convert('五年计划')).toBe('五年計畫');
    expect(engine.convert('新闻发布会')).toBe('新聞發布會');
    expect(engine.convert('为他点赞')).toBe('為他點讚');
  });
  it('a longer OpenCC phrase that starts first wins, as OpenCC’s own phrases do', () => {
    expect(engine.convert('反复核对')).toBe('反覆核對');
    expect(engine.convert('答复核查')).toBe('答覆核查');
    expect(engine.convert('恢复核心')).toBe('恢復核心');
  });
});

describe('word boundaries veto phrases that straddle two words', () => {
  const engine = createEngine('s2tw', { glossary: [{ from: '复核', to: '複核' }, { from: '计划', to: '計畫' }, { from: '发布', to: '發布' }, { from: '点赞', to: '點讚' }], boundaries: wordBoundaries });
  it('进行|复核: without boundaries OpenCC’s 行复 would win', () => {
    expect(createEngine('s2tw', { glossary: [{ from: '复核', to: '複核' }] }).convert('进行复核')).toBe('進行復核');
    expect(engine.convert('进行复核')).toBe('進行複核');
  });
  it('统计|划分, 共计|划拨, 头发|布满, 一点|赞助', () => {
    expect(engine.convert('统计划分')).toBe('統計劃分');
    expect(engine.convert('共计划拨资金')).toBe('共計劃撥資金');
    expect(engine.convert('头发布满灰尘')).toBe('頭髮佈滿灰塵');
    expect(engine.convert('一点赞助')).toBe('一點贊助');
  });
  it('keeps an OpenCC phrase where the segmenter’s word is unknown to the dictionary (周|线图)', () => {
    expect(engine.convert('周线图')).toBe('週線圖');
  });
  it('finds the boundaries of jieba’s words', () => {
    expect([...(wordBoundaries('统计划分') ?? [])]).toEqual([0, 2, 4]);
    expect(wordBoundaries('no Chinese')).toBeUndefined();
  });
});

describe('regional glossaries', () => {
  const tw = createConverter({ region: 'tw', glossary });
  const hk = createConverter({ region: 'hk', glossary });
  it('a Taiwan site gets Taiwan’s entries; a Hong Kong site does not', () => {
    expect(tw.convert('香港身份证和五年计划发布会', 'zh-Hans', 'zh-Hant')).toBe('香港身分證和五年計畫發布會');
    expect(hk.convert('香港身份证和五年计划发布会', 'zh-Hans', 'zh-Hant')).toBe('香港身份證和五年計劃發佈會');
  });
  it('entries for both regions apply to both', () => {
    expect(tw.convert('几斗粮食', 'zh-Hans', 'zh-Hant')).toBe('幾斗糧食');
    expect(hk.convert('几斗粮食', 'zh-Hans', 'zh-Hant')).toBe('幾斗糧食');
  });
});
