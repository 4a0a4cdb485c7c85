/**
 * Converts a legacy portal page (saved HTML or copied text) into a content file: reads the page's layout
 * (layout.ts), removes spam lines (spamScore), repairs Traditional made by a character table back to its
 * Simplified source (analyzeTraditional), and writes the frontmatter and body (markdown.ts). Every removal
 * and finding is in the result: nothing is dropped silently. Pure: the file system is reached only through
 * the resolvers the caller passes (index.ts passes ones that look next to the page).
 */
import type { Diagnostic } from '../diagnostics.ts';
import type { CollectionName } from '../lint/inventory.ts';
import { findGarbles } from '../lint/mojibake.ts';
import { spamScore } from '../lint/spam.ts';
import type { Site } from '../site.ts';
import { analyzeTraditional } from '../variant/legacy.ts';
import type { Script } from '../variant/scripts.ts';
import { normalizeDocumentNumber, tidy, type Contact } from './fields.ts';
import { htmlToBlocks } from './html.ts';
import { readLayout } from './layout.ts';
import { blocksToMarkdown, DateValue, slugFromTitle, writeFrontmatter } from './markdown.ts';
import { textToBlocks } from './text.ts';
import type { Block, FileResolver, LocalFile, Note } from './types.ts';


/** A spam line that was removed. */
export interface SpamLine {
  line?: number | undefined;
  text: string;
  words: string[];
}

/** Garbled text left in the written file, for a human to fix from the original. */
export interface MojibakeFinding {
  /** 1-based line in the written file. */
  line: number;
  found: string;
  /** The line (or the stretch around the garble). */
  text: string;
  /** What it probably said, when the garble can be read back. */
  repaired?: string | undefined;
}

/** What happened to one page. */
export interface PageResult {
  /** The page as given, e.g. tests/fixtures/import/news-media.txt. */
  input: string;
  status: 'written' | 'skipped' | 'failed';
  /** Where the file goes below the content folder, e.g. news/2019/hou-zhi-xin-shi-dai.md. */
  target?: string | undefined;
  collection?: CollectionName | undefined;
  /** Frontmatter fields written. */
  fields: string[];
  /** The file as written (or as it would have been). */
  text?: string | undefined;
  spam: SpamLine[];
  mojibake: MojibakeFinding[];
  /** How the text's script was read: Simplified, Traditional kept (`lang: zh-Hant`), or repaired. */
  script: 'zh-Hans' | 'zh-Hant' | 'repaired';
  /** Positions a character table had converted wrongly, repaired by storing the Simplified source. */
  repairs: number;
  /** Removed chrome, dropped links and images, normalized fields… */
  notes: Note[];
  /** Files copied next to the article. */
  files: LocalFile[];
  /** Why the page could not be imported (Chinese, for editors). */
  errors: string[];
  /** The site check's findings on the written file. */
  diagnostics: Diagnostic[];
}

export interface ConvertOptions {
  site: Site;
  /** Channel id; wins over the breadcrumb. */
  channel?: string | undefined;
  /** Maps a relative address in the page to a file next to it (importFile gives one that reads the disk). */
  resolveFile?: FileResolver | undefined;
  /** Whether a file for an attachment title exists next to the page. */
  findAttachment?: ((title: string, href?: string) => LocalFile | undefined) | undefined;
}

/**
 * Finds garbled text line by line, as the lint's mojibake rule reads it: U+FFFD, `??` where characters were
 * lost, 锟斤拷, UTF-8 read as Latin-1 (`æ°‘`) or as GBK.
 * @example findMojibake('第一行\n民政部??通知') // [{ line: 2, found: '??', text: '民政部??通知' }]
 */
export function findMojibake(text: string, firstLine = 1): MojibakeFinding[] {
  const found: MojibakeFinding[] = [];
  text.split('\n').forEach((line, i) => {
    for (const g of findGarbles(line)) {
      const context = line.length > 60 ? `…${line.slice(Math.max(0, g.index - 20), g.index + g.found.length + 20)}…` : line;
      found.push({ line: firstLine + i, found: g.found, text: context, ...(g.repaired ? { repaired: g.repaired } : {}) });
    }
  });
  return found;
}

/**
 * The channel a breadcrumb names, deepest first, by the names of the site's channel tree (in either script).
 * @example channelFromBreadcrumb(['新闻中心', '媒体报道'], site) // 'media'
 */
export function channelFromBreadcrumb(crumbs: readonly string[], site: Site): string | undefined {
  const simplify = (s: string) => site.converter.convert(tidy(s), 'zh-Hant', 'zh-Hans');
  for (const crumb of [...crumbs].reverse()) {
    const name = simplify(crumb);
    const exact = site.channels.all.find((c) => simplify(c.name) === name);
    if (exact) return exact.id;
  }
  for (const crumb of [...crumbs].reverse()) {
    const name = simplify(crumb);
    const near = site.channels.all.filter((c) => c.children.length === 0).find((c) => name.length >= 2 && (simplify(c.name).includes(name) || name.includes(simplify(c.name))));
    if (near) return near.id;
  }
  return undefined;
}

function plainOf(blocks: readonly Block[]): string {
  return blocks.map((b) => b.text).join('\n');
}

/** A page's input kind by its name and first bytes. */
export function isHtml(name: string, text: string): boolean {
  return /\.(?:html?|shtml|xhtml|mht)$/i.test(name) || /^\s*(?:<!doctype html|<html|<head|<body|<meta|<div|<p[\s>])/i.test(text);
}

/**
 * Converts one page into a content file. Pure apart from the resolvers in `options`.
 * @example convertPage({ name: 'a.txt', text: '当前位置：首页 > 新闻中心 > 媒体报道\n…' }, { site }).text
 * // '---\ntitle: …\ndate: 2019-04-01\nsource: 中国社会报\nchannel: media\n---\n\n…'
 */
export function convertPage(page: { name: string; text: string }, options: ConvertOptions): PageResult {
  const { site } = options;
  const result: PageResult = { input: page.name, status: 'failed', fields: [], spam: [], mojibake: [], script: 'zh-Hans', repairs: 0, notes: [], files: [], errors: [], diagnostics: [] };
  const html = isHtml(page.name, page.text);
  const resolved = new Map<string, LocalFile>();
  const resolveFile: FileResolver = (href) => {
    const file = options.resolveFile?.(href);
    if (file) resolved.set(file.name, file);
    return file;
  };
  const read = html ? htmlToBlocks(page.text, resolveFile) : { blocks: textToBlocks(page.text), documentTitle: undefined, meta: {}, notes: [] as Note[] };
  result.notes.push(...read.notes);

  // Spam lines go before anything reads the layout: an injected first line must not become the title.
  const blocks = read.blocks.filter((b) => {
    const verdict = spamScore(b.text);
    if (!verdict.spam) return true;
    result.spam.push({ line: b.line, text: b.text.length > 80 ? `${b.text.slice(0, 80)}…` : b.text, words: verdict.words });
    return false;
  });
  // Hidden text with spam words is what an intruder plants: reported with the spam, not as a mere note.
  result.notes = result.notes.filter((n) => {
    if (n.kind !== 'hidden') return true;
    const words = spamScore(n.text).words;
    if (words.length === 0) return true;
    result.spam.push({ line: n.line, text: `（隐藏）${n.text}`, words });
    return false;
  });

  const layout = readLayout(blocks, { documentTitle: read.documentTitle, meta: read.meta });
  result.notes.push(...layout.notes);
  if (!layout.title) {
    result.errors.push('找不到标题：页面上没有可以当作标题的一行；请检查原页面是否完整（No title found）');
    return result;
  }

  const channel = options.channel ?? (layout.breadcrumb ? channelFromBreadcrumb(layout.breadcrumb, site) : undefined);
  if (options.channel && !site.channels.get(options.channel)) {
    result.errors.push(`栏目 "${options.channel}" 不存在；可选：${site.channels.all.map((c) => c.id).join(', ')}（Unknown channel）`);
    return result;
  }
  if (!channel) {
    result.errors.push(
      layout.breadcrumb
        ? `面包屑“${layout.breadcrumb.join(' > ')}”对不上网站的任何栏目；请用 --channel 指定，可选：${site.channels.all.map((c) => c.id).join(', ')}（Channel not found: use --channel）`
        : `页面没有“当前位置”面包屑，无法判断栏目；请用 --channel 指定，可选：${site.channels.all.map((c) => c.id).join(', ')}（No breadcrumb: use --channel）`,
    );
    return result;
  }

  // Which script: a character-table page is stored as its Simplified source, real Traditional is kept.
  const sample = [layout.title, layout.subtitle ?? '', plainOf(layout.body)].join('\n');
  const analysis = analyzeTraditional(sample, site.converter);
  let stored: Script = 'zh-Hans';
  let fix = (s: string) => s;
  // Only text that is Traditional on its surface can be character-table Traditional: Simplified text differs
  // from its own round trip everywhere, and is simply Simplified.
  const looksTraditional = analysis.traditional > analysis.simplified;
  if (looksTraditional && analysis.charTable) {
    result.script = 'repaired';
    result.repairs = analysis.traces.length;
    fix = (s: string) => site.converter.convert(s, 'zh-Hant', 'zh-Hans');
  } else if (looksTraditional) {
    result.script = 'zh-Hant';
    stored = 'zh-Hant';
  }

  const collection: CollectionName = layout.isNotice ? 'notices' : 'news';
  result.collection = collection;
  const published = layout.date ?? layout.notice.date ?? (collection === 'notices' ? (layout.signatureDate ?? layout.notice.writtenDate) : undefined);
  if (!published) {
    result.errors.push('找不到发布日期（时间：2019-04-01 之类的行）；请在原页面补上日期后重新导入（No date found）');
    return result;
  }
  if (!layout.date && !layout.notice.date) result.notes.push({ kind: 'date', text: `发布日期未写明，已用成文日期 ${published.date}；请核对` });
  const dateText = published.time ? `${published.date} ${published.time}` : published.date;
  const lang = stored === site.settings.sourceScript ? undefined : stored;

  let source = layout.source ?? layout.notice.source;
  if (!source) {
    source = collection === 'notices' ? `${layout.signature[0] ?? layout.notice.issuer ?? site.settings.name}网站`.replace(/网站网站$/u, '网站') : site.settings.name;
    result.notes.push({ kind: 'source', text: `页面没有写来源，已填写“${source}”；请核对` });
  }

  const fields: Record<string, string | DateValue | string[] | Record<string, string>[] | undefined> = {};
  const body = [...layout.body];
  if (collection === 'news') {
    Object.assign(fields, {
      title: fix(layout.title),
      subtitle: layout.subtitle && fix(layout.subtitle),
      date: new DateValue(dateText),
      source: fix(source),
      author: layout.author && fix(layout.author),
      channel,
      lang,
    });
  } else {
    const issuers = layout.signature.length > 0 ? layout.signature : (layout.notice.issuer ?? '').split(/[、，,\s]+/u).filter(Boolean);
    if (issuers.length === 0) {
      result.errors.push('通知找不到发文机关（文末署名或“发文机关：”）；请在原页面补上后重新导入（No issuer found）');
      return result;
    }
    const written = layout.signatureDate ?? layout.notice.writtenDate ?? published;
    if (!layout.signatureDate && !layout.notice.writtenDate) result.notes.push({ kind: 'date', text: `成文日期未写明，已用发布日期 ${written.date}；请核对` });
    let documentNumber: string | undefined;
    const rawNumber = layout.documentNumber ?? layout.notice.documentNumber;
    if (rawNumber) {
      const n = normalizeDocumentNumber(rawNumber, Number(written.date.slice(0, 4)));
      if (n) {
        documentNumber = n.normalized;
        if (n.changed) result.notes.push({ kind: 'documentNumber', text: `发文字号 ${n.written} → ${n.normalized}（按 GB/T 9704-2012 规范）` });
      } else {
        result.notes.push({ kind: 'documentNumber', text: `发文字号 "${rawNumber}" 无法识别，未写入；请人工核对` });
      }
    }
    const attachments: Record<string, string>[] = [];
    const found = layout.attachments.map((a) => ({ a, file: a.file ?? options.findAttachment?.(a.title, a.href) }));
    const missing = found.filter((f) => !f.file).map((f) => f.a.title);
    if (missing.length === 0) {
      for (const { a, file } of found) {
        if (!file) continue;
        if (!result.files.some((f) => f.name === file.name)) result.files.push(file);
        attachments.push({ title: fix(a.title), file: `./${file.name}` });
      }
    } else {
      // Without their files the attachments stay where they were, as text, and the editor is told.
      body.splice(Math.min(layout.attachmentIndex, body.length), 0, ...layout.attachmentBlocks.map((b) => ({ ...b, markdown: b.markdown.replace(/\[([^\]]*)\]\(<[^>]*>\)/g, '$1') })));
      result.notes.push({ kind: 'attachment', text: `附件文件不在原页面旁边，附件说明保留在正文中：${missing.join('；')}` });
    }
    const validity = /失效|废止|廢止/u.exec(layout.notice.validity ?? '')?.[0];
    Object.assign(fields, {
      title: fix(layout.title),
      documentNumber: documentNumber && fix(documentNumber),
      issuer: issuers.length === 1 ? fix(issuers[0] ?? '') : issuers.map(fix),
      writtenDate: new DateValue(written.date),
      date: new DateValue(dateText),
      recipients: layout.recipients && fix(layout.recipients),
      indexNumber: layout.notice.indexNumber,
      topic: layout.notice.topic && fix(layout.notice.topic),
      validity: validity && (validity === '廢止' ? '废止' : validity),
      source: fix(source),
      channel,
      lang,
      contacts: layout.contacts.map((c: Contact) => ({ name: fix(c.name), ...(c.phone ? { phone: c.phone } : {}), ...(c.email ? { email: c.email } : {}) })),
      attachments,
    });
  }

  const markdown = fix(blocksToMarkdown(body.length > 0 ? body : []));
  if (body.length === 0) result.notes.push({ kind: 'body', text: '正文是空的；请核对原页面' });
  // Files the body links or shows are copied with the article.
  for (const [name, file] of resolved) {
    if (markdown.includes(`(<./${name}>)`) && !result.files.some((f) => f.name === name)) result.files.push(file);
  }
  const frontmatter = writeFrontmatter(fields);
  result.fields = Object.entries(fields)
    .filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0))
    .map(([k]) => k);
  result.text = `${frontmatter}\n${markdown}`;
  result.mojibake = findMojibake(result.text);
  const simplifiedTitle = stored === 'zh-Hant' ? site.converter.convert(layout.title, 'zh-Hant', 'zh-Hans') : fix(layout.title);
  result.target = `${collection}/${published.date.slice(0, 4)}/${slugFromTitle(simplifiedTitle, published.date)}.md`;
  return result;
}

