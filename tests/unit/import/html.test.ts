/** Saved HTML is hostile: only text, structure and safe addresses come out of it. */
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { localFileResolver } from '../../../src/lib/import/files.ts';
import { htmlToBlocks } from '../../../src/lib/import/html.ts';
import { blocksToMarkdown, escapeText, markdownLink, slugFromTitle, writeFrontmatter, DateValue, yamlScalar } from '../../../src/lib/import/markdown.ts';
import { textToBlocks } from '../../../src/lib/import/text.ts';

const WORK = path.resolve('.gongkai', `import-html-${process.pid}`);
afterAll(() => fs.rmSync(WORK, { recursive: true, force: true }));

const md = (html: string) => blocksToMarkdown(htmlToBlocks(html).blocks);

describe('htmlToBlocks', () => {
  it('never carries script, handlers, styles, frames or forms', () => {
    const out = md(`<div class="TRS_Editor">
      <p onclick="alert(1)" style="color:red">会议指出，要做好基层民政工作。</p>
      <script>alert(1)</script><style>p{}</style><iframe src="https://evil.example/"></iframe>
      <form action="https://evil.example/"><input name="q" value="民政"></form>
      <svg onload="alert(1)"><text>图</text></svg>
      <p>&lt;script&gt;alert(1)&lt;/script&gt; 与 &amp;colon; 照原样显示。</p>
      <p><a href="javascript:alert(1)">点此</a> <a href="JaVa&#9;script:alert(1)">再点</a> <a href="data:text/html,x">数据</a> <a href="vbscript:x">旧</a></p>
      <p><img src="x.png" onerror="alert(1)"><img src="https://evil.example/t.gif" alt="远程"></p>
    </div>`);
    // Any < left is escaped text (\<), never markup.
    expect(out).not.toMatch(/(?<!\\)<|onclick|onerror|onload|javascript:|vbscript:|data:text|evil\.example/i);
    expect(out).toContain('会议指出，要做好基层民政工作。');
    expect(out).toContain('\\<script\\>alert(1)\\</script\\> 与 &amp;colon; 照原样显示。');
    expect(out).toContain('点此 再点 数据 旧');
  });

  it('drops hidden elements and says so', () => {
    const page = htmlToBlocks('<div class="content"><p>正文第一段，介绍工作情况和主要做法。</p><div style="display: none"><a href="https://bc.example/">在线博彩</a></div><p hidden>隐藏</p><span style="font-size:0px">博彩网址</span></div>');
    expect(blocksToMarkdown(page.blocks)).toBe('正文第一段，介绍工作情况和主要做法。\n');
    expect(page.notes.filter((n) => n.kind === 'hidden').map((n) => n.text)).toEqual(['在线博彩', '隐藏', '博彩网址']);
  });

  it('finds the article by class name or by its Chinese text, and turns structure into Markdown', () => {
    const page = htmlToBlocks(`<body><div class="nav"><a href="/">首页</a></div>
      <div class="left"><p>热点</p></div>
      <div class="wrap"><div><p>第一段有很多中文文字，说明会议的主要内容和要求。</p><p>第二段也有很多中文文字，说明下一步工作安排。</p>
      <h3>一、总体要求</h3><ol><li>坚持问题导向；</li><li>注重实际效果。</li></ol>
      <table><tr><th>项目</th><th>数量</th></tr><tr><td>服务中心 | 站点</td><td>12</td></tr></table></div></div></body>`);
    expect(page.container).toBe(true);
    expect(page.blocks.filter((b) => b.inArticle).map((b) => b.kind)).toEqual(['paragraph', 'paragraph', 'heading', 'item', 'item', 'table']);
    expect(blocksToMarkdown(page.blocks.filter((b) => b.inArticle))).toBe(
      '第一段有很多中文文字，说明会议的主要内容和要求。\n\n第二段也有很多中文文字，说明下一步工作安排。\n\n### 一、总体要求\n\n1. 坚持问题导向；\n2. 注重实际效果。\n\n| 项目 | 数量 |\n| --- | --- |\n| 服务中心 \\| 站点 | 12 |\n',
    );
  });

  it('copies only files in the page folder, never outside it or through a symlink', () => {
    fs.mkdirSync(path.join(WORK, 'page', 'img'), { recursive: true });
    fs.writeFileSync(path.join(WORK, 'secret.pdf'), '%PDF-1.4');
    fs.writeFileSync(path.join(WORK, 'page', 'img', 'a.pdf'), '%PDF-1.4');
    fs.writeFileSync(path.join(WORK, 'page', 'run.html'), '<script>');
    fs.symlinkSync(path.join(WORK, 'secret.pdf'), path.join(WORK, 'page', 'link.pdf'));
    const resolve = localFileResolver(path.join(WORK, 'page', 'index.html'));
    expect(resolve('img/a.pdf')?.name).toBe('a.pdf');
    expect(resolve('./img/a.pdf?v=1')?.name).toBe('a.pdf');
    for (const bad of ['../secret.pdf', 'img/../../secret.pdf', '%2e%2e/secret.pdf', '/etc/passwd', 'link.pdf', 'run.html', 'file:///etc/passwd', 'missing.pdf']) {
      expect(resolve(bad), bad).toBeUndefined();
    }
  });
});

describe('plain text and Markdown', () => {
  it('reads one block a line and escapes Markdown', () => {
    expect(textToBlocks('　　第一段。\r\n\r\n# 第二段 *强调* [链接](javascript:x)').map((b) => b.markdown)).toEqual(['第一段。', '\\# 第二段 \\*强调\\* \\[链接\\](javascript:x)']);
    expect(escapeText('1. 不是列表 -{zh-hans:a}-')).toBe('1\\. 不是列表 -\\{zh-hans:a}-');
    expect(markdownLink('实施方案', './plan.pdf')).toBe('[实施方案](<./plan.pdf>)');
    expect(markdownLink('点此', 'javascript:alert(1)')).toBe('点此');
    expect(markdownLink('外站', '//evil.example/')).toBe('外站');
  });

  it('writes frontmatter as the content files do', () => {
    expect(
      writeFrontmatter({
        title: '民政部办公厅关于印发《方案》的通知',
        date: new DateValue('2019-04-01 09:30'),
        writtenDate: new DateValue('2019-03-28'),
        topic: '民政\\基层政权',
        indexNumber: '2018',
        issuer: ['民政部', '财政部'],
        contacts: [{ name: '李玉玲', phone: '(010)58123760' }],
        summary: undefined,
      }),
    ).toBe(
      "---\ntitle: 民政部办公厅关于印发《方案》的通知\ndate: \"2019-04-01 09:30\"\nwrittenDate: 2019-03-28\ntopic: '民政\\基层政权'\nindexNumber: '2018'\nissuer: [民政部, 财政部]\ncontacts:\n  - { name: 李玉玲, phone: (010)58123760 }\n---\n",
    );
    for (const tricky of ['a: b', '#1', "it's", "'引号'", '- 列表', 'true', '2019', '[x]', '@me', '  空格', 'x, y', '民政\\救助', '"双引号"', '一行\n两行']) {
      expect((YAML.parse(`k: ${yamlScalar(tricky)}`) as { k: unknown }).k, tricky).toBe(tricky);
      expect((YAML.parse(`[${yamlScalar(tricky, true)}]`) as unknown[])[0], tricky).toBe(tricky);
    }
  });

  it('names files from the pinyin of the title', () => {
    expect(slugFromTitle('全市社会救助工作会议召开', '2025-01-10')).toBe('quan-shi-she-hui-jiu-zhu-gong-zuo');
    expect(slugFromTitle('民政部办公厅关于做好冬春期间困难群众基本生活救助工作的通知', '2018-11-06')).toBe('dong-chun-qi-jian-kun-nan-qun-zhong');
    expect(slugFromTitle('Annual report 2019', '2019-04-01')).toBe('wenzhang-2019-04-01');
  });
});
