/**
 * Phrase-level conversion between Simplified and Traditional, with the editors' glossary and inline markup.
 *
 * Order of precedence, strongest first:
 * 1. inline markup in the text: `-{…}-` keeps text as written, `-{zh-hans:…;zh-hant:…}-` gives each script its text;
 * 2. OpenCC's conversion (`s2tw` by default, `s2hk` when configured; `tw2s`/`hk2s` back) run by engine.ts, with
 *    the site glossary's phrases (for the site's region) in its phrase dictionary, and Simplified text's word
 *    boundaries (jieba, segment.ts) vetoing phrases that straddle two words.
 *
 * Text is converted in whole runs (a paragraph, a title), never character by character, so phrases such as
 * 干部 → 幹部 and 范围 → 範圍 keep their context. Build one converter per build process: the dictionaries
 * are large and loading them per page would dominate build time.
 */
import { createEngine, type Engine } from './engine.ts';
import { type Script, scriptOfLang } from './scripts.ts';
import { wordBoundaries } from './segment.ts';

/** Which Traditional standard the site follows. `twp`/`t` are deliberately not offered: see README. */
export type TraditionalRegion = 'tw' | 'hk';

/** One reviewed phrase pair. Both sides have the same meaning; each is the correct form in its script. */
export interface GlossaryEntry {
  /** The phrase in Simplified, e.g. 对表. */
  hans: string;
  /** The phrase in Traditional, e.g. 對錶. */
  hant: string;
  /** Why the stock dictionary is wrong here, for the next editor. */
  note?: string | undefined;
  /** The Traditional standard the entry belongs to; both when absent. */
  region?: TraditionalRegion | undefined;
}

export interface ConverterOptions {
  region?: TraditionalRegion;
  /** Reviewed phrase pairs that join the phrase dictionary; empty for stock opencc-js. */
  glossary?: readonly GlossaryEntry[];
  /**
   * Whether word boundaries (jieba) veto phrases that straddle two words (Simplified → Traditional). On by
   * default when there is a glossary; stock opencc-js has none.
   */
  segmenter?: boolean;
}

export interface TextConverter {
  /**
   * Converts one piece of text written in `from` to `to`, resolving inline markup.
   * @example convert('关于干部队伍建设', 'zh-Hans', 'zh-Hant') // '關於幹部隊伍建設'
   */
  convert(text: string, from: Script, to: Script): string;
  /**
   * Converts consecutive runs of one block (text split by inline tags) as one text, then splits the
   * result back at the same places, so a phrase split by markup (干<b>净</b>) still converts as a phrase.
   */
  convertRuns(runs: readonly string[], from: Script, to: Script): string[];
}

const HAN_RE = /[\u3400-\u9fff\uf900-\ufaff]|[\ud840-\ud87f][\udc00-\udfff]/;
const MARKUP_RE = /-\{([\s\S]*?)\}-/g;
const PER_SCRIPT_RE = /^\s*zh(?:-[a-z]+)+\s*:/i;
const CACHE_LIMIT = 50_000;
const CACHE_MAX_LENGTH = 200;

/** Whether text has inline conversion markup. */
export function hasMarkup(text: string): boolean {
  return text.includes('-{');
}

/**
 * Reads the per-script form `zh-hans:网络;zh-hant:網路` into a map, or `undefined` when the markup is the
 * keep-as-written form.
 */
export function parsePerScript(inner: string): Map<Script, string> | undefined {
  if (!PER_SCRIPT_RE.test(inner)) return undefined;
  const forms = new Map<Script, string>();
  for (const part of inner.split(';')) {
    const colon = part.indexOf(':');
    if (colon < 0) continue;
    const script = scriptOfLang(part.slice(0, colon));
    if (script && !forms.has(script)) forms.set(script, part.slice(colon + 1).trim());
  }
  return forms.size > 0 ? forms : undefined;
}

/** Creates the converter. Expensive (builds the dictionaries' tries on first use); make one per build. */
export function createConverter(options: ConverterOptions = {}): TextConverter {
  const region = options.region ?? 'tw';
  // Entries for this region and for both; an hk site does not get Taiwan's 計畫 or 身分證.
  const glossary = (options.glossary ?? []).filter((e) => e.region === undefined || e.region === region);
  const segmenter = options.segmenter ?? glossary.length > 0;
  let toHant: Engine | undefined;
  let toHans: Engine | undefined;
  const cache = new Map<string, string>();

  function engine(to: Script): Engine {
    if (to === 'zh-Hant') {
      return (toHant ??= createEngine(region === 'hk' ? 's2hk' : 's2tw', {
        glossary: glossary.map((e) => ({ from: e.hans, to: e.hant })),
        boundaries: segmenter ? wordBoundaries : undefined,
      }));
    }
    return (toHans ??= createEngine(region === 'hk' ? 'hk2s' : 'tw2s', { glossary: glossary.map((e) => ({ from: e.hant, to: e.hans })) }));
  }

  /** Converts plain text (no markup), segment by segment. */
  function convertPlain(text: string, to: Script, emit: (srcStart: number, srcLength: number, out: string) => void, offset: number) {
    if (!HAN_RE.test(text)) {
      emit(offset, text.length, text);
      return;
    }
    engine(to).segments(text, (start, length, out) => emit(offset + start, length, out));
  }

  function convertRuns(runs: readonly string[], from: Script, to: Script): string[] {
    const joined = runs.join('');
    const markup = hasMarkup(joined);
    if (!markup && (from === to || !HAN_RE.test(joined))) return [...runs];
    // One run without markup (a title, most paragraphs): no need to map characters back to runs.
    if (!markup && runs.length === 1) return [engine(to).convert(joined)];

    // out[i] holds what source character i becomes ('' when it disappears, several characters when a
    // replacement of different length starts there), so the result can be cut back at the run boundaries.
    const out: string[] = new Array<string>(joined.length).fill('');
    const emit = (start: number, length: number, result: string) => {
      if (result.length === length) {
        for (let k = 0; k < length; k++) out[start + k] = result[k] ?? '';
      } else {
        out[start] = result;
      }
    };
    const plain = (start: number, end: number) => {
      if (end <= start) return;
      const text = joined.slice(start, end);
      if (from === to) emit(start, end - start, text);
      else convertPlain(text, to, emit, start);
    };

    let cursor = 0;
    if (markup) {
      for (const m of joined.matchAll(MARKUP_RE)) {
        const start = m.index;
        const inner = m[1] ?? '';
        plain(cursor, start);
        const forms = parsePerScript(inner);
        if (forms) {
          const own = forms.get(to);
          const fallback = [...forms.entries()][0];
          out[start] = own ?? (fallback ? (fallback[0] === to ? fallback[1] : convert(fallback[1], fallback[0], to)) : '');
        } else {
          // Keep as written: drop the delimiters, leave each character in its run.
          for (let k = 0; k < inner.length; k++) out[start + 2 + k] = inner[k] ?? '';
        }
        cursor = start + m[0].length;
      }
    }
    plain(cursor, joined.length);

    const result: string[] = [];
    let pos = 0;
    for (const run of runs) {
      result.push(out.slice(pos, pos + run.length).join(''));
      pos += run.length;
    }
    return result;
  }

  function convert(text: string, from: Script, to: Script): string {
    if (text.length > CACHE_MAX_LENGTH) return convertRuns([text], from, to)[0] ?? '';
    const key = `${from}>${to}:${text}`;
    let hit = cache.get(key);
    if (hit === undefined) {
      hit = convertRuns([text], from, to)[0] ?? '';
      if (cache.size >= CACHE_LIMIT) cache.clear();
      cache.set(key, hit);
    }
    return hit;
  }

  return { convert, convertRuns };
}

/**
 * Stock opencc-js alone, for the accuracy report: what the site would print without the glossary.
 */
export function createStockConverter(region: TraditionalRegion = 'tw'): TextConverter {
  return createConverter({ region, glossary: [], segmenter: false });
}
