/**
 * Traces of a character-table converter in Traditional text.
 *
 * Legacy portals often made their Traditional pages character by character from the Simplified ones: 干部 stays
 * 干部 (or becomes 幹部 everywhere, 幹淨 included), 关于 becomes 關于, 范围 範圍 or 范圍, 奋斗 奮斗. Such text is
 * Traditional on the surface, and phrase-level conversion of its Simplified form writes some characters
 * differently: those positions are the traces. Text written in Traditional by people has almost none (see
 * `tests/unit/variant/legacy.test.ts` for the calibration); a character-table page has dozens per thousand.
 *
 * The same test reads a Simplified page with pasted Traditional in it: characters that exist only in
 * Traditional (關, 於, 會).
 */
import * as OpenCCPreset from 'opencc-js/preset';
import { tableForms } from './charTable.ts';
import type { TextConverter } from './converter.ts';

export interface Trace {
  /** Offset in the text (UTF-16) of the first character that differs. */
  index: number;
  /** The text around it as written, e.g. 關于做. */
  found: string;
  /** The same stretch as phrase-level conversion writes it, e.g. 關於做. */
  proper: string;
  /**
   * Whether it is what a character table writes and phrase conversion does not: its first form (發 in 頭發,
   * where 頭髮 is right) or the character left as it was (于 in 關于). The other way round (鍾 in a surname, 里 in 村里, where phrase conversion writes 鐘, 裡) is a
   * writer's deliberate choice that the phrase dictionary does not know, and does not count as a trace.
   */
  byTable: boolean;
  /** The first differing character and its proper form, e.g. 于於: the kind of substitution. */
  pair: string;
}

export interface TraditionalAnalysis {
  /** Han characters in the text. */
  han: number;
  /** Characters that exist only in Traditional (關, 於, 會). */
  traditional: number;
  /** Characters that exist only in Simplified (关; not 于, which Traditional writes too). */
  simplified: number;
  /** Where phrase-level conversion of the text's Simplified form writes something else, in text order. */
  traces: Trace[];
  /** Character-table traces (characters), per 1,000 Han characters. */
  per1000: number;
  /** Different substitutions among them (于→於 and 发→髮 are two, however often each occurs). */
  kinds: number;
  /** Whether the traces are frequent enough to call the text character-table conversion. */
  charTable: boolean;
}

/**
 * A Traditional text is called character-table conversion when its traces are of at least CHAR_TABLE_KINDS
 * different substitutions and at least CHAR_TABLE_PER_1000 per 1,000 Han characters. People's Traditional
 * text has a few traces too, where the phrase dictionary does not know their word (村里 in Taiwan's 村里幹事,
 * the surname 鍾, 宣布 for 宣佈), but they are one or two kinds repeated; a character table damages many
 * different words. Calibrated on tests/fixtures/lint (16 Taiwan and Hong Kong texts written in Traditional:
 * 0–5.6 per 1,000, at most 2 kinds; the same kind of Simplified text converted character by character: 3–36
 * per 1,000, 3–9 kinds). `npm run lint-calibration` prints the table.
 */
export const CHAR_TABLE_KINDS = 3;
export const CHAR_TABLE_PER_1000 = 2.5;

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;
/** Sentences are converted one at a time, so a phrase never straddles a line, and lengths stay comparable. */
const SEGMENT = /[^\n。！？；]+[。！？；]?/g;

let traditionalForms: Set<string> | undefined;

/**
 * Whether a character is written in Traditional text: it appears on the Traditional side of an OpenCC
 * dictionary entry (so 于, 干, 范, 里 are, as in 于姓, 干擾, 范仲淹, 村里; 关, 发, 复 are not).
 */
export function isTraditionalForm(ch: string): boolean {
  if (!traditionalForms) {
    const preset = OpenCCPreset as unknown as { from: Record<string, unknown[][]>; to: Record<string, unknown[][]> };
    const set = new Set<string>();
    const entries = (dict: unknown, take: (key: string, value: string) => string) => {
      const list: [string, string][] = typeof dict === 'string' ? dict.split('|').map((e) => [e.slice(0, e.indexOf(' ')), e.slice(e.indexOf(' ') + 1)]) : (dict as [string, string][]);
      for (const [key, value] of list) for (const c of take(key, value)) set.add(c);
    };
    for (const dict of preset.from['cn']?.[0] ?? []) entries(dict, (_, value) => value);
    for (const group of preset.to['cn'] ?? []) for (const dict of group) entries(dict, (key) => key);
    traditionalForms = set;
  }
  return traditionalForms.has(ch);
}

const kinds = new WeakMap<TextConverter, Map<string, 'simplified' | 'traditional' | 'both'>>();

/** Whether a character exists only in Simplified, only in Traditional, or in both (or is not Han). */
export function characterScript(ch: string, converter: TextConverter): 'simplified' | 'traditional' | 'both' {
  let cache = kinds.get(converter);
  if (!cache) kinds.set(converter, (cache = new Map()));
  let kind = cache.get(ch);
  if (kind === undefined) {
    const toHant = converter.convert(ch, 'zh-Hans', 'zh-Hant');
    const toHans = converter.convert(ch, 'zh-Hant', 'zh-Hans');
    kind = toHant !== ch && toHans === ch && !isTraditionalForm(ch) ? 'simplified' : toHans !== ch && toHant === ch ? 'traditional' : 'both';
    cache.set(ch, kind);
  }
  return kind;
}

/** The traces in one sentence by one converter. */
function segmentTraces(segment: string, offset: number, converter: TextConverter): { traces: Trace[]; differing: number } {
  const traces: Trace[] = [];
  let differing = 0;
  const back = converter.convert(converter.convert(segment, 'zh-Hant', 'zh-Hans'), 'zh-Hans', 'zh-Hant');
  if (back === segment || back.length !== segment.length) return { traces, differing };
  for (let i = 0; i < segment.length; i++) {
    if (segment[i] === back[i]) continue;
    let end = i + 1;
    while (end < segment.length && segment[end] !== back[end]) end++;
    let byTable = false;
    const pair = `${segment[i] ?? ''}${back[i] ?? ''}`;
    for (let k = i; k < end; k++) {
      const found = segment[k] ?? '';
      const proper = back[k] ?? '';
      const simplified = converter.convert(found, 'zh-Hant', 'zh-Hans');
      const forms = tableForms(simplified);
      // A table writes its first form (發 in 頭發), or leaves a character that is also Traditional as it is
      // (于 in 關于, 干 in 干部, 范 in 范圍).
      // Simplified-only characters (关, 发) are not a table's: they are untouched Simplified text.
      const leftAsIs = found === simplified && proper !== simplified && isTraditionalForm(found);
      if ((forms.has(found) && !forms.has(proper)) || leftAsIs) byTable = true;
    }
    if (byTable) differing += end - i;
    const from = Math.max(0, i - 1);
    const to = Math.min(segment.length, end + 1);
    traces.push({ index: offset + i, found: segment.slice(from, to), proper: back.slice(from, to), byTable, pair });
    i = end;
  }
  return { traces, differing };
}

/** The traces of a text, sentence by sentence, each sentence judged by the converter that finds the fewest. */
function tracesWith(text: string, converters: readonly TextConverter[]): { traces: Trace[]; differing: number } {
  const traces: Trace[] = [];
  let differing = 0;
  for (const m of text.matchAll(SEGMENT)) {
    if (!HAN.test(m[0])) continue;
    let best: { traces: Trace[]; differing: number } | undefined;
    for (const converter of converters) {
      const found = segmentTraces(m[0], m.index, converter);
      if (!best || found.differing < best.differing) best = found;
      if (best.differing === 0) break;
    }
    if (best) {
      traces.push(...best.traces);
      differing += best.differing;
    }
  }
  return { traces, differing };
}

/**
 * Reads a text for character-table conversion. Give the site's converter; give several (the `tw` and the `hk`
 * one) to accept the Traditional of either region: in each sentence, the converter that finds the fewest traces counts.
 * @example analyzeTraditional('關于加強干部隊伍建設', converter).traces // [{ found: '關于加', proper: '關於加' }, { found: '強干部', proper: '強幹部' }]
 */
export function analyzeTraditional(text: string, converters: TextConverter | readonly TextConverter[]): TraditionalAnalysis {
  const list = Array.isArray(converters) ? (converters as readonly TextConverter[]) : [converters as TextConverter];
  const first = list[0];
  if (!first) throw new Error('analyzeTraditional needs a converter');
  let han = 0;
  let traditional = 0;
  let simplified = 0;
  for (const ch of text) {
    if (!HAN.test(ch)) continue;
    han += 1;
    const kind = characterScript(ch, first);
    if (kind === 'traditional') traditional += 1;
    else if (kind === 'simplified') simplified += 1;
  }
  const { traces, differing } = tracesWith(text, list);
  const per1000 = han === 0 ? 0 : (differing * 1000) / han;
  const kinds = new Set(traces.filter((t) => t.byTable).map((t) => t.pair)).size;
  return { han, traditional, simplified, traces, per1000, kinds, charTable: isCharTable(kinds, per1000) };
}

/** Whether traces of this many kinds at this rate are a character table's (see CHAR_TABLE_KINDS). */
export function isCharTable(kinds: number, per1000: number): boolean {
  return kinds >= CHAR_TABLE_KINDS && per1000 >= CHAR_TABLE_PER_1000;
}

/**
 * The script a text is written in, by its characters that exist in one script only; `undefined` when it has
 * too few to tell (a short title, a text of shared characters).
 * @example detectScript('關於加強基層民政工作的通知', converter) // 'zh-Hant'
 */
export function detectScript(text: string, converter: TextConverter): 'zh-Hans' | 'zh-Hant' | undefined {
  let traditional = 0;
  let simplified = 0;
  for (const ch of text) {
    if (!HAN.test(ch)) continue;
    const kind = characterScript(ch, converter);
    if (kind === 'traditional') traditional += 1;
    else if (kind === 'simplified') simplified += 1;
  }
  if (traditional + simplified < 3) return undefined;
  if (traditional >= 3 * simplified) return 'zh-Hant';
  if (simplified >= 3 * traditional) return 'zh-Hans';
  return undefined;
}

/**
 * Runs of characters that exist only in Traditional inside Simplified text (a pasted Traditional sentence):
 * stretches of Han text with at least `min` of them and none that exist only in Simplified.
 * @example traditionalRuns('本市發佈了通知', converter) // [{ index: 2, text: '發佈' }]
 */
export function traditionalRuns(text: string, converter: TextConverter, min = 2): { index: number; text: string }[] {
  const runs: { index: number; text: string }[] = [];
  let start = -1;
  let count = 0;
  let last = -1;
  const close = () => {
    if (start >= 0 && count >= min) runs.push({ index: start, text: text.slice(start, last + 1) });
    start = -1;
    count = 0;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? '';
    if (!HAN.test(ch)) {
      if (/[\s，、。：；！？“”‘’（）《》]/.test(ch)) continue;
      close();
      continue;
    }
    const kind = characterScript(ch, converter);
    if (kind === 'simplified') close();
    else if (kind === 'traditional') {
      if (start < 0) start = i;
      count += 1;
      last = i;
    } else if (start >= 0 && i - last > 6) close();
  }
  close();
  return runs;
}
