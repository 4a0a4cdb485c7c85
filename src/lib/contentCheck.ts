/**
 * The editors' safety net: reads every content file before Astro does and reports each problem by rule,
 * file, line and field, with the fix. Any error stops the build before anything is written to `dist/`.
 *
 * Rules (README lists them with examples):
 * - `frontmatter-yaml`        the frontmatter is not valid YAML
 * - `frontmatter`             a field is missing or of the wrong kind
 * - `unknown-field`           (warning) a field the schema does not know, e.g. a typo of `title`
 * - `date-invalid`            a date that does not exist (2018-02-30) or is not a date
 * - `date-order`              成文日期 after 发布日期
 * - `document-number-format`  发文字号 not per GB/T 9704-2012
 * - `document-number-year`    (warning) year in 发文字号 differs from the 成文日期 year
 * - `attachment-missing`      an attachment's file does not exist
 * - `duplicate-url`           two files would be published at the same address
 * - `raw-script`              `<script>` in a body
 * - `event-handler`           an `on…=` handler attribute in a body
 * - `javascript-url`          a `javascript:` link
 * - `unsafe-html`             `<iframe>`, `<object>`, `<embed>`, `<form>`, `<style>`, `<meta>`, `<base>` or `<link>` in a body
 * - `spam-link`               a hidden link, or a link whose text or address advertises gambling, fake invoices and the like
 * - `mojibake`                U+FFFD, `??` inside Chinese text, or 锟斤拷-style garbage from a wrong encoding (body and frontmatter)
 */
import fs from 'node:fs';
import path from 'node:path';
import { newsSchema } from '../schemas/news.ts';
import { noticeSchema } from '../schemas/notice.ts';
import { fieldPath, issuesToDiagnostics, type Diagnostic } from './diagnostics.ts';
import { parseDocumentNumber } from './documentNumber.ts';
import { FrontmatterError, readSource, type SourceFile } from './frontmatter.ts';
import type { Site } from './site.ts';
import { PAGE_SIZE } from './pagination.ts';
import { entryRoute } from './urls.ts';

/** The two kinds of content, each in its own folder under `content/`. */
export const COLLECTIONS = ['news', 'notices'] as const;
export type CollectionName = (typeof COLLECTIONS)[number];

export interface ContentFile {
  collection: CollectionName;
  /** Absolute path. */
  abs: string;
  /** Path below the collection folder, e.g. 2019/jiceng.md. */
  relative: string;
  /** Path as the editor sees it, e.g. content/news/2019/jiceng.md. */
  display: string;
}

/** Every Markdown/MDX file of both collections, in a stable order. */
export function listContentFiles(site: Site): ContentFile[] {
  const files: ContentFile[] = [];
  for (const collection of COLLECTIONS) {
    const root = path.join(site.contentDir, collection);
    if (!fs.existsSync(root)) continue;
    for (const relative of fs.readdirSync(root, { recursive: true, encoding: 'utf8' }).sort()) {
      if (!/\.mdx?$/i.test(relative)) continue;
      const rel = relative.split(path.sep).join('/');
      files.push({ collection, abs: path.join(root, relative), relative: rel, display: `${site.displayDir}/${collection}/${rel}` });
    }
  }
  return files;
}

function knownFields(schema: { shape: Record<string, unknown> }): string[] {
  return Object.keys(schema.shape);
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j] ?? 0;
      row[j] = Math.min((row[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length] ?? 0;
}

interface BodyRule {
  rule: string;
  test: RegExp;
  /** The message for a hit; `m` is the match, with the regex's groups. */
  message: (m: RegExpExecArray) => string;
}

const BODY_RULES: BodyRule[] = [
  { rule: 'raw-script', test: /<script\b[^>]*>?/i, message: (m) => `正文里有脚本 ${m[0]}；网站不发布脚本。请删除，如需嵌入内容请联系技术人员` },
  { rule: 'event-handler', test: /<[a-z][^>]*?\son[a-z]+\s*=\s*["']?[^"'>\s]*/i, message: (m) => `正文的 HTML 带有事件属性（${m[0].trim()}…）；会执行脚本，请删除 on… 属性` },
  {
    rule: 'unsafe-html',
    test: /<(iframe|object|embed|form|style|meta|base|link)\b[^>]*>?/i,
    message: (m) => `正文里有 ${m[0]}；这类标签可嵌入外部内容或改变页面，网站不发布。请删除，或改用普通链接`,
  },
  {
    rule: 'spam-link',
    test: /<a\b[^>]*style\s*=\s*["'][^"']*(display\s*:\s*none|visibility\s*:\s*hidden|font-size\s*:\s*0|opacity\s*:\s*0)[^>]*>|<a\b[^>]*\bhidden\b[^>]*>|\[[^\]]*(博彩|赌场|赌博|网赌|六合彩|时时彩|代开发票|办证|刷单|casino|viagra|porn)[^\]]*\]\([^)]*\)|\]\([^)]*(casino|bet365|viagra|porn|xn--)[^)]*\)|<a\b[^>]*href\s*=\s*["'][^"']*(casino|bet365|viagra|porn)[^"']*["']/i,
    message: (m) => `疑似被植入的垃圾链接：${m[0].slice(0, 80)}；隐藏的链接和博彩、代开发票等广告链接不能发布。请删除，并检查稿件来源`,
  },
  {
    rule: 'javascript-url',
    test: /(?:\]\(|href\s*=\s*["']?)\s*(javascript:(?:[^()\s"'<>]|\([^()\s"'<>]*\))*)/i,
    message: (m) => `正文里有 javascript: 链接（${m[1] ?? m[0]}）；会执行脚本，请改为普通网址`,
  },
  { rule: 'mojibake', test: /\uFFFD+|锟斤拷|烫烫烫|屯屯屯|(?<=[\u3400-\u9fff])\?{2,}|\?{2,}(?=[\u3400-\u9fff])/, message: (m) => `有乱码 "${m[0]}"；多半是文件编码不对（应为 UTF-8）。请从原稿重新复制这段文字` },
];

/** Garbled text in frontmatter values (a title pasted in the wrong encoding) is as bad as in the body. */
function checkFields(source: SourceFile, display: string): Diagnostic[] {
  const mojibake = BODY_RULES.find((r) => r.rule === 'mojibake');
  if (!mojibake) return [];
  const found: Diagnostic[] = [];
  const visit = (value: unknown, path: (string | number)[]) => {
    if (typeof value === 'string') {
      const m = mojibake.test.exec(value);
      if (m) found.push({ rule: 'mojibake', severity: 'error', file: display, line: source.lineOf(path), field: fieldPath(path), message: mojibake.message(m) });
    } else if (Array.isArray(value)) {
      value.forEach((v, i) => visit(v, [...path, i]));
    } else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) visit(v, [...path, k]);
    }
  };
  for (const [key, value] of Object.entries(source.data)) visit(value, [key]);
  return found;
}

/** Runs the body rules, skipping fenced code blocks, and reports the line of each hit. */
function checkBody(source: SourceFile, display: string): Diagnostic[] {
  const found: Diagnostic[] = [];
  let inFence = false;
  source.body.split('\n').forEach((line, i) => {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    if (inFence) return;
    for (const rule of BODY_RULES) {
      const m = rule.test.exec(line);
      if (m) found.push({ rule: rule.rule, severity: 'error', file: display, line: source.bodyLine + i, message: rule.message(m) });
    }
  });
  return found;
}

/** What the check found, and how many files it read. */
export interface CheckResult {
  diagnostics: Diagnostic[];
  files: number;
}

/** Checks every content file of the site. Pure reading: writes nothing. */
export function checkContent(site: Site): CheckResult {
  const channelIds = site.channels.all.map((c) => c.id);
  const schemas = { news: newsSchema(channelIds), notices: noticeSchema(channelIds) };
  const diagnostics: Diagnostic[] = [];
  const routes = new Map<string, ContentFile>();
  const files = listContentFiles(site);
  /** Addresses the site itself uses: channel lists and their numbered pages, the library, search. */
  const mostListPages = Math.ceil(files.length / PAGE_SIZE);
  const siteRoute = (route: string): string | undefined => {
    for (const c of site.channels.all) {
      const page = route.startsWith(c.route) ? /^(\d+)\/$/.exec(route.slice(c.route.length))?.[1] : undefined;
      if (route === c.route || (page !== undefined && Number(page) >= 2 && Number(page) <= mostListPages)) return `栏目页 ${c.name}`;
    }
    if (/^\/(library|search|feed\.xml|sitemap[\w-]*\.xml|robots\.txt|files|pagefind|404)\//.test(route)) return '网站自身的页面';
    return undefined;
  };

  for (const file of files) {
    const text = fs.readFileSync(file.abs, 'utf8');
    const route = entryRoute(file.collection, file.relative);
    const clash = routes.get(route);
    if (clash) {
      diagnostics.push({
        rule: 'duplicate-url',
        severity: 'error',
        file: file.display,
        line: 1,
        message: `与 ${clash.display} 发布到同一网址 ${route}；网址由文件路径决定（不分大小写、不计扩展名）`,
        fix: '给其中一个文件改名',
      });
    } else {
      routes.set(route, file);
    }
    const taken = siteRoute(route);
    if (taken) {
      diagnostics.push({
        rule: 'duplicate-url',
        severity: 'error',
        file: file.display,
        line: 1,
        message: `网址 ${route} 已被${taken}占用；网址由文件路径决定`,
        fix: '给文件或其所在文件夹改名',
      });
    }

    let source: SourceFile;
    try {
      source = readSource(text);
    } catch (error) {
      if (!(error instanceof FrontmatterError)) throw error;
      diagnostics.push({ rule: 'frontmatter-yaml', severity: 'error', file: file.display, line: error.line, message: error.message });
      continue;
    }

    const schema = schemas[file.collection];
    const known = knownFields(schema);
    for (const key of Object.keys(source.data)) {
      if (known.includes(key)) continue;
      const near = known.map((k) => ({ k, d: editDistance(key, k) })).sort((a, b) => a.d - b.d)[0];
      diagnostics.push({
        rule: 'unknown-field',
        severity: 'warning',
        file: file.display,
        line: source.lineOf([key]),
        field: key,
        message: `不认识的字段 "${key}"，会被忽略${near && near.d <= 2 ? `；是不是 ${near.k}？` : ''}`,
        fix: near && near.d <= 2 ? `${near.k}: …` : undefined,
      });
    }

    const parsed = schema.safeParse(source.data);
    if (!parsed.success) {
      diagnostics.push(...issuesToDiagnostics(parsed.error.issues, file.display, source.lineOf));
    } else if (file.collection === 'notices') {
      const data = parsed.data as ReturnType<(typeof schemas)['notices']['parse']>;
      if (data.documentNumber) {
        const number = parseDocumentNumber(data.documentNumber);
        const writtenYear = Number(data.writtenDate.date.slice(0, 4));
        if (number.ok && number.value.year !== writtenYear) {
          diagnostics.push({
            rule: 'document-number-year',
            severity: 'warning',
            file: file.display,
            line: source.lineOf(['documentNumber']),
            field: 'documentNumber',
            message: `发文字号 "${data.documentNumber}" 的年份 ${number.value.year} 与成文日期 ${data.writtenDate.date} 的年份 ${writtenYear} 不一致；请核对`,
          });
        }
      }
      data.attachments.forEach((attachment, index) => {
        const target = path.resolve(path.dirname(file.abs), attachment.file);
        if (!fs.existsSync(target) || !fs.statSync(target).isFile()) {
          diagnostics.push({
            rule: 'attachment-missing',
            severity: 'error',
            file: file.display,
            line: source.lineOf(['attachments', index]),
            field: `attachments[${index}].file`,
            message: `附件 "${attachment.title}" 的文件 ${attachment.file} 不存在（应在 ${path.relative(process.cwd(), target)}）`,
            fix: '把文件放到该位置，或改正 file 路径（相对于本文件）',
          });
        }
      });
    }
    diagnostics.push(...checkFields(source, file.display), ...checkBody(source, file.display));
  }
  return { diagnostics, files: files.length };
}
