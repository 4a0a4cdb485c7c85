/**
 * Line recognizers for legacy portal pages: each reads one line (a paragraph of the old page) and says what it
 * is — a breadcrumb, the 时间/来源 line, a 发文字号, a reader-tool leftover, a footer line — and what it holds.
 * Pure functions on strings; the layout (layout.ts) decides where on the page a line may be what.
 */
import { normalizeDocumentNumber as normalizeNumber } from '../documentNumber.ts';

/** Spaces of every width, as legacy pages pad with them (U+3000, no-break space, tabs). */
const SPACE = '[\\s\\u00a0\\u3000]';

/** A line without spaces at its ends and with every run of spaces (of any width) made one ASCII space. */
export function tidy(line: string): string {
  return line.replace(/[\s\u00a0\u3000\u200b\ufeff]+/g, ' ').trim();
}

const HAN = /\p{Script=Han}/u;

/** Whether text has Chinese characters. */
export function hasHan(text: string): boolean {
  return HAN.test(text);
}

// ---------------------------------------------------------------------------------------------------------------
// Dates

const CN_DIGITS: Record<string, number> = { 〇: 0, 零: 0, O: 0, o: 0, Ｏ: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 二十六 → 26, 十二 → 12, 三 → 3. */
function chineseNumber(text: string): number | undefined {
  if (/^\d+$/.test(text)) return Number(text);
  const m = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(text);
  if (!m || (!m[1] && !m[2] && !m[3])) return undefined;
  if (!m[2]) return CN_DIGITS[m[1] ?? m[3] ?? ''];
  return (m[1] ? (CN_DIGITS[m[1]] ?? 0) : 1) * 10 + (m[3] ? (CN_DIGITS[m[3]] ?? 0) : 0);
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function toAscii(text: string): string {
  return text.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/：/g, ':');
}

/** A date found in a line: `date` is YYYY-MM-DD, `time` HH:MM when the line had one. */
export interface FoundDate {
  date: string;
  time?: string | undefined;
  /** The text that was read, as written. */
  text: string;
  index: number;
}

const NUMERIC_DATE = /(\d{4})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})\s*日?(?:\s*(\d{1,2})[:时](\d{2})(?:[:分](\d{2})秒?)?)?/;
const CHINESE_DATE = /([〇零一二三四五六七八九OoＯ]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日/;

function validDate(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate() && y >= 1949 && y <= 2100;
}

/**
 * Finds the first date in a line, in any of the ways portals print one.
 * @example findDate('时间：2019-04-01 09:30:15  浏览量：128') // { date: '2019-04-01', time: '09:30', … }
 * @example findDate('2018年3月26日') // { date: '2018-03-26', … }
 * @example findDate('二〇一八年三月二十六日') // { date: '2018-03-26', … }
 */
export function findDate(line: string): FoundDate | undefined {
  const text = toAscii(line);
  const m = NUMERIC_DATE.exec(text);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (validDate(y, mo, d)) {
      const hour = m[4] === undefined ? undefined : Number(m[4]);
      const time = hour !== undefined && hour < 24 && Number(m[5]) < 60 ? `${pad(hour)}:${m[5]}` : undefined;
      return { date: `${y}-${pad(mo)}-${pad(d)}`, time, text: line.slice(m.index, m.index + m[0].length), index: m.index };
    }
  }
  const c = CHINESE_DATE.exec(line);
  if (c) {
    const y = Number([...(c[1] ?? '')].map((ch) => CN_DIGITS[ch] ?? 0).join(''));
    const mo = chineseNumber(c[2] ?? '');
    const d = chineseNumber(c[3] ?? '');
    if (mo !== undefined && d !== undefined && validDate(y, mo, d)) return { date: `${y}-${pad(mo)}-${pad(d)}`, text: c[0], index: c.index };
  }
  return undefined;
}

/**
 * Whether a whole line is a date and nothing else, as under a signature.
 * @example isDateLine('2018年3月26日') // true
 * @example isDateLine('2018年3月26日，会议召开') // false
 */
export function isDateLine(line: string): boolean {
  const t = tidy(line).replace(/\s/g, '');
  const found = findDate(t);
  return found !== undefined && found.index === 0 && found.text.replace(/\s/g, '').length === t.length;
}

// ---------------------------------------------------------------------------------------------------------------
// Label: value lines

/** The labels a legacy page prints before its values, by the field they fill. */
const LABELS: Record<string, readonly string[]> = {
  date: ['发布时间', '发布日期', '发表时间', '发文日期', '更新时间', '时间', '日期', '發佈時間', '發布時間', '發佈日期', '發布日期', '時間'],
  source: ['信息来源', '文章来源', '新闻来源', '稿件来源', '来源', '稿源', '出处', '來源', '資料來源', '消息來源'],
  author: ['作者', '撰稿人', '撰稿', '供稿', '文/图', '文／图', '記者', '作　者'],
  views: ['浏览量', '浏览次数', '浏览', '阅读量', '阅读次数', '阅读', '点击数', '点击量', '点击率', '点击', '访问量', '访问次数', '瀏覽次數', '瀏覽', '點擊數', '點擊', '閱讀'],
  editor: ['责任编辑', '编辑', '責任編輯', '編輯', '审核', '校对'],
  documentNumber: ['发文字号', '文号', '文件编号', '發文字號', '文號'],
  issuer: ['发文机关', '发布机关', '发布机构', '发文单位', '發文機關', '發布機關'],
  writtenDate: ['成文日期', '成文时间', '成文日期'],
  indexNumber: ['索引号', '索引號'],
  topic: ['主题分类', '主题词', '分类', '主題分類'],
  validity: ['有效性', '时效性', '效力状态'],
  titleField: ['标题', '名称', '文件名称', '標題', '名稱'],
  fontSize: ['字体', '字号', '字體', '字號'],
};

const LABEL_OF = new Map<string, string>();
for (const [field, labels] of Object.entries(LABELS)) for (const label of labels) LABEL_OF.set(label, field);
const ALL_LABELS = [...LABEL_OF.keys()].sort((a, b) => b.length - a.length).map((l) => l.replace(/[/]/g, '\\/'));
const LABEL_RE = new RegExp(`(?:^|${SPACE}|[|｜丨【\\[（(])(${ALL_LABELS.join('|')})${SPACE}*[:：]${SPACE}*`, 'gu');

/** One `label：value` pair of a line, e.g. { field: 'source', label: '来源', value: '中国社会报' }. */
export interface LabelValue {
  field: string;
  label: string;
  value: string;
}

/**
 * Reads every `label：value` pair of a line. A value runs to the next label or to a separator (`|`, two spaces).
 * @example labelValues('时间：2019-04-01  浏览量：128 次  来源：中国社会报')
 * // [{ field: 'date', value: '2019-04-01' }, { field: 'views', value: '128 次' }, { field: 'source', value: '中国社会报' }]
 */
export function labelValues(line: string): LabelValue[] {
  const found: { field: string; label: string; start: number; end: number }[] = [];
  for (const m of line.matchAll(LABEL_RE)) {
    const label = m[1] ?? '';
    found.push({ field: LABEL_OF.get(label) ?? '', label, start: m.index, end: m.index + m[0].length });
  }
  return found.map((f, i) => {
    const next = found[i + 1]?.start ?? line.length;
    let value = line.slice(f.end, next);
    // A value ends at a separator: a bar, or two spaces of any width (not one: 本报记者 周亮).
    value = value.split(/[|｜丨]|[\s\u00a0\u3000]{2,}|\u3000/u)[0] ?? '';
    value = tidy(value).replace(/[】\]）)]+$/u, '').replace(/[，,；;。]$/u, '').trim();
    return { field: f.field, label: f.label, value };
  });
}

const META_FIELDS = new Set(['date', 'source', 'author', 'views', 'editor', 'fontSize']);
const NOTICE_FIELDS = new Set(['documentNumber', 'issuer', 'writtenDate', 'indexNumber', 'topic', 'validity', 'titleField']);

/** What the 时间/来源 line of a page says. */
export interface MetaLine {
  date?: FoundDate | undefined;
  source?: string | undefined;
  author?: string | undefined;
  /** Labels read, e.g. ['时间', '浏览量', '来源']. */
  labels: string[];
}

/**
 * Reads the line under a news title that gives date, source and author; views and font-size tools are read
 * and dropped. `undefined` when the line is not such a line (too long, or body text that happens to have a colon).
 * @example readMetaLine('时间：2019-04-01  浏览量：128 次  来源：中国社会报') // { date: { date: '2019-04-01' }, source: '中国社会报', … }
 * @example readMetaLine('来源：民政部网站 | 发布时间：2018年5月14日 09:30') // { source: '民政部网站', date: { date: '2018-05-14', time: '09:30' } }
 */
export function readMetaLine(line: string): MetaLine | undefined {
  const text = tidy(line);
  if (text.length > 160) return undefined;
  const pairs = labelValues(line);
  if (pairs.length === 0 || !pairs.every((p) => META_FIELDS.has(p.field))) return undefined;
  // The line must start with a label (or a date): 来源：… in the middle of a sentence is body text.
  const first = text.replace(/^[【\[（(|｜\s]+/u, '');
  if (!pairs.some((p) => first.startsWith(p.label)) && !(findDate(first)?.index === 0)) return undefined;
  const meta: MetaLine = { labels: pairs.map((p) => p.label) };
  for (const p of pairs) {
    if (p.field === 'date') meta.date = findDate(p.value) ?? meta.date;
    else if (p.field === 'source' && p.value) meta.source = p.value;
    else if (p.field === 'author' && p.value) meta.author = normalizeAuthor(p.value);
  }
  // A date printed without a label: 2019-04-01 09:30  来源：中国社会报
  meta.date ??= findDate(text.split(/[:：]/)[0] ?? '') ?? (pairs.some((p) => p.field === 'date') ? undefined : leadingDate(text));
  return meta;
}

function leadingDate(text: string): FoundDate | undefined {
  const d = findDate(text);
  return d && d.index === 0 ? d : undefined;
}

/** What the 信息公开 fields of a notice page say (索引号, 发文机关, 成文日期, 发文字号…). */
export interface NoticeFields {
  documentNumber?: string;
  issuer?: string;
  writtenDate?: FoundDate;
  date?: FoundDate;
  indexNumber?: string;
  topic?: string;
  validity?: string;
  title?: string;
  source?: string;
}

/**
 * Reads a line of a notice page's 信息公开 table. Several pairs may share a line (a table copied as text).
 * `undefined` when the line has no notice field.
 * @example readNoticeFields('索引号：000014349/2018-00123  主题分类：民政\\基层政权')
 * // { indexNumber: '000014349/2018-00123', topic: '民政\\基层政权' }
 */
export function readNoticeFields(line: string): NoticeFields | undefined {
  const pairs = labelValues(line);
  if (!pairs.some((p) => NOTICE_FIELDS.has(p.field))) return undefined;
  const first = tidy(line).replace(/^[【\[（(|｜\s]+/u, '');
  if (!pairs.some((p) => first.startsWith(p.label))) return undefined;
  const out: NoticeFields = {};
  for (const p of pairs) {
    if (!p.value) continue;
    const found = findDate(p.value);
    switch (p.field) {
      case 'documentNumber': out.documentNumber = p.value; break;
      case 'issuer': out.issuer = p.value; break;
      case 'writtenDate': if (found) out.writtenDate = found; break;
      case 'date': if (found) out.date = found; break;
      case 'indexNumber': out.indexNumber = p.value; break;
      case 'topic': out.topic = p.value.replace(/[/／]/g, '\\'); break;
      case 'validity': out.validity = p.value; break;
      case 'titleField': out.title = p.value; break;
      case 'source': out.source = p.value; break;
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Breadcrumb

const CRUMB_PREFIX = /^(?:当前位置|您的位置|你的位置|您现在的位置|现在位置|所在位置|位置|當前位置|您的位置|目前位置)\s*[是为為]?[:：]\s*/u;
const CRUMB_SEPARATOR = /\s*(?:->|-->|>>|＞＞|→|›|»|>|＞|\/)\s*/u;

/**
 * Reads a breadcrumb line into its names, without 首页 and 正文.
 * @example readBreadcrumb('当前位置：首页 > 新闻中心 > 媒体报道 > 正文') // ['新闻中心', '媒体报道']
 * @example readBreadcrumb('首页 » 政务公开 » 通知公告') // ['政务公开', '通知公告']
 */
export function readBreadcrumb(line: string): string[] | undefined {
  const text = tidy(line);
  if (text.length > 120) return undefined;
  const prefixed = CRUMB_PREFIX.test(text);
  const rest = text.replace(CRUMB_PREFIX, '');
  const parts = rest.split(CRUMB_SEPARATOR).map((p) => p.trim()).filter(Boolean);
  if (!prefixed && !(parts.length >= 2 && /^(首页|首頁|网站首页|網站首頁|主页)$/u.test(parts[0] ?? ''))) return undefined;
  if (parts.length === 0) return prefixed ? [] : undefined;
  return parts.filter((p) => !/^(首页|首頁|网站首页|網站首頁|主页|正文|詳情|详情|内容|正文内容|文章内容)$/u.test(p));
}

// ---------------------------------------------------------------------------------------------------------------
// Author

const AUTHOR_ROLE = /^(?:[【\[（(]\s*)?((?:本报|本台|本网|本刊)?(?:特约)?(?:记者|通讯员|記者|通訊員)|文[/／]图|文[/／]圖|撰稿|供稿)[\s\u3000:：]*/u;

/**
 * Removes the spaces portals put inside two- and three-character names to align them: 周 亮 → 周亮.
 * Roles and names stay apart by one space.
 * @example normalizeAuthor('本报记者 周 亮') // '本报记者 周亮'
 * @example normalizeAuthor("记者 黃 怡君") // "记者 黃怡君"
 */
export function normalizeAuthor(text: string): string {
  const tokens = tidy(text).split(' ').filter(Boolean);
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] ?? '';
    const next = tokens[i + 1] ?? '';
    // A surname set apart from its given name: 周 亮, 黃 怡君 (portals pad two-character names to three).
    if (/^\p{Script=Han}$/u.test(token) && /^\p{Script=Han}{1,2}$/u.test(next) && !AUTHOR_ROLE.test(next)) {
      out.push(token + next);
      i++;
    } else {
      out.push(token);
    }
  }
  return out.join(' ').replace(/[】\]）)]$/u, '');
}

/**
 * Reads a byline, the short line naming reporters under the title or at the start of the body.
 * @example readAuthorLine('本报记者 周 亮') // '本报记者 周亮'
 * @example readAuthorLine('记者 王晓燕 通讯员 刘 军') // '记者 王晓燕 通讯员 刘军'
 */
export function readAuthorLine(line: string): string | undefined {
  const text = tidy(line);
  if (text.length > 40 || /[。；！？]/u.test(text)) return undefined;
  const m = AUTHOR_ROLE.exec(text);
  if (!m) return undefined;
  const rest = text.slice(m[0].length);
  if (!/^\p{Script=Han}/u.test(rest) && rest !== '') return undefined;
  // 本报记者 周亮 报道 / 摄: the verb is not part of the name.
  const names = rest.replace(/\s*(?:报道|報導|摄影|摄|攝|报道组)$/u, '');
  if (!names) return undefined;
  return normalizeAuthor(`${m[1]} ${names}`);
}

// ---------------------------------------------------------------------------------------------------------------
// Chrome: reader tools, share buttons, previous/next, footer

const TOOL_PATTERNS: readonly RegExp[] = [
  /【?\s*字[体號号體]\s*[:：]?\s*[【\[]?\s*(?:超大\s*)?大\s*[】\]]?\s*[【\[]?\s*中\s*[】\]]?\s*[【\[]?\s*小/u,
  /[【\[]\s*(?:打印本[页頁]|打印|[关關][闭閉]窗口|[关關][闭閉]|[關关][閉闭]視窗|列印|列印本[頁页]|收藏|[纠糾][错錯]|返回[顶頂]部|打印此[页頁]|我要打印|加入收藏|[关關][闭閉]本[页頁])\s*[】\]]/u,
  /^(?:打印本[页頁]|打印|[关關][闭閉]窗口|[关關][闭閉]|返回[顶頂]部|返回|收藏本[页頁]|列印本[頁页]|[關关][閉闭]視窗|打印此[页頁]|大\s*中\s*小)$/u,
  /^扫一扫(?:在手机[端上]?打开当前页|用手机打开|分享)?/u,
  /^(?:掃一掃|手机扫一扫|手機掃一掃)/u,
  /^分享到\s*[:：]?/u,
  /^(?:上一[篇條条]|下一[篇條条])\s*[:：]/u,
  /^(?:分享|分享至)\s*[:：]/u,
  /^[【\[]?\s*(?:上一篇|下一篇|上一條|下一條|上一条|下一条)\s*[:：]?/u,
  /^(?:相关链接|相关文章|相关阅读|相关新闻|相關連結|相關文章|相關閱讀|延伸阅读|延伸閱讀)\s*[:：]?$/u,
];

/**
 * Whether a line is left over from the old page's reader tools, share buttons or previous/next links.
 * @example isToolLine('【字体：大 中 小】 打印') // true
 * @example isToolLine('【打印本页】【关闭窗口】') // true
 * @example isToolLine('会议要求各地关闭不合格的服务窗口。') // false
 */
export function isToolLine(line: string): boolean {
  const text = tidy(line);
  if (text.length === 0 || text.length > 80) return false;
  return TOOL_PATTERNS.some((re) => re.test(text));
}

/** Lines that end the article when they come after its body: previous/next, print and close, related links. */
export function isEndMarker(line: string): boolean {
  const text = tidy(line);
  return isToolLine(text) && !/字[体號号體]/u.test(text);
}

const STRONG_FOOTER = /版权所有|版權所有|ICP\s*备|ICP\s*備|ICP证|公网安备|公網安備|网站标识码|網站標識碼|Copyright|©|\(c\)\s*\d{4}/iu;
const WEAK_FOOTER = /主办单位|承办单位|主辦單位|承辦單位|联系我们|聯繫我們|聯絡我們|网站地图|網站地圖|技术支持|技術支持|关于我们|關於我們|网站声明|網站聲明|隐私声明|隱私權|使用帮助|网站纠错|建议使用.*浏览器|分辨率|解析度/u;

/**
 * Whether a line is a footer line of the old site (licence, ICP, 网站标识码, 主办单位…).
 * `strong` lines are footer wherever they stand; the others only after the article.
 * @example footerKind('版权所有：示范市民政局  京ICP备00000000号') // 'strong'
 * @example footerKind('主办单位：示范市民政局') // 'weak'
 */
export function footerKind(line: string): 'strong' | 'weak' | undefined {
  const text = tidy(line);
  if (text.length > 200) return undefined;
  if (STRONG_FOOTER.test(text)) return 'strong';
  if (WEAK_FOOTER.test(text) && text.length <= 120) return 'weak';
  return undefined;
}

/** A navigation line: short names between bars, e.g. `首页 | 新闻中心 | 政务公开`. */
export function isNavLine(line: string): boolean {
  const text = tidy(line);
  const parts = text.split(/\s*[|｜丨·]\s*|\s{2,}/u).filter(Boolean);
  return parts.length >= 3 && parts.every((p) => p.length <= 8) && !/[。，；]/u.test(text);
}

// ---------------------------------------------------------------------------------------------------------------
// Trailers: (来源：…), 责任编辑

/**
 * Reads a `(来源：…)` / `（来源：…）` trailer or an editor's line at the end of an article.
 * Returns what the line held and the line without it (`rest`, empty when the whole line was the trailer).
 * @example readTrailer('（来源：中国社会报）') // { source: '中国社会报', rest: '' }
 * @example readTrailer('……稳步推进。（来源：民政部网站）') // { source: '民政部网站', rest: '……稳步推进。' }
 * @example readTrailer('责任编辑：王 芳') // { editor: '王芳', rest: '' }
 */
export function readTrailer(line: string): { source?: string; editor?: string; rest: string } | undefined {
  const text = line.trim();
  const source = /[（(【\[]\s*(?:来源|來源|信息来源|稿件来源)\s*[:：]\s*([^）)】\]]{1,40})[）)】\]]\s*$/u.exec(text);
  if (source) return { source: tidy(source[1] ?? ''), rest: text.slice(0, source.index).trim() };
  const editor = /^[（(【\[]?\s*(?:责任编辑|責任編輯|编辑|編輯|审核|校对|责编)\s*[:：]\s*([^）)】\]]{1,30})[）)】\]]?$/u.exec(tidy(text));
  if (editor) return { editor: normalizeAuthor(editor[1] ?? '').replace(/\s/g, ''), rest: '' };
  return undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// Notice parts

const DOC_NUMBER_LINE = /^[\p{Script=Han}A-Za-z]{1,12}\s*[〔\[［(（【{｛]?\s*\d{2,4}\s*[〕\]］)）】}｝]?\s*第?\s*\d{1,5}\s*[号號]$/u;

/**
 * Reads a 发文字号 standing alone on a line (under the title), normalized after GB/T 9704-2012.
 * @example readDocumentNumberLine('民办发[2018]07号') // { written: '民办发[2018]07号', normalized: '民办发〔2018〕7号', changed: true }
 */
export function readDocumentNumberLine(line: string): { written: string; normalized: string; changed: boolean } | undefined {
  const text = tidy(line);
  if (!DOC_NUMBER_LINE.test(text)) return undefined;
  return normalizeDocumentNumber(text);
}

/**
 * Parses and normalizes a 发文字号 with src/lib/documentNumber.ts; `undefined` when it cannot be understood.
 * @example normalizeDocumentNumber('民办发（2018）第7号') // { normalized: '民办发〔2018〕7号', changed: true, … }
 */
export function normalizeDocumentNumber(text: string, expectedYear?: number): { written: string; normalized: string; changed: boolean } | undefined {
  const written = tidy(text);
  const normalized = normalizeNumber(written, expectedYear);
  return normalized === undefined ? undefined : { written, normalized, changed: normalized !== written };
}

/**
 * Whether a line reads as the 主送机关 of a notice: short, ends in a colon, names offices.
 * @example readRecipients('各省、自治区、直辖市民政厅（局）：') // '各省、自治区、直辖市民政厅（局）'
 * @example readRecipients('会议要求：') // undefined
 */
export function readRecipients(line: string): string | undefined {
  const text = tidy(line);
  if (text.length > 120 || !/[:：]$/u.test(text) || /[。；！？]/u.test(text)) return undefined;
  const body = text.slice(0, -1).trim();
  if (!/(^各|厅|局|委|办|部|政府|单位|机关|机构|公司|院|会|处|科|室|中心|街道|乡镇|社区|廳|辦|機關|單位)/u.test(body)) return undefined;
  if (!/(各|、|，|厅|局|委|部|政府|单位|机关|廳|機關|單位)/u.test(body)) return undefined;
  return body;
}

const OFFICE_END = /(部|厅|局|委|委员会|办公室|办公厅|政府|中心|院|会|所|处|站|馆|社|队|公司|集团|办|署|室|廳|辦公廳|辦公室|委員會|處|館|團|隊)$/u;

/**
 * Whether a line can be an issuer's name in a signature block (发文机关署名).
 * @example isIssuerLine('民政部办公厅') // true
 * @example isIssuerLine('请认真贯彻执行。') // false
 */
export function isIssuerLine(line: string): boolean {
  const text = tidy(line);
  return text.length >= 2 && text.length <= 30 && !/[。，；：:！？、]/u.test(text) && hasHan(text) && OFFICE_END.test(text.replace(/[（(][^）)]*[）)]$/u, ''));
}

/** One contact of a notice. */
export interface Contact {
  name: string;
  phone?: string;
  email?: string;
}

/**
 * Reads a contact line: `联系人：李玉玲  联系电话：(010)58123760`, also in brackets, with 邮箱, or several people.
 * @example readContacts('（联系人：李玉玲，联系电话：010-58123760）') // [{ name: '李玉玲', phone: '010-58123760' }]
 */
export function readContacts(line: string): Contact[] | undefined {
  const text = tidy(line).replace(/^[（(]|[）)]$/gu, '');
  if (!/^(?:联系人|聯絡人|联系人及电话|聯繫人)/u.test(text) || text.length > 200) return undefined;
  const contacts: Contact[] = [];
  const re = /(联系人及电话|联系人|聯絡人|聯繫人|联系电话|聯絡電話|电话|電話|手机|电子邮箱|邮箱|電子郵箱|Email|E-mail|e-mail)\s*[:：]\s*([^，,；;]+?)(?=\s*(?:[，,；;]|\s(?:联系|聯絡|电话|電話|手机|邮箱|电子|Email|E-mail)|$))/gu;
  let current: Contact | undefined;
  for (const m of text.matchAll(re)) {
    const label = m[1] ?? '';
    const value = tidy(m[2] ?? '');
    if (/联系人|聯絡人|聯繫人/u.test(label)) {
      // 联系人：李玉玲 赵文博 — several names before one phone number; 联系人及电话：李玉玲 010-…
      const phone = /[\d(（][\d()（）\s-]{6,}\d/u.exec(value);
      const names = (phone ? value.slice(0, phone.index) : value).split(/[\s、]+/u).filter(Boolean);
      for (const name of names.length > 0 ? names : []) {
        current = { name: normalizeAuthor(name) };
        contacts.push(current);
      }
      if (phone && current) current.phone = phone[0].replace(/[（）]/gu, (c) => (c === '（' ? '(' : ')')).replace(/\s/g, '');
    } else if (/电话|電話|手机/u.test(label)) {
      const phones = value.split(/[\s、]+|或/u).filter(Boolean);
      const without = contacts.filter((c) => c.phone === undefined);
      phones.forEach((p, i) => {
        const target = without[i] ?? without.at(-1) ?? current;
        if (target && target.phone === undefined) target.phone = p.replace(/（/gu, '(').replace(/）/gu, ')');
      });
    } else if (current) {
      current.email = value;
    }
  }
  return contacts.length > 0 ? contacts : undefined;
}

/**
 * Reads the 附件说明 line of a notice: `附件：1. 实施方案` (the first item; others follow on their own lines).
 * @example readAttachmentHead('附件：1. 2018年加强基层民政工作实施方案') // { items: ['2018年加强基层民政工作实施方案'] }
 * @example readAttachmentHead('附件：实施方案') // { items: ['实施方案'] }
 */
export function readAttachmentHead(line: string): { items: string[] } | undefined {
  const m = /^附\s*件\s*[:：]\s*(.*)$/u.exec(tidy(line));
  if (!m) return undefined;
  const rest = (m[1] ?? '').trim();
  if (!rest) return { items: [] };
  const item = readAttachmentItem(rest);
  return { items: [item ?? rest] };
}

/**
 * Reads a numbered attachment item: `2. 补助资金分配表` → `补助资金分配表`.
 * @example readAttachmentItem('2．2018年基层民政能力建设补助资金分配表') // '2018年基层民政能力建设补助资金分配表'
 */
export function readAttachmentItem(line: string): string | undefined {
  const m = /^(\d{1,2})\s*[.．、:：]\s*(.+)$/u.exec(tidy(line));
  return m ? cleanAttachmentTitle(m[2] ?? '') : undefined;
}

/** An attachment's title without 《》 and a trailing file type or size: 《实施方案》.pdf → 实施方案. */
export function cleanAttachmentTitle(text: string): string {
  return tidy(text)
    .replace(/[（(]\s*(?:PDF|DOCX?|XLSX?|WPS|OFD|ZIP|RAR)?[，,\s]*[\d.]+\s*[KM]B?\s*[）)]$/iu, '')
    .replace(/\.(pdf|docx?|xlsx?|wps|et|ofd|zip|rar|7z|pptx?|txt|csv)$/iu, '')
    .replace(/^《(.*)》$/u, '$1')
    .trim();
}

/**
 * Whether a line opens an appended document after the signature: `附件`, `附件1`, `附件 2：`.
 * @example isAppendixHead('附件1') // true
 */
export function isAppendixHead(line: string): boolean {
  return /^附\s*件\s*\d{0,2}\s*[:：]?$/u.test(tidy(line));
}

/**
 * A 附注 under the date of a notice, e.g. （此件公开发布）, which the site does not print.
 * @example isPublicationNote('（此件主动公开）') // true
 */
export function isPublicationNote(line: string): boolean {
  return /^[（(]此件.{0,8}[）)]$/u.test(tidy(line));
}
