import { describe, expect, it } from 'vitest';
import {
  ContentError,
  fieldPath,
  formatDiagnostic,
  formatReport,
  hasErrors,
  issuesToDiagnostics,
  type Diagnostic,
} from '../../src/lib/diagnostics.ts';

const numberError: Diagnostic = {
  rule: 'document-number-format',
  severity: 'error',
  file: 'content/notices/2018/plan.md',
  line: 3,
  field: 'documentNumber',
  message: '发文字号 "民办发[2018]07号" 不符合 GB/T 9704-2012',
  fix: 'documentNumber: 民办发〔2018〕7号',
};
const unknownField: Diagnostic = {
  rule: 'unknown-field',
  severity: 'warning',
  file: 'content/news/2019/a.md',
  line: 2,
  field: 'tilte',
  message: '不认识的字段 "tilte"，会被忽略；是不是 title？',
};
const scriptError: Diagnostic = { rule: 'raw-script', severity: 'error', file: 'content/news/2019/b.md', line: 12, message: '正文里有脚本 <script>' };
const dupError: Diagnostic = { rule: 'duplicate-url', severity: 'error', file: 'content/news/2019/b.md', line: 1, message: '与 content/news/2019/B.md 发布到同一网址' };

describe('formatDiagnostic', () => {
  it('prints severity, file:line, field and rule, then the message and the fix', () => {
    expect(formatDiagnostic(numberError)).toBe(
      [
        'error content/notices/2018/plan.md:3 documentNumber [document-number-format]',
        '  发文字号 "民办发[2018]07号" 不符合 GB/T 9704-2012',
        '  修改为 fix: documentNumber: 民办发〔2018〕7号',
      ].join('\n'),
    );
  });

  it('leaves out the line, field and fix when there are none', () => {
    expect(formatDiagnostic({ rule: 'frontmatter', severity: 'error', file: 'content/news/a.md', message: '缺少标题 title' })).toBe(
      'error content/news/a.md [frontmatter]\n  缺少标题 title',
    );
  });
});

describe('formatReport', () => {
  it('prints errors before warnings, by file and line, then the count line', () => {
    const report = formatReport([unknownField, scriptError, numberError, dupError]);
    const heads = report.split('\n').filter((l) => /^(error|warning) /.test(l));
    expect(heads).toEqual([
      'error content/news/2019/b.md:1 [duplicate-url]',
      'error content/news/2019/b.md:12 [raw-script]',
      'error content/notices/2018/plan.md:3 documentNumber [document-number-format]',
      'warning content/news/2019/a.md:2 tilte [unknown-field]',
    ]);
    expect(report.split('\n').at(-1)).toBe('3 error(s), 1 warning(s)');
  });

  it('does not reorder the caller’s array', () => {
    const list = [unknownField, numberError];
    formatReport(list);
    expect(list).toEqual([unknownField, numberError]);
  });

  it('an empty report is just the count line', () => {
    expect(formatReport([])).toBe('0 error(s), 0 warning(s)');
  });
});

describe('hasErrors and ContentError', () => {
  it('warnings alone do not stop the build', () => {
    expect(hasErrors([unknownField])).toBe(false);
    expect(hasErrors([unknownField, scriptError])).toBe(true);
    expect(hasErrors([])).toBe(false);
  });

  it('ContentError carries the diagnostics and the formatted report as its message', () => {
    const error = new ContentError([numberError]);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('ContentError');
    expect(error.diagnostics).toEqual([numberError]);
    expect(error.message).toBe(formatReport([numberError]));
  });
});

describe('fieldPath', () => {
  it.each([
    [['contacts', 0, 'phone'], 'contacts[0].phone'],
    [['title'], 'title'],
    [['attachments', 1], 'attachments[1]'],
    [['footer', 'icp'], 'footer.icp'],
    [['channels', 0, 'children', 2, 'id'], 'channels[0].children[2].id'],
    [[3, 'hans'], '[3].hans'],
    [[], ''],
  ] as [PropertyKey[], string][])('%j → %s', (path, text) => {
    expect(fieldPath(path)).toBe(text);
  });
});

describe('issuesToDiagnostics', () => {
  const lineOf = (path: readonly PropertyKey[]) => ({ title: 2, documentNumber: 3, contacts: 8 })[String(path[0]) as 'title'];

  it('uses params.rule and params.fix when the schema gives them', () => {
    const [d] = issuesToDiagnostics(
      [{ path: ['documentNumber'], message: '发文字号不对', params: { rule: 'document-number-format', fix: 'documentNumber: 民办发〔2018〕7号' } }],
      'content/notices/a.md',
      lineOf,
    );
    expect(d).toEqual({
      rule: 'document-number-format',
      severity: 'error',
      file: 'content/notices/a.md',
      line: 3,
      field: 'documentNumber',
      message: '发文字号不对',
      fix: 'documentNumber: 民办发〔2018〕7号',
    });
  });

  it('falls back to the given rule, with no fix, and formats nested fields', () => {
    const ds = issuesToDiagnostics(
      [
        { path: ['contacts', 0, 'phone'], message: '联系电话应为文字' },
        { path: [], message: 'frontmatter 应为 字段: 值 的列表', params: { rule: 42 } },
      ],
      'content/notices/a.md',
      lineOf,
      'site-settings',
    );
    expect(ds).toEqual([
      { rule: 'site-settings', severity: 'error', file: 'content/notices/a.md', line: 8, field: 'contacts[0].phone', message: '联系电话应为文字', fix: undefined },
      { rule: 'site-settings', severity: 'error', file: 'content/notices/a.md', line: undefined, field: undefined, message: 'frontmatter 应为 字段: 值 的列表', fix: undefined },
    ]);
  });

  it('defaults to the frontmatter rule', () => {
    expect(issuesToDiagnostics([{ path: ['title'], message: '缺少标题' }], 'f.md', lineOf)[0]?.rule).toBe('frontmatter');
  });
});
