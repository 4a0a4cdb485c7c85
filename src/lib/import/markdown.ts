/**
 * Writing the imported article: Markdown-escaped text, safe links, the frontmatter in the style of the
 * repository's own content files (fields in the README's order, plain values, quotes only where YAML needs
 * them, contacts and attachments as one flow map per line), and the file name from the title's pinyin.
 */
import { titleSlug } from '../scaffold.ts';
import YAML from 'yaml';
import { urlKind } from '../security/urls.ts';
import type { Block } from './types.ts';

/**
 * Escapes text so Markdown prints it as written: no emphasis, links, HTML or entities can come out of it.
 * @example escapeText('<script>1*2</script>') // '\\<script>1\\*2\\</script>'
 * @example escapeText('# 不是标题') // '\\# 不是标题'
 */
export function escapeText(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|~]/g, '\\$&')
    .replace(/&(?=#?[a-z0-9]+;)/gi, '&amp;')
    .replace(/^(\s*)([#+=>-])/u, '$1\\$2')
    .replace(/^(\s*\d+)([.)])(\s)/u, '$1\\$2$3')
    .replace(/-\{/g, '-\\{');
}

/**
 * A Markdown link, or only the text when the address is neither http(s) nor relative.
 * @example markdownLink('实施方案', './plan.pdf') // '[实施方案](<./plan.pdf>)'
 * @example markdownLink('点此', 'javascript:alert(1)') // '点此'
 */
export function markdownLink(text: string, href: string, image = false): string {
  const kind = urlKind(href);
  if (kind !== 'web' && kind !== 'relative') return image ? '' : text;
  if (kind === 'web' && !/^https?:\/\//i.test(href.trim())) return image ? '' : text;
  const url = href.trim().replace(/[\s<>]/g, (c) => encodeURIComponent(c));
  return `${image ? '!' : ''}[${text}](<${url}>)`;
}

/** A GFM table from rows of escaped cells; the first row is the header. */
export function markdownTable(rows: readonly (readonly string[])[]): string {
  const width = Math.max(...rows.map((r) => r.length), 1);
  const line = (cells: readonly string[]) => `| ${Array.from({ length: width }, (_, i) => (cells[i] ?? '').replace(/\n/g, ' ').trim() || ' ').join(' | ')} |`;
  const [head = [], ...rest] = rows;
  return [line(head), `| ${Array.from({ length: width }, () => '---').join(' | ')} |`, ...rest.map(line)].join('\n');
}

/** Joins body blocks: a blank line between blocks, list items of one list on consecutive lines. */
export function blocksToMarkdown(blocks: readonly Block[]): string {
  const out: string[] = [];
  let previous: Block | undefined;
  let counter = 0;
  for (const block of blocks) {
    let md: string;
    if (block.kind === 'item') {
      counter = previous?.kind === 'item' && previous.ordered === block.ordered ? counter + 1 : 1;
      md = `${block.ordered ? `${counter}.` : '-'} ${block.markdown}`;
    } else if (block.kind === 'heading') {
      md = `${'#'.repeat(Math.min(Math.max(block.depth ?? 2, 2), 6))} ${block.markdown}`;
    } else {
      md = block.markdown;
    }
    if (out.length > 0) out.push(previous?.kind === 'item' && block.kind === 'item' ? '\n' : '\n\n');
    out.push(md);
    previous = block;
  }
  return `${out.join('')}\n`;
}

// ---------------------------------------------------------------------------------------------------------------
// Frontmatter

/** A date as the content files write it: plain `2019-04-01`, quoted when it has a time. */
export class DateValue {
  readonly value: string;
  constructor(value: string) {
    this.value = value;
  }
}

const parseValue = (yaml: string): unknown => {
  try {
    return YAML.parse(yaml);
  } catch {
    return Symbol('invalid');
  }
};

/**
 * A YAML scalar as the repository writes it: plain when YAML reads it back as the same text, in single quotes
 * when it has a backslash or would be misread, in double quotes as the last resort.
 * @example yamlScalar('民政\\基层政权') // "'民政\\基层政权'"
 * @example yamlScalar('2018') // "'2018'"
 */
export function yamlScalar(value: string, flow = false): string {
  const plainOk = !value.includes('\\') && !/^\s|\s$/.test(value) && !(flow && /[,[\]{}]/.test(value));
  if (plainOk) {
    const back = parseValue(flow ? `[${value}]` : `k: ${value}`);
    const read = flow ? (Array.isArray(back) && back.length === 1 ? back[0] : undefined) : (back as Record<string, unknown> | null)?.['k'];
    if (read === value) return value;
  }
  if (!/[\n\r]/.test(value)) {
    const quoted = `'${value.replace(/'/g, "''")}'`;
    if ((parseValue(`k: ${quoted}`) as Record<string, unknown> | null)?.['k'] === value) return quoted;
  }
  return JSON.stringify(value);
}

type FieldValue = string | DateValue | string[] | Record<string, string>[] | undefined;

/**
 * Writes frontmatter fields in the order given, skipping absent ones.
 * @example writeFrontmatter({ title: '全市社会救助工作会议召开', date: new DateValue('2025-01-10 09:30') })
 * // '---\ntitle: 全市社会救助工作会议召开\ndate: "2025-01-10 09:30"\n---\n'
 */
export function writeFrontmatter(fields: Readonly<Record<string, FieldValue>>): string {
  const lines = ['---'];
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    if (value instanceof DateValue) {
      lines.push(`${key}: ${value.value.includes(' ') ? `"${value.value}"` : value.value}`);
    } else if (typeof value === 'string') {
      lines.push(`${key}: ${yamlScalar(value)}`);
    } else if (value.length === 0) {
      continue;
    } else if (typeof value[0] === 'string') {
      lines.push(`${key}: [${(value as string[]).map((v) => yamlScalar(v, true)).join(', ')}]`);
    } else {
      lines.push(`${key}:`);
      for (const item of value as Record<string, string>[]) {
        lines.push(`  - { ${Object.entries(item).map(([k, v]) => `${k}: ${yamlScalar(v, true)}`).join(', ')} }`);
      }
    }
  }
  lines.push('---');
  return `${lines.join('\n')}\n`;
}

// ---------------------------------------------------------------------------------------------------------------
// File names

/** The part of a notice's title that says what it is about: 民政部办公厅关于印发《X》的通知 → X. */
function topicOfTitle(title: string): string {
  const quoted = /《([^》]{4,})》/u.exec(title);
  if (quoted?.[1]) return quoted[1];
  const about = /关于|關於/u.exec(title);
  let core = about ? title.slice(about.index + 2) : title;
  core = core.replace(/^(?:印发|转发|做好|進一步|进一步|加强|开展)(?=.{4,})/u, '').replace(/的(?:通知|通告|公告|意见|决定|批复|函|报告|请示|通报)$/u, '');
  return core.length >= 4 ? core : title;
}

/**
 * A file name for the article: the pinyin slug of what the title is about (npm run new's), or a date when the
 * title has no Chinese.
 * @example slugFromTitle('全市社会救助工作会议召开', '2025-01-10') // 'quan-shi-she-hui-jiu-zhu-gong-zuo'
 * @example slugFromTitle('民政部办公厅关于印发《2018年加强基层民政工作实施方案》的通知', '2018-05-14') // '2018-nian-jia-qiang-ji-ceng-min-zheng'
 * @example slugFromTitle('Annual report', '2019-04-01') // 'wenzhang-2019-04-01'
 */
export function slugFromTitle(title: string, date: string): string {
  // The pinyin itself is npm run new's (src/lib/scaffold.ts), so both name files alike.
  return titleSlug(topicOfTitle(title)) ?? `wenzhang-${date}`;
}
