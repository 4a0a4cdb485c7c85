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
