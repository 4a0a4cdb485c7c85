/**
 * `npm run new`: creates a new article with a correct name, today's Beijing date and a frontmatter that
 * explains every field, so that it passes `npm run check` as created. It never overwrites a file.
 * The logic is in src/lib/scaffold.ts; this script reads the site settings and writes the file.
 *
 * Usage: node scripts/new.ts <news|notice> "标题" [--slug S] [--channel ID] [--date YYYY-MM-DD] [--source S]
 *        [--issuer S]… [--number 发文字号] [--content DIR]
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ContentError } from '../src/lib/diagnostics.ts';
import { parseDocumentNumber } from '../src/lib/documentNumber.ts';
import { DateError, parsePortalDate } from '../src/lib/dates.ts';
import { findGarbles, garbleMessage } from '../src/lib/lint/mojibake.ts';
import { articlePath, beijingDate, dateSlug, defaultChannel, scaffoldArticle, SLUG_RE, titleSlug, type ScaffoldCollection } from '../src/lib/scaffold.ts';
import { loadSite } from '../src/lib/site.ts';

const USAGE = `用法 Usage:
  npm run new -- news "标题"
  npm run new -- notice "标题" --number 民办发〔2025〕3号

选项：
  --slug 名字        文件名（小写字母、数字和连字符），默认取标题拼音
  --channel 栏目     栏目 id（见 content/site.yaml），默认新闻取新闻栏目、通知取 notices
  --date YYYY-MM-DD  发布日期，默认今天（北京时间）
  --source 来源      默认为网站主办单位
  --issuer 发文机关  通知的发文机关，默认为网站主办单位；联合发文可写多次
  --number 发文字号  通知的发文字号，如 民办发〔2025〕3号
  --content 文件夹   内容文件夹，默认 content（或环境变量 GONGKAI_CONTENT_DIR）`;

/** A mistake in what the editor typed: said in Chinese, then exit 1, never a stack trace. */
class UsageError extends Error {}

const COLLECTIONS: Record<string, ScaffoldCollection> = { news: 'news', notice: 'notices', notices: 'notices' };

function display(abs: string): string {
  return path.relative(process.cwd(), abs).split(path.sep).join('/') || '.';
}

/** An existing file or folder that would be published at the same address as `slug` in `dir`. */
function sameAddress(dir: string, slug: string): string | undefined {
  if (!fs.existsSync(dir)) return undefined;
  const clash = fs.readdirSync(dir).find((name) => name.toLowerCase().replace(/\.(md|mdx)$/, '') === slug);
  return clash === undefined ? undefined : path.join(dir, clash);
}

function main(): void {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        slug: { type: 'string' },
        channel: { type: 'string' },
        date: { type: 'string' },
        source: { type: 'string' },
        issuer: { type: 'string', multiple: true },
        number: { type: 'string' },
        content: { type: 'string', default: process.env['GONGKAI_CONTENT_DIR'] || 'content' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    const unknown = /'(-[^']*)'/.exec((error as Error).message)?.[1];
    throw new UsageError(unknown ? `不认识的选项 ${unknown}` : `选项写得不对：${(error as Error).message}`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }

  const [kind, rawTitle, ...extra] = positionals;
  if (kind === undefined) throw new UsageError('请写明文章类型 news（新闻）或 notice（通知公告）和标题');
  const collection = COLLECTIONS[kind];
  if (!collection) throw new UsageError(`不认识的文章类型 "${kind}"；只能是 news（新闻）或 notice（通知公告）`);
  if (extra.length > 0) throw new UsageError(`标题之后多了 "${extra.join(' ')}"；标题里有空格时，请用引号把整个标题括起来`);
  const title = (rawTitle ?? '').replace(/[ \t\u3000]+/g, ' ').trim();
  if (title === '') throw new UsageError('标题不能为空；请写标题，如 npm run new -- news "全市社会救助工作会议召开"');
  if (/[\p{Cc}\u2028\u2029]/u.test(title)) throw new UsageError('标题里有换行或控制字符；标题应写在一行里');
  const garbled = findGarbles(title)[0];
  if (garbled) throw new UsageError(`标题：${garbleMessage(garbled)}`);
  if (collection === 'news' && (values.number !== undefined || values.issuer !== undefined)) {
    throw new UsageError('--number 和 --issuer 只用于通知公告（notice）；新闻没有发文字号和发文机关');
  }

  let date = beijingDate();
  if (values.date !== undefined) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(values.date.trim())) throw new UsageError(`--date "${values.date}" 不是日期；请写成 YYYY-MM-DD，如 2025-11-22（北京时间）`);
    try {
      date = parsePortalDate(values.date).date;
    } catch (error) {
      if (error instanceof DateError) throw new UsageError(`--date ${error.message}`);
      throw error;
    }
  }

  let documentNumber: string | undefined;
  if (values.number !== undefined) {
    const result = parseDocumentNumber(values.number, Number(date.slice(0, 4)));
    if (!result.ok) {
      const { problems, suggestion } = result.error;
      throw new UsageError(`发文字号 "${values.number}" 不符合 GB/T 9704-2012：${problems.join('；')}。${suggestion ? `应写作：${suggestion}` : ''}`);
    }
    documentNumber = values.number.trim();
    if (result.value.year !== Number(date.slice(0, 4))) {
      process.stderr.write(`注意：发文字号的年份 ${result.value.year} 与成文日期 ${date} 不同；请在文件里改正成文日期 writtenDate（检查会给出警告）。\n`);
    }
  }

  const contentDir = path.resolve(values.content);
  if (!fs.existsSync(path.join(contentDir, 'site.yaml'))) {
    throw new UsageError(`${display(contentDir)} 不是内容文件夹（里面没有 site.yaml）；请在项目根目录运行，或用 --content 指明内容文件夹`);
  }
  let site;
  try {
    site = loadSite(contentDir);
  } catch (error) {
    if (error instanceof ContentError) throw new UsageError(`网站设置有误，先改正 ${display(path.join(contentDir, 'site.yaml'))}：\n${error.message}`);
    throw error;
  }
  const channels = site.channels.all.map((c) => ({ id: c.id, name: c.name }));
  const channel = values.channel?.trim() || defaultChannel(collection, site.settings.channels);
  if (!channel || !site.channels.get(channel)) {
    throw new UsageError(`栏目 "${channel ?? ''}" 不存在；可选：${channels.map((c) => `${c.id}（${c.name}）`).join('、')}（见 ${display(path.join(contentDir, 'site.yaml'))} 的 channels）`);
  }
  const source = values.source?.trim() || site.settings.footer.organizer;
  const issuer = (values.issuer ?? []).map((i) => i.trim()).filter(Boolean);
  if (values.issuer !== undefined && issuer.length === 0) throw new UsageError('--issuer 不能为空；请写发文机关，如 --issuer 民政部办公厅');

  const yearDir = path.join(contentDir, collection, date.slice(0, 4));
  let slug: string;
  let note = '';
  if (values.slug !== undefined) {
    slug = values.slug.trim();
    if (!SLUG_RE.test(slug)) throw new UsageError(`--slug "${values.slug}" 不能用作文件名；只用小写字母、数字和连字符，如 --slug dongji-jiuzhu`);
  } else {
    const fromTitle = titleSlug(title, (t) => site.converter.convert(t, 'zh-Hant', 'zh-Hans'));
    if (fromTitle !== undefined) {
      slug = fromTitle;
    } else {
      // No pinyin to name the file by: number the day's articles, 20251122-1, 20251122-2…
      let serial = 1;
      while (sameAddress(yearDir, dateSlug(date, serial))) serial++;
      slug = dateSlug(date, serial);
      note = '（标题没有可转拼音的汉字，按日期编号命名；可用 --slug 另取名字）';
    }
  }

  const file = path.join(contentDir, articlePath(collection, date, slug));
  const existing = sameAddress(yearDir, slug);
  if (existing) {
    throw new UsageError(`${display(existing)} 已经存在，不会覆盖；它与新文章的网址相同。\n换一个文件名再试，如 --slug ${slug}-2`);
  }
  const text = scaffoldArticle({ collection, title, date, source, channel, channels, issuer, documentNumber });
  fs.mkdirSync(yearDir, { recursive: true });
  try {
    fs.writeFileSync(file, text, { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new UsageError(`${display(file)} 已经存在，不会覆盖；换一个文件名再试，如 --slug ${slug}-2`);
    throw error;
  }

  const check = contentDir === path.resolve('content') ? 'npm run check' : `npm run check -- --content ${display(contentDir)}`;
  const channelName = site.channels.get(channel)?.name ?? channel;
  process.stdout.write(
    [
      `已创建 ${display(file)}${note}`,
      `  栏目 ${channel}（${channelName}） · 发布日期 ${date} · 来源 ${source}`,
      `下一步：打开这个文件，核对各字段，把正文占位段换成正文，然后运行 ${check}`,
      '',
    ].join('\n'),
  );
}

try {
  main();
} catch (error) {
  if (error instanceof UsageError) {
    process.stderr.write(`错误：${error.message}\n\n运行 npm run new -- --help 查看用法。\n`);
  } else {
    process.stderr.write(`错误：未能创建文章：${error instanceof Error ? error.message : String(error)}\n`);
  }
  process.exit(1);
}
