/**
 * Random Chinese government prose for the property tests of the search modules: a seeded generator, so a
 * failing case can be replayed from the seed and case number its message prints.
 */
import OpenCC from 'opencc-js';
import { mulberry32 } from '../../../scripts/generate/corpus.ts';

const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });

/** A seeded PRNG (mulberry32, the generator's own): the same seed gives the same sequence on every machine. */
export function prng(seed: number): () => number {
  return mulberry32(seed);
}

/** A random integer in [min, max]. */
export function int(random: () => number, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

/** A random element of a non-empty list. */
export function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

/** Han runs from notices and news, in Simplified. */
export const SIMPLIFIED = [
  '关于进一步加强困难群众基本生活保障工作的通知',
  '各省自治区直辖市民政厅局',
  '新疆生产建设兵团民政局',
  '为贯彻落实党中央国务院决策部署',
  '现就做好今冬明春困难群众救助工作通知如下',
  '社会救助',
  '最低生活保障',
  '特困人员救助供养',
  '临时救助',
  '基层民政经办服务能力',
  '村居民委员会',
  '养老服务设施',
  '嵌入式养老服务',
  '留守儿童关爱保护',
  '婚姻登记跨省通办',
  '本通知自印发之日起施行',
  '请结合实际认真贯彻执行',
  '发布',
  '后',
  '干部',
  '面向',
  '里',
  '台风',
  '年度',
  '第',
  '号',
  '年',
  '二〇一八年',
  '附件',
  '联系人',
  '政府信息公开',
  '鳏寡孤独',
];

/** The same kind of prose in Traditional (the fold must make it one with the Simplified). */
export const TRADITIONAL = [
  '關於進一步加強困難群眾基本生活保障工作的通知',
  '社會救助',
  '民辦發',
  '為貫徹落實黨中央國務院決策部署',
  '臺灣社區照顧關懷據點',
  '兩岸社工交流',
  '發佈',
  '頭髮',
  '裡面',
  '後續',
  '幹部',
  '乾淨',
  '麵食',
  '範圍',
  '聯繫',
  '號',
];

/** Punctuation and space, half and full width. */
export const PUNCTUATION = [
  '，', '。', '、', '；', '：', '？', '！', '“', '”', '‘', '’', '《', '》', '（', '）', '〔', '〕', '【', '】',
  '——', '……', '·', ' ', '　', '\n', ', ', '. ', '(', ')', '-', '/', '%', '％',
];

/** Words and numbers in other scripts, as they appear in Chinese government text. */
export const WORDS = [
  'COVID-19', 'PM2.5', 'GB/T 9704-2012', 'app', 'WiFi', 'www.mca.gov.cn', '12345', '2018', '2024', '3.5', '15.6',
  '１２３', 'ＡＢＣ', 'ｗｅｂ', 'Zhōngguó', 'Beijing', 'No.7', 'iPhone', 'x', '0', 'v2',
  // Accents as combining marks (NFKC composes them with the letter before; the index drops them).
  'Zho\u0304ngguo\u0301', 'Cafe\u0301',
];

/** Numbers with their Han units, half and full width. */
export const NUMBERS = ['2024年', '第3条', '15.6亿元', '３０％', '第７号', '12月31日', '1-9月', '２０２５年度', '①', '⑵', '㈠'];

/** 发文字号 in the forms text cites them. */
export const DOCUMENT_NUMBERS = [
  '民办发〔2018〕7号',
  '国办发[2024]112号',
  '民發（2022）18號',
  '京民社发2019年第3号',
  '民函【2020】10号',
  '民办发［２０１８］７号',
  '民发(2023) 第 70 号',
];

/** Astral and compatibility Han characters, and characters that normalize away or into something else. */
export const ODD = ['𠮷', '𫔀', '𡒄', '\uf900', '⼀', '㍻', '\u200b', '\u00ad', '\ufeff', '\u2060', '\u202e', '\u200f'];

/** A random piece of prose: mostly Han runs, with punctuation, words, numbers, 发文字号 and odd characters. */
export function fragment(random: () => number): string {
  const r = random();
  if (r < 0.3) return pick(random, SIMPLIFIED);
  if (r < 0.42) return pick(random, TRADITIONAL);
  if (r < 0.62) return pick(random, PUNCTUATION);
  if (r < 0.74) return pick(random, WORDS);
  if (r < 0.84) return pick(random, NUMBERS);
  if (r < 0.92) return pick(random, DOCUMENT_NUMBERS);
  return pick(random, ODD);
}

/** A random text of `min` to `max` fragments, run together (so runs of the same kind merge, as in real text). */
export function prose(random: () => number, min = 3, max = 24): string {
  let text = '';
  for (let n = int(random, min, max); n > 0; n--) text += fragment(random);
  return text;
}

/** The code point boundaries of a string, as UTF-16 offsets (0 and its length included). */
export function boundaries(text: string): number[] {
  const out = [0];
  let i = 0;
  for (const ch of text) out.push((i += ch.length));
  return out;
}

/** Whether a string has an unpaired surrogate (half of an astral character). */
export function hasLoneSurrogate(text: string): boolean {
  return /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(text);
}

const WORD_CHAR = /^[\p{L}\p{N}\p{M}]$/u;
const HAN_CHAR = /\p{Script=Han}/u;

/** Whether a character belongs to a run of letters, digits and marks of any script but Han. */
function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && WORD_CHAR.test(ch) && !HAN_CHAR.test(ch);
}

/**
 * The places a phrase may start or end in `text`: every code point boundary. A run of letters or digits is
 * tokenized like a Han run, one position per character (tokens.ts), so a phrase may start or end inside a
 * word or a number (5年底 in 2025年底, cov in COVID-19).
 */
export function phraseBoundaries(text: string): number[] {
  return boundaries(text);
}

/**
 * The boundaries of `text` inside a word of letters or digits, as the normalized text sees it (so
 * `ab\u200bcd` is one word and ①2018 is 12018): where a phrase cut inside a word starts or ends. The
 * property tests count them, to be sure they do cut inside words. Characters are normalized one at a time,
 * which tokens.test.ts checks is the same as the whole text.
 */
export function insideWords(text: string, normalize: (text: string) => string): Set<number> {
  const chars = [...text].map((ch) => [...normalize(ch)]);
  // For each boundary, the last normalized character before it and the first after it.
  const before: (string | undefined)[] = [undefined];
  for (const ch of chars) before.push(ch.at(-1) ?? before.at(-1));
  const after: (string | undefined)[] = [undefined];
  for (const ch of [...chars].reverse()) after.unshift(ch[0] ?? after[0]);
  const offsets = boundaries(text);
  return new Set(offsets.filter((_, k) => isWordChar(before[k]) && isWordChar(after[k])));
}

/** A random piece of `text` between two of `cuts` (possibly empty). */
export function randomSlice(random: () => number, text: string, cuts: readonly number[]): { start: number; end: number; slice: string } {
  let start = pick(random, cuts);
  let end = pick(random, cuts);
  if (start > end) [start, end] = [end, start];
  return { start, end, slice: text.slice(start, end) };
}

/**
 * Where a query phrase matches a page's phrase tokens: the first position where its tokens stand one after
 * the other and, when it has a trailing character, the next token starts with that character; -1 if nowhere.
 */
export function phraseMatch(query: { tokens: readonly string[]; trailingChar?: string }, tokens: readonly string[]): number {
  const n = query.tokens.length;
  for (let i = 0; i + n <= tokens.length; i++) {
    if (!query.tokens.every((t, k) => tokens[i + k] === t)) continue;
    if (query.trailingChar !== undefined && !(tokens[i + n] ?? '').startsWith(query.trailingChar)) continue;
    return i;
  }
  return -1;
}

/** Agencies (机关代字) the number properties write. */
export const AGENCIES = ['民办发', '国办发', '民发', '民函', '京民社发', '国发', '粤府办', '沪民规', '财社', '民政部令'];
/** The brackets a year is written in; NFKC makes the full-width and small forms ASCII or 〔〕. */
export const BRACKETS: [string, string][] = [
  ['〔', '〕'],
  ['[', ']'],
  ['(', ')'],
  ['（', '）'],
  ['【', '】'],
  ['［', '］'],
  ['﹝', '﹞'],
  ['〘', '〙'],
];

/** ASCII digits as full-width digits (２０１８). */
export function fullWidth(digits: string): string {
  return digits.replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
}

/** One random written form of a 发文字号 that a page may cite it in. */
export function writtenForm(random: () => number, agency: string, year: number, serial: number): string {
  const space = () => (random() < 0.2 ? ' ' : '');
  const digits = (n: number) => (random() < 0.2 ? fullWidth(String(n)) : String(n));
  const code = random() < 0.3 ? toTraditional(agency) : agency;
  const [open, close] = pick(random, BRACKETS);
  const yearPart = random() < 0.25 ? `${digits(year)}${space()}年` : `${open}${space()}${digits(year)}${space()}${close}`;
  const di = random() < 0.3 ? `第${space()}` : '';
  const zeros = random() < 0.1 ? '0' : '';
  const hao = random() < 0.3 ? '號' : '号';
  return `${code}${space()}${yearPart}${space()}${di}${zeros}${digits(serial)}${space()}${hao}`;
}
