/**
 * The usual layout of a legacy portal page, read from its blocks:
 *
 * ```
 * 首页 | 新闻中心 | 政务公开                      ← menu (dropped)
 * 当前位置：首页 > 新闻中心 > 媒体报道 > 正文      ← breadcrumb → channel
 * 索引号：…  发文机关：…  成文日期：…            ← 信息公开 table (notices)
 * 厚植新时代民政事业改革发展的根基                ← title
 * ——近年来加强基层基础工作综述                    ← subtitle
 * 民办发〔2018〕7号                               ← 发文字号 (notices)
 * 时间：2019-04-01  浏览量：128 次  来源：中国社会报 ← meta line
 * 【字体：大 中 小】 打印                          ← reader tools (dropped)
 * 本报记者 周 亮                                  ← byline
 * 各省、自治区、直辖市民政厅（局）：              ← 主送机关 (notices)
 * 正文……
 * 附件：1. 实施方案                               ← 附件说明 (notices)
 * 民政部办公厅 / 2018年3月26日                    ← 署名, 成文日期 (notices)
 * （联系人：李玉玲，联系电话：……）                ← contacts
 * 附件 / 实施方案 / ……                            ← appended document, kept in the body
 * （来源：…） 责任编辑：…                         ← trailers
 * 【打印本页】【关闭窗口】 上一篇：…               ← end of the article (dropped)
 * 版权所有 … ICP备 …                              ← footer (dropped)
 * ```
 */
import {
  cleanAttachmentTitle,
  findDate,
  footerKind,
  isAppendixHead,
  isDateLine,
  isEndMarker,
  isIssuerLine,
  isNavLine,
  isPublicationNote,
  isToolLine,
  readAttachmentHead,
  readAttachmentItem,
  readAuthorLine,
  readBreadcrumb,
  readContacts,
  readDocumentNumberLine,
  readMetaLine,
  readNoticeFields,
  readRecipients,
  readTrailer,
  tidy,
  type Contact,
  type FoundDate,
  type NoticeFields,
} from './fields.ts';
import { escapeText } from './markdown.ts';
import type { Block, LocalFile, Note } from './types.ts';

/** An attachment named in the 附件说明, with the address the page linked it to, if any. */
export interface AttachmentRef {
  title: string;
  href?: string | undefined;
  /** The file next to the page that the link leads to, when there is one. */
  file?: LocalFile | undefined;
}

/** What the page says, before it becomes frontmatter. */
export interface Layout {
  title?: string | undefined;
  subtitle?: string | undefined;
  date?: FoundDate | undefined;
  source?: string | undefined;
  author?: string | undefined;
  editor?: string | undefined;
  breadcrumb?: string[] | undefined;
  /** The 发文字号 as written on the page. */
  documentNumber?: string | undefined;
  notice: NoticeFields;
  recipients?: string | undefined;
  /** 发文机关署名 lines at the end of the document. */
  signature: string[];
  signatureDate?: FoundDate | undefined;
  contacts: Contact[];
  attachments: AttachmentRef[];
  /** The 附件说明 as it stood, kept for the body when its files are not there. */
  attachmentBlocks: Block[];
  /** Where in `body` the 附件说明 stood. */
  attachmentIndex: number;
  body: Block[];
  /** Whether the page reads as an official document (通知公告) rather than news. */
  isNotice: boolean;
  notes: Note[];
}

const note = (notes: Note[], kind: string, block: Block) => notes.push({ kind, text: block.text.slice(0, 60), line: block.line });

/** Tables of label/value cells (信息公开 tables) read as `label：value` lines. */
function fieldLines(block: Block): string[] {
  if (block.kind !== 'table' || !block.rows) return [];
  const lines: string[] = [];
  for (const row of block.rows) {
    const pairs: string[] = [];
    for (let i = 0; i < row.length; i++) {
      const cell = row[i] ?? '';
      if (/[:：]\s*$/u.test(cell) && i + 1 < row.length) {
        pairs.push(`${cell.replace(/[:：]\s*$/u, '')}：${row[i + 1] ?? ''}`);
        i++;
      } else if (/[:：]/u.test(cell)) pairs.push(cell);
      else if (i + 1 < row.length && readNoticeFields(`${cell}：${row[i + 1]}`)) {
        pairs.push(`${cell}：${row[i + 1] ?? ''}`);
        i++;
      }
    }
    lines.push(...pairs);
  }
  return lines.filter((l) => readNoticeFields(l) || readMetaLine(l));
}

function mergeNotice(into: NoticeFields, from: NoticeFields) {
  for (const [k, v] of Object.entries(from)) if (v !== undefined && (into as Record<string, unknown>)[k] === undefined) (into as Record<string, unknown>)[k] = v;
}

const SUBTITLE = /^(?:——|—|－－|--|―)\s*\S/u;
const HEADING_1 = /^[一二三四五六七八九十]{1,3}、\S/u;
const HEADING_2 = /^[（(][一二三四五六七八九十]{1,3}[）)]\S/u;

/** A short line that numbers a section (一、总体要求 / （一）配齐配强基层工作力量), not a sentence. */
function headingDepth(block: Block): number | undefined {
  if (block.kind !== 'paragraph' || block.text.length > 40 || /[。；;，,：:！？]$/u.test(block.text) || /。/u.test(block.text)) return undefined;
  if (HEADING_1.test(block.text)) return 2;
  if (HEADING_2.test(block.text)) return 3;
  return undefined;
}

/**
 * Reads the blocks of an old page into its parts. Pure: no file system, no site.
 * @example readLayout(textToBlocks('当前位置：首页 > 新闻中心 > 媒体报道 > 正文\n厚植新时代民政事业改革发展的根基\n时间：2019-04-01 来源：中国社会报\n基础不牢，地动山摇。'))
 * // { title: '厚植新时代民政事业改革发展的根基', date: { date: '2019-04-01' }, source: '中国社会报', breadcrumb: ['新闻中心', '媒体报道'], body: [ … ] }
 */
export function readLayout(input: readonly Block[], hints: { documentTitle?: string | undefined; meta?: Record<string, string> } = {}): Layout {
  const notes: Note[] = [];
  const layout: Layout = { notice: {}, signature: [], contacts: [], attachments: [], attachmentBlocks: [], attachmentIndex: 0, body: [], isNotice: false, notes };
  const blocks = input.filter((b) => {
    if (footerKind(b.text) === 'strong') {
      note(notes, 'footer', b);
      return false;
    }
    return true;
  });

  // 1. Where the article is: the HTML container, or after the title of a text page.
  const hasContainer = blocks.some((b) => b.inArticle);
  const firstIn = hasContainer ? blocks.findIndex((b) => b.inArticle) : -1;
  const crumbAt = blocks.findIndex((b, i) => (firstIn < 0 || i < firstIn) && b.kind !== 'table' && readBreadcrumb(b.text) !== undefined);
  if (crumbAt >= 0) layout.breadcrumb = readBreadcrumb(blocks[crumbAt]?.text ?? '');

  const isHeadLine = (b: Block) =>
    readMetaLine(b.text) !== undefined || readNoticeFields(b.text) !== undefined || fieldLines(b).length > 0 || isToolLine(b.text) || readBreadcrumb(b.text) !== undefined;
  const readHead = (b: Block): boolean => {
    const meta = readMetaLine(b.text);
    if (meta) {
      layout.date ??= meta.date;
      layout.source ??= meta.source;
      layout.author ??= meta.author;
      return true;
    }
    const lines = b.kind === 'table' ? fieldLines(b) : [b.text];
    let any = false;
    for (const line of lines) {
      const fields = readNoticeFields(line);
      if (fields) {
        mergeNotice(layout.notice, fields);
        any = true;
      } else {
        const m = readMetaLine(line);
        if (m) {
          layout.date ??= m.date;
          layout.source ??= m.source;
          any = true;
        }
      }
    }
    return any;
  };

  let start = crumbAt + 1;
  let titleAt = -1;
  const headLimit = hasContainer ? firstIn : blocks.length;
  if (hasContainer || blocks.some((b) => b.titleLike)) {
    const candidates = blocks.slice(0, hasContainer ? firstIn : blocks.length).map((b, i) => ({ b, i })).filter(({ b }) => b.titleLike && b.text.length >= 4 && !isHeadLine(b));
    titleAt = candidates.at(-1)?.i ?? -1;
  }
  if (titleAt < 0) {
    for (let i = Math.max(start, 0); i < headLimit; i++) {
      const b = blocks[i];
      if (!b) break;
      if (isHeadLine(b) || isNavLine(b.text) || footerKind(b.text) || b.kind !== 'paragraph' || b.text.length < 4) continue;
      // The title is the line just above the meta line when there is one nearby: site names come first.
      const metaAhead = blocks.slice(i + 1, i + 5).findIndex((n) => readMetaLine(n.text) !== undefined || readDocumentNumberLine(n.text) !== undefined);
      const between = metaAhead > 0 ? blocks.slice(i + 1, i + 1 + metaAhead) : [];
      if (between.some((n) => !SUBTITLE.test(n.text) && !isHeadLine(n) && !isToolLine(n.text) && !readDocumentNumberLine(n.text))) continue;
      titleAt = i;
      break;
    }
  }
  // <title> is often 标题_栏目_网站 or 标题 - 栏目 - 网站; a dash inside a title (2018—2019年) has no spaces.
  if (titleAt < 0 && hints.documentTitle) layout.title = hints.documentTitle.split(/_|\s+[-|｜—]{1,2}\s+/u)[0]?.trim();
  // Fields above the title (the 信息公开 table comes first on many notice pages).
  for (let i = Math.max(crumbAt + 1, 0); i < (titleAt >= 0 ? titleAt : headLimit); i++) {
    const b = blocks[i];
    if (b && !b.inArticle) readHead(b);
  }
  if (titleAt >= 0) layout.title = blocks[titleAt]?.text;
  if (layout.notice.title && (!layout.title || titleAt < 0)) layout.title = layout.notice.title;

  // 2. The lines under the title: subtitle, 发文字号, meta, tools, byline.
  let bodyStart = titleAt >= 0 ? titleAt + 1 : hasContainer ? firstIn : Math.max(crumbAt + 1, 0);
  const consumeHead = (from: number, to: number, stopAtContent: boolean): number => {
    let i = from;
    for (; i < to; i++) {
      const b = blocks[i];
      if (!b) break;
      if (b.text === layout.title && i > titleAt) continue;
      if (SUBTITLE.test(b.text) && !layout.subtitle && b.text.length <= 60) layout.subtitle = b.text.replace(/^(?:——|—|－－|--|―)\s*/u, '——');
      else if (readDocumentNumberLine(b.text) && !layout.documentNumber) layout.documentNumber = b.text;
      else if (readHead(b)) continue;
      else if (isToolLine(b.text) || isNavLine(b.text)) note(notes, 'tool', b);
      else if (readAuthorLine(b.text) && !layout.author) layout.author = readAuthorLine(b.text);
      else if (footerKind(b.text)) note(notes, 'footer', b);
      else if (stopAtContent) break;
      else note(notes, 'chrome', b);
    }
    return i;
  };
  if (hasContainer) {
    consumeHead(titleAt + 1, firstIn, false);
    bodyStart = firstIn;
  } else {
    bodyStart = consumeHead(bodyStart, blocks.length, true);
  }

  // 3. The body: to the end of the container, or to the first end marker or footer line of a text page.
  let body: Block[];
  let tail: Block[];
  if (hasContainer) {
    body = blocks.filter((b) => b.inArticle);
    const lastIn = blocks.length - 1 - [...blocks].reverse().findIndex((b) => b.inArticle);
    tail = blocks.slice(lastIn + 1);
  } else {
    let end = blocks.length;
    for (let i = bodyStart; i < blocks.length; i++) {
      const b = blocks[i];
      if (b && (isEndMarker(b.text) || (footerKind(b.text) && isNavLine(b.text)))) {
        end = i;
        break;
      }
    }
    body = blocks.slice(bodyStart, end);
    tail = blocks.slice(end);
  }
  // Lines of the head the container repeats (title, meta, tools), and the byline at the start of the body.
  body = body.filter((b, i) => {
    if (b.text === layout.title && i < 3) return false;
    if (i < 6 && (readMetaLine(b.text)?.date || readMetaLine(b.text)?.source || (SUBTITLE.test(b.text) && b.text === layout.subtitle))) {
      readHead(b);
      return false;
    }
    if (isToolLine(b.text)) {
      note(notes, 'tool', b);
      return false;
    }
    return true;
  });
  const byline = body[0] && readAuthorLine(body[0].text);
  if (byline && body[0]) {
    layout.author ??= byline;
    body = body.slice(1);
  }
  // Trailing chrome of a text page: weak footer lines, menus.
  while (body.length > 0) {
    const last = body.at(-1);
    if (!last || !(footerKind(last.text) || isNavLine(last.text))) break;
    note(notes, 'footer', last);
    body.pop();
  }

  // 4. Trailers in the body's last lines and in the tail: (来源：…), 责任编辑.
  const takeTrailer = (b: Block): Block | undefined => {
    const t = readTrailer(b.text);
    if (!t) return b;
    if (t.source) layout.source ??= t.source;
    if (t.editor) {
      layout.editor = t.editor;
      notes.push({ kind: 'editor', text: `责任编辑：${t.editor}`, line: b.line });
    }
    if (!t.rest) return undefined;
    return { ...b, text: t.rest, markdown: b.kind === 'paragraph' && !b.links ? escapeText(t.rest) : b.markdown.replace(/\s*\\?[（(【[]\s*(?:来源|來源|信息来源|稿件来源)[\s\S]*$/u, '') };
  };
  for (let k = 0; k < 3 && body.length > 0; k++) {
    const last = body.at(-1);
    if (!last) break;
    const kept = takeTrailer(last);
    if (kept === last) break;
    body.pop();
    if (kept) {
      body.push(kept);
      break;
    }
  }
  const tailKept: Block[] = [];
  for (const b of tail) {
    if (readTrailer(b.text)) takeTrailer(b);
    else if (readMetaLine(b.text)) readHead(b);
    else if (readAttachmentHead(b.text) || readAttachmentItem(b.text) || readContacts(b.text)) tailKept.push(b);
    else if (!footerKind(b.text) && !isToolLine(b.text) && !isEndMarker(b.text)) note(notes, 'chrome', b);
    else note(notes, isToolLine(b.text) ? 'tool' : 'footer', b);
  }
  // What stood above the title (site name, menus) is chrome too.
  for (let i = 0; i < (titleAt >= 0 ? titleAt : 0); i++) {
    const b = blocks[i];
    if (b && !b.inArticle && !isHeadLine(b)) note(notes, 'chrome', b);
  }
  // Attachments and contacts listed after an HTML page's container belong to the document.
  if (hasContainer) body.push(...tailKept);

  // 5. A notice's parts: 主送机关, 附件说明, 署名, 成文日期, contacts, an appended document.
  readNoticeParts(layout, body);
  layout.isNotice = Boolean(
    layout.documentNumber || layout.notice.documentNumber || layout.notice.writtenDate || layout.notice.issuer || layout.notice.indexNumber || (layout.signature.length > 0 && layout.signatureDate),
  );

  // Meta tags of the CMS fill what the page did not print.
  if (!layout.date && hints.meta?.['pubdate']) layout.date = findDate(hints.meta['pubdate']);
  if (!layout.source && hints.meta?.['contentsource']) layout.source = hints.meta['contentsource'];
  return layout;
}

function readNoticeParts(layout: Layout, input: Block[]): void {
  let body = [...input];
  const recipients = body[0] && body[0].kind === 'paragraph' ? readRecipients(body[0].text) : undefined;
  if (recipients) {
    layout.recipients = recipients;
    body = body.slice(1);
  }

  // The appended document starts at a 附件 line after the signature's date.
  let appendixAt = -1;
  for (let i = 1; i < body.length; i++) {
    if (isAppendixHead(body[i]?.text ?? '') && body.slice(Math.max(0, i - 4), i).some((b) => isDateLine(b.text))) {
      appendixAt = i;
      break;
    }
  }
  let main = appendixAt >= 0 ? body.slice(0, appendixAt) : body;
  const appendix = appendixAt >= 0 ? body.slice(appendixAt) : [];

  // Contacts anywhere in the last lines.
  const tailFrom = Math.max(0, main.length - 10);
  main = main.filter((b, i) => {
    if (i < tailFrom) return true;
    const contacts = readContacts(b.text);
    if (contacts) {
      layout.contacts.push(...contacts);
      return false;
    }
    if (isPublicationNote(b.text)) {
      layout.notes.push({ kind: 'note', text: b.text, line: b.line });
      return false;
    }
    return true;
  });

  // 署名 and 成文日期 at the very end.
  const last = main.at(-1);
  if (last && isDateLine(last.text)) {
    const issuers: Block[] = [];
    let j = main.length - 2;
    for (let b = main[j]; b && issuers.length < 4 && isIssuerLine(b.text); b = main[--j]) issuers.unshift(b);
    if (issuers.length > 0 || layout.notice.issuer) {
      layout.signatureDate = findDate(last.text);
      // Joint documents sign side by side on one line: 测试市民政局　　测试市财政局.
      layout.signature = issuers.flatMap((b) => {
        const parts = tidy(b.text).split(' ');
        return parts.every((p) => isIssuerLine(p)) ? parts : [tidy(b.text)];
      });
      main = main.slice(0, j + 1);
    }
  }

  // 附件说明: 附件：1. … followed by numbered items, just before the signature (or anywhere in the last lines).
  for (let i = Math.max(0, main.length - 12); i < main.length; i++) {
    const head = readAttachmentHead(main[i]?.text ?? '');
    if (!head) continue;
    let k = i + 1;
    const items = [...head.items];
    while (k < main.length && readAttachmentItem(main[k]?.text ?? '')) items.push(readAttachmentItem(main[k]?.text ?? '') as string), k++;
    const blocks = main.slice(i, k);
    const links = blocks.flatMap((b) => b.links ?? []);
    layout.attachments = items.map((title) => {
      const link = links.find((l) => cleanAttachmentTitle(l.text) === title || l.text.includes(title));
      return { title, href: link?.href, file: link?.file };
    });
    // Kept as one paragraph, one item a line, should the files be missing.
    const joined = blocks.map((b) => b.markdown).join('\\\n');
    layout.attachmentBlocks = blocks.length > 1 ? [{ ...(blocks[0] as Block), markdown: joined, text: blocks.map((b) => b.text).join(' ') }] : blocks;
    layout.attachmentIndex = i;
    main = [...main.slice(0, i), ...main.slice(k)];
    break;
  }

  // Section headings of a text page (一、… / （一）…), one level deeper inside an appended document.
  const withHeadings = (blocks: Block[], shift: number) =>
    blocks.map((b) => {
      const depth = headingDepth(b);
      return depth ? { ...b, kind: 'heading' as const, depth: depth + shift } : b;
    });
  const appended = withHeadings(appendix, 1).map((b, i, all) => {
    // The appended document's own title: the first line after 附件 (and 附件 number lines).
    const firstText = all.findIndex((x, k) => k > 0 && !isAppendixHead(x.text));
    return i === firstText && b.kind === 'paragraph' && b.text.length <= 60 && !/。/u.test(b.text) ? { ...b, kind: 'heading' as const, depth: 2 } : b;
  });
  layout.body = [...withHeadings(main, 0), ...appended];
}
