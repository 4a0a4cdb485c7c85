/**
 * Word boundaries of Simplified text from jieba (`@node-rs/jieba`, native, with its own 350,000-word
 * dictionary), for the conversion engine (engine.ts): the words OpenCC's phrase dictionary does not list
 * (统计, 核对, 布满) are what stop a phrase from matching across two of them.
 *
 * The dictionary loads once per process (about 0.2 s) on first use.
 */
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';

let jieba: Jieba | undefined;
const HAN = /[\u3400-\u9fff]/;

/**
 * The offsets where words start and end in `text` (0 and its length included), or `undefined` when the text
 * has no Chinese to segment.
 * @example wordBoundaries('统计划分') // Set { 0, 2, 4 }: 统计 | 划分
 */
export function wordBoundaries(text: string): Set<number> | undefined {
  if (!HAN.test(text)) return undefined;
  jieba ??= Jieba.withDict(dict);
  const bounds = new Set<number>([0]);
  let at = 0;
  for (const word of jieba.cut(text, false)) {
    at += word.length;
    bounds.add(at);
  }
  // jieba gives back every character; if it ever did not, the offsets would be wrong: do without them.
  return at === text.length ? bounds : undefined;
}
