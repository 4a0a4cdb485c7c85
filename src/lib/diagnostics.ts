/**
 * What the build tells an editor: one finding per rule, file, line and field, with the fix.
 * Never a stack trace: an editor cannot act on one.
 */

export type Severity = 'error' | 'warning';

export interface Diagnostic {
  /** Stable rule name, e.g. `document-number-format`; README lists them all. */
  rule: string;
  severity: Severity;
  /** Path as the editor sees it in the repository, e.g. content/notices/2018/plan.md. */
  file: string;
  /** 1-based line in that file, when known. */
  line?: number | undefined;
  /** 1-based column (in UTF-16 code units, as editors count) on that line, when known. */
  column?: number | undefined;
  /** Frontmatter field, e.g. documentNumber or contacts[0].phone. */
  field?: string | undefined;
  /** What is wrong, in Chinese, quoting the offending value. */
  message: string;
  /** What to write instead, when there is one obvious fix. */
  fix?: string | undefined;
}

/** Raised when content cannot be published; its message is the formatted report. */
export class ContentError extends Error {
  readonly diagnostics: Diagnostic[];
  constructor(diagnostics: Diagnostic[]) {
    super(formatReport(diagnostics));
    this.name = 'ContentError';
    this.diagnostics = diagnostics;
  }
}

/** The output formats of the content check: for people, for tools, for GitHub Actions. */
export const FORMATS = ['text', 'json', 'github'] as const;
export type Format = (typeof FORMATS)[number];

/** One line, whatever an editor put in a message. */
function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ');
}

/** Errors first, then by file, line and column; the caller's array is left as it is. */
function sorted(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) =>
      Number(a.severity === 'warning') - Number(b.severity === 'warning') ||
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0),
  );
}

/**
 * One finding as one line, as compilers and ESLint print them, so editors and terminals can jump to it:
 * `path:line:column  severity  rule-id  message`. The field and the fix are part of the message.
 * @example formatDiagnostic(d) // 'content/notices/2018/plan.md:3:17  error  document-number-format  documentNumber：发文字号 … 修改：documentNumber: 民办发〔2018〕7号'
 */
export function formatDiagnostic(d: Diagnostic): string {
  const where = `${d.file}:${d.line ?? 1}:${d.column ?? 1}`;
  const message = `${d.field ? `${d.field}：` : ''}${d.message}${d.fix ? ` 修改：${d.fix}` : ''}`;
  return `${where}  ${d.severity}  ${d.rule}  ${oneLine(message)}`;
}

/** The count line: `✖ 2 个错误，1 个警告 (2 errors, 1 warning)`. */
export function formatSummary(diagnostics: readonly Diagnostic[]): string {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${errors > 0 ? '✖' : warnings > 0 ? '⚠' : '✔'} ${errors} 个错误，${warnings} 个警告 (${plural(errors, 'error')}, ${plural(warnings, 'warning')})`;
}

/** All findings, errors first, one per line, then the count line. */
export function formatReport(diagnostics: readonly Diagnostic[]): string {
  return [...sorted(diagnostics).map(formatDiagnostic), formatSummary(diagnostics)].join('\n');
}

/** GitHub Actions' escaping of a workflow command's message (`%`, CR, LF) and of its properties (also `:` `,`). */
function escapeGithub(text: string, property = false): string {
  const escaped = text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  return property ? escaped.replace(/:/g, '%3A').replace(/,/g, '%2C') : escaped;
}

/**
 * The findings in one of the formats:
 * - `text`: formatReport;
 * - `json`: `{ errorCount, warningCount, diagnostics: [{ file, line, column, severity, rule, field, message, fix }] }`;
 * - `github`: one `::error file=…,line=…,col=…,title=…::message` workflow command per finding, which GitHub shows
 *   as an annotation on the file, and the count line.
 */
export function formatDiagnostics(diagnostics: readonly Diagnostic[], format: Format): string {
  if (format === 'json') {
    const errorCount = diagnostics.filter((d) => d.severity === 'error').length;
    const list = sorted(diagnostics).map((d) => ({
      file: d.file,
      line: d.line ?? null,
      column: d.column ?? null,
      severity: d.severity,
      rule: d.rule,
      field: d.field ?? null,
      message: d.message,
      fix: d.fix ?? null,
    }));
    return JSON.stringify({ errorCount, warningCount: diagnostics.length - errorCount, diagnostics: list }, null, 2);
  }
  if (format === 'github') {
    const lines = sorted(diagnostics).map((d) => {
      const props = [`file=${escapeGithub(d.file, true)}`];
      if (d.line) props.push(`line=${d.line}`);
      if (d.line && d.column) props.push(`col=${d.column}`);
      props.push(`title=${escapeGithub(d.rule, true)}`);
      const message = `${d.field ? `${d.field}：` : ''}${d.message}${d.fix ? `\n修改：${d.fix}` : ''}`;
      return `::${d.severity} ${props.join(',')}::${escapeGithub(message)}`;
    });
    return [...lines, formatSummary(diagnostics)].join('\n');
  }
  return formatReport(diagnostics);
}

/** Whether any finding stops the build. */
export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/** Formats a path of a zod issue as an editor writes it: `contacts[0].phone`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i > 0 ? '.' : ''}${String(p)}`)).join('');
}

interface IssueLike {
  path: readonly PropertyKey[];
  message: string;
  params?: Record<string, unknown> | undefined;
}

/**
 * Turns schema issues into diagnostics for one file. `lineOf` finds the line of a field in the file.
 * (Same job as Starlight's parseWithFriendlyErrors: one readable message per problem.)
 */
export function issuesToDiagnostics(
  issues: readonly IssueLike[],
  file: string,
  locate: (path: readonly PropertyKey[]) => number | { line: number; column: number } | undefined,
  rule = 'frontmatter',
): Diagnostic[] {
  return issues.map((issue) => {
    const fix = issue.params?.['fix'];
    // A missing field is reported where the frontmatter starts… or at its parent (contacts[0] for contacts[0].name).
    let place = locate(issue.path);
    for (let n = issue.path.length - 1; place === undefined && n >= 0; n--) place = locate(issue.path.slice(0, n));
    return {
      rule: typeof issue.params?.['rule'] === 'string' ? (issue.params['rule'] as string) : rule,
      severity: 'error',
      file,
      line: typeof place === 'number' ? place : place?.line,
      column: typeof place === 'number' ? undefined : place?.column,
      field: issue.path.length > 0 ? fieldPath(issue.path) : undefined,
      message: issue.message,
      fix: typeof fix === 'string' ? fix : undefined,
    };
  });
}
