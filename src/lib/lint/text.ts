/**
 * Text as rules compare it: the same for every spelling an intruder may use to slip a word past a filter.
 */
import spamWords from './data/spamWords.json' with { type: 'json' };

/**
 * Characters that render as nothing (zero-width space and joiners, word joiner, BOM, soft hyphen, variation
 * selectors, Hangul fillers, Mongolian vowel separator) and bidirectional controls.
 */
const INVISIBLE = /[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0]/g;

/**
 * NFKC (full-width letters and compatibility forms become plain ones), invisible characters removed, lower case.
 * @example normalizeText('Ｃａｓｉｎｏ 博\u200b彩') // 'casino 博彩'
 */
export function normalizeText(text: string): string {
  return text.normalize('NFKC').replace(INVISIBLE, '').toLowerCase();
}

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
