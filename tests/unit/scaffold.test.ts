/**
 * `npm run new`: slugs from titles, the Beijing date, default channels, the file's text against the schemas,
 * and the command end to end: what it creates passes the content check with no finding at all.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSource } from '../../src/lib/frontmatter.ts';
import {
  articlePath,
  beijingDate,
  dateSlug,
  defaultChannel,
  scaffoldArticle,
  scaffoldFields,
  SLUG_MAX_LENGTH,
  SLUG_MAX_PARTS,
  SLUG_RE,
  titleSlug,
  type ScaffoldCollection,
  type ScaffoldOptions,
} from '../../src/lib/scaffold.ts';
import { createConverter } from '../../src/lib/variant/converter.ts';
import { newsSchema } from '../../src/schemas/news.ts';
import { noticeSchema } from '../../src/schemas/notice.ts';
import type { ChannelInput } from '../../src/schemas/site.ts';

const SITE_CHANNELS: ChannelInput[] = [
  { id: 'news', name: '新闻中心', children: [{ id: 'dept', name: '部门动态' }, { id: 'media', name: '媒体报道' }] },
  { id: 'open', name: '政务公开', children: [{ id: 'notices', name: '通知公告' }, { id: 'policies', name: '政策文件' }] },
];
const FIXTURE_CHANNELS: ChannelInput[] = [
  { id: 'news', name: '新闻中心', children: [{ id: 'work', name: '工作动态' }, { id: 'bulk', name: '批量栏目' }] },
  { id: 'open', name: '政务公开', children: [{ id: 'docs', name: '通知公告' }] },
];
const IDS = ['news', 'dept', 'media', 'open', 'notices', 'policies'];
const SCHEMAS = { news: newsSchema(IDS), notices: noticeSchema(IDS) };

describe('titleSlug', () => {
  it('reads a title as toneless pinyin, cut between syllables, digits kept', () => {
    expect(titleSlug('关于做好2025年冬季社会救助工作的通知')).toBe('guan-yu-zuo-hao-2025-nian-dong-ji');
    expect(titleSlug('全市社会救助工作会议召开')).toBe('quan-shi-she-hui-jiu-zhu-gong-zuo');
    expect(titleSlug('婚姻登记')).toBe('hun-yin-deng-ji');
  });

  it('drops punctuation, folds full-width forms and writes ü as v', () => {
    expect(titleSlug('“十四五”规划：民政篇')).toBe('shi-si-wu-gui-hua-min-zheng-pian');
    expect(titleSlug('２０２５年《女儿》')).toBe('2025-nian-nv-er');
    expect(titleSlug('绿色殡葬')).toBe('lv-se-bin-zang');
  });

  it('keeps Latin words inside a Chinese title, in lower case', () => {
    expect(titleSlug('关于APP适老化改造的通知')).toBe('guan-yu-app-shi-lao-hua-gai-zao');
  });

  it('reads polyphones at phrase level, as pinyin-pro gives them', () => {
    expect(titleSlug('重庆市养老服务')).toBe('chong-qing-shi-yang-lao-fu-wu');
    expect(titleSlug('银行代发补贴')).toMatch(/^yin-hang-/);
  });

  it('reads a Traditional title through the converter it is given', () => {
    const converter = createConverter();
    const toSimplified = (t: string) => converter.convert(t, 'zh-Hant', 'zh-Hans');
    expect(titleSlug('關於做好冬季社會救助工作的通知', toSimplified)).toBe('guan-yu-zuo-hao-dong-ji-she-hui');
  });

  it('is short: at most 8 parts and 48 characters, whole syllables only', () => {
    const title = '民政部办公厅关于印发《2018年加强基层民政工作实施方案》的通知';
    const slug = titleSlug(title) ?? '';
    expect(slug).toBe('min-zheng-bu-ban-gong-ting-guan-yu');
    const long = titleSlug('Internationalization专题 Standardization Organization 工作');
    expect(long).toBeDefined();
    expect(long?.length).toBeLessThanOrEqual(SLUG_MAX_LENGTH);
    for (const t of [title, '关于进一步加强和改进新时代城乡社区治理工作的实施意见', '庄', '一']) {
      const s = titleSlug(t) ?? '';
      expect(s).toMatch(SLUG_RE);
      expect(s.split('-').length).toBeLessThanOrEqual(SLUG_MAX_PARTS);
    }
  });

  it('gives nothing when there is no Han character or no pinyin: the file is then named by date', () => {
    expect(titleSlug('2025 Annual Report')).toBeUndefined();
    expect(titleSlug('Civil Affairs Statistics')).toBeUndefined();
    expect(titleSlug('')).toBeUndefined();
    expect(titleSlug('——！？《》')).toBeUndefined();
    expect(titleSlug('𠮷 2025')).toBeUndefined(); // a rare character pinyin-pro cannot read, and digits alone
    expect(dateSlug('2025-11-22')).toBe('20251122-1');
    expect(dateSlug('2025-11-22', 3)).toBe('20251122-3');
    expect(dateSlug('2025-11-22')).toMatch(SLUG_RE);
  });
});

describe('beijingDate', () => {
  it('is the calendar date in Beijing, not the machine’s or UTC', () => {
    expect(beijingDate(new Date('2025-12-31T15:59:59Z'))).toBe('2025-12-31');
    expect(beijingDate(new Date('2025-12-31T16:00:00Z'))).toBe('2026-01-01');
    expect(beijingDate(new Date('2025-12-31T17:00:00Z'))).toBe('2026-01-01');
    expect(beijingDate(new Date('2024-02-28T16:30:00Z'))).toBe('2024-02-29');
  });

  it('puts the file under the Beijing year', () => {
    const date = beijingDate(new Date('2025-12-31T17:00:00Z'));
    expect(articlePath('news', date, 'xin-nian-zhi-ci')).toBe('news/2026/xin-nian-zhi-ci.md');
    expect(articlePath('notices', '2025-11-22', '20251122-1')).toBe('notices/2025/20251122-1.md');
  });
});

describe('defaultChannel', () => {
  it('takes the first channel of the news section for news, notices (or 通知公告) for notices', () => {
    expect(defaultChannel('news', SITE_CHANNELS)).toBe('dept');
    expect(defaultChannel('notices', SITE_CHANNELS)).toBe('notices');
    expect(defaultChannel('news', FIXTURE_CHANNELS)).toBe('work');
    expect(defaultChannel('notices', FIXTURE_CHANNELS)).toBe('docs');
  });

  it('falls back to a leaf channel when nothing matches', () => {
    const flat: ChannelInput[] = [{ id: 'a', name: '甲' }, { id: 'b', name: '乙' }];
    expect(defaultChannel('news', flat)).toBe('a');
    expect(defaultChannel('notices', flat)).toBe('a');
    const named: ChannelInput[] = [{ id: 'xw', name: '新闻', children: [{ id: 'yw', name: '要闻' }] }, { id: 'gk', name: '公开', children: [{ id: 'wj', name: '文件' }] }];
    expect(defaultChannel('news', named)).toBe('yw');
    expect(defaultChannel('notices', named)).toBe('wj');
  });
});

function options(collection: ScaffoldCollection, extra: Partial<ScaffoldOptions> = {}): ScaffoldOptions {
  return {
    collection,
    title: '关于做好2025年冬季社会救助工作的通知',
    date: '2025-11-22',
    source: '示范市民政局',
    channel: collection === 'news' ? 'dept' : 'notices',
    channels: [{ id: 'dept', name: '部门动态' }, { id: 'notices', name: '通知公告' }],
    ...extra,
  };
}

/** The frontmatter as the build's checker reads it, validated by the collection's schema. */
function validate(collection: ScaffoldCollection, text: string) {
  const source = readSource(text);
  return { source, result: SCHEMAS[collection].safeParse(source.data) };
}

/** Every optional field's example, uncommented as an editor would (`# subtitle: …` → `subtitle: …`). */
function uncommentExamples(text: string): string {
  return text.replace(/^# (?=[a-zA-Z]+:|  - )/gm, '');
}

describe('scaffoldArticle', () => {
  for (const collection of ['news', 'notices'] as const) {
    it(`${collection}: names every field of the schema, in its order, each with a Chinese note`, () => {
      const text = scaffoldArticle(options(collection));
      const keys = Object.keys(SCHEMAS[collection].shape);
      expect(scaffoldFields(collection)).toEqual(keys);
      const lines = text.split('\n');
      for (const key of keys) {
        const at = lines.findIndex((line) => new RegExp(`^(# )?${key}:`).test(line));
        expect(at, key).toBeGreaterThan(0);
        expect(lines[at - 1], key).toMatch(/^# \p{Script=Han}/u);
      }
    });

    it(`${collection}: validates as created, with required fields filled and optional ones left out`, () => {
      const { source, result } = validate(collection, scaffoldArticle(options(collection)));
      expect(result.error?.issues ?? []).toEqual([]);
      expect(source.data['title']).toBe('关于做好2025年冬季社会救助工作的通知');
      expect(source.data['date']).toBe('2025-11-22');
      expect(source.data['source']).toBe('示范市民政局');
      const required = collection === 'news' ? ['title', 'date', 'source', 'channel'] : ['title', 'issuer', 'writtenDate', 'date', 'source', 'channel'];
      expect(Object.keys(source.data).sort()).toEqual(required.sort());
      expect(source.body.trim()).not.toBe('');
    });

    it(`${collection}: every example still validates once uncommented`, () => {
      const { source, result } = validate(collection, uncommentExamples(scaffoldArticle(options(collection))));
      expect(result.error?.issues ?? []).toEqual([]);
      expect(Object.keys(source.data)).toEqual(scaffoldFields(collection));
    });
  }

  it('quotes a title or source only when YAML needs it, and reads back exactly', () => {
    for (const title of ['2025', '关于: 冒号', '#1 号文', 'null', '“十四五”规划', "O'Brien 来访", '-{于田县}-工作']) {
      const { source, result } = validate('news', scaffoldArticle(options('news', { title, source: 'true' })));
      expect(result.success, title).toBe(true);
      expect(source.data['title']).toBe(title);
      expect(source.data['source']).toBe('true');
    }
  });

  it('writes the 发文字号 and joint issuers of a notice', () => {
    const text = scaffoldArticle(options('notices', { documentNumber: '民办发〔2025〕3号', issuer: ['民政部', '财政部'] }));
    const { source, result } = validate('notices', text);
    expect(result.success).toBe(true);
    expect(source.data['documentNumber']).toBe('民办发〔2025〕3号');
    expect(source.data['issuer']).toEqual(['民政部', '财政部']);
    expect(source.data['writtenDate']).toBe('2025-11-22');
    expect(text).toContain('issuer:\n  - 民政部\n  - 财政部\n');
  });

  it('lists the site’s channels above channel:', () => {
    expect(scaffoldArticle(options('news'))).toContain('可选：dept（部门动态）、notices（通知公告）\nchannel: dept\n');
  });
});

describe('npm run new, end to end', () => {
  const node = path.resolve('node_modules/.bin/node');
  const root = path.resolve('.gongkai', `scaffold-test-${process.pid}`);
  const content = path.join(root, 'content');
  beforeAll(() => {
    fs.rmSync(root, { recursive: true, force: true });
    fs.mkdirSync(content, { recursive: true });
    fs.copyFileSync('tests/fixtures/site/content/site.yaml', path.join(content, 'site.yaml'));
  });
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  const run = (args: string[], env: Record<string, string> = {}) =>
    spawnSync(node, ['scripts/new.ts', ...args, '--content', content], { encoding: 'utf8', env: { ...process.env, ...env } });
  const check = () => spawnSync(node, ['scripts/build.ts', '--check-only', '--content', content], { encoding: 'utf8' });

  const newsTitle = '关于做好2025年冬季社会救助工作的通知';
  const newsFile = path.join(content, 'news/2025/guan-yu-zuo-hao-2025-nian-dong-ji.md');
  const noticeFile = path.join(content, 'notices/2025/min-zheng-ju-guan-yu-yin-fa-dong.md');

  it('creates a news article and a notice that pass the check with no finding', { timeout: 60_000 }, () => {
    const news = run(['news', newsTitle, '--date', '2025-11-22']);
    expect(news.stderr).toBe('');
    expect(news.status).toBe(0);
    expect(news.stdout).toContain('news/2025/guan-yu-zuo-hao-2025-nian-dong-ji.md');
    expect(news.stdout).toContain('npm run check');
    expect(fs.readFileSync(newsFile, 'utf8')).toMatch(/^channel: work$/m);

    const notice = run(['notice', '民政局关于印发《冬季救助方案》的通知', '--number', '民办发〔2025〕3号', '--date', '2025-11-22', '--issuer', '示范市民政局办公室']);
    expect(notice.stderr).toBe('');
    expect(notice.status).toBe(0);
    const text = fs.readFileSync(noticeFile, 'utf8');
    expect(text).toMatch(/^documentNumber: 民办发〔2025〕3号$/m);
    expect(text).toMatch(/^issuer: 示范市民政局办公室$/m);
    expect(text).toMatch(/^channel: docs$/m);
    expect(text).toMatch(/^source: 测试市人民政府办公室$/m);

    const latin = run(['notice', 'Annual Report', '--date', '2025-11-22']);
    expect(latin.status).toBe(0);
    expect(fs.existsSync(path.join(content, 'notices/2025/20251122-1.md'))).toBe(true);

    const result = check();
    expect(result.stderr).toBe(''); // no error and no warning, for any file
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('content check: 3 file(s) OK');
  });

  it('refuses to overwrite: the same title again names the existing file and changes nothing', () => {
    const before = fs.readFileSync(newsFile);
    const mtime = fs.statSync(newsFile).mtimeMs;
    const again = run(['news', newsTitle, '--date', '2025-11-22', '--channel', 'bulk']);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('guan-yu-zuo-hao-2025-nian-dong-ji.md 已经存在，不会覆盖');
    expect(again.stderr).toContain('--slug guan-yu-zuo-hao-2025-nian-dong-ji-2');
    expect(again.stdout).toBe('');
    expect(fs.readFileSync(newsFile)).toEqual(before);
    expect(fs.statSync(newsFile).mtimeMs).toBe(mtime);
    // A file at the same address with another extension or in other letter case counts too.
    const other = path.join(content, 'news/2025/Qi-Ta.mdx');
    fs.writeFileSync(other, 'x');
    const mdx = run(['news', '其他', '--date', '2025-11-22']);
    fs.rmSync(other);
    expect(mdx.status).toBe(1);
    expect(mdx.stderr).toContain('news/2025/Qi-Ta.mdx 已经存在');
  });

  it('refuses a malformed 发文字号 with what is wrong and the corrected form', () => {
    const bad = run(['notice', '关于冬季救助的通知', '--number', '民办发[2025]07号', '--date', '2025-11-22']);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('发文字号 "民办发[2025]07号" 不符合 GB/T 9704-2012');
    expect(bad.stderr).toContain('年份应使用六角括号〔〕');
    expect(bad.stderr).toContain('应写作：民办发〔2025〕7号');
    expect(bad.stderr).not.toMatch(/\n\s+at /);
    expect(fs.existsSync(path.join(content, 'notices/2025/guan-yu-dong-ji-jiu-zhu-de-tong-zhi.md'))).toBe(false);
  });

  it('refuses other bad input in Chinese, without a stack trace', () => {
    const cases: [string[], string][] = [
      [['blog', '标题'], '不认识的文章类型 "blog"'],
      [['news', '  '], '标题不能为空'],
      [['news'], '标题不能为空'],
      [['news', '标题', '--channel', 'nope'], '栏目 "nope" 不存在；可选：news（新闻中心）、work（工作动态）'],
      [['news', '标题', '--date', '2025-02-30'], '2025年2月只有28天'],
      [['news', '标题', '--date', '22/11/2025'], '请写成 YYYY-MM-DD'],
      [['news', '标题', '--slug', 'Bad Name'], '--slug "Bad Name" 不能用作文件名'],
      [['news', '标题', '--number', '民办发〔2025〕3号'], '只用于通知公告'],
      [['news', '标题', '--wrong'], '不认识的选项 --wrong'],
    ];
    for (const [args, message] of cases) {
      const result = run(args);
      expect(result.status, args.join(' ')).toBe(1);
      expect(result.stderr, args.join(' ')).toContain(message);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    }
    const missing = spawnSync(node, ['scripts/new.ts', 'news', '标题', '--content', path.join(root, 'nowhere')], { encoding: 'utf8' });
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('不是内容文件夹');
  });

  it('dates the article in Beijing whatever the machine’s time zone', () => {
    const before = beijingDate();
    const result = run(['news', '时区测试'], { TZ: 'Pacific/Honolulu' });
    const after = beijingDate();
    expect(result.status).toBe(0);
    const made = [before, after].map((d) => path.join(content, articlePath('news', d, 'shi-qu-ce-shi')));
    const file = made.find((f) => fs.existsSync(f));
    expect(file, result.stdout).toBeDefined();
    expect(fs.readFileSync(file ?? '', 'utf8')).toMatch(new RegExp(`^date: (${before}|${after})$`, 'm'));
  });
});
