/**
 * What a reader's query asks of the index, decided before Pagefind sees it (Pagefind would cut a Chinese query
 * its own way and silently drop any part that matches nothing).
 *
 * A query is split into *parts* at white space (a quoted part may contain spaces). Each part is either
 * - a 发文字号 (民办发〔2018〕7号, 民办发[2018]第7号, 民辦發2018年7號, or just `2018 7号`): one number token;
 * - a phrase: its tokens must stand at consecutive positions (`tokens.ts`);
 * - a single Han character: any token that starts with it.
 *
 * Results come in two groups. *Exact*: pages with every part (each phrase as written). *Partial*: pages with
 * every word of every part but not the phrase itself; words are cut with `Intl.Segmenter` where it is
 * available, and the page says which words it looked for. If any word is found nowhere, there are no results,
 * and the page says which word: nothing is dropped without telling the reader.
 */
import { hasHan, MAX_AGENCY, normalizeSearchText, numberToken, phraseQuery, type PhraseQuery } from './tokens.ts';
import { stripInvisible } from '../text.ts';

export type QueryPart =
  | {
      kind: 'number';
      /** As the reader typed it. */
      text: string;
      /** Number tokens to try, most specific first (the whole 机关代字, then shorter tails of it). */
      tokens: string[];
      /** The text as a phrase, when no number token finds anything (京0105民初20187号 is not a 发文字号). */
      phrase: PhraseQuery;
      /**
       * What else the query may mean when the characters before the year were typed apart from it
       * (`社会救助 2018 7号`): a phrase and a year-and-serial number, tried when no 机关代字 reading finds anything,
       * before the year-and-serial token alone.
       */
      fallback?: QueryPart[];
    }
  | {
      kind: 'phrase';
      text: string;
      phrase: PhraseQuery;
      /** The words of the phrase, each a phrase of its own, for the partial group. */
      words: Word[];
    };

export interface Word {
  /** As shown to the reader (normalized form of the query's text). */
  text: string;
  phrase: PhraseQuery;
}

export interface QueryPlan {
  parts: QueryPart[];
  /** See `hasPartialGroup`. */
  hasPartial: boolean;
}

/**
 * Whether the results come from one search over every word of every part, with the pages that are not exact
 * in a partial group: when there is more than one part, a part of more than one word, or a part ending in a
 * lone character (2018年: the 年 is only known to be somewhere). Otherwise the one part's exact search is the
 * whole answer.
 */
export function hasPartialGroup(parts: readonly QueryPart[]): boolean {
  return parts.length > 1 || parts.some((p) => p.kind === 'phrase' && (p.words.length > 1 || p.phrase.trailingChar !== undefined));
}

/** `2018 7号`: a year and a serial only, typed with a space (otherwise a space separates parts). */
const YEAR_SERIAL_QUERY = /^(?:19|20)\d{2}\s*年?\s*第?\s*\d{1,6}\s*号$/u;
/** A 发文字号 typed as the whole part, with or without 机关代字, in any bracket, 年, 第. */
const NUMBER_QUERY = /^(\p{Script=Han}*?)\s*(?:[〔[(【﹝〘]\s*((?:19|20)\d{2})\s*[〕\])】﹞〙]|((?:19|20)\d{2})\s*年?)\s*第?\s*(\d{1,6})\s*号$/u;

/** Splits a query at white space, keeping "quoted text" together. */
export function splitQuery(query: string): string[] {
  const parts: string[] = [];
  for (const m of query.matchAll(/"([^"]*)"|“([^”]*)”|(\S+)/gu)) {
    const part = (m[1] ?? m[2] ?? m[3] ?? '').trim();
    if (part) parts.push(part);
  }
  return parts;
}

function numberPart(text: string): QueryPart | undefined {
  const m = NUMBER_QUERY.exec(normalizeSearchText(text));
  if (!m) return undefined;
  const year = Number(m[2] ?? m[3]);
  const serial = Number(m[4]);
  if (serial === 0) return undefined;
  const agency = Array.from(m[1] ?? '').slice(-MAX_AGENCY);
  const tokens: string[] = [];
  for (let n = agency.length; n >= 2; n--) tokens.push(numberToken(agency.slice(-n).join(''), year, serial));
  tokens.push(numberToken('', year, serial));
  return { kind: 'number', text, tokens, phrase: phraseQuery(normalizeSearchText(text)) };
}

type Segment = (text: string) => string[];

/**
 * A whole query that reads as one 发文字号 though it has spaces. When the characters before the year stand
 * apart from it, they may be a 机关代字 or a phrase of their own; the number part carries the second reading.
 */
function wholeNumber(raw: string, segment: Segment): QueryPart | undefined {
  const part = numberPart(raw);
  if (!part || part.kind !== 'number' || !/\s/.test(raw)) return part;
  if (YEAR_SERIAL_QUERY.test(normalizeSearchText(raw))) return part;
  const m = /^(\p{Script=Han}+)\s+(.+)$/u.exec(raw);
  const rest = m?.[2] ? numberPart(m[2]) : undefined;
  if (!m?.[1] || !rest) return part;
  const normalized = normalizeSearchText(m[1]);
  const phrase: QueryPart = { kind: 'phrase', text: m[1], phrase: phraseQuery(normalized), words: wordsOf(normalized, segment) };
  return { ...part, fallback: [phrase, rest] };
}

/** Words by the browser's (or Node's) dictionary segmenter; the whole text when there is none. */
export function defaultSegmenter(): Segment {
  if (typeof Intl === 'undefined' || typeof Intl.Segmenter !== 'function') return (text) => [text];
  const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
  return (text) => [...segmenter.segment(text)].filter((s) => s.isWordLike).map((s) => s.segment);
}

/**
 * The words of a phrase for the partial group: Han words of two or more characters and other words; a
 * phrase that is one word (or only single characters, such as 老工) is its own only word.
 */
function wordsOf(normalized: string, segment: Segment): Word[] {
  const words = segment(normalized)
    .filter((w) => !hasHan(w) || Array.from(w).length >= 2)
    .map((text) => ({ text, phrase: phraseQuery(text) }))
    .filter((w) => w.phrase.tokens.length > 0 || w.phrase.trailingChar);
  return words.length >= 2 ? words : [{ text: normalized, phrase: phraseQuery(normalized) }];
}

/**
 * Plans a query.
 * @example planQuery('民辦發〔2018〕7號').parts[0] // { kind: 'number', tokens: ['ⅹh民办发2018x7h', 'ⅹh办发2018x7h', 'ⅹn2018x7h'], … }
 * @example planQuery('社会救助').parts[0] // { kind: 'phrase', phrase: { tokens: ['社会', '会救', '救助'] }, words: [社会, 救助] }
 */
export function planQuery(query: string, segment: Segment = defaultSegmenter()): QueryPlan {
  const raw = stripInvisible(query).normalize('NFKC').trim();
  // `民办发 2018 7号` and `2018 7号` are one number, not parts.
  const whole = raw.includes('"') ? undefined : wholeNumber(raw, segment);
  const texts = whole ? [] : splitQuery(raw);
  const parts: QueryPart[] = whole ? [whole] : [];
  for (const text of texts) {
    const number = numberPart(text);
    if (number) {
      parts.push(number);
      continue;
    }
    const normalized = normalizeSearchText(text);
    const phrase = phraseQuery(normalized);
    if (phrase.tokens.length === 0 && !phrase.trailingChar) continue;
    parts.push({ kind: 'phrase', text, phrase, words: wordsOf(normalized, segment) });
  }
  return { parts, hasPartial: hasPartialGroup(parts) };
}

/**
 * Pagefind's query string for an exact phrase (quoted: Pagefind then wants the tokens at consecutive
 * positions and looks each up whole), or for a prefix match when there is no whole token.
 */
export function exactQuery(phrase: PhraseQuery): { exact?: string; prefix?: string } {
  return {
    ...(phrase.tokens.length > 0 ? { exact: `"${phrase.tokens.join(' ')}"` } : {}),
    ...(phrase.trailingChar ? { prefix: phrase.trailingChar } : {}),
  };
}

/** Pagefind's (non-exact) query string that asks for every word of every part anywhere in the page. */
export function looseQuery(plan: QueryPlan): string {
  const terms = new Set<string>();
  for (const part of plan.parts) {
    if (part.kind === 'number') terms.add(part.tokens[0] as string);
    else
      for (const w of part.words) {
        w.phrase.tokens.forEach((t) => terms.add(t));
        if (w.phrase.trailingChar) terms.add(w.phrase.trailingChar);
      }
  }
  return [...terms].join(' ');
}
