/**
 * Measures conversion accuracy against hand-checked reference texts: the number of characters that differ.
 */
import type { TextConverter } from './converter.ts';
import type { Script } from './scripts.ts';

/** A reference pair: the same passage written correctly in both scripts. */
export interface CorpusItem {
  id: string;
  hans: string;
  hant: string;
  note?: string | undefined;
}

/**
 * Counts positions where `actual` differs from `expected`, code point by code point; a length difference
 * counts every missing or extra character.
 * @example wrongCharacters('干部', '幹部') // 1
 */
export function wrongCharacters(actual: string, expected: string): number {
  const a = [...actual];
  const e = [...expected];
  let wrong = Math.abs(a.length - e.length);
  for (let i = 0; i < Math.min(a.length, e.length); i++) if (a[i] !== e[i]) wrong += 1;
  return wrong;
}

export interface AccuracyReport {
  items: number;
  characters: number;
  wrong: number;
  /** Items with at least one wrong character: id, what came out, what was expected. */
  misses: { id: string; actual: string; expected: string }[];
}

/** Converts every item in one direction and compares with the reference. */
export function measure(converter: TextConverter, corpus: readonly CorpusItem[], to: Script): AccuracyReport {
  const from: Script = to === 'zh-Hant' ? 'zh-Hans' : 'zh-Hant';
  const key = to === 'zh-Hant' ? 'hant' : 'hans';
  const source = to === 'zh-Hant' ? 'hans' : 'hant';
  const report: AccuracyReport = { items: corpus.length, characters: 0, wrong: 0, misses: [] };
  for (const item of corpus) {
    const actual = converter.convert(item[source], from, to);
    const wrong = wrongCharacters(actual, item[key]);
    report.characters += [...item[key]].length;
    report.wrong += wrong;
    if (wrong > 0) report.misses.push({ id: item.id, actual, expected: item[key] });
  }
  return report;
}

/** One accuracy set: a file of reference pairs and the Traditional standard it is written in. */
export interface AccuracySet {
  name: string;
  /** Path of the YAML file, relative to the repository. */
  file: string;
  region: 'tw' | 'hk';
  /** What it tests, one line. */
  about: string;
}

/** The accuracy suite, set by set (tests/fixtures/conversion/README.md says how each was written). */
export const ACCURACY_SETS: readonly AccuracySet[] = [
  { name: 'corpus', file: 'tests/fixtures/conversion/corpus.yaml', region: 'tw', about: 'government passages and tricky phrases' },
  { name: 'boundary', file: 'tests/fixtures/conversion/boundary.yaml', region: 'tw', about: 'each glossary entry across a word boundary (must not apply), and once where it applies' },
  { name: 'segmentation', file: 'tests/fixtures/conversion/segmentation.yaml', region: 'tw', about: 'phrases straddling two words (系/係/繫, 注/註, 征/徵, 借/藉, 表/錶, 发/髮…)' },
  { name: 'hk', file: 'tests/fixtures/conversion/hk.yaml', region: 'hk', about: 'Hong Kong government usage on an hk site' },
];

export interface SetComparison {
  items: number;
  characters: number;
  /** Wrong characters, stock opencc-js and Gongkai. */
  stock: number;
  gongkai: number;
  /** Items Gongkai gets more characters wrong in than stock: must be none. */
  worse: { id: string; stock: string; gongkai: string; expected: string }[];
  /** Items Gongkai gets wrong at all. */
  misses: { id: string; actual: string; expected: string }[];
}

/** Compares stock and Gongkai on one set, item by item, in one direction. */
export function compareOnSet(stock: TextConverter, gongkai: TextConverter, corpus: readonly CorpusItem[], to: Script): SetComparison {
  const from: Script = to === 'zh-Hant' ? 'zh-Hans' : 'zh-Hant';
  const key = to === 'zh-Hant' ? 'hant' : 'hans';
  const source = to === 'zh-Hant' ? 'hans' : 'hant';
  const result: SetComparison = { items: corpus.length, characters: 0, stock: 0, gongkai: 0, worse: [], misses: [] };
  for (const item of corpus) {
    const expected = item[key];
    const byStock = stock.convert(item[source], from, to);
    const byGongkai = gongkai.convert(item[source], from, to);
    const a = wrongCharacters(byStock, expected);
    const b = wrongCharacters(byGongkai, expected);
    result.characters += [...expected].length;
    result.stock += a;
    result.gongkai += b;
    if (b > a) result.worse.push({ id: item.id, stock: byStock, gongkai: byGongkai, expected });
    if (b > 0) result.misses.push({ id: item.id, actual: byGongkai, expected });
  }
  return result;
}
