/**
 * The excerpt a search result shows: the page's own text (in the page's script) around the first place a
 * query term occurs, with every occurrence of a term in that window marked. Terms are matched the way the
 * index matches them: on normalized, folded text with punctuation and spaces ignored.
 */
import { normalizeSearchText } from './tokens.ts';

/** A piece of an excerpt; `mark` pieces are where a term matched. */
export interface ExcerptPiece {
  text: string;
  mark: boolean;
}

const KEEP = /[\p{L}\p{N}]/u;

/** What a character is matched as: normalized, folded, without accents (as the index stores words). */
function matchForm(text: string): string {
  return normalizeSearchText(text).normalize('NFD').replace(/\p{M}/gu, '');
}

/**
 * Normalized text without separators, and for each of its UTF-16 units the index of the source character,
 * so positions found with `indexOf` map back to the text even around astral characters.
 */
function indexText(text: string): { flat: string; at: number[] } {
  let flat = '';
  const at: number[] = [];
  let i = 0;
  for (const ch of text) {
    for (const n of matchForm(ch)) {
      if (KEEP.test(n)) {
        flat += n;
        for (let k = 0; k < n.length; k++) at.push(i);
      }
    }
    i += ch.length;
  }
  return { flat, at };
}

/**
 * Text as search compares it: normalized, folded, without accents, letters and digits only.
 * @example comparable('民辦發〔2018〕7號') // '民办发20187号'
 */
export function comparable(term: string): string {
  return [...matchForm(term)].filter((c) => KEEP.test(c)).join('');
}

/** Moves a cut off the second half of a surrogate pair. */
function atCharacter(text: string, at: number): number {
  const code = text.charCodeAt(at);
  return code >= 0xdc00 && code <= 0xdfff ? at - 1 : at;
}

/**
 * Cuts an excerpt of about `length` characters from `text` around the first occurrence of any term.
 * Without an occurrence, the start of the text.
 * @example excerpt('加强社會救助工作', ['社会救助']) // [{ text: '加强', mark: false }, { text: '社會救助', mark: true }, { text: '工作', mark: false }]
 */
export function excerpt(text: string, terms: readonly string[], length = 90): ExcerptPiece[] {
  const { flat, at } = indexText(text);
  const spans: [number, number][] = [];
  for (const term of terms.map(comparable).filter(Boolean)) {
    for (let from = flat.indexOf(term); from >= 0; from = flat.indexOf(term, from + term.length)) {
      const start = at[from] ?? 0;
      const endChar = at[from + term.length - 1] ?? start;
      spans.push([start, endChar + ((text.codePointAt(endChar) ?? 0) > 0xffff ? 2 : 1)]);
    }
  }
  spans.sort((a, b) => a[0] - b[0]);
  const first = spans[0]?.[0] ?? 0;
  let start = Math.max(0, first - Math.floor(length / 3));
  const end = atCharacter(text, Math.min(text.length, start + length));
  start = atCharacter(text, Math.max(0, Math.min(start, end - length)));
  const pieces: ExcerptPiece[] = [];
  let pos = start;
  for (const [s, e] of spans) {
    if (e <= pos || s >= end) continue;
    const from = Math.max(s, pos);
    if (from > pos) pieces.push({ text: text.slice(pos, from), mark: false });
    pieces.push({ text: text.slice(from, Math.min(e, end)), mark: true });
    pos = Math.min(e, end);
  }
  if (pos < end) pieces.push({ text: text.slice(pos, end), mark: false });
  if (start > 0) pieces.unshift({ text: '…', mark: false });
  if (end < text.length) pieces.push({ text: '…', mark: false });
  return pieces;
}
