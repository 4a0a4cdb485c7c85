/**
 * Reading YAML an editor wrote (frontmatter, `site.yaml`, `glossary.yaml`) with bounded work and exact lines.
 *
 * - Values are read with YAML's core schema: strings, numbers, booleans, null, lists and maps. Dates stay text,
 *   so 2018-02-30 can be refused rather than rolled over.
 * - Anchors and aliases (`&a` / `*a`) are refused: editors never need them, and ten lines of nested aliases
 *   expand to billions of values (the "billion laughs" attack) in every tool that reads the file after us.
 * - A size limit is checked before parsing.
 * - `lineOf(path)` finds the line of any field, list item or nested field from the parsed tree.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Node } from 'yaml';

/** Why a YAML text was refused; `rule` names the check for the editor's report. */
export class YamlError extends Error {
  readonly rule: 'yaml' | 'yaml-alias' | 'yaml-size';
  readonly line: number | undefined;
  constructor(rule: YamlError['rule'], message: string, line?: number) {
    super(message);
    this.rule = rule;
    this.line = line;
  }
}

export interface YamlText {
  /** The values, as the core schema reads them. */
  data: unknown;
  /**
   * 1-based line where a value is written: a field, a list item, or a field inside an item
   * (`['attachments', 0, 'file']`). A path not written in the file gives the line of its nearest written
   * parent, or `undefined` when even its first field is absent.
   */
  lineOf(path: readonly PropertyKey[]): number | undefined;
  /** Line and column (1-based) of a field's value (or of the field, when it has none). */
  positionOf(path: readonly PropertyKey[]): { line: number; column: number } | undefined;
}

export interface ReadYamlOptions {
  /** File line the text starts on (2 for frontmatter, after its `---`). Default 1. */
  firstLine?: number;
  /** Refuse texts longer than this many UTF-8 bytes. */
  maxBytes?: number;
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

const REASONS: Record<string, string> = {
  DUPLICATE_KEY: '同一个字段写了两次',
  BAD_INDENT: '缩进不齐',
  MISSING_CHAR: '缺少引号、括号或冒号',
  MULTILINE_IMPLICIT_KEY: '冒号后缺空格，或引号不成对',
  BLOCK_AS_IMPLICIT_KEY: '冒号后缺空格，或引号不成对',
  UNEXPECTED_TOKEN: '有无法识别的符号',
  TAB_AS_INDENT: '用了 Tab 缩进（请用空格）',
  BAD_SCALAR_START: '值以保留符号开头（如 @ 或 `），请给值加引号',
};

/**
 * Parses `text`; throws YamlError with the line of the mistake.
 * @example readYaml('title: 关于\ndate: 2019-04-01').data // { title: '关于', date: '2019-04-01' }
 */
export function readYaml(text: string, options: ReadYamlOptions = {}): YamlText {
  const firstLine = options.firstLine ?? 1;
  if (options.maxBytes !== undefined && Buffer.byteLength(text, 'utf8') > options.maxBytes) {
    throw new YamlError('yaml-size', `YAML 部分超过 ${Math.round(options.maxBytes / 1024)} KB；请把长文字移到正文`, firstLine);
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { schema: 'core', lineCounter, uniqueKeys: true, prettyErrors: false, strict: true });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
  const error = doc.errors[0];
  if (error) {
    // The parser reports where it gave up; the mistake is at or before the furthest point any error reached.
    const furthest = Math.max(...doc.errors.map((e) => lineCounter.linePos(Math.max(e.pos[0], e.pos[1] - 1)).line)) - 1;
    const at = error.code === 'DUPLICATE_KEY' ? lineCounter.linePos(error.pos[0]).line - 1 : locateYamlMistake(text.split(/\r?\n/), furthest);
    const reason = REASONS[error.code] ?? '写法有误';
    throw new YamlError('yaml', `YAML 写法有误：${reason}。常见原因：冒号后缺空格、引号不成对、缩进不齐`, at + firstLine);
  }
  let alias: number | undefined;
  visit(doc, {
    Alias(_, node) {
      alias = node.range?.[0] ?? 0;
      return visit.BREAK;
    },
  });
  if (alias !== undefined) {
    throw new YamlError('yaml-alias', 'YAML 里不能用锚点和别名（& 和 *）；请把值直接写出来。以 * 或 & 开头的文字请加引号', lineAt(alias));
  }
  const data: unknown = doc.toJS({ maxAliasCount: 0 });

  const positionOf = (path: readonly PropertyKey[]): { line: number; column: number } | undefined => {
    let node: unknown = doc.contents;
    let at: { line: number; column: number } | undefined;
    const place = (offset: number) => {
      const pos = lineCounter.linePos(offset);
      return { line: pos.line + firstLine - 1, column: pos.col };
    };
    for (const segment of path) {
      let next: Node | undefined;
      let start: number | undefined;
      if (isMap(node)) {
        const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(segment));
        if (pair) {
          next = (pair.value ?? undefined) as Node | undefined;
          start = (pair.key as Node).range?.[0];
        }
      } else if (isSeq(node) && typeof segment === 'number') {
        next = node.items[segment] as Node | undefined;
        start = next?.range?.[0];
      }
      if (start === undefined) return at;
      at = place(start);
      node = next;
    }
    // A field's own value, where the editor will fix it: `title: …` points at the text after the colon.
    const value = (node as Node | undefined)?.range?.[0];
    if (path.length > 0 && isScalar(node) && value !== undefined) at = place(value);
    return at;
  };
  const lineOf = (path: readonly PropertyKey[]): number | undefined => positionOf(path)?.line;
  return { data, lineOf, positionOf };
}
