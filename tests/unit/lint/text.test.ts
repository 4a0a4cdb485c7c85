/** Normalized text, spam words, inline styles and the nesting estimate the rules rely on. */
import { describe, expect, it } from 'vitest';
import { estimateNesting, treeDepth } from '../../../src/lib/lint/limits.ts';
import { hidingReason, parseStyle } from '../../../src/lib/lint/style.ts';
import { compactText, invisibleCharacters, normalizeText, spamWordsIn } from '../../../src/lib/lint/text.ts';

describe('normalizeText and spamWordsIn', () => {
  it('sees through full-width letters, invisible characters and spacing', () => {
    expect(normalizeText('Ｃａｓｉｎｏ 博\u200b彩\uFEFF')).toBe('casino 博彩');
    expect(compactText('代 开-发\u00ad票！')).toBe('代开发票');
    expect(spamWordsIn('真人\u200b荷官 在线')).toEqual(['真人荷官']);
    expect(spamWordsIn('代 開 發 票')).toEqual(['代開發票']);
    expect(spamWordsIn('visit CASINO now')).toEqual(['casino']);
    expect(spamWordsIn('https://bet365.example/')).toEqual(['bet365']);
  });

  it('does not fire on legitimate words or on letters inside other words', () => {
    expect(spamWordsIn('澳门特别行政区 福利彩票 增值税发票 打击赌博')).toEqual([]);
    expect(spamWordsIn('pornography statistics, escorted tours, iVBORw0KGgoAAAANSUhEUgAAAAgAAAAICAIAAABLbSncAAAAEUlEQVR42mPornDAihiGlgQAoFlQwYyeCZcAAAAASUVORK5CYII=')).toEqual([]);
  });

  it('names invisible and bidirectional characters', () => {
    expect(invisibleCharacters('a\u200bb\u202ec')).toEqual(['U+200B', 'U+202E']);
  });
});

describe('parseStyle and hidingReason', () => {
  it('reads styles as a browser does: case, comments, escapes, !important', () => {
    expect(parseStyle('DISPLAY: None !important; /* x */ co\\6c or: RED')).toEqual(new Map([['display', 'none'], ['color', 'red']]));
  });

  it.each([
    'display:none',
    'visibility:hidden',
    'opacity:0',
    'font-size:1px',
    'font-size:0.1em',
    'width:0;height:0;overflow:hidden',
    'position:absolute;left:-9999px',
    'text-indent:-9999px',
    'clip:rect(0,0,0,0)',
    'transform:scale(0)',
    'color:#fff',
    'color: rgb(255, 255, 255)',
  ])('%s hides', (style) => {
    expect(hidingReason(parseStyle(style))).toBeTruthy();
  });

  it.each(['color:red', 'font-size:16px', 'text-align:center', 'position:relative;left:2px', 'opacity:0.8', 'width:0'])('%s does not hide', (style) => {
    expect(hidingReason(parseStyle(style))).toBeUndefined();
  });
});

describe('estimateNesting and treeDepth', () => {
  it('bounds container markers and open tags from above, in one pass', () => {
    expect(estimateNesting('正文\n> > > 引文')).toEqual({ depth: 3, line: 2 });
    expect(estimateNesting('- a\n  - b\n    1. c').depth).toBe(1);
    expect(estimateNesting('<div><div><span>a</span></div></div>').depth).toBe(3);
    // Paragraphs and list items close themselves: a long legacy page does not look deep.
    expect(estimateNesting('<p>a\n'.repeat(500)).depth).toBe(0);
    const started = performance.now();
    expect(estimateNesting(`${'> '.repeat(200_000)}x`).depth).toBe(200_000);
    expect(estimateNesting('<a'.repeat(500_000)).depth).toBe(0);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('measures the real depth without recursion', () => {
    let node: { type: 'element'; tagName: string; properties: object; children: unknown[] } = { type: 'element', tagName: 'div', properties: {}, children: [] };
    const root = { type: 'root' as const, children: [node] };
    for (let i = 1; i < 100_000; i++) {
      const child = { type: 'element' as const, tagName: 'div', properties: {}, children: [] };
      node.children.push(child);
      node = child;
    }
    expect(treeDepth(root as never).depth).toBe(100_000);
  });
});
