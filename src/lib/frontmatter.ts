/**
 * Reads a content file the way the build's checker needs it: frontmatter values exactly as written
 * (dates stay text, so 2018-02-30 can be refused rather than rolled over to 3 月 2 日), plus line numbers.
 * Astro parses the same frontmatter for rendering with the same YAML library.
 */
import yaml from 'js-yaml';

export interface SourceFile {
  /** Frontmatter as YAML's core schema reads it: strings, numbers, booleans, lists, maps. */
  data: Record<string, unknown>;
  /** The Markdown after the frontmatter. */
  body: string;
  /** 1-based line of the first body line. */
  bodyLine: number;
  /** 1-based line where a frontmatter field (or list item) is written, best effort. */
  lineOf(path: readonly PropertyKey[]): number | undefined;
}

export class FrontmatterError extends Error {
  readonly line: number | undefined;
  constructor(message: string, line?: number) {
    super(message);
    this.line = line;
  }
}

const FRONTMATTER_RE = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** Parses a Markdown/MDX source. Throws FrontmatterError (with the line) when the YAML is broken. */
export function readSource(text: string): SourceFile {
  const m = FRONTMATTER_RE.exec(text);
  if (!m) throw new FrontmatterError('文件开头没有 frontmatter；请以 --- 开始，写 title、date 等字段，再以 --- 结束', 1);
  const raw = m[1] ?? '';
  let data: unknown;
  try {
    data = yaml.load(raw, { schema: yaml.CORE_SCHEMA });
  } catch (error) {
    if (error instanceof yaml.YAMLException) {
      const line = error.mark ? locateYamlMistake(raw.split(/\r?\n/), error.mark.line) + 2 : undefined;
      throw new FrontmatterError(`frontmatter 的 YAML 写法有误：${error.reason}。常见原因：冒号后缺空格、引号不成对、缩进不齐`, line);
    }
    throw error;
  }
  if (data === null || data === undefined) data = {};
  if (typeof data !== 'object' || Array.isArray(data)) throw new FrontmatterError('frontmatter 应为 字段: 值 的列表', 2);
  const bodyLine = text.slice(0, m[0].length).split('\n').length;
  return { data: data as Record<string, unknown>, body: text.slice(m[0].length), bodyLine, lineOf: yamlLineFinder(raw, 2) };
}

/**
 * The YAML parser notices a mistake where it can no longer go on, often a line or two after it. Look back
 * from there for the usual culprits: a colon without a space (`source:中国社会报`) or an unclosed quote.
 * Returns a 0-based line of `lines`.
 */
export function locateYamlMistake(lines: readonly string[], reported: number): number {
  for (let k = Math.min(reported, lines.length - 1); k >= 0; k--) {
    const line = lines[k] ?? '';
    const noSpace = /^\s*(?:-\s+)?[\w-]+:(?![\s/]|$)/.test(line);
    const value = /^\s*(?:-\s+)?[\w-]+:\s+(.*)$/.exec(line)?.[1] ?? '';
    const unclosed = /^"(?:[^"\\]|\\.)*$/.test(value) || /^'(?:[^']|'')*$/.test(value);
    if (noSpace || unclosed) return k;
  }
  return reported;
}

/**
 * Finds the line of a top-level field (and of the n-th item of a block list under it) in YAML text.
 * @param firstLine the file line the YAML text starts on (2 for frontmatter, after its `---`)
 */
export function yamlLineFinder(yamlText: string, firstLine: number): (path: readonly PropertyKey[]) => number | undefined {
  const lines = yamlText.split(/\r?\n/);
  return (path) => {
    const [field, index] = path;
    if (typeof field !== 'string') return undefined;
    const at = lines.findIndex((l) => new RegExp(`^${field.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*:`).test(l));
    if (at < 0) return undefined;
    if (typeof index === 'number') {
      let seen = -1;
      for (let k = at + 1; k < lines.length && /^\s/.test(lines[k] ?? ''); k++) {
        if (/^\s*-\s/.test(lines[k] ?? '')) seen += 1;
        if (seen === index) return k + firstLine;
      }
    }
    return at + firstLine;
  };
}
