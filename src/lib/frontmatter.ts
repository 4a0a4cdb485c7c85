/**
 * Reads a content file the way the build's checker needs it: frontmatter values exactly as written
 * (dates stay text, so 2018-02-30 can be refused rather than rolled over to 3 月 2 日), plus line numbers.
 * Parsing is bounded (src/lib/yaml.ts): no aliases, a size limit.
 */
import { readYaml, YamlError } from './yaml.ts';

export interface SourceFile {
  /** Frontmatter as YAML's core schema reads it: strings, numbers, booleans, lists, maps. */
  data: Record<string, unknown>;
  /** The Markdown after the frontmatter. */
  body: string;
  /** 1-based line of the first body line. */
  bodyLine: number;
  /** 1-based line where a frontmatter field, list item or nested field is written. */
  lineOf(path: readonly PropertyKey[]): number | undefined;
  /** Line and column (1-based) of a frontmatter field's value. */
  positionOf(path: readonly PropertyKey[]): { line: number; column: number } | undefined;
}

/** Why a frontmatter was refused. `rule` is the check's name in the editor's report. */
export class FrontmatterError extends Error {
  readonly line: number | undefined;
  readonly rule: string;
  constructor(message: string, line?: number, rule = 'frontmatter-yaml') {
    super(message);
    this.line = line;
    this.rule = rule;
  }
}

const FRONTMATTER_RE = /^\uFEFF?---[ \t]*\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)/;

/** Default limit on a frontmatter's size; site.yaml `limits.frontmatterKB` changes it. */
export const FRONTMATTER_MAX_BYTES = 64 * 1024;

/**
 * Parses a Markdown/MDX source. Throws FrontmatterError (with the line and rule) when the frontmatter is
 * missing, broken, too large or uses aliases.
 */
export function readSource(text: string, maxBytes = FRONTMATTER_MAX_BYTES): SourceFile {
  const m = FRONTMATTER_RE.exec(text);
  if (!m) throw new FrontmatterError('文件开头没有 frontmatter；请以 --- 开始，写 title、date 等字段，再以 --- 结束', 1);
  let parsed;
  try {
    parsed = readYaml(m[1] ?? '', { firstLine: 2, maxBytes });
  } catch (error) {
    if (!(error instanceof YamlError)) throw error;
    const rule = { yaml: 'frontmatter-yaml', 'yaml-alias': 'frontmatter-alias', 'yaml-size': 'frontmatter-size' }[error.rule];
    throw new FrontmatterError(error.message.replace(/^YAML/, 'frontmatter 的 YAML'), error.line, rule);
  }
  let data = parsed.data;
  if (data === null || data === undefined) data = {};
  if (typeof data !== 'object' || Array.isArray(data)) throw new FrontmatterError('frontmatter 应为 字段: 值 的列表', 2);
  const bodyLine = text.slice(0, m[0].length).split('\n').length;
  return { data: data as Record<string, unknown>, body: text.slice(m[0].length), bodyLine, lineOf: parsed.lineOf, positionOf: parsed.positionOf };
}
