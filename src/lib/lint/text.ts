/**
 * Text as rules compare it: the same for every spelling an intruder may use to slip a word past a filter.
 * (Spam words: spam.ts.)
 */
import { INVISIBLE } from '../text.ts';

const SEPARATORS = /[\s\p{P}\p{S}]+/gu;

/**
 * A text as rules match words in it: `normalized` (NFKC, invisible characters removed, lower case: as
 * normalizeText, lower-cased in one go, which is faster and the same for any word a rule looks for) and
 * `compact` (the same without spaces, punctuation and symbols: 博 彩、网-址 → 博彩网址).
 */
export function matchingForms(text: string): { normalized: string; compact: string } {
  const normalized = text.replace(INVISIBLE, '').normalize('NFKC').replace(INVISIBLE, '').toLowerCase();
  return { normalized, compact: normalized.replace(SEPARATORS, '') };
}

/** The compact form of matchingForms: 博 彩、网-址 → 博彩网址. */
export function compactText(text: string): string {
  return matchingForms(text).compact;
}

/** The length of `text` without separators, as compactText counts it. */
export function compactLength(text: string): number {
  return text.replace(SEPARATORS, '').length;
}

/** Invisible characters and bidirectional controls in a text, as `U+200B` codes. */
export function invisibleCharacters(text: string): string[] {
  return [...new Set(text.match(INVISIBLE) ?? [])].map((c) => `U+${c.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0')}`);
}
