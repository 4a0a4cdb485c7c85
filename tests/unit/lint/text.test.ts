/** Normalized text, spam words, inline styles and the nesting estimate the rules rely on. */
import { describe, expect, it } from 'vitest';
import { estimateNesting, screenBody, treeDepth } from '../../../src/lib/lint/limits.ts';
import { hidingReason, parseStyle } from '../../../src/lib/lint/style.ts';
import { spamWordsIn } from '../../../src/lib/lint/spam.ts';
import { compactText, invisibleCharacters } from '../../../src/lib/lint/text.ts';
import { normalizeText } from '../../../src/lib/text.ts';

describe('normalizeText and spamWordsIn', () => {
  it('sees through full-width letters, invisible characters and spacing', () => {
    expect(normalizeText('Ｃａｓｉｎｏ 博\u200b彩\uFEFF')).toBe('casino 博彩');
    expect(compactText('代 开-发\u00ad票！')).toBe('代开发票');
    expect(spamWordsIn('真人\u200b荷官 在线')).toEqual(['真人荷官']);
    expect(spamWordsIn('代 開 發 票')).toEqual(['代开发票']);
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

describe('screenBody', () => {
  it.each([
    ['nested quotes', '> '.repeat(200), 'md', 'nesting-depth'],
    ['MDX braces', `${'{<a>'.repeat(40)}x${'</a>}'.repeat(40)}`, 'mdx', 'nesting-depth'],
    ['MDX brackets', `{${'('.repeat(300)}1${')'.repeat(300)}}`, 'mdx', 'nesting-depth'],
    ['a paragraph dense with markup', '*a_ '.repeat(20_000), 'md', 'body-complexity'],
    ['a long run of one sign', `www.a.com/${'.'.repeat(3000)}a`, 'md', 'body-complexity'],
    ['a table too wide', `|${'a|'.repeat(1200)}\n|${'-|'.repeat(1200)}\n`, 'md', 'body-complexity'],
    ['a table with too many cells', `|a|b|c|d|\n|-|-|-|-|\n${'|1|2|3|4|\n'.repeat(60_000)}`, 'md', 'body-complexity'],
    ['too many footnotes', '[^1] '.repeat(10_001), 'md', 'body-complexity'],
  ] as const)('refuses %s', (_, body, kind, rule) => {
    expect(screenBody(body, kind, 32)?.rule).toBe(rule);
  });

  it('passes long ordinary documents: many paragraphs, a big table, a long HTML table block, braces in Markdown', () => {
    const prose = '各地要坚持以人民为中心的发展思想，**切实**做好[社会救助](https://www.mca.gov.cn/)工作。\n\n'.repeat(5000);
    const table = `| 区 | 人数 | 金额 |\n| --- | --- | --- |\n${'| 东区 | 1,234 | 5,678.00 |\n'.repeat(20_000)}`;
    const html = `<table>\n${'<tr><td>东区</td><td>1&nbsp;234</td><td>5&nbsp;678</td></tr>\n'.repeat(5000)}</table>`;
    for (const body of [prose, table, html, '{a} {b} {c}']) expect(screenBody(body, 'md', 32)).toBeUndefined();
  });

  it('takes linear time on 5 MB', () => {
    const started = performance.now();
    screenBody('普通正文，标点。'.repeat(600_000), 'md', 32);
    expect(performance.now() - started).toBeLessThan(1500);
  });
});

describe('screenBody on long legitimate lists and tables', () => {
  it('counts markup per list item and table row, as the parser reads them', () => {
    const list = '- 详见[第一项通知](https://www.example.gov.cn/notices/2024/a/)和**附件**&nbsp;说明\n'.repeat(20_000);
    const table = `| 区 | 链接 |\n| --- | --- |\n${'| 东区 | [通知](https://x.gov.cn/a) &amp; **说明** |\n'.repeat(20_000)}`;
    expect(screenBody(list, 'md', 32)).toBeUndefined();
    expect(screenBody(table, 'md', 32)).toBeUndefined();
  });
});
