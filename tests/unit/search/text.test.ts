import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { hastText } from '../../../src/lib/search/text.ts';
import { normalizeSearchText, phraseQuery, phraseTokens } from '../../../src/lib/search/tokens.ts';
import { phraseMatch } from './prose.ts';

function text(html: string): string {
  return hastText(fromHtml(html, { fragment: true }));
}

function el(tagName: string, children: ElementContent[] = [], properties: Element['properties'] = {}): Element {
  return { type: 'element', tagName, properties, children };
}

function root(...children: Root['children']): Root {
  return { type: 'root', children };
}

const BLOCKS = [
  'address', 'article', 'aside', 'blockquote', 'br', 'caption', 'dd', 'details', 'div', 'dl', 'dt', 'figcaption',
  'figure', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre',
  'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
];
const INLINES = ['a', 'abbr', 'b', 'cite', 'code', 'del', 'em', 'i', 'ins', 'kbd', 'mark', 'q', 's', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u'];

describe('hastText', () => {
  it.each([
    ['blocks on lines of their own', '<p>关于<b>做好</b></p><p>通知</p>', '关于做好\n通知'],
    ['inline elements joined', '<p>社会<a href="/x/">救助</a><em>工作</em><span>通知</span></p>', '社会救助工作通知'],
    ['no alt text', '<p>柱<img alt="柱状图" src="chart.png">状</p>', '柱状'],
    ['no attributes at all', '<p><abbr title="中华人民共和国民政部">民政部</abbr><a title="标题" href="/">链接</a></p>', '民政部链接'],
    ['no comments', '<p>社会<!-- 草稿 -->救助</p>', '社会救助'],
    ['a line break', '<p>社会<br>救助</p>', '社会\n救助'],
    ['a heading and a list', '<h2>一、总体要求</h2><ul><li>加强</li><li>改进</li></ul>', '一、总体要求\n加强\n改进'],
    ['table cells', '<table><tbody><tr><th>地区</th><td>人数</td></tr><tr><td>北京</td><td>12</td></tr></tbody></table>', '地区\n人数\n北京\n12'],
    ['a figure and its caption', '<figure><img alt="图" src="a.png"><figcaption>图1　救助人数</figcaption></figure>', '图1　救助人数'],
    ['nested blocks, no blank lines', '<div><section><p>甲</p></section><p>乙</p></div>', '甲\n乙'],
    ['blank lines in pre collapsed', '<pre>第一行\n\n\n第二行</pre>', '第一行\n第二行'],
    ['indentation at the start of a paragraph', '<p>　　各省、自治区：</p><p>　　现就有关事项通知如下。</p>', '各省、自治区：\n现就有关事项通知如下。'],
    ['spaces inside a line kept', '<p>COVID 19  防控</p>', 'COVID 19  防控'],
    ['spaces around blocks dropped', '  <p>  甲  </p>  <p>乙</p>  ', '甲\n乙'],
    ['entities decoded', '<p>A&amp;B&nbsp;&lt;通知&gt;</p>', 'A&B\u00a0<通知>'],
    ['an empty document', '', ''],
  ])('%s', (_what, html, expected) => {
    expect(text(html)).toBe(expected);
  });

  it.each(BLOCKS)('puts <%s> on a line of its own', (tagName) => {
    expect(hastText(root(el('span', [{ type: 'text', value: '社会' }]), el(tagName, [{ type: 'text', value: '救助' }]), { type: 'text', value: '工作' }))).toBe('社会\n救助\n工作');
  });

  it.each(INLINES)('joins <%s> to the text around it', (tagName) => {
    expect(hastText(root({ type: 'text', value: '社会' }, el(tagName, [{ type: 'text', value: '救助' }]), { type: 'text', value: '工作' }))).toBe('社会救助工作');
  });

  it('never lets a phrase run from one block into the next', () => {
    const tokens = phraseTokens(normalizeSearchText(text('<h1>社会</h1><p>救助</p><table><tr><td>工</td><td>作</td></tr></table>')));
    expect(phraseMatch(phraseQuery('社会救助'), tokens)).toBe(-1);
    expect(phraseMatch(phraseQuery('工作'), tokens)).toBe(-1);
    expect(phraseMatch(phraseQuery('社会'), tokens)).toBe(0);
  });

  it('reads a lone element or text node', () => {
    expect(hastText(el('p', [{ type: 'text', value: '通知' }]))).toBe('通知');
    expect(hastText({ type: 'text', value: ' 通知 ' })).toBe('通知');
    expect(hastText({ type: 'comment', value: '通知' })).toBe('');
  });
});
