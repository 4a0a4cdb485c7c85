import { describe, expect, it } from 'vitest';
import {
  ContentError,
  fieldPath,
  formatDiagnostic,
  formatDiagnostics,
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
  it('prints one line: path:line:column, severity, rule, then the field, the message and the fix', () => {
    expect(formatDiagnostic({ ...numberError, column: 17 })).toBe(
      'content/notices/2018/plan.md:3:17  error  document-number-format  documentNumber：发文字号 "民办发[2018]07号" 不符合 GB/T 9704-2012 修改：documentNumber: 民办发〔2018〕7号',
    );
  });

  it('puts a finding without a place at 1:1, and keeps a message with line breaks on one line', () => {
    expect(formatDiagnostic({ rule: 'frontmatter', severity: 'error', file: 'content/news/a.md', message: '缺少标题 title\n请填写' })).toBe(
      'content/news/a.md:1:1  error  frontmatter  缺少标题 title 请填写',
    );
  });
});

describe('formatReport', () => {
  it('prints errors before warnings, by file, line and column, then the count line', () => {
    const report = formatReport([unknownField, scriptError, numberError, dupError, { ...scriptError, column: 3, line: 1 }]);
    expect(report.split('\n').map((l) => l.split('  ').slice(0, 3).join(' '))).toEqual([
      'content/news/2019/b.md:1:1 error duplicate-url',
      'content/news/2019/b.md:1:3 error raw-script',
      'content/news/2019/b.md:12:1 error raw-script',
      'content/notices/2018/plan.md:3:1 error document-number-format',
      'content/news/2019/a.md:2:1 warning unknown-field',
      '✖ 4 个错误，1 个警告 (4 errors, 1 warning)',
    ]);
  });

  it('does not reorder the caller’s array', () => {
    const list = [unknownField, numberError];
    formatReport(list);
    expect(list).toEqual([unknownField, numberError]);
  });

  it('an empty report is just the count line', () => {
    expect(formatReport([])).toBe('✔ 0 个错误，0 个警告 (0 errors, 0 warnings)');
  });
});

describe('formatDiagnostics', () => {
  it('json: counts and every finding with its place, for tools', () => {
    const parsed = JSON.parse(formatDiagnostics([unknownField, { ...numberError, column: 17 }], 'json'));
    expect(parsed.errorCount).toBe(1);
    expect(parsed.warningCount).toBe(1);
    expect(parsed.diagnostics[0]).toEqual({
      file: 'content/notices/2018/plan.md',
      line: 3,
      column: 17,
      severity: 'error',
      rule: 'document-number-format',
      field: 'documentNumber',
      message: numberError.message,
      fix: numberError.fix,
    });
    expect(parsed.diagnostics[1]).toMatchObject({ rule: 'unknown-field', severity: 'warning', column: null, fix: null });
  });

  it('github: one workflow command per finding, escaped as GitHub requires, then the count line', () => {
    const out = formatDiagnostics([{ rule: 'spam-text', severity: 'error', file: 'content/news/a,b.md', line: 4, column: 2, message: '100% 广告\n第二行', fix: '删除' }, unknownField], 'github').split('\n');
    expect(out[0]).toBe('::error file=content/news/a%2Cb.md,line=4,col=2,title=spam-text::100%25 广告%0A第二行%0A修改：删除');
    expect(out[1]).toBe('::warning file=content/news/2019/a.md,line=2,title=unknown-field::tilte：不认识的字段 "tilte"，会被忽略；是不是 title？');
    expect(out[2]).toMatch(/^✖ 1 个错误，1 个警告/);
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
