/**
 * Every body rule, with input that triggers it and input that must not, through lintBody (the parsed tree, as
 * the build sees it). Lines: the body starts on line 8 of its file here.
 */
import { describe, expect, it } from 'vitest';
import { RULES } from '../../../src/lib/lint/rules/index.ts';
import { lint } from './testSite.ts';

/** [rule, line] of each finding. */
const found = (body: string, kind: 'md' | 'mdx' = 'md') => lint(body, kind).diagnostics.map((d) => [d.rule, d.line]);
const rules = (body: string, kind: 'md' | 'mdx' = 'md') => lint(body, kind).diagnostics.map((d) => d.rule);

describe('the rule set', () => {
  it('has one rule per id, each with a level and a description', () => {
    const ids = RULES.map((r) => r.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of RULES) {
      expect(rule.meta.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(['error', 'warning']).toContain(rule.meta.severity);
      expect(rule.meta.description.length).toBeGreaterThan(4);
    }
  });

  it('finds nothing in ordinary government text', () => {
    const body = [
      '## 一、总体要求',
      '',
      '坚持以人民为中心，详见[民政部网站](https://www.mca.gov.cn/)和[附件](./plan.pdf)。',
      '',
      '| 项目 | 金额 |',
      '| --- | --- |',
      '| 养老 | 100 |',
      '',
      '> 引文',
      '',
      '1. 第一条',
      '2. 第二条[^1]',
      '',
      '[^1]: 注释。',
      '',
      '![照片](./photo.png)',
      '',
      '```html',
      '<script>示例代码不会执行</script>',
      '```',
    ].join('\n');
    expect(found(body)).toEqual([]);
  });
});

describe('raw-script', () => {
  it('finds script in HTML, in SVG, and inside an HTML block a fence line tried to hide', () => {
    expect(found('<script>alert(1)</script>')).toEqual([['raw-script', 8]]);
    expect(rules('<svg><script>alert(1)</script></svg>')).toContain('raw-script');
    expect(found('<div>\n```\n<script>alert(1)</script>\n```\n</div>')).toEqual([['raw-script', 10]]);
  });
  it('leaves code blocks and escaped text alone', () => {
    expect(found('```\n<script>x</script>\n```\n\n`<script>` 与 \\<script>')).toEqual([]);
  });
});

describe('event-handler', () => {
  it('finds handlers in any case, on the line where the attribute is written', () => {
    expect(found('<img src="/a.png"\n  alt="图"\n  ONERROR="x()">')).toEqual([['event-handler', 10]]);
    expect(found('<a href="/" title="a>b" onmouseover="x()">y</a>')).toEqual([['event-handler', 8]]);
  });
  it('does not mistake words that start with on for handlers in text', () => {
    expect(found('one onion online: <span title="onclick">说明</span>')).toEqual([]);
  });
});

describe('javascript-url', () => {
  it.each([
    ['a Markdown link', '[办理](javascript:alert(1))'],
    ['a reference definition', '[办理][r]\n\n[r]: javascript:alert(1)'],
    ['an autolink', '<javascript:alert(1)>'],
    ['entities in the scheme', '<a href="jav&#x61;script&colon;alert(1)">办理</a>'],
    ['a tab inside the scheme', '<a href="java&#9;script:alert(1)">办理</a>'],
    ['upper case and leading space', '<a href=" JAVASCRIPT:alert(1)">办理</a>'],
    ['vbscript', '<a href="vbscript:msgbox(1)">办理</a>'],
    ['a data: page', '[下载](data:text/html,x)'],
    ['SVG animation values', '<svg><animate attributeName="href" values="#a;javascript:alert(1)"/></svg>'],
    ['xlink:href', '<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>'],
  ])('finds %s', (_, body) => {
    expect(rules(body)).toContain('javascript-url');
  });
  it('allows web, mail, phone and page links, and data: images in img', () => {
    expect(rules('[a](https://www.gov.cn/) [b](mailto:a@b.cn) [c](tel:01012345678) [d](/news/) [e](#top) ![f](data:image/png;base64,iVBORw0KGgo=)')).not.toContain('javascript-url');
  });
});

describe('unsafe-html', () => {
  it.each(['<iframe src="https://example.com/"></iframe>', '<object data="x"></object>', '<form action="/x"><input name="q"></form>', '<style>p{}</style>', '<base href="/">', '<meta http-equiv="refresh" content="0">', '<link rel="stylesheet" href="x.css">', '<svg></svg>', '<math><mi>x</mi></math>', '<template><p>x</p></template>'])('finds %s', (body) => {
    expect(rules(body)).toContain('unsafe-html');
  });
  it("allows Markdown's own task-list checkboxes", () => {
    expect(found('- [x] 已完成\n- [ ] 未完成')).toEqual([]);
  });
});

describe('hidden-content', () => {
  it.each([
    ['display:none', '<div style="display:none"><a href="https://x.example/">x</a></div>'],
    ['a hidden parent', '<section hidden><p><a href="https://x.example/">x</a></p></section>'],
    ['visibility', '<span style="visibility:hidden"><a href="https://x.example/">x</a></span>'],
    ['a 1px font', '<span style="font-size:1px">百家乐</span>'],
    ['off screen', '<p style="position:absolute; left:-9999px"><a href="https://x.example/">x</a></p>'],
    ['white text', '<span style="color:#ffffff">代开发票</span>'],
    ['a CSS escape and comment', '<div style="dis\\70 lay:/**/none"><a href="https://x.example/">x</a></div>'],
    ['a fixed overlay', '<div style="position:fixed;inset:0">网站已迁移</div>'],
    ['spam words in a comment', '<!-- 百家乐 真人荷官 -->'],
  ])('finds %s', (_, body) => {
    expect(lint(body).diagnostics.find((d) => d.rule === 'hidden-content')?.severity).toBe('error');
  });
  it('hidden plain text is a warning; a plain comment and visible styles are not hidden content', () => {
    expect(lint('<span style="display:none">旧稿备注</span>').diagnostics.find((d) => d.rule === 'hidden-content')?.severity).toBe('warning');
    expect(rules('<!-- 编辑备注：已审核 -->\n\n<p style="color:red">重要</p>')).not.toContain('hidden-content');
  });
  it('reports a hidden block once, at its outermost element', () => {
    expect(found('<div hidden>\n<div style="display:none"><a href="https://x.example/">x</a></div>\n</div>').filter(([r]) => r === 'hidden-content')).toEqual([['hidden-content', 8]]);
  });
});

describe('spam-link', () => {
  it('finds spam in an address, and spam words in links to other sites however they are spelled', () => {
    expect(rules('[参考](https://casino.example.com/)')).toContain('spam-link');
    expect(rules('[参考](https://ｂｅｔ３６５.example/)')).toContain('spam-link');
    expect(rules('[真人\u200b荷官](https://x.example/)')).toContain('spam-link');
    expect(rules('[代 开 发 票](https://x.example/)')).toContain('spam-link');
    expect(rules('[百家乐](//x.example/)')).toContain('spam-link');
  });
  it('leaves legitimate words, links within the site and the letters of a data: image alone', () => {
    expect(rules('[澳门特别行政区政府](https://www.gov.mo/) [福利彩票发行情况](https://www.cwl.gov.cn/) [打击赌博违法犯罪](https://www.mps.gov.cn/)')).toEqual([]);
    expect(rules('[百家乐专项整治通报](https://www.example.gov.cn/x)')).toEqual([]);
    expect(rules('![图](data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAgAAAAICAIAAABLbSncAAAAEUlEQVR42mPornDAihiGlgQAoFlQwYyeCZcAAAAASUVORK5CYII=)')).toEqual([]);
  });
});

describe('remote-image', () => {
  it('finds images from other sites, not images next to the article or inline data', () => {
    expect(found('![图](https://x.example/a.png)')).toEqual([['remote-image', 8]]);
    expect(rules('<img src="http://x.example/a.png" alt="a">')).toContain('remote-image');
    expect(rules('![图](//x.example/a.png)')).toContain('remote-image');
    expect(rules('<img src="/\\x.example/a.png" alt="a">')).toContain('remote-image');
    expect(rules('![图](./photo.png) ![图](data:image/png;base64,iVBORw0KGgo=)')).not.toContain('remote-image');
  });
});

describe('file-reference', () => {
  it('records valid files for publishing', () => {
    const r = lint('[附件](./plan.pdf) <a href="./plan.pdf">再次</a> ![图](./photo.png)');
    expect(r.diagnostics).toEqual([]);
    expect(r.files.map((f) => f.publicPath).sort()).toEqual(['/files/news/2024/photo.png', '/files/news/2024/plan.pdf']);
  });
  it('refuses missing files, paths out of content/, queries and page files', () => {
    expect(found('[a](./missing.pdf)\n\n[b](../../../../etc/passwd.pdf)\n\n[c](./plan.pdf?raw)\n\n[d](./page.html)')).toEqual([
      ['file-reference', 8],
      ['file-reference', 10],
      ['file-reference', 12],
      ['file-reference', 14],
    ]);
  });
});

describe('mojibake', () => {
  it('finds garbled text on its own line, also inside a multi-line HTML block, and in alt text', () => {
    expect(found('第一段。\n\n各级部门??要加强')).toEqual([['mojibake', 10]]);
    expect(found('<div>\n第一行\n锟斤拷\n</div>')).toEqual([['mojibake', 10]]);
    expect(rules('![统计\uFFFD图](./photo.png)')).toContain('mojibake');
  });
  it('leaves code, Latin question marks and a single ? alone', () => {
    expect(found('`中文??中文`\n\nWhat?? 真的吗?')).toEqual([]);
  });
});

describe('unpublished-html', () => {
  it('warns once per file, with counts, about formatting that will not be published', () => {
    const r = lint('<p style="color:red" class="MsoNormal">a</p>\n\n<p style="text-align:center"><font face="宋体">b</font><center>c</center></p>');
    const warning = r.diagnostics.filter((d) => d.rule === 'unpublished-html');
    expect(warning).toHaveLength(1);
    expect(warning[0]?.severity).toBe('warning');
    expect(warning[0]?.line).toBe(8);
    expect(warning[0]?.message).toContain('style 属性 ×2');
    expect(warning[0]?.message).toContain('<font>');
    expect(warning[0]?.message).toContain('<center>');
  });
  it('is quiet about what is published, and about what other rules already report', () => {
    expect(rules('<table><tr><td colspan="2" rowspan="2">a</td></tr></table> <sup>2</sup> <abbr title="x">y</abbr>')).toEqual([]);
    expect(rules('<iframe src="x"></iframe>')).toEqual(['unsafe-html']);
  });
});

describe('MDX gate rules', () => {
  it('allow images next to the file, the Figure component, literals and comments', () => {
    const body = "import chart from './chart.svg';\n\n{/* 备注 */}\n\n<Figure src={chart} alt=\"柱状图\" caption=\"图1\" />\n\n<p title={\"说明\"}>正文</p>\n\n<table><tbody><tr><td colspan={2}>x</td></tr></tbody></table>\n";
    expect(found(body, 'mdx')).toEqual([]);
  });
  it('mdx-import: packages, node: modules, named imports, exports, ?raw, absolute paths, components from content/', () => {
    expect(found("import { execSync } from 'node:child_process';\nimport fs from 'node:fs';\nimport yaml from 'yaml';\nimport s from '/etc/passwd?raw';\nimport e from './evil.astro';\nexport const a = 1;\n\n正文", 'mdx')).toEqual(
      Array.from({ length: 6 }, () => ['mdx-import', 8]),
    );
  });
  it('mdx-expression: any expression but a comment', () => {
    expect(found('正文 {process.env.HOME}\n\n{1 + 1}', 'mdx')).toEqual([
      ['mdx-expression', 8],
      ['mdx-expression', 10],
    ]);
  });
  it('mdx-attribute: directives, spreads, handlers and computed values', () => {
    const r = found('<div set:html={"<p>"} />\n\n<p {...props}>a</p>\n\n<p onClick="x()">b</p>\n\n<p title={"a" + "b"}>c</p>', 'mdx');
    expect(r).toEqual([
      ['mdx-attribute', 8],
      ['mdx-attribute', 10],
      ['mdx-attribute', 12],
      ['mdx-attribute', 14],
    ]);
  });
  it('mdx-component: components other than the editor components', () => {
    expect(found('<Fragment>x</Fragment>\n\n<Evil />', 'mdx')).toEqual([
      ['mdx-component', 8],
      ['mdx-component', 10],
    ]);
  });
  it('HTML written as JSX meets the same HTML rules', () => {
    expect(rules('<iframe src="https://x.example/" />', 'mdx')).toContain('unsafe-html');
    expect(rules('<a href="javascript:alert(1)">x</a>', 'mdx')).toContain('javascript-url');
    expect(rules('<div hidden><a href="https://x.example/">x</a></div>', 'mdx')).toContain('hidden-content');
  });
});

describe('bounded work', () => {
  it('refuses a body over the size limit before parsing it, and warns above the warning size', () => {
    expect(found(`\n\n${'长'.repeat(800)}`)).toEqual([['body-size', 10]]);
    expect(lint('长'.repeat(400)).diagnostics.map((d) => [d.rule, d.severity])).toEqual([['body-size', 'warning']]);
  });
  it('refuses nesting beyond the limit, from the estimate or the real tree', () => {
    expect(found(`${'> '.repeat(100)}深`)).toEqual([['nesting-depth', 8]]);
    expect(rules(`${'<div>'.repeat(12)}深${'</div>'.repeat(12)}`)).toEqual(['nesting-depth']);
    expect(rules(`${'<div>'.repeat(6)}深${'</div>'.repeat(6)}`)).toEqual([]);
  });
  it('reports an MDX syntax error at its line instead of throwing', () => {
    expect(found('正文\n\n<div>\n\n未闭合', 'mdx')[0]?.[0]).toBe('mdx-syntax');
  });
});
