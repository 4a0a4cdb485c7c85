/**
 * `npm run new`: the pure part of creating an article. The slug (file name) from the title's pinyin, today's
 * date in Beijing, the default channel, and the file's text: frontmatter with every field of the collection's
 * schema explained in Chinese (required fields filled so the file passes `npm run check` as created, optional
 * ones as commented-out examples) and a one-paragraph body to replace. No file system here: scripts/new.ts
 * reads the site and writes the file.
 */
import { pinyin } from 'pinyin-pro';
import { beijingNow } from './dates.ts';
import { stringify } from 'yaml';
import type { ChannelInput } from '../schemas/site.ts';

/** The two collections, named as their folders under `content/`. */
export type ScaffoldCollection = 'news' | 'notices';

/** How many syllables (or Latin words, or digit runs) of the title a slug keeps at most. */
export const SLUG_MAX_PARTS = 8;
/** Longest slug made from a title, in characters; a syllable is never cut. */
export const SLUG_MAX_LENGTH = 48;

/** What a file name made by hand (`--slug`) must look like: lower-case letters and digits, single hyphens between. */
export const SLUG_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const HAN_RE = /\p{Script=Han}/u;

/**
 * Today's date in Beijing (Asia/Shanghai, UTC+8 all year), whatever the machine's time zone.
 * @example beijingDate(new Date('2025-12-31T17:00:00Z')) // '2026-01-01' (01:00 in Beijing)
 */
export function beijingDate(now: Date = new Date()): string {
  return beijingNow(now).date;
}

/** Lower-case ASCII letters and digits of a non-Han run (full-width forms folded, accents dropped), split into words. */
function latinWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/**
 * The slug of a title: its pinyin without tones, lower-case ASCII, joined by hyphens; Latin words and numbers
 * are kept, punctuation dropped. At most {@link SLUG_MAX_PARTS} parts and {@link SLUG_MAX_LENGTH} characters,
 * cut between syllables. Polyphones are read at phrase level by pinyin-pro (重庆 chong-qing, 银行 yin-hang).
 *
 * `undefined` when the title has no Han character or yields no pinyin: the caller then names the file by date
 * ({@link dateSlug}). Pass `toSimplified` for a title in Traditional: pinyin-pro reads Simplified phrases
 * best (關於 would come out guan-wu, 关于 is guan-yu).
 * @example titleSlug('关于做好2025年冬季社会救助工作的通知') // 'guan-yu-zuo-hao-2025-nian-dong-ji'
 * @example titleSlug('民政部召开“十四五”规划编制座谈会') // 'min-zheng-bu-zhao-kai-shi-si-wu'
 * @example titleSlug('2025 Annual Report') // undefined (no Han character: name it by date)
 */
export function titleSlug(title: string, toSimplified: (text: string) => string = (t) => t): string | undefined {
  const text = toSimplified(title.normalize('NFC'));
  if (!HAN_RE.test(text)) return undefined;
  const parts: string[] = [];
  let pending = '';
  const flush = () => {
    parts.push(...latinWords(pending));
    pending = '';
  };
  for (const item of pinyin(text, { toneType: 'none', type: 'all', v: true, nonZh: 'consecutive' })) {
    if (item.isZh) {
      flush();
      parts.push(...latinWords(item.pinyin));
    } else {
      pending += item.origin;
    }
  }
  flush();
  const kept: string[] = [];
  let length = 0;
  for (const part of parts) {
    if (kept.length === SLUG_MAX_PARTS) break;
    const added = (kept.length > 0 ? 1 : 0) + part.length;
    if (kept.length > 0 && length + added > SLUG_MAX_LENGTH) break;
    kept.push(kept.length === 0 ? part.slice(0, SLUG_MAX_LENGTH) : part);
    length += added;
  }
  // Digits alone (a title of rare characters pinyin-pro cannot read, plus a year) make no name: date it instead.
  return kept.some((p) => /[a-z]/.test(p)) ? kept.join('-') : undefined;
}

/**
 * A file name from the date and the article's number that day, for titles without Han characters.
 * @example dateSlug('2025-11-22') // '20251122-1'
 * @example dateSlug('2025-11-22', 2) // '20251122-2'
 */
export function dateSlug(date: string, serial = 1): string {
  return `${date.replaceAll('-', '')}-${serial}`;
}

/**
 * Where the article goes, relative to the content folder: its collection, the year of its date, its slug.
 * @example articlePath('news', '2026-01-01', 'xin-nian-zhi-ci') // 'news/2026/xin-nian-zhi-ci.md'
 */
export function articlePath(collection: ScaffoldCollection, date: string, slug: string): string {
  return `${collection}/${date.slice(0, 4)}/${slug}.md`;
}

/** Every channel of the tree, depth first, with the ids of the top-level channels above it. */
function flatten(channels: readonly ChannelInput[], top?: string): { channel: ChannelInput; top: string; leaf: boolean }[] {
  return channels.flatMap((c) => [{ channel: c, top: top ?? c.id, leaf: !c.children?.length }, ...flatten(c.children ?? [], top ?? c.id)]);
}

/**
 * The channel a new article goes to unless `--channel` says otherwise. News: the first channel without
 * sub-channels in the section with id `news` (or named 新闻…); notices: the channel `notices` (or the first named
 * 通知/公告, else the first outside the news section).
 * @example defaultChannel('news', [{ id: 'news', name: '新闻中心', children: [{ id: 'dept', name: '部门动态' }] }]) // 'dept'
 * @example defaultChannel('notices', [{ id: 'open', name: '政务公开', children: [{ id: 'docs', name: '通知公告' }] }]) // 'docs'
 */
export function defaultChannel(collection: ScaffoldCollection, channels: readonly ChannelInput[]): string | undefined {
  const all = flatten(channels);
  const leaves = all.filter((c) => c.leaf);
  const newsSection = all.find((c) => c.channel.id === 'news') ?? all.find((c) => c.channel.name.includes('新闻'));
  const inSection = (section: ChannelInput | undefined) => {
    if (!section) return [];
    const ids = new Set(flatten([section]).map((c) => c.channel.id));
    return leaves.filter((c) => ids.has(c.channel.id));
  };
  if (collection === 'news') {
    return (inSection(newsSection?.channel)[0] ?? leaves[0])?.channel.id;
  }
  const named = all.find((c) => c.channel.id === 'notices') ?? all.find((c) => /通知|公告/.test(c.channel.name));
  if (named) return (inSection(named.channel)[0] ?? named).channel.id;
  const outside = new Set(inSection(newsSection?.channel).map((c) => c.channel.id));
  return (leaves.find((c) => !outside.has(c.channel.id)) ?? leaves[0])?.channel.id;
}

/** What goes into a new article's file. */
export interface ScaffoldOptions {
  collection: ScaffoldCollection;
  /** 标题, e.g. 关于做好2025年冬季社会救助工作的通知. */
  title: string;
  /** 发布日期 (and, for notices, 成文日期), `YYYY-MM-DD`, Beijing time. */
  date: string;
  /** 来源, e.g. the site's 主办单位 示范市民政局. */
  source: string;
  /** 栏目 id, e.g. dept. */
  channel: string;
  /** The site's channels, listed in the comment above `channel:` so the editor can pick another. */
  channels: readonly { id: string; name: string }[];
  /** Notices: 发文机关, one or more (joint documents). */
  issuer?: readonly string[] | undefined;
  /** Notices: 发文字号, already checked, e.g. 民办发〔2025〕3号. */
  documentNumber?: string | undefined;
}

/** One YAML scalar, quoted only when YAML needs it (`2025`, `a: b`), never folded. */
function scalar(value: string): string {
  return stringify(value, { lineWidth: 0 }).trimEnd();
}

/** A field the editor fills or uncomments: its explanation, then the line itself. */
interface FieldLines {
  /** The comment above the field: what an editor writes there. */
  note: string;
  /** The field as written: `key: value`, possibly more lines (lists). */
  lines: string[];
  /** Optional fields are written commented out, as an example. */
  optional: boolean;
}

function field(key: string, note: string, value: string | string[], optional = false): FieldLines {
  const lines = Array.isArray(value) ? [`${key}:`, ...value] : [`${key}: ${value}`];
  return { note, lines, optional };
}

/** The channel note: what `channel` is and which ids the site has. */
function channelNote(channels: ScaffoldOptions['channels']): string {
  return `栏目（必填）：content/site.yaml 中的栏目 id，可选：${channels.map((c) => `${c.id}（${c.name}）`).join('、')}`;
}

/** The frontmatter fields of a news article, in the schema's order. */
function newsFields(o: ScaffoldOptions): [string, FieldLines][] {
  return [
    ['title', field('title', '标题（必填）', scalar(o.title))],
    ['subtitle', field('subtitle', '副标题（可选）：标题下的第二行', '——近年来加强基层基础工作综述', true)],
    ['date', field('date', `发布时间（必填，北京时间）：${o.date}，也可写到分钟，如 "${o.date} 09:30"`, o.date)],
    ['source', field('source', '来源（必填）：稿件出处，如 中国社会报、本部网站', scalar(o.source))],
    ['author', field('author', '作者（可选）', '本报记者 周亮', true)],
    ['channel', field('channel', channelNote(o.channels), scalar(o.channel))],
    ['summary', field('summary', '摘要（可选）：一两句话；不写时取正文开头几句', '一两句话概括全文。', true)],
    ['draft', field('draft', '草稿（可选）：写 true 则暂不发布', 'true', true)],
    ['lang', field('lang', '文字（可选）：本文用繁体写成时写 zh-Hant', 'zh-Hant', true)],
    ['interprets', field('interprets', '解读的文件（可选，政策解读用）：所解读文件的发文字号或文件路径', `民发〔${o.date.slice(0, 4)}〕1号`, true)],
    ['related', field('related', '相关文件（可选）：每个一行，写发文字号或文件路径', [`  - 民发〔${o.date.slice(0, 4)}〕1号`], true)],
    ['updated', field('updated', '更新时间（可选）：发布后修改正文时写上，北京时间', o.date, true)],
    ['changes', field('changes', '更新记录（可选）：每次修改一行，说明改了什么，显示在页面上', [`  - { date: ${o.date}, note: 更正联系电话 }`], true)],
  ];
}

/** The frontmatter fields of a notice, in the schema's order. */
function noticeFields(o: ScaffoldOptions): [string, FieldLines][] {
  const year = o.date.slice(0, 4);
  const issuer = o.issuer?.length ? o.issuer : [o.source];
  return [
    ['title', field('title', '标题（必填）：文件的完整标题', scalar(o.title))],
    [
      'documentNumber',
      o.documentNumber
        ? field('documentNumber', '发文字号（可选）：机关代字〔年份〕序号号', scalar(o.documentNumber))
        : field('documentNumber', '发文字号（可选）：机关代字〔年份〕序号号，年份用六角括号〔〕，序号不加“第”和前导 0', `民办发〔${year}〕1号`, true),
    ],
    ['issuer', field('issuer', '发文机关（必填）：联合发文写成列表，每个机关一行 “- 机关名”', issuer.length === 1 ? scalar(issuer[0] ?? '') : issuer.map((i) => `  - ${scalar(i)}`))],
    ['writtenDate', field('writtenDate', '成文日期（必填）：签发日期，不晚于发布日期', o.date)],
    ['date', field('date', `发布日期（必填，北京时间）：${o.date}，也可写到分钟，如 "${o.date} 09:30"`, o.date)],
    ['recipients', field('recipients', '主送机关（可选）', '各区民政局，局机关各处室', true)],
    ['indexNumber', field('indexNumber', '索引号（可选）', `000014349/${year}-00001`, true)],
    ['topic', field('topic', '主题分类（可选）：含反斜杠，须加单引号', "'民政\\社会救助'", true)],
    ['validity', field('validity', '有效性（可选）：有效（默认）、失效 或 废止；后两种会在页面上显示提示', '失效', true)],
    ['validityNote', field('validityNote', '有效性说明（可选）：如被哪个文件废止', `已被《……》（民发〔${year}〕5号）废止`, true)],
    ['source', field('source', '来源（必填）：如 民政部网站', scalar(o.source))],
    ['channel', field('channel', channelNote(o.channels), scalar(o.channel))],
    ['contacts', field('contacts', '联系人（可选）：每人一行，也可写 email', ['  - { name: 李玉玲, phone: (010)58123760 }'], true)],
    ['attachments', field('attachments', '附件（可选）：文件放在本文件旁边，file 写相对路径', ['  - { title: 实施方案, file: ./plan.pdf }'], true)],
    ['summary', field('summary', '摘要（可选）：一两句话；不写时取正文开头几句', '一两句话概括全文。', true)],
    ['draft', field('draft', '草稿（可选）：写 true 则暂不发布', 'true', true)],
    ['lang', field('lang', '文字（可选）：本文用繁体写成时写 zh-Hant', 'zh-Hant', true)],
    ['replaces', field('replaces', '替代的文件（可选）：本文件替代（废止）的文件，每个一行，写发文字号或文件路径', [`  - 民发〔${Number(year) - 1}〕1号`], true)],
    ['replacedBy', field('replacedBy', '被替代（可选）：替代本文件的文件的发文字号或路径；页面上的失效/废止提示会链接到它', `民发〔${year}〕9号`, true)],
    ['related', field('related', '相关文件（可选）：每个一行，写发文字号或文件路径', [`  - 民发〔${year}〕1号`], true)],
    ['updated', field('updated', '更新时间（可选）：发布后修改正文时写上，北京时间', o.date, true)],
    ['changes', field('changes', '更新记录（可选）：每次修改一行，说明改了什么，显示在页面上', [`  - { date: ${o.date}, note: 更正联系电话 }`], true)],
  ];
}

/**
 * The fields a new article's frontmatter names, in order: every field of the collection's schema.
 * @example scaffoldFields('news') // ['title', 'subtitle', 'date', 'source', 'author', 'channel', 'summary', 'draft', 'lang']
 */
export function scaffoldFields(collection: ScaffoldCollection): string[] {
  const o: ScaffoldOptions = { collection, title: '标题', date: '2025-01-01', source: '来源', channel: 'news', channels: [] };
  return (collection === 'news' ? newsFields(o) : noticeFields(o)).map(([key]) => key);
}

/** The body an editor replaces: one plain paragraph, so the file passes the check as it is created. */
export const BODY_PLACEHOLDER = '（正文：请在这里撰写正文，并删除本段。段落之间空一行，小标题写成“## 一、……”。）';

/**
 * The text of a new article: frontmatter in which each field has a Chinese note above it (required fields
 * filled, optional ones commented out with an example: delete the `# ` to use one), then a one-paragraph body.
 * The file passes `npm run check` as it is.
 * @example
 * scaffoldArticle({ collection: 'news', title: '全市社会救助工作会议召开', date: '2025-11-22', source: '示范市民政局',
 *   channel: 'dept', channels: [{ id: 'dept', name: '部门动态' }] })
 * // '---\n# 用 npm run new 创建。…\n# 标题（必填）\ntitle: 全市社会救助工作会议召开\n…'
 */
export function scaffoldArticle(options: ScaffoldOptions): string {
  const fields = options.collection === 'news' ? newsFields(options) : noticeFields(options);
  const lines = ['---', '# 用 npm run new 创建。以 # 开头的行不发布：中文的是说明，字段名前有 “# ” 的是可选字段，需要时删去 “# ” 并改成实际内容。改好后运行 npm run check。'];
  for (const [, f] of fields) {
    lines.push(`# ${f.note}`);
    lines.push(...f.lines.map((line) => (f.optional ? `# ${line}` : line)));
  }
  lines.push('---', '', BODY_PLACEHOLDER, '');
  return lines.join('\n');
}
