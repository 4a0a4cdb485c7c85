/**
 * Phrase conversion as OpenCC does it (segment the text with the phrase dictionary, then convert each segment
 * through the conversion chain), with two changes that make it more precise:
 *
 * 1. The site glossary takes part in segmentation: its phrases join OpenCC's phrase dictionary, so a glossary
 *    entry competes with OpenCC's phrases exactly as they compete with each other (反复 wins over 复核 in
 *    反复核对), instead of being replaced everywhere beforehand.
 * 2. Word boundaries from a word segmenter (segment.ts) veto phrases that straddle two words. A glossary
 *    phrase must sit on word boundaries (or inside one word). An OpenCC phrase loses when it is the end of one
 *    word and the start of the next (源头|发力: 头发; 统计|划分: 计划), or when it starts on a boundary and cuts
 *    into a word that is a dictionary phrase itself; in 周线图 (周 | 线图) OpenCC's 周线 stands, as the
 *    segmenter's 线图 is no dictionary phrase. Phrases covering
 *    whole words or inside one are allowed, and left-to-right longest match still decides among the allowed
 *    phrases, as in OpenCC.
 *
 * The dictionaries are opencc-js's own (the pinned version), read from its presets.
 */
import * as OpenCCCore from 'opencc-js/core';
import * as OpenCCPreset from 'opencc-js/preset';

/** The conversions Gongkai runs, named as OpenCC names them. */
export type ConversionName = 's2tw' | 's2hk' | 'tw2s' | 'hk2s';

/** A trie node of opencc-js: children by code point, `trie_val` when a phrase ends here. */
interface TrieNode extends Map<number, TrieNode> {
  trie_val?: string;
}
interface Trie {
  map: TrieNode;
  loadDict(dict: unknown): void;
  loadDictGroup(group: unknown[]): void;
  addWord(from: string, to: string): void;
  convert(text: string): string;
}

interface Config {
  segmentation: unknown;
  conversionChain: unknown[][];
  normalizationChain?: unknown[][];
}

const TrieClass = (OpenCCCore as unknown as { Trie: new () => Trie }).Trie;
const CONFIGS = (OpenCCPreset as unknown as { configs: Record<string, Config> }).configs;

/** A trie of one dictionary group (earlier dictionaries win, as opencc-js loads them). */
function groupTrie(group: unknown[]): Trie {
  const trie = new TrieClass();
  trie.loadDictGroup(group);
  return trie;
}

/** The segmentation trie, read as opencc-js's ConverterFactoryWithSegmentation reads it. */
function segmentationTrie(dicts: unknown): Trie {
  const trie = new TrieClass();
  if (Array.isArray(dicts) && dicts.every((d) => typeof d === 'string')) trie.loadDictGroup(dicts);
  else trie.loadDict(dicts);
  return trie;
}

export interface Engine {
  /**
   * Converts plain text, calling `emit` for each segment with its offset and length in `text` and its
   * converted form, in order.
   */
  segments(text: string, emit: (start: number, length: number, out: string) => void): void;
  /** Converts plain text. */
  convert(text: string): string;
}

export interface EngineOptions {
  /** Phrase pairs that join the segmentation dictionary and are written as given (from → to). */
  glossary?: readonly { from: string; to: string }[];
  /**
   * Word boundaries of a text (UTF-16 offsets where a word starts or ends, 0 and the length included), or
   * `undefined` to use dictionary segmentation alone.
   */
  boundaries?: ((text: string) => Set<number> | undefined) | undefined;
}

/**
 * Builds a conversion. Expensive (builds tries of OpenCC's dictionaries): make one per build and reuse it.
 * @example createEngine('s2tw', { boundaries }).convert('反复核对统计划分') // '反覆核對統計劃分'
 */
export function createEngine(name: ConversionName, options: EngineOptions = {}): Engine {
  const config = CONFIGS[name];
  if (!config) throw new Error(`opencc-js has no conversion ${name}`);
  const segmentation = segmentationTrie(config.segmentation);
  const chain = config.conversionChain.map(groupTrie);
  const normalize = config.normalizationChain?.map(groupTrie);
  const glossary = new Map<string, string>();
  for (const entry of options.glossary ?? []) {
    glossary.set(entry.from, entry.to);
    segmentation.addWord(entry.from, entry.to);
  }

  const glossaryByFirst = new Map<string, { from: string; to: string }[]>();
  for (const [from, to] of glossary) glossaryByFirst.set(from[0] ?? '', [...(glossaryByFirst.get(from[0] ?? '') ?? []), { from, to }]);
  for (const list of glossaryByFirst.values()) list.sort((a, b) => b.from.length - a.from.length);

  // Segments repeat (dictionary phrases, single characters): each is converted once.
  const done = new Map<string, string>();
  function convertSegment(segment: string): string {
    let out = done.get(segment);
    if (out === undefined) {
      out = convertNew(segment);
      if (done.size >= 200_000) done.clear();
      if (segment.length <= 16) done.set(segment, out);
    }
    return out;
  }

  function convertNew(segment: string): string {
    const fixed = glossary.get(segment);
    if (fixed !== undefined) return fixed;
    let out = segment;
    for (const trie of chain) out = trie.convert(out);
    // A glossary phrase inside a longer dictionary phrase (发布 in 发布会, 计划 in 年计划) is the same word:
    // the reviewed form is written over OpenCC's, character for character.
    if (segment.length > 1 && glossaryByFirst.size > 0 && out.length === segment.length) {
      for (let k = 0; k < segment.length; k++) {
        const hit = glossaryByFirst.get(segment[k] ?? '')?.find((e) => segment.startsWith(e.from, k) && e.to.length === e.from.length);
        if (!hit) continue;
        out = out.slice(0, k) + hit.to + out.slice(k + hit.to.length);
        k += hit.from.length - 1;
      }
    }
    return out;
  }

  function segments(input: string, emit: (start: number, length: number, out: string) => void): void {
    let text = input;
    if (normalize) for (const trie of normalize) text = trie.convert(text);
    // Normalization (compatibility ideographs) keeps lengths; if it did not, convert without offsets.
    if (text.length !== input.length) {
      emit(0, input.length, convertWhole(text));
      return;
    }
    // Word boundaries are worked out only when two phrases overlap.
    let bounds: Set<number> | undefined | null = null;
    const wordBounds = () => (bounds === null ? (bounds = options.boundaries?.(text)) : bounds);
    const known: (number[] | undefined)[] = [];
    /** Ends of the dictionary phrases that start at `at`, remembered for this text. */
    const phraseEnds = (at: number): number[] => {
      const cached = known[at];
      if (cached) return cached;
      const ends: number[] = [];
      let node: TrieNode | undefined = segmentation.map;
      for (let j = at; j < text.length && node; ) {
        const cp = text.codePointAt(j) ?? 0;
        j += cp > 0xffff ? 2 : 1;
        node = node.get(cp);
        if (node?.trie_val !== undefined) ends.push(j);
      }
      known[at] = ends;
      return ends;
    };
    // A phrase that straddles a word boundary is vetoed only when the word it cuts into is a dictionary phrase
    // itself (统计|划分: 计划 loses to 划分); where the segmenter's word is unknown to the dictionary (周|线图),
    // OpenCC's phrase (週線) stands.
    const allowed = (start: number, end: number) => {
      if (!options.boundaries || end - start < 2) return true;
      // A glossary phrase is an editor's addition: it applies only on the segmenter's word boundaries (or inside
      // one word), never across them (对表格 in 对表|格外, 这出戏 in 这|出|戏院).
      if (glossary.has(text.slice(start, end))) {
        const words = wordBounds();
        if (!words || (words.has(start) && words.has(end))) return true;
        for (let b = start + 1; b < end; b++) if (words.has(b)) return false;
        return true;
      }
      // Only a phrase that overlaps another one (a phrase starting inside it runs past its end) can be vetoed;
      // most never do, and then the segmenter is not asked at all.
      let overlapped = false;
      for (let b = start + 1; b < end && !overlapped; b++) overlapped = phraseEnds(b).some((e) => e > end);
      if (!overlapped) return true;
      const words = wordBounds();
      if (!words || words.has(start) || words.has(end)) {
        if (!words || (words.has(start) && words.has(end))) return true;
        for (let b = start + 1; b < end; b++) {
          if (words.has(b) && phraseEnds(b).some((e) => e > end && words.has(e))) return false;
        }
        return true;
      }
      // Neither end on a word boundary: the phrase is made of the end of one word and the start of the next
      // (源头|发力 → 头发, 挥手|表示 → 手表), unless it lies inside one word.
      for (let b = start + 1; b < end; b++) if (words.has(b)) return false;
      return true;
    };
    let run = -1;
    const flush = (end: number) => {
      if (run >= 0 && end > run) emit(run, end - run, convertSegment(text.slice(run, end)));
      run = -1;
    };
    for (let i = 0; i < text.length; ) {
      // Every phrase of the segmentation dictionary that starts here; the longest allowed one is taken.
      const ends = phraseEnds(i);
      let end: number | undefined;
      for (let k = ends.length - 1; k >= 0; k--) {
        const candidate = ends[k] as number;
        if (allowed(i, candidate)) {
          end = candidate;
          break;
        }
      }
      if (end !== undefined) {
        flush(i);
        emit(i, end - i, convertSegment(text.slice(i, end)));
        i = end;
      } else {
        // No phrase here. A vetoed phrase must not match again inside a longer run: the character stands alone.
        const width = (text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
        if (ends.length > 0) {
          flush(i);
          emit(i, width, convertSegment(text.slice(i, i + width)));
        } else if (run < 0) {
          run = i;
        }
        i += width;
      }
    }
    flush(text.length);
  }

  function convertWhole(text: string): string {
    let out = '';
    segments(text, (_start, _length, piece) => {
      out += piece;
    });
    return out;
  }

  return { segments, convert: convertWhole };
}
