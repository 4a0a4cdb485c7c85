/**
 * The character fold that lets one search index serve the Simplified and the Traditional site.
 *
 * Every character is mapped to one canonical (Simplified) form, alike in the indexed text and in the query, so
 * 發布 finds 发布 and 民辦發〔2018〕7號 finds 民办发〔2018〕7号. The fold is character by character, not phrase by
 * phrase: it need not be a correct conversion, only the same on both sides. It is built from the dictionaries
 * opencc-js converts pages with (scripts/searchFold.ts), so whatever opencc-js turns a character into, in any
 * phrase, folds to the same character; the price is a few merged characters (乾 with 干, 链 with 炼), which
 * make a query find a little more, never less.
 *
 * Pure and dependency-free: it runs at build time in Node and in the browser on the search page.
 */
import table from './data/fold.json' with { type: 'json' };

let folds: Map<number, string> | undefined;

/** The table as a Map from code point to folded character, built on first use: most pages never search. */
function foldMap(): Map<number, string> {
  if (folds) return folds;
  folds = new Map();
  const to = [...table.to];
  let i = 0;
  for (const ch of table.from) folds.set(ch.codePointAt(0) ?? 0, to[i++] ?? ch);
  return folds;
}

/**
 * CJK compatibility ideographs (豈 U+F900 and the like, left in text by legacy Big5 and HKSCS conversions) are
 * one code point each for a unified ideograph. opencc-js normalizes them before converting; NFC does the
 * same, so the table need not list them.
 */
function isCompatibilityIdeograph(cp: number): boolean {
  return (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0x2f800 && cp <= 0x2fa1f);
}

function foldCodePoint(cp: number): string | undefined {
  if (isCompatibilityIdeograph(cp)) {
    const unified = String.fromCodePoint(cp).normalize('NFC');
    return foldMap().get(unified.codePointAt(0) ?? cp) ?? unified;
  }
  return foldMap().get(cp);
}

/**
 * Folds a text for the search index or a query: every character to its canonical form, everything else
 * (Latin, digits, punctuation) unchanged. The result has as many code points as the input, so positions
 * counted in code points carry over to the original text.
 * @example foldText('民辦發〔2018〕7號') // '民办发〔2018〕7号'
 * @example foldText('頭髮') === foldText('头发') // true: both are '头发'
 */
export function foldText(text: string): string {
  let out = '';
  let copied = 0;
  for (let i = 0; i < text.length; ) {
    const unit = text.charCodeAt(i);
    // Below U+2E80 (CJK radicals) nothing folds: skip ASCII, Latin and general punctuation cheaply.
    if (unit < 0x2e80) {
      i += 1;
      continue;
    }
    const cp = text.codePointAt(i) ?? unit;
    const width = cp > 0xffff ? 2 : 1;
    const folded = foldCodePoint(cp);
    if (folded !== undefined) {
      out += text.slice(copied, i) + folded;
      copied = i + width;
    }
    i += width;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

/**
 * Folds one character (one code point; a longer string is folded as text).
 * @example foldChar('髮') // '发'
 * @example foldChar('乾') // '干': 干净 → 乾淨 makes the two one class
 */
export function foldChar(ch: string): string {
  const cp = ch.codePointAt(0);
  if (cp === undefined || ch.length > (cp > 0xffff ? 2 : 1)) return foldText(ch);
  return foldCodePoint(cp) ?? ch;
}
