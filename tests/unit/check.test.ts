import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent, listContentFiles } from '../../src/lib/lint/check.ts';
import { hasErrors, type Diagnostic } from '../../src/lib/diagnostics.ts';
import { FrontmatterError, readSource } from '../../src/lib/frontmatter.ts';
import { readYaml } from '../../src/lib/yaml.ts';
import { loadSite } from '../../src/lib/site.ts';

const SITE_YAML = fs.readFileSync(new URL('../../content/site.yaml', import.meta.url), 'utf8');
const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

/** A fresh content folder (loadSite caches per folder) with the shipped site.yaml and the given files. */
function check(files: Record<string, string>) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongkai-check-'));
  dirs.push(dir);
  fs.writeFileSync(path.join(dir, 'site.yaml'), SITE_YAML);
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  }
  const site = loadSite(dir);
  const result = checkContent(site);
  const display = (rel: string) => `${site.displayDir}/${rel}`;
  return { ...result, site, display };
}

/** Lines of a file. Line 1 is the first element. */
const lines = (...l: string[]) => `${l.join('\n')}\n`;

/** A valid news article; frontmatter on lines 1–6, blank line 7, body from line 8. */
const newsFile = (...body: string[]) =>
  lines('---', 'title: 厚植新时代民政事业改革发展的根基', 'date: 2019-04-01', 'source: 中国社会报', 'channel: media', '---', '', ...body);

/** A valid notice; `documentNumber` on line 3, writtenDate on 5, attachments from line 10. */
const noticeFile = (over: { documentNumber?: string; writtenDate?: string; date?: string; attachments?: string[] } = {}) =>
  lines(
    '---',
    'title: 民政部办公厅关于印发《2018年加强基层民政工作实施方案》的通知',
    `documentNumber: ${over.documentNumber ?? '民办发〔2018〕7号'}`,
    'issuer: 民政部办公厅',
    `writtenDate: ${over.writtenDate ?? '2018-05-12'}`,
    `date: ${over.date ?? '2018-05-14'}`,
    'source: 民政部网站',
    'channel: notices',
    'attachments:',
    ...(over.attachments ?? ['  - { title: 实施方案, file: ./plan.pdf }']),
    '---',
    '',
    '现印发给你们，请认真贯彻执行。',
  );

const brief = (ds: Diagnostic[]) => ds.map(({ rule, severity, file, line, field }) => ({ rule, severity, file, line, field }));

describe('a clean site', () => {
  it('has no findings', () => {
    const r = check({
      'news/2019/jiceng.md': newsFile('基层是民政工作的落脚点。', '', '问：怎么办理？答：到乡镇窗口。'),
      'notices/2018/fangan.md': noticeFile(),
      'notices/2018/plan.pdf': '%PDF',
    });
    expect(r.diagnostics).toEqual([]);
    expect(r.files).toBe(2);
  });

  it('lists Markdown and MDX files of both collections, with the path the editor sees', () => {
    const r = check({ 'news/2019/a.md': newsFile('正文。'), 'news/2024/b.mdx': newsFile('正文。'), 'news/2024/chart.svg': '<svg/>', 'notices/x.txt': '' });
    const files = listContentFiles(r.site);
    expect(files.map((f) => [f.collection, f.relative])).toEqual([
      ['news', '2019/a.md'],
      ['news', '2024/b.mdx'],
    ]);
    expect(files[0]?.display).toBe(r.display('news/2019/a.md'));
    expect(files[0]?.abs).toBe(path.join(r.site.contentDir, 'news', '2019', 'a.md'));
  });
});

describe('frontmatter-yaml', () => {
  it('broken indentation is reported at its line', () => {
    const r = check({ 'news/a.md': lines('---', 'title: 关于', '  date: 2019-04-01', 'source: 中国社会报', 'channel: media', '---', '正文。') });
    expect(brief(r.diagnostics)).toEqual([{ rule: 'frontmatter-yaml', severity: 'error', file: r.display('news/a.md'), line: 3, field: undefined }]);
    expect(r.diagnostics[0]?.message).toContain('YAML');
  });

  it('a field written twice is reported at the second one', () => {
    const r = check({ 'news/a.md': lines('---', 'title: 关于', 'date: 2019-04-01', 'title: 又一个', 'source: s', 'channel: media', '---') });
    expect(brief(r.diagnostics)).toEqual([{ rule: 'frontmatter-yaml', severity: 'error', file: r.display('news/a.md'), line: 4, field: undefined }]);
  });

  it('a file without frontmatter is reported at line 1 with how to start one', () => {
    const r = check({ 'news/a.md': '# 标题\n\n正文。\n' });
    expect(brief(r.diagnostics)).toEqual([{ rule: 'frontmatter-yaml', severity: 'error', file: r.display('news/a.md'), line: 1, field: undefined }]);
    expect(r.diagnostics[0]?.message).toContain('---');
  });

  it.each([
    ['a missing space after the colon', 'source:中国社会报'],
    ['an unclosed quote', 'source: "中国社会报'],
  ])('%s is reported at the line where it is written', (_, bad) => {
    const r = check({ 'news/a.md': lines('---', 'title: 关于', 'date: 2019-04-01', bad, 'channel: media', '---', '正文。') });
    expect(brief(r.diagnostics)).toEqual([{ rule: 'frontmatter-yaml', severity: 'error', file: r.display('news/a.md'), line: 4, field: undefined }]);
  });
});

describe('frontmatter', () => {
  it('a missing field has no line; the unknown typo gets a warning at its line suggesting the field', () => {
    const r = check({ 'news/a.md': lines('---', 'tilte: 厚植新时代民政事业改革发展的根基', 'date: 2019-04-01', 'source: 中国社会报', 'channel: media', '---') });
    expect(brief(r.diagnostics)).toEqual([
      { rule: 'unknown-field', severity: 'warning', file: r.display('news/a.md'), line: 2, field: 'tilte' },
      { rule: 'frontmatter', severity: 'error', file: r.display('news/a.md'), line: undefined, field: 'title' },
    ]);
    const [typo, missing] = r.diagnostics;
    expect(typo?.message).toContain('"tilte"');
    expect(typo?.message).toContain('是不是 title');
    expect(typo?.fix).toBe('title: …');
    expect(missing?.message).toContain('缺少标题 title');
  });

  it('a field of the wrong kind is reported at its line', () => {
    const r = check({ 'news/a.md': lines('---', 'title: 关于', 'date: 2019-04-01', 'source: 中国社会报', 'channel: media', 'draft: yes', '---') });
    expect(brief(r.diagnostics)).toEqual([{ rule: 'frontmatter', severity: 'error', file: r.display('news/a.md'), line: 6, field: 'draft' }]);
    expect(r.diagnostics[0]?.message).toBe('draft 只能是 true 或 false');
  });

  it('a problem inside a list item is reported at that item', () => {
    const r = check({
      'notices/a.md': lines(
        '---',
        'title: 通知',
        'issuer: 民政部办公厅',
        'writtenDate: 2018-05-12',
        'date: 2018-05-14',
        'source: 民政部网站',
        'channel: notices',
        'contacts:',
        '  - { name: 李玉玲, phone: (010)66591372 }',
        '  - name: 赵文博',
        '    email: zhao-at-example',
        '---',
      ),
    });
    // The line of the field itself inside the item.
    expect(brief(r.diagnostics)).toEqual([{ rule: 'frontmatter', severity: 'error', file: r.display('notices/a.md'), line: 11, field: 'contacts[1].email' }]);
  });

  it('an unknown field far from any known one gets no suggestion', () => {
    const r = check({ 'news/a.md': newsFile('正文。').replace('channel: media', 'channel: media\nkeywords: 民政') });
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]).toMatchObject({ rule: 'unknown-field', severity: 'warning', line: 6, field: 'keywords', fix: undefined });
    expect(r.diagnostics[0]?.message).not.toContain('是不是');
    expect(hasErrors(r.diagnostics)).toBe(false);
  });

  it('an unknown channel lists the channels of site.yaml', () => {
    const r = check({ 'news/a.md': newsFile('正文。').replace('channel: media', 'channel: xinwen') });
    expect(brief(r.diagnostics)).toEqual([{ rule: 'frontmatter', severity: 'error', file: r.display('news/a.md'), line: 5, field: 'channel' }]);
    expect(r.diagnostics[0]?.message).toContain('dept, media, local');
  });
});

describe('dates', () => {
  it('date-invalid: 2018-02-30 is refused at its line', () => {
    const r = check({ 'news/a.md': newsFile('正文。').replace('date: 2019-04-01', 'date: 2018-02-30') });
    expect(brief(r.diagnostics)).toEqual([{ rule: 'date-invalid', severity: 'error', file: r.display('news/a.md'), line: 3, field: 'date' }]);
    expect(r.diagnostics[0]?.message).toContain('2018年2月只有28天');
  });

  it('date-invalid: a date with a timezone is refused', () => {
    const r = check({ 'news/a.md': newsFile('正文。').replace('date: 2019-04-01', 'date: 2019-04-01T09:30:00+08:00') });
    expect(brief(r.diagnostics)).toEqual([{ rule: 'date-invalid', severity: 'error', file: r.display('news/a.md'), line: 3, field: 'date' }]);
  });

  it('date-order: 成文日期 after 发布日期 is reported on writtenDate', () => {
    const r = check({ 'notices/a.md': noticeFile({ writtenDate: '2018-05-20' }), 'notices/plan.pdf': '' });
    expect(brief(r.diagnostics)).toEqual([{ rule: 'date-order', severity: 'error', file: r.display('notices/a.md'), line: 5, field: 'writtenDate' }]);
  });
});

describe('发文字号', () => {
  it('document-number-format: reported at its line with the corrected form as fix', () => {
    const r = check({ 'notices/a.md': noticeFile({ documentNumber: '民办发[2018]07号' }), 'notices/plan.pdf': '' });
    expect(brief(r.diagnostics)).toEqual([
      { rule: 'document-number-format', severity: 'error', file: r.display('notices/a.md'), line: 3, field: 'documentNumber' },
    ]);
    expect(r.diagnostics[0]?.fix).toBe('documentNumber: 民办发〔2018〕7号');
    expect(r.diagnostics[0]?.message).toContain('"民办发[2018]07号"');
  });

  it('document-number-year: a year that differs from the 成文日期 is only a warning', () => {
    const r = check({ 'notices/a.md': noticeFile({ documentNumber: '民办发〔2017〕7号' }), 'notices/plan.pdf': '' });
    expect(brief(r.diagnostics)).toEqual([
      { rule: 'document-number-year', severity: 'warning', file: r.display('notices/a.md'), line: 3, field: 'documentNumber' },
    ]);
    expect(r.diagnostics[0]?.message).toContain('2017');
    expect(r.diagnostics[0]?.message).toContain('2018-05-12');
    expect(hasErrors(r.diagnostics)).toBe(false);
  });

  it('a number from the 成文日期 year gives no warning, even if published the next year', () => {
    const r = check({ 'notices/a.md': noticeFile({ writtenDate: '2018-12-28', date: '2019-01-04' }), 'notices/plan.pdf': '' });
    expect(r.diagnostics).toEqual([]);
  });
});

describe('attachment-missing', () => {
  it('reports each missing file at its list item', () => {
    const r = check({
      'notices/2018/a.md': noticeFile({ attachments: ['  - { title: 实施方案, file: ./plan.pdf }', '  - { title: 资金分配表, file: ./budget.pdf }'] }),
      'notices/2018/plan.pdf': '%PDF',
    });
    expect(brief(r.diagnostics)).toEqual([
      { rule: 'attachment-missing', severity: 'error', file: r.display('notices/2018/a.md'), line: 11, field: 'attachments[1].file' },
    ]);
    expect(r.diagnostics[0]?.message).toContain('资金分配表');
    expect(r.diagnostics[0]?.message).toContain('./budget.pdf');
  });

  it('resolves the file relative to the Markdown file, and a folder is not a file', () => {
    const r = check({
      'notices/2018/a.md': noticeFile({ attachments: ['  - { title: 方案, file: ../files/plan.pdf }', '  - { title: 目录, file: ./dir.pdf }'] }),
      'notices/files/plan.pdf': '%PDF',
      'notices/2018/dir.pdf/keep.pdf': '%PDF',
    });
    expect(brief(r.diagnostics)).toEqual([
      { rule: 'file-reference', severity: 'error', file: r.display('notices/2018/a.md'), line: 11, field: 'attachments[1].file' },
      { rule: 'unreferenced-file', severity: 'warning', file: r.display('notices/2018/dir.pdf/keep.pdf'), line: undefined, field: undefined },
    ]);
    expect(r.diagnostics[0]?.message).toContain('不是普通文件');
    expect(r.publish.map((f) => f.relative)).toEqual(['notices/files/plan.pdf']);
  });
});

describe('duplicate-url', () => {
  it.each([
    ['news/2019/A.md', 'news/2019/a.md', '/news/2019/a/'],
    ['news/2019/x.md', 'news/2019/x.mdx', '/news/2019/x/'],
    ['news/2019.md', 'news/2019/index.md', '/news/2019/'],
  ])('%s and %s publish to the same address', (first, second, route) => {
    const r = check({ [first]: newsFile('正文。'), [second]: newsFile('正文。') });
    expect(brief(r.diagnostics)).toEqual([{ rule: 'duplicate-url', severity: 'error', file: r.display(second), line: 1, field: undefined }]);
    expect(r.diagnostics[0]?.message).toContain(r.display(first));
    expect(r.diagnostics[0]?.message).toContain(route);
    expect(r.diagnostics[0]?.fix).toBeTruthy();
  });

  it.each([
    ['news/media.md', '/news/media/', '栏目页 媒体报道'],
    ['news/media/index.md', '/news/media/', '栏目页 媒体报道'],
    ['news/index.md', '/news/', '栏目页 新闻中心'],
    ['news/media/feed.xml.md', '/news/media/feed.xml/', '栏目 媒体报道 的订阅（RSS）'],
  ])('%s would take the address of a channel page or feed (%s)', (file, route, taken) => {
    const r = check({ [file]: newsFile('正文。') });
    expect(brief(r.diagnostics)).toEqual([{ rule: 'duplicate-url', severity: 'error', file: r.display(file), line: 1, field: undefined }]);
    expect(r.diagnostics[0]?.message).toBe(`网址 ${route} 已被${taken}占用；网址由文件路径决定`);
  });

  it('notices/feed.xml.md would take the address of the feed of every notice', () => {
    const r = check({ 'notices/feed.xml.md': noticeFile(), 'notices/plan.pdf': '' });
    expect(brief(r.diagnostics)).toEqual([{ rule: 'duplicate-url', severity: 'error', file: r.display('notices/feed.xml.md'), line: 1, field: undefined }]);
    expect(r.diagnostics[0]?.message).toBe('网址 /notices/feed.xml/ 已被网站自身的页面占用；网址由文件路径决定');
  });

  it('a year folder is not mistaken for a numbered channel page that does not exist', () => {
    const r = check({ 'news/2019/index.md': newsFile('正文。'), 'news/media/1.md': newsFile('正文。') });
    expect(r.diagnostics).toEqual([]);
  });

  it('a file at page 2 of a channel that has two pages is refused', () => {
    const files = Object.fromEntries(Array.from({ length: 21 }, (_, i) => [`news/2019/a${i}.md`, newsFile('正文。')]));
    const r = check({ ...files, 'news/media/2.md': newsFile('正文。') });
    expect(brief(r.diagnostics)).toEqual([{ rule: 'duplicate-url', severity: 'error', file: r.display('news/media/2.md'), line: 1, field: undefined }]);
  });

  it('the same file name in news and notices is two addresses', () => {
    const r = check({ 'news/2018/a.md': newsFile('正文。'), 'notices/2018/a.md': noticeFile(), 'notices/2018/plan.pdf': '' });
    expect(r.diagnostics).toEqual([]);
  });
});

describe('body rules', () => {
  const one = (rule: string, body: string[], line: number) => {
    const r = check({ 'news/a.md': newsFile(...body) });
    expect(brief(r.diagnostics)).toEqual([{ rule, severity: 'error', file: r.display('news/a.md'), line, field: undefined }]);
    return r.diagnostics[0] as Diagnostic;
  };

  it('raw-script', () => {
    const d = one('raw-script', ['第一段。', '', '<script src="https://x.example/a.js"></script>'], 10);
    expect(d.message).toContain('<script');
  });

  it('raw-script in any case', () => {
    one('raw-script', ['<SCRIPT>alert(1)</SCRIPT>'], 8);
  });

  it('event-handler', () => {
    const d = one('event-handler', ['第一段。', '<img src=x alt="图" onerror=alert(1)>'], 9);
    expect(d.message).toContain('onerror');
  });

  it('event-handler with quotes', () => {
    one('event-handler', ['<a href="/" onclick="track()">链接</a>'], 8);
  });

  it('javascript-url in a Markdown link', () => {
    one('javascript-url', ['正文。', '', '请[点击这里](javascript:alert(1))办理。'], 10);
  });

  it('javascript-url in an href', () => {
    one('javascript-url', ['<a href="javascript:void(0)">办理</a>'], 8);
  });

  it('javascript-url: the message quotes the offending link', () => {
    const d = one('javascript-url', ['请[点击这里](javascript:alert(1))办理。'], 8);
    expect(d.message).toContain('javascript:alert(1)');
  });

  it.each([
    ['U+FFFD', '民政部\uFFFD\uFFFD通知'],
    ['锟斤拷', '关于锟斤拷的通知'],
    ['?? in Chinese text', '关于做好??工作的通知'],
    ['?? before Chinese text', '??基层民政工作'],
    ['烫烫烫', '烫烫烫烫'],
  ])('mojibake: %s', (_, text) => {
    const d = one('mojibake', ['第一段。', '', text], 10);
    expect(d.message).toContain('UTF-8');
  });

  it('mojibake is not ?? in a fenced code block, a lone ? or ?? in Latin text', () => {
    const r = check({
      'news/a.md': newsFile('```', '中文??中文', '```', '', '~~~text', '锟斤拷??', '~~~', '', '真的吗?是的。', 'What?? Yes.', 'a ?? b'),
    });
    expect(r.diagnostics).toEqual([]);
  });

  it('a rule is checked again after a fenced block ends', () => {
    const r = check({ 'news/a.md': newsFile('```html', '<script>x()</script>', '```', '<script>y()</script>') });
    expect(brief(r.diagnostics)).toEqual([{ rule: 'raw-script', severity: 'error', file: r.display('news/a.md'), line: 11, field: undefined }]);
  });

  it('each problem line is reported, with its own rule', () => {
    const r = check({ 'news/a.md': newsFile('<script>1</script>', '正文。', '<div onclick="x()"></div>', '', '[a](javascript:x)', '', '中文??中文') });
    expect(r.diagnostics.map((d) => [d.rule, d.line])).toEqual([
      ['raw-script', 8],
      ['event-handler', 10],
      ['javascript-url', 12],
      ['mojibake', 14],
    ]);
  });

  it('Markdown inside an HTML block is HTML text, as a browser will show it: a line inside it keeps its own line', () => {
    const r = check({ 'news/a.md': newsFile('<div onclick="x()">', '[a](javascript:x)', '中文??中文') });
    // No link here: until a blank line, the block is raw HTML and `[a](…)` is plain text.
    expect(r.diagnostics.map((d) => [d.rule, d.line])).toEqual([
      ['event-handler', 8],
      ['mojibake', 10],
    ]);
  });

  it('counts body lines after a frontmatter with CRLF line ends', () => {
    const r = check({ 'news/a.md': newsFile('正文。', '<script>1</script>').replace(/\n/g, '\r\n') });
    expect(r.diagnostics.map((d) => [d.rule, d.line])).toEqual([['raw-script', 9]]);
  });
});

describe('readSource and readYaml', () => {
  it('reads values as written: dates stay text', () => {
    const s = readSource(newsFile('正文。'));
    expect(s.data).toEqual({ title: '厚植新时代民政事业改革发展的根基', date: '2019-04-01', source: '中国社会报', channel: 'media' });
    expect(s.bodyLine).toBe(7);
    expect(s.body).toBe('\n正文。\n');
  });

  it('accepts a byte-order mark and an empty frontmatter', () => {
    expect(readSource('\uFEFF---\ntitle: 关于\n---\n正文').data).toEqual({ title: '关于' });
    expect(readSource('---\n\n---\n正文').data).toEqual({});
  });

  it('a frontmatter that is a list is refused at line 2', () => {
    let error: unknown;
    try {
      readSource('---\n- a\n- b\n---\n');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(FrontmatterError);
    expect((error as FrontmatterError).line).toBe(2);
  });

  it('finds fields, list items and fields inside items', () => {
    const { lineOf } = readYaml(['title: 关于', 'attachments:', '  - title: 方案', '    file: ./a.pdf', '  - { title: 表, file: ./b.pdf }', 'date: 2019-04-01'].join('\n'), { firstLine: 2 });
    expect(lineOf(['title'])).toBe(2);
    expect(lineOf(['date'])).toBe(7);
    expect(lineOf(['attachments'])).toBe(3);
    expect(lineOf(['attachments', 0])).toBe(4);
    expect(lineOf(['attachments', 0, 'file'])).toBe(5);
    expect(lineOf(['attachments', 1, 'file'])).toBe(6);
    expect(lineOf(['summary'])).toBeUndefined();
    // A field name that merely starts another field's name is not confused with it.
    expect(readYaml('subtitle: 副\ntitle: 正', { firstLine: 2 }).lineOf(['title'])).toBe(3);
  });
});

describe('mojibake in frontmatter', () => {
  it('a garbled title is refused at its line, naming the field', () => {
    const r = check({ 'news/a.md': newsFile('正文。').replace('title: 厚植新时代民政事业改革发展的根基', 'title: 关于??工作的通知') });
    expect(brief(r.diagnostics)).toEqual([{ rule: 'mojibake', severity: 'error', file: r.display('news/a.md'), line: 2, field: 'title' }]);
    expect(r.diagnostics[0]?.message).toContain('"??"');
  });
});
