/**
 * Text as rules compare it: the same for every spelling an intruder may use to slip a word past a filter.
 * (Spam words: spam.ts.)
 */
import { INVISIBLE, normalizeText } from '../text.ts';

/** As normalizeText, and without spaces, punctuation and symbols: 博 彩、网-址 → 博彩网址. */
export function compactText(text: string): string {
  return normalizeText(text).replace(/[\s\p{P}\p{S}]+/gu, '');
}

/** Invisible characters and bidirectional controls in a text, as `U+200B` codes. */
export function invisibleCharacters(text: string): string[] {
  return [...new Set(text.match(INVISIBLE) ?? [])].map((c) => `U+${c.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0')}`);
}
