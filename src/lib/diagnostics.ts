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

/**
 * One finding as printed, e.g.
 * `error content/notices/2018/plan.md:3 documentNumber [document-number-format]`
 * followed by the message and the fix, indented.
 */
export function formatDiagnostic(d: Diagnostic): string {
  const where = `${d.file}${d.line ? `:${d.line}` : ''}`;
  const lines = [`${d.severity} ${where}${d.field ? ` ${d.field}` : ''} [${d.rule}]`, `  ${d.message}`];
  if (d.fix) lines.push(`  修改为 fix: ${d.fix}`);
  return lines.join('\n');
}

/** All findings, errors first, then a count line. */
export function formatReport(diagnostics: readonly Diagnostic[]): string {
  const sorted = [...diagnostics].sort(
    (a, b) => Number(a.severity === 'warning') - Number(b.severity === 'warning') || a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0),
  );
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  return [...sorted.map(formatDiagnostic), `${errors} error(s), ${warnings} warning(s)`].join('\n');
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
  lineOf: (path: readonly PropertyKey[]) => number | undefined,
  rule = 'frontmatter',
): Diagnostic[] {
  return issues.map((issue) => {
    const fix = issue.params?.['fix'];
    return {
      rule: typeof issue.params?.['rule'] === 'string' ? (issue.params['rule'] as string) : rule,
      severity: 'error',
      file,
      line: lineOf(issue.path),
      field: issue.path.length > 0 ? fieldPath(issue.path) : undefined,
      message: issue.message,
      fix: typeof fix === 'string' ? fix : undefined,
    };
  });
}
