/**
 * The editors' safety net: reads the whole content folder before Astro does and reports each problem by rule,
 * file, line and field, with the fix. Any error stops the build before anything is written to `dist/`.
 *
 * - inventory.ts accounts for every entry under content/ (symlinks, names, extensions, stray files);
 * - the frontmatter is checked against the collection's schema (src/schemas/, the same ones Astro uses);
 * - the body is linted on its parsed tree by the rules in rules/ (body.ts);
 * - files the articles reference are resolved (src/lib/security/files.ts), SVGs checked (svg.ts), and listed
 *   for publishing; files nobody references are reported and not published.
 *
 * README lists every rule.
 */
import fs from 'node:fs';
import path from 'node:path';
import { newsSchema } from '../../schemas/news.ts';
import { noticeSchema } from '../../schemas/notice.ts';
import { fieldPath, issuesToDiagnostics, type Diagnostic } from '../diagnostics.ts';
import { normalizeDocumentNumber, parseDocumentNumber } from '../documentNumber.ts';
import { FrontmatterError, readSource, type SourceFile } from '../frontmatter.ts';
import { fileType, PUBLISHABLE_TYPES, resolveReference, type PublishableFile } from '../security/files.ts';
import { checkSvg } from '../security/svg.ts';
import type { Site } from '../site.ts';
import { entryId, entryRoute } from '../urls.ts';
import { createConverter, type TextConverter } from '../variant/converter.ts';
import { isFileReference } from '../security/files.ts';
import { urlKind } from '../security/urls.ts';
import { lintBody } from './body.ts';
import { siteRouteOwner } from './siteRoutes.ts';
import { takeInventory, type ContentFile, type Inventory } from './inventory.ts';
import { SITE_RULES, type ArticleFacts } from './site/index.ts';
import type { FieldText, RuleSite } from './types.ts';

export { COLLECTIONS, type CollectionName, type ContentFile } from './inventory.ts';

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

/** What the check found, how many articles it read, and the files the site will publish. */
export interface CheckResult {
  diagnostics: Diagnostic[];
  /** Number of articles read. */
  files: number;
  /** Files next to articles that they reference: attachments, linked files, images in bodies. */
  publish: PublishableFile[];
  /** Entries skipped on purpose (names starting with `.`). */
  skipped: string[];
}

/** What checking one article found. Plain data: it crosses from a worker process (pool.ts). */
export interface FileResult {
  diagnostics: Diagnostic[];
  /** What the whole-site rules need to know about the article (absent when it could not be read). */
  facts?: ArticleFacts | undefined;
  /** Files this article publishes under /files/. */
  publish: PublishableFile[];
  /** Absolute paths of every file this article uses (attachments, links, images, MDX imports). */
  used: string[];
}

/** Every Markdown/MDX file of both collections, in a stable order. */
export function listContentFiles(site: Site): ContentFile[] {
  return takeInventory(site.contentDir, site.displayDir).articles;
}

/** The project's editor components, which an MDX file may import. */
export const COMPONENTS_DIR = path.resolve('src/components');

/** Two files at one address, or a file at an address of the site's own (channel lists, library, search…). */
function checkAddresses(site: Site, files: readonly ContentFile[]): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const routes = new Map<string, ContentFile>();
  const siteRoute = (route: string) => siteRouteOwner(site, route, files.length);
  for (const file of files) {
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
      diagnostics.push({ rule: 'duplicate-url', severity: 'error', file: file.display, line: 1, message: `网址 ${route} 已被${taken}占用；网址由文件路径决定`, fix: '给文件或其所在文件夹改名' });
    }
  }
  return diagnostics;
}

/** The collections' schemas for a site's channels, built once per site. */
const schemasOf = new WeakMap<Site, { news: ReturnType<typeof newsSchema>; notices: ReturnType<typeof noticeSchema> }>();
function schemas(site: Site) {
  let built = schemasOf.get(site);
  if (!built) {
    const channelIds = site.channels.all.map((c) => c.id);
    built = { news: newsSchema(channelIds), notices: noticeSchema(channelIds) };
    schemasOf.set(site, built);
  }
  return built;
}

/** Every text value of a frontmatter, with where it is written, for the rules that read titles and summaries. */
function fieldTexts(source: SourceFile): FieldText[] {
  const fields: FieldText[] = [];
  const visit = (value: unknown, at: (string | number)[]) => {
    if (typeof value === 'string') {
      const place = source.positionOf(at);
      fields.push({ name: fieldPath(at), path: at, value, line: place?.line, column: place?.column });
    } else if (Array.isArray(value)) {
      value.forEach((v, i) => visit(v, [...at, i]));
    } else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) visit(v, [...at, k]);
    }
  };
  for (const [key, value] of Object.entries(source.data)) visit(value, [key]);
  return fields;
}

/** The site's converter and stock ones of both regions (a Traditional file may follow either), built once. */
const convertersOf = new WeakMap<Site, TextConverter[]>();
function converters(site: Site): TextConverter[] {
  let list = convertersOf.get(site);
  if (!list) {
    list = [site.converter, createConverter({ region: 'tw' }), createConverter({ region: 'hk' })];
    convertersOf.set(site, list);
  }
  return list;
}

/** What the body rules may know about the site and this file. */
function ruleSite(site: Site, file: ContentFile, data: Record<string, unknown>, now: Date): RuleSite {
  const siteUrl = new URL(site.settings.url);
  const declared = data['lang'] === 'zh-Hans' || data['lang'] === 'zh-Hant' ? (data['lang'] as 'zh-Hans' | 'zh-Hant') : undefined;
  const route = entryRoute(file.collection, file.relative);
  const own = site.urls.absolute(site.urls.pathOf(route, site.urls.sourceScript));
  const files = site.urls.assetPath('/files/');
  return {
    host: siteUrl.hostname.toLowerCase(),
    trustedDomains: site.settings.lint.trustedDomains.map((d) => d.toLowerCase()),
    linkFarmDomains: site.settings.lint.linkFarmDomains,
    futureDays: site.settings.lint.futureDays,
    now,
    draft: data['draft'] === true,
    script: declared ?? site.settings.sourceScript,
    declaredScript: declared !== undefined,
    converters: () => converters(site),
    internal(href) {
      if (isFileReference(href)) return undefined;
      const kind = urlKind(href);
      if (kind !== 'relative' && kind !== 'web') return undefined;
      let url: URL;
      try {
        url = new URL(href.trim(), own);
      } catch {
        return undefined;
      }
      if (url.host !== siteUrl.host || url.pathname.startsWith(files) || /\.[a-z0-9]{1,5}$/i.test(url.pathname)) return undefined;
      let hash = url.hash.slice(1);
      try {
        hash = decodeURIComponent(hash);
      } catch {
        // kept as written
      }
      return { route: site.urls.addressOf(url.pathname).route, hash };
    },
  };
}

/** Checks one article: encoding, frontmatter, attachments, body. Reads only this file and the files it references. */
export function checkFile(site: Site, file: ContentFile, componentsDir = COMPONENTS_DIR, now = new Date()): FileResult {
  const limits = site.settings.limits;
  const diagnostics: Diagnostic[] = [];
  const publish = new Map<string, PublishableFile>();
  const used = new Set<string>();
  let facts: ArticleFacts | undefined;
  const done = (): FileResult => ({ diagnostics, facts, publish: [...publish.values()], used: [...used] });

  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(fs.readFileSync(file.abs));
  } catch {
    diagnostics.push({ rule: 'encoding', severity: 'error', file: file.display, line: 1, message: '文件不是 UTF-8 编码（可能是 GBK）；网站无法正确读取', fix: '用编辑器以 UTF-8 编码另存' });
    return done();
  }

  let source: SourceFile;
  try {
    source = readSource(text, limits.frontmatterKB * 1024);
  } catch (error) {
    if (!(error instanceof FrontmatterError)) throw error;
    diagnostics.push({ rule: error.rule, severity: 'error', file: file.display, line: error.line, message: error.message });
    return done();
  }

  const schema = schemas(site)[file.collection];
  const known = Object.keys(schema.shape);
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

  // The 发文字号 in its normal form, also when it is written wrongly (民办发[2024]5号): it is still a duplicate.
  let documentNumber: ArticleFacts['documentNumber'];
  const written = file.collection === 'notices' ? source.data['documentNumber'] : undefined;
  if (typeof written === 'string') {
    const normal = normalizeDocumentNumber(written);
    const place = source.positionOf(['documentNumber']);
    if (normal) documentNumber = { written, normal, line: place?.line, column: place?.column };
  }
  const parsed = schema.safeParse(source.data);
  if (!parsed.success) {
    diagnostics.push(...issuesToDiagnostics(parsed.error.issues, file.display, source.positionOf));
    // The attachments this file lists are still its files: not "unreferenced", whatever else is wrong.
    const listed = Array.isArray(source.data['attachments']) ? (source.data['attachments'] as unknown[]) : [];
    for (const item of listed) {
      const written = item && typeof item === 'object' ? (item as Record<string, unknown>)['file'] : undefined;
      const resolved = typeof written === 'string' ? resolveReference(site.contentDir, file.abs, written, 'attachment') : undefined;
      if (resolved?.ok) used.add(resolved.file.abs);
    }
  } else if (file.collection === 'notices') {
    const data = parsed.data as ReturnType<ReturnType<typeof schemas>['notices']['parse']>;
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
      const resolved = resolveReference(site.contentDir, file.abs, attachment.file, 'attachment');
      const at = { file: file.display, line: source.lineOf(['attachments', index, 'file']), field: `attachments[${index}].file` };
      if (resolved.ok) {
        publish.set(resolved.file.abs, resolved.file);
        used.add(resolved.file.abs);
      } else if (resolved.missing) {
        diagnostics.push({ rule: 'attachment-missing', severity: 'error', ...at, message: `附件 "${attachment.title}" 的文件 ${attachment.file} 不存在`, fix: '把文件放到本文件旁边，或改正 file 路径（相对于本文件）' });
      } else {
        diagnostics.push({ rule: 'file-reference', severity: 'error', ...at, message: `附件 "${attachment.title}"：${resolved.message}`, fix: resolved.fix });
      }
    });
  }
  const body = lintBody({
    body: source.body,
    bodyLine: source.bodyLine,
    kind: file.abs.endsWith('.mdx') ? 'mdx' : 'md',
    file: file.display,
    abs: file.abs,
    contentDir: site.contentDir,
    componentsDir,
    limits,
    site: ruleSite(site, file, source.data, now),
    fields: fieldTexts(source),
  });
  diagnostics.push(...body.diagnostics);
  const relations: ArticleFacts['relations'] = [];
  for (const field of ['interprets', 'related', 'replaces', 'replacedBy'] as const) {
    const value = source.data[field];
    const refs = typeof value === 'string' ? [value] : Array.isArray(value) ? value : [];
    refs.forEach((ref, index) => {
      if (typeof ref !== 'string' || ref.trim() === '') return;
      const place = source.positionOf(Array.isArray(value) ? [field, index] : [field]);
      relations.push({ field, ref, index, line: place?.line, column: place?.column });
    });
  }
  facts = {
    id: `${file.collection}/${entryId(file.relative)}`,
    relations,
    file: file.display,
    collection: file.collection,
    route: entryRoute(file.collection, file.relative),
    draft: source.data['draft'] === true,
    documentNumber,
    links: body.links,
    anchors: body.anchors,
  };
  for (const f of body.files) publish.set(f.abs, f);
  for (const abs of body.uses) used.add(abs);
  return done();
}

/**
 * The whole-site part of the check: addresses, the inventory's findings, the SVGs articles use, and the files
 * no article references. `results` are the per-article results, in the inventory's order.
 */
export function finishCheck(site: Site, inventory: Inventory, results: readonly FileResult[]): CheckResult {
  const diagnostics: Diagnostic[] = [...inventory.diagnostics, ...checkAddresses(site, inventory.articles)];
  const facts = results.flatMap((r) => (r.facts ? [r.facts] : []));
  for (const rule of SITE_RULES) diagnostics.push(...rule.check(site, facts));
  const publish = new Map<string, PublishableFile>();
  const used = new Set<string>();
  for (const result of results) {
    diagnostics.push(...result.diagnostics);
    for (const f of result.publish) publish.set(f.abs, f);
    for (const abs of result.used) used.add(abs);
  }
  // SVGs are documents: one is published (or bundled from an MDX import) only when it is a picture and nothing else.
  for (const abs of used) {
    if (!abs.toLowerCase().endsWith('.svg')) continue;
    const display = inventory.assets.get(abs) ?? abs;
    for (const finding of checkSvg(fs.readFileSync(abs, 'utf8'))) {
      diagnostics.push({ rule: 'unsafe-svg', severity: 'error', file: display, line: finding.line, message: finding.message, fix: '用绘图软件重新导出为普通 SVG（不含脚本、动画和外部链接），或导出为 PNG' });
    }
  }
  for (const [abs, display] of inventory.assets) {
    if (used.has(abs)) continue;
    const type = fileType(abs);
    diagnostics.push(
      type in PUBLISHABLE_TYPES
        ? { rule: 'unreferenced-file', severity: 'warning', file: display, message: '没有文章引用这个文件，它不会发布', fix: '在文章的 attachments 或正文里引用它，不需要就删除' }
        : { rule: 'file-type', severity: 'warning', file: display, message: `.${type} 文件不会发布（可发布：${Object.keys(PUBLISHABLE_TYPES).join(' ')}）`, fix: '转为 PDF 等格式，或删除' },
    );
  }
  return { diagnostics, files: inventory.articles.length, publish: [...publish.values()], skipped: inventory.skipped };
}

/** Checks every content file of the site, in this process. Pure reading: writes nothing. (pool.ts isolates each file.) */
export function checkContent(site: Site, options: { componentsDir?: string; now?: Date } = {}): CheckResult {
  const inventory = takeInventory(site.contentDir, site.displayDir);
  return finishCheck(site, inventory, inventory.articles.map((file) => checkFile(site, file, options.componentsDir, options.now)));
}
