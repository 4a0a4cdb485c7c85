/** Plain-text helpers: normalization shared by the content rules and search, summaries and descriptions. */

/**
 * Characters that render as nothing: zero-width space and joiners, word joiner, BOM, soft hyphen, variation
 * selectors, Hangul fillers, the Mongolian vowel separator, tag characters, and the bidirectional controls.
 */
export const INVISIBLE = /\p{Default_Ignorable_Code_Point}/gu;

/** Text without the characters that render as nothing (see INVISIBLE). */
export function stripInvisible(text: string): string {
  return text.replace(INVISIBLE, '');
}

/**
 * Text as rules and search compare it: NFKC (full-width letters and compatibility forms become plain ones),
 * invisible characters removed, lower case. Lower case goes character by character, so a piece of a word
 * lower-cases as it does inside the word (a whole-string toLowerCase makes Σ depend on its neighbours).
 * @example normalizeText('Ｃａｓｉｎｏ 博\u200b彩') // 'casino 博彩'
 */
export function normalizeText(text: string): string {
  return Array.from(stripInvisible(stripInvisible(text).normalize('NFKC')), (c) => c.toLowerCase()).join('');
}

/**
 * Plain text of a Markdown/MDX body: no markup, imports, components, links' addresses or code.
 * @example plainText('## 一、总体要求\n\n**坚持**[人民](/a/)至上') // '一、总体要求 坚持人民至上'
 */
export function plainText(markdown: string): string {
  return markdown
    .replace(/^(?:import|export)\b[^;]*?\bfrom\s*(['"])[^'"\n]*\1;?[ \t]*$/gm, '')
    .replace(/^(import|export)\s.*$/gm, '')
    .replace(/```[\s\S]*?```|~~~[\s\S]*?~~~/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+[.)])\s+/gm, '')
    .replace(/^\|?[\s:|-]+\|?$/gm, '')
    .replace(/[*_`~|]/g, '')
    .replace(/(?<![-\\])\{[^}]*\}(?!-)/g, '')
    .replace(/\\([\\`*_{}[\]()#+\-.!<>|~])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The first sentences of a text, cut at a sentence end before `max` characters when possible.
 * @example summarize('第一句。第二句很长。', 6) // '第一句。'
 */
export function summarize(text: string, max = 120): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const end = Math.max(cut.lastIndexOf('。'), cut.lastIndexOf('！'), cut.lastIndexOf('？'), cut.lastIndexOf('；'));
  return end >= max / 3 ? cut.slice(0, end + 1) : `${cut.slice(0, max - 1)}…`;
}
