/**
 * Text as rules compare it: the same for every spelling an intruder may use to slip a word past a filter.
 */
import spamWords from './data/spamWords.json' with { type: 'json' };
import { INVISIBLE, normalizeText } from '../text.ts';

/** As normalizeText, and without spaces, punctuation and symbols: 博 彩、网-址 → 博彩网址. */
export function compactText(text: string): string {
  return normalizeText(text).replace(/[\s\p{P}\p{S}]+/gu, '');
}

const CHINESE_WORDS = [...new Set([...spamWords['zh-Hans'], ...spamWords['zh-Hant']])];
const LATIN_WORDS = new RegExp(`(?:^|[^a-z])(${spamWords.latin.join('|')})(?![a-z])`);

/**
 * The spam words in a text (see data/spamWords.json), however spaced, widened or broken up with invisible
 * characters.
 * @example spamWordsIn('真人\u200b荷官 在线') // ['真人荷官']
 */
export function spamWordsIn(text: string): string[] {
  const compact = compactText(text);
  const found = CHINESE_WORDS.filter((w) => compact.includes(w));
  const latin = LATIN_WORDS.exec(normalizeText(text).replace(/[^a-z0-9]+/g, ' '));
  if (latin?.[1]) found.push(latin[1]);
  return found;
}

/** Invisible characters and bidirectional controls in a text, as `U+200B` codes. */
export function invisibleCharacters(text: string): string[] {
  return [...new Set(text.match(INVISIBLE) ?? [])].map((c) => `U+${c.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0')}`);
}
