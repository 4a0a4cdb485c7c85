/** Citations by 发文字号 in running text (src/lib/policy/citations.ts): forms, scripts, the site's notices only, where not to link. */
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { citationKey, findCitations, linkCitations } from '../../../src/lib/policy/citations.ts';

const site = new Set(['民发〔2024〕27号', '民办发〔2018〕7号', '国发〔2019〕3号']);
const known = (k: string) => site.has(k);
const keys = (text: string) => findCitations(text, known).map((c) => [text.slice(c.start, c.end), c.key]);

describe('citationKey', () => {
  it('gives one key for every written form and both scripts', () => {
    for (const written of ['民办发〔2018〕7号', '民办发[2018]7号', '民办发（2018）7号', '民辦發〔2018〕7號', '民办发〔2018〕第7号', '民办发[2018]07号']) {
      expect(citationKey(written), written).toBe('民办发〔2018〕7号');
    }
    expect(citationKey('不是文号')).toBeUndefined();
  });
});

describe('findCitations', () => {
  it('finds the site’s numbers in any common form, in either script', () => {
    expect(keys('《关于加快发展社区嵌入式养老服务的指导意见》（民发〔2024〕27号）')).toEqual([['民发〔2024〕27号', '民发〔2024〕27号']]);
    expect(keys('依据民办发[2018]7号和国发（2019）第3号文件')).toEqual([
      ['民办发[2018]7号', '民办发〔2018〕7号'],
      ['国发（2019）第3号', '国发〔2019〕3号'],
    ]);
    expect(keys('根據民辦發〔2018〕7號辦理')).toEqual([['民辦發〔2018〕7號', '民办发〔2018〕7号']]);
    expect(keys('民发2024年27号')).toEqual([['民发2024年27号', '民发〔2024〕27号']]);
  });

  it('takes the 机关代字 from the words before it, whatever they are (印发民发… is 民发…)', () => {
    expect(keys('现印发民发〔2024〕27号，请遵照执行')).toEqual([['民发〔2024〕27号', '民发〔2024〕27号']]);
  });

  it('leaves numbers not on the site, and near misses, alone', () => {
    expect(keys('民发〔2024〕28号、民发〔2023〕27号、京民发〔2024〕27号以外')).toEqual([]);
    expect(keys('粤民发〔2024〕27号')).toEqual([]);
    expect(keys('财办发〔2018〕7号')).toEqual([]);
    expect(keys('2024年27号台风')).toEqual([]);
  });
});

describe('linkCitations', () => {
  const link = (html: string, self?: string) => {
    const tree = fromHtml(html, { fragment: true }) as Root;
    const linked = linkCitations(tree, known, (k) => (k === self ? undefined : `/notices/${encodeURIComponent(k)}/`));
    return { html: toHtml(tree), linked };
  };

  it('links a citation in running text, keeping the text as written', () => {
    const { html, linked } = link('<p>根据<strong>民办发[2018]7号</strong>精神，参照民发〔2024〕27号执行。</p>');
    expect(linked).toEqual(['民办发〔2018〕7号', '民发〔2024〕27号']);
    expect(html).toContain('<strong><a href="/notices/%E6%B0%91%E5%8A%9E%E5%8F%91%E3%80%942018%E3%80%957%E5%8F%B7/" data-citation="民办发〔2018〕7号">民办发[2018]7号</a></strong>');
    expect(html).toContain('参照<a href=');
    expect(html).toContain('>民发〔2024〕27号</a>执行。');
  });

  it('never links inside headings, links or code, nor a document citing itself', () => {
    const { html, linked } = link('<h2>民发〔2024〕27号解读</h2><p><a href="/x/">民发〔2024〕27号</a><code>民发〔2024〕27号</code>本文件民办发〔2018〕7号</p>', '民办发〔2018〕7号');
    expect(linked).toEqual([]);
    expect(html).not.toContain('data-citation');
  });

  it('links every citation of a text node, and none that is not on the site', () => {
    const tree = fromHtml('<p>民发〔2024〕27号、民发〔2024〕99号和国发〔2019〕3号</p>', { fragment: true }) as Root;
    linkCitations(tree, known, (k) => `/${k}/`);
    const p = tree.children[0] as Element;
    expect(p.children.filter((c) => c.type === 'element').map((c) => (c as Element).properties['dataCitation'])).toEqual(['民发〔2024〕27号', '国发〔2019〕3号']);
  });
});
