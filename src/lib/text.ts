/** Plain-text helpers for summaries and descriptions. */

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
