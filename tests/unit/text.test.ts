import { describe, expect, it } from 'vitest';
import { plainText, summarize } from '../../src/lib/text.ts';

describe('plainText', () => {
  it('strips headings, emphasis and link addresses but keeps link text', () => {
    expect(plainText('## 一、总体要求\n\n**坚持**[人民](/a/)至上')).toBe('一、总体要求 坚持人民至上');
  });

  it('drops MDX imports and exports', () => {
    const mdx = "import chart from './chart.svg';\nimport { Figure } from '../../components/Figure.astro';\nexport const year = 2024;\n\n近日，我部召开会议。";
    expect(plainText(mdx)).toBe('近日，我部召开会议。');
  });

  it('drops an MDX import written over several lines', () => {
    const mdx = "import {\n  Figure,\n  Aside,\n} from '../../components/index.ts';\n\n近日，我部召开会议。";
    expect(plainText(mdx)).toBe('近日，我部召开会议。');
  });

  it('drops component tags and expressions but keeps the text inside components', () => {
    const mdx = '<Figure src={chart} alt="柱状图" caption="图1：儿童主任人数" />\n\n<Aside>请于月底前报送。</Aside>{frontmatter.title}';
    expect(plainText(mdx)).toBe('请于月底前报送。');
  });

  it('removes fenced code blocks entirely', () => {
    expect(plainText('前文。\n\n```js\nconsole.log("代码");\n```\n\n~~~\n代码二\n~~~\n\n后文。')).toBe('前文。 后文。');
  });

  it('drops images, list markers, quote markers and table rules', () => {
    const md = '![图片说明](./a.png)\n\n- 第一条\n* 第二条\n1. 第三条\n\n> 引用的话\n\n| 年份 | 人数 |\n| --- | ---: |\n| 2020 | 62 |';
    expect(plainText(md)).toBe('第一条 第二条 第三条 引用的话 年份 人数 2020 62');
  });

  it('keeps -{…}- conversion markup for the converter to resolve', () => {
    expect(plainText('-{干部}-队伍和-{zh-hans:鼠标;zh-hant:滑鼠}-。')).toBe('-{干部}-队伍和-{zh-hans:鼠标;zh-hant:滑鼠}-。');
    expect(plainText('**-{范}-围**')).toBe('-{范}-围');
  });

  it('collapses whitespace to single spaces', () => {
    expect(plainText('\n\n第一段。\n\n\n第二段。  \n')).toBe('第一段。 第二段。');
  });
});

describe('summarize', () => {
  it('returns short text unchanged', () => {
    expect(summarize('第一句。', 120)).toBe('第一句。');
    expect(summarize('一'.repeat(120))).toBe('一'.repeat(120));
  });

  it('cuts at the last sentence end that fits', () => {
    expect(summarize('第一句。第二句很长。', 6)).toBe('第一句。');
    expect(summarize('请各地认真贯彻！要加强领导？做好保障；其余内容从略', 19)).toBe('请各地认真贯彻！要加强领导？做好保障；');
  });

  it('never returns more than max characters', () => {
    const text = '民政部召开会议。'.repeat(40);
    const s = summarize(text);
    expect(s.length).toBeLessThanOrEqual(120);
    expect(s.endsWith('。')).toBe(true);
    expect(text.startsWith(s)).toBe(true);
  });

  it('adds an ellipsis when no sentence ends early enough, staying within the limit', () => {
    expect(summarize('一二三四五六七八九十。', 6)).toBe('一二三四五…');
    // A sentence end in the first third would make a summary too short to be useful.
    expect(summarize('好。一二三四五六七八九十', 9)).toBe('好。一二三四五六…');
  });
});
