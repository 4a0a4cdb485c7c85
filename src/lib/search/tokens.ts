/**
 * How text becomes search tokens, the same way for the index (at build time) and for a query (in the browser),
 * so that an exact phrase in a page is always a run of consecutive tokens in the index.
 *
 * - Text is normalized first: NFKC (full-width letters, digits and brackets become ASCII), invisible and
 *   bidi control characters removed, lower case, and Traditional folded onto Simplified (`fold.ts`), so one
 *   index serves both scripts and 民辦發 finds 民办发.
 * - A run of Han characters gives one token per character: the pair it starts (社会救助 → 社会 会救 救助) and,
 *   for the run's last character, the character alone (助). Every character has a position, and a phrase of
 *   two or more characters is matched by its pairs at consecutive positions wherever it starts or ends.
 * - A run of other letters and digits is cut the same way (2018 → 20 01 18 8), so a phrase may start or end
 *   inside a number or a word.
 * - Everything else (punctuation, spaces) separates runs and gives no token.
 * - A 发文字号 (民办发〔2018〕7号, in any of its written forms) also gives one *number token* per reading,
 *   kept apart from the phrase tokens (see `numberTokens`), so 民办发[2018]7号, 民办发2018年第7号 and
 *   民辦發〔2018〕7號 all find the same notice.
 */
import { normalizeText } from '../text.ts';
import { foldText } from './fold.ts';

/**
 * Tokens Gongkai adds to records start with ⅹ (U+2179): normalized text never has it (NFKC makes it x), so no
 * query asks for one or matches one as a prefix.
 */
export const MARK = 'ⅹ';
/** The token between fields of a record (record.ts), so a phrase never runs from one field into the next. */
export const FIELD_BREAK = `${MARK}${MARK}`;
const HAN = /\p{Script=Han}/u;
/** A Han run, or a run of other letters and digits. */
const RUN = /(\p{Script=Han}+)|((?:(?!\p{Script=Han})[\p{L}\p{N}\p{M}])+)/gu;

/**
 * Text as the index and the query see it.
 * @example normalizeSearchText('民辦發［２０１８］７號') // '民办发[2018]7号'
 */
export function normalizeSearchText(text: string): string {
  return foldText(normalizeText(text));
}

/** The characters of a run as tokens: the pair each one starts, the last one alone. */
function runTokens(chars: string[], out: string[]): void {
  for (let i = 0; i < chars.length; i++) out.push(i + 1 < chars.length ? `${chars[i]}${chars[i + 1]}` : (chars[i] as string));
}

/** The characters of a run of letters and digits, accents removed (the index matches café and cafe alike). */
function plainChars(run: string): string[] {
  return Array.from(run.normalize('NFD').replace(/\p{M}/gu, ''));
}

/**
 * The phrase tokens of normalized text, in order: one position per character of a Han run, and likewise per
 * character of a run of other letters and digits (2025 → 20 02 25 5), so a phrase cut anywhere, even inside a
 * number or a word (5年底 in 2025年底), is still a run of consecutive tokens.
 * @example phraseTokens('加强社会救助，2024年') // ['加强', '强社', '社会', '会救', '救助', '助', '20', '02', '24', '4', '年']
 */
export function phraseTokens(normalized: string): string[] {
  const out: string[] = [];
  for (const m of normalized.matchAll(RUN)) {
    const [, han, word] = m;
    if (han) runTokens(Array.from(han), out);
    else if (word) runTokens(plainChars(word), out);
  }
  return out;
}

/** A phrase as the query side needs it: the tokens that must stand at consecutive positions. */
export interface PhraseQuery {
  /** Tokens that must appear at consecutive positions. */
  tokens: string[];
  /**
   * A last Han character standing alone at the end of the phrase (2018年): in the page it may begin a longer
   * run (2018年度), so it cannot be an exact token; the page must have a token that starts with it.
   */
  trailingChar?: string;
}

/**
 * The tokens of a query phrase. The page's text may go on after the phrase, so the phrase's last Han run
 * does not end with the single-character token the index has at the end of a run (社会救 → 社会 会救:
 * the pair 会救 already holds 救). Runs that something follows in the phrase end where the page's run ends too.
 * A last run of one character (2018年, 第5) is kept as `trailingChar`.
 * @example phraseQuery('社会救助') // { tokens: ['社会', '会救', '救助'] }
 * @example phraseQuery('2018年') // { tokens: ['20', '01', '18', '8'], trailingChar: '年' }
 */
export function phraseQuery(normalized: string): PhraseQuery {
  const tokens = phraseTokens(normalized);
  // The last run that gives tokens (a run of accents alone gives none).
  const runs = [...normalized.matchAll(RUN)].map((m) => (m[1] ? Array.from(m[1]) : plainChars(m[2] ?? ''))).filter((c) => c.length > 0);
  const last = runs[runs.length - 1];
  if (last) {
    tokens.pop();
    if (last.length === 1) return { tokens, trailingChar: last[0] as string };
  }
  return { tokens };
}

/** Whether a string has a Han character. */
export function hasHan(text: string): boolean {
  return HAN.test(text);
}

/** A 发文字号 read from text: the Han characters before the year, the year, the serial number. */
export interface NumberReading {
  /** The Han characters just before the year; the 机关代字 is a tail of them (印发民办发 → 民办发). */
  before: string;
  year: number;
  serial: number;
}

const OPEN = '〔\\[(【﹝〘（［';
const CLOSE = '〕\\])】﹞〙）］';
/** 机关代字 + year in any bracket (or followed by 年) + optional 第 + serial + 号, in normalized text. */
const NUMBER_RE = new RegExp(
  `(\\p{Script=Han}{1,12})?\\s*(?:[${OPEN}]\\s*((?:19|20)\\d{2})\\s*[${CLOSE}]|((?:19|20)\\d{2})\\s*年)\\s*第?\\s*(\\d{1,6})\\s*号`,
  'gu',
);

/**
 * Every 发文字号 in normalized text, in any common written form.
 * @example numbersIn('根据民办发〔2018〕7号和民办发[2019]第3号') // [{ before: '根据民办发', year: 2018, serial: 7 }, { before: '和民办发', year: 2019, serial: 3 }]
 */
export function numbersIn(normalized: string): NumberReading[] {
  const out: NumberReading[] = [];
  for (const m of normalized.matchAll(NUMBER_RE)) {
    const serial = Number(m[4]);
    if (serial === 0) continue;
    out.push({ before: m[1] ?? '', year: Number(m[2] ?? m[3]), serial });
  }
  return out;
}

/** Longest 机关代字 we read from text; longer runs are cut to their last characters. */
export const MAX_AGENCY = 8;

/**
 * The number token for one reading of a 发文字号: with the 机关代字 (folded), or without it when only the year
 * and serial are known (a query such as `2018 7号`). Tokens start with MARK so no typed query matches them,
 * and end with `h` so 7号 is not a prefix of 70号.
 * @example numberToken('民办发', 2018, 7) // 'ⅹh民办发2018x7h'
 * @example numberToken('', 2018, 7) // 'ⅹn2018x7h'
 */
export function numberToken(agency: string, year: number, serial: number): string {
  return agency ? `${MARK}h${agency}${year}x${serial}h` : `${MARK}n${year}x${serial}h`;
}

/**
 * The number tokens a text gives the index: for each 发文字号 cited in it, one per possible 机关代字 (each tail
 * of two or more of the Han characters before the year, since running text does not say where the code starts:
 * 印发民办发〔2018〕7号 gives 办发, 民办发, 发民办发 and 印发民办发), plus the year-and-serial token.
 * @example numberTokens('民办发〔2018〕7号') // ['ⅹh办发2018x7h', 'ⅹh民办发2018x7h', 'ⅹn2018x7h']
 */
export function numberTokens(normalized: string): string[] {
  const out = new Set<string>();
  for (const { before, year, serial } of numbersIn(normalized)) {
    const chars = Array.from(before).slice(-MAX_AGENCY);
    for (let n = 2; n <= chars.length; n++) out.add(numberToken(chars.slice(-n).join(''), year, serial));
    out.add(numberToken('', year, serial));
  }
  return [...out];
}
