import fs from 'node:fs';
import { readYaml } from '../../src/lib/yaml.ts';
import { describe, expect, it } from 'vitest';
import { parsePortalDate } from '../../src/lib/dates.ts';
import { glossarySchema } from '../../src/schemas/glossary.ts';
import { newsSchema } from '../../src/schemas/news.ts';
import { noticeSchema } from '../../src/schemas/notice.ts';
import { siteSchema } from '../../src/schemas/site.ts';

const IDS = ['news', 'dept', 'media', 'local', 'open', 'notices', 'policies', 'interpretation'];
const news = newsSchema(IDS);
const notice = noticeSchema(IDS);

const validNews = { title: '厚植新时代民政事业改革发展的根基', date: '2019-04-01', source: '中国社会报', channel: 'media' };
const validNotice = {
  title: '民政部办公厅关于印发《2018年加强基层民政工作实施方案》的通知',
  documentNumber: '民办发〔2018〕7号',
  issuer: '民政部办公厅',
  writtenDate: '2018-05-12',
  date: '2018-05-14',
  source: '民政部网站',
  channel: 'notices',
};

type Issue = { path: PropertyKey[]; message: string; params?: Record<string, unknown> };

/** The issues of a parse that must fail. */
function issues(result: { success: boolean; error?: { issues: unknown[] } }): Issue[] {
  expect(result.success, 'parse should fail').toBe(false);
  return (result.error?.issues ?? []) as Issue[];
}
/** The one issue of a parse that must fail with exactly one problem. */
function only(result: { success: boolean; error?: { issues: unknown[] } }): Issue {
  const list = issues(result);
  expect(list.map((i) => i.message)).toHaveLength(1);
  return list[0] as Issue;
}
const CJK = /\p{Script=Han}/u;

describe('newsSchema', () => {
  it('accepts a news article with dates as text', () => {
    const data = news.parse(validNews);
    expect(data).toEqual({ ...validNews, date: parsePortalDate('2019-04-01'), draft: false, related: [], changes: [] });
  });

  it('accepts dates that YAML already made into Date objects', () => {
    expect(news.parse({ ...validNews, date: new Date('2019-04-01') }).date).toEqual(parsePortalDate('2019-04-01'));
    expect(news.parse({ ...validNews, date: new Date(Date.UTC(2019, 3, 1, 9, 30)) }).date).toEqual(parsePortalDate('2019-04-01 09:30'));
  });

  it('accepts a date-time as text and the optional fields', () => {
    const data = news.parse({ ...validNews, date: '2019-04-01 09:30', subtitle: '——近年来加强基层基础工作综述', author: '本报记者 周亮', draft: true, lang: 'zh-Hant' });
    expect(data.date.time).toBe('09:30');
    expect(data).toMatchObject({ subtitle: '——近年来加强基层基础工作综述', author: '本报记者 周亮', draft: true, lang: 'zh-Hant' });
  });

  it('trims the title', () => {
    expect(news.parse({ ...validNews, title: '  标题  ' }).title).toBe('标题');
  });

  it('missing title: says it is missing and gives an example', () => {
    const { title: _, ...rest } = validNews;
    const issue = only(news.safeParse(rest));
    expect(issue.path).toEqual(['title']);
    expect(issue.message).toBe('缺少标题 title；请填写，如 厚植新时代民政事业改革发展的根基');
  });

  it('empty source: says it is empty and gives an example', () => {
    const issue = only(news.safeParse({ ...validNews, source: '   ' }));
    expect(issue.path).toEqual(['source']);
    expect(issue.message).toContain('来源 source');
    expect(issue.message).toContain('不能为空');
    expect(issue.message).toContain('中国社会报');
  });

  it('unknown channel: quotes it and lists the valid ids', () => {
    const issue = only(news.safeParse({ ...validNews, channel: 'xinwen' }));
    expect(issue.path).toEqual(['channel']);
    expect(issue.message).toMatchInlineSnapshot(`"栏目 "xinwen" 不存在；可选：news, dept, media, local, open, notices, policies, interpretation（见 content/site.yaml 的 channels）"`);
  });

  it('missing channel lists the valid ids too', () => {
    const { channel: _, ...rest } = validNews;
    const issue = only(news.safeParse(rest));
    expect(issue.message).toContain('栏目');
    for (const id of IDS) expect(issue.message).toContain(id);
  });

  it('impossible date 2018-02-30 is refused, not rolled over', () => {
    const issue = only(news.safeParse({ ...validNews, date: '2018-02-30' }));
    expect(issue.path).toEqual(['date']);
    expect(issue.params?.['rule']).toBe('date-invalid');
    expect(issue.message).toMatchInlineSnapshot(`"发布时间 date "2018-02-30" 不存在：2018年2月只有28天"`);
  });

  it('missing date asks for one, as a frontmatter problem', () => {
    const { date: _, ...rest } = validNews;
    const issue = only(news.safeParse(rest));
    expect(issue.path).toEqual(['date']);
    expect(issue.params?.['rule']).toBe('frontmatter');
    expect(issue.message).toBe('缺少发布时间 date；请填写，如 2019-04-01');
  });

  it('a number where a date belongs is a date problem', () => {
    const issue = only(news.safeParse({ ...validNews, date: 20190401 }));
    expect(issue.params?.['rule']).toBe('date-invalid');
    expect(issue.message).toContain('2019-04-01');
  });

  it.each([
    ['draft', 'yes', 'draft 只能是 true 或 false'],
    ['lang', 'zh-TW', '文件文字只能是 zh-Hans（简体）或 zh-Hant（繁體）'],
  ])('%s: %j is refused with the allowed values', (field, value, message) => {
    const issue = only(news.safeParse({ ...validNews, [field]: value }));
    expect(issue.path).toEqual([field]);
    expect(issue.message).toBe(message);
  });
});

describe('noticeSchema', () => {
  it('accepts a notice; issuer text becomes a list; contacts and attachments default to empty', () => {
    const data = notice.parse(validNotice);
    expect(data.issuer).toEqual(['民政部办公厅']);
    expect(data.contacts).toEqual([]);
    expect(data.attachments).toEqual([]);
    expect(data.validity).toBe('有效');
    expect(data.draft).toBe(false);
    expect(data.writtenDate).toEqual(parsePortalDate('2018-05-12'));
    expect(data.date).toEqual(parsePortalDate('2018-05-14'));
  });

  it('accepts a joint document, contacts, attachments and Date objects', () => {
    const data = notice.parse({
      ...validNotice,
      issuer: ['民政部', '财政部'],
      writtenDate: new Date('2018-05-12'),
      date: new Date('2018-05-14'),
      validity: '废止',
      contacts: [{ name: '李玉玲', phone: '(010)66591372', email: 'office@example.gov.cn' }],
      attachments: [{ title: '实施方案', file: './plan.pdf' }],
    });
    expect(data.issuer).toEqual(['民政部', '财政部']);
    expect(data.writtenDate.date).toBe('2018-05-12');
    expect(data.contacts).toEqual([{ name: '李玉玲', phone: '(010)66591372', email: 'office@example.gov.cn' }]);
    expect(data.attachments).toEqual([{ title: '实施方案', file: './plan.pdf' }]);
  });

  it('a notice without a document number is fine', () => {
    const { documentNumber: _, ...rest } = validNotice;
    expect(notice.safeParse(rest).success).toBe(true);
  });

  it('writtenDate on the same day as date is fine', () => {
    expect(notice.safeParse({ ...validNotice, writtenDate: '2018-05-14', date: '2018-05-14 09:00' }).success).toBe(true);
  });

  it('writtenDate after date fails the date-order rule on writtenDate', () => {
    const issue = only(notice.safeParse({ ...validNotice, writtenDate: '2018-05-15' }));
    expect(issue.path).toEqual(['writtenDate']);
    expect(issue.params).toEqual({ rule: 'date-order' });
    expect(issue.message).toMatchInlineSnapshot(`"成文日期 writtenDate（2018-05-15）晚于发布日期 date（2018-05-14）；文件须先成文后发布，请核对两个日期"`);
  });

  it('malformed documentNumber quotes the value and gives the corrected form as the fix', () => {
    const issue = only(notice.safeParse({ ...validNotice, documentNumber: '民办发[2018]07号' }));
    expect(issue.path).toEqual(['documentNumber']);
    expect(issue.params).toEqual({ rule: 'document-number-format', fix: 'documentNumber: 民办发〔2018〕7号' });
    expect(issue.message).toMatchInlineSnapshot(`"发文字号 "民办发[2018]07号" 不符合 GB/T 9704-2012：年份应使用六角括号〔〕，不用 []；序号不编虚位，不加前导 0（写 7，不写 07）。应写作：民办发〔2018〕7号"`);
  });

  it('an unreadable documentNumber explains the form but offers no fix', () => {
    const issue = only(notice.safeParse({ ...validNotice, documentNumber: '待定' }));
    expect(issue.params).toEqual({ rule: 'document-number-format' });
    expect(issue.message).toContain('"待定"');
    expect(issue.message).toContain('民办发〔2018〕7号');
  });

  it('validity outside 有效/失效/废止 lists the three', () => {
    const issue = only(notice.safeParse({ ...validNotice, validity: '作废' }));
    expect(issue.path).toEqual(['validity']);
    expect(issue.message).toBe('有效性 validity 只能是 有效、失效 或 废止');
  });

  it('missing issuer explains single and joint issuers', () => {
    const { issuer: _, ...rest } = validNotice;
    const issue = only(notice.safeParse(rest));
    expect(issue.path).toEqual(['issuer']);
    expect(issue.message).toContain('缺少发文机关 issuer');
    expect(issue.message).toContain('[民政部, 财政部]');
  });

  it('an empty issuer list is refused in Chinese, naming the field', () => {
    const issue = only(notice.safeParse({ ...validNotice, issuer: [] }));
    expect(issue.path).toEqual(['issuer']);
    expect(issue.message).toMatch(CJK);
    expect(issue.message).toContain('issuer');
  });

  it('contact problems point at the list item', () => {
    const issue = only(notice.safeParse({ ...validNotice, contacts: [{ name: '李玉玲', email: 'not-an-email' }] }));
    expect(issue.path).toEqual(['contacts', 0, 'email']);
    expect(issue.message).toContain('office@example.gov.cn');
    const missing = only(notice.safeParse({ ...validNotice, attachments: [{ title: '实施方案' }] }));
    expect(missing.path).toEqual(['attachments', 0, 'file']);
    expect(missing.message).toContain('./plan.pdf');
  });

  it('several problems are all reported', () => {
    const list = issues(notice.safeParse({ ...validNotice, title: '', source: undefined, channel: 'gonggao' }));
    expect(list.map((i) => i.path.join('.')).sort()).toEqual(['channel', 'source', 'title']);
    for (const i of list) expect(i.message).toMatch(CJK);
  });
});

describe('siteSchema', () => {
  const settings = readYaml(fs.readFileSync(new URL('../../content/site.yaml', import.meta.url), 'utf8')).data as Record<string, unknown>;

  it('accepts the shipped content/site.yaml', () => {
    const data = siteSchema.parse(settings);
    expect(data.sourceScript).toBe('zh-Hans');
    expect(data.channels.map((c) => c.id)).toEqual(['news', 'open']);
  });

  it('defaults base, script and region', () => {
    const { base: _b, sourceScript: _s, traditionalRegion: _r, ...rest } = settings;
    expect(siteSchema.parse(rest)).toMatchObject({ base: '/', sourceScript: 'zh-Hans', traditionalRegion: 'tw' });
  });

  it.each([
    ['url', 'www.example.gov.cn', 'https://www.example.gov.cn/'],
    ['base', 'portal/', '/portal/'],
    ['sourceScript', 'zh-CN', 'zh-Hans'],
    ['traditionalRegion', 'mo', 'hk'],
  ])('%s: %j is refused with an example', (field, value, example) => {
    const issue = only(siteSchema.safeParse({ ...settings, [field]: value }));
    expect(issue.path).toEqual([field]);
    expect(issue.message).toContain(field);
    expect(issue.message).toContain(example);
  });

  it('channel ids must be lower-case URL segments', () => {
    const issue = only(siteSchema.safeParse({ ...settings, channels: [{ id: 'News', name: '新闻中心' }] }));
    expect(issue.path).toEqual(['channels', 0, 'id']);
    expect(issue.message).toContain('小写字母');
  });

  it('refuses a channel id used twice, even at different depths', () => {
    const issue = only(siteSchema.safeParse({ ...settings, channels: [{ id: 'news', name: '新闻', children: [{ id: 'news', name: '要闻' }] }] }));
    expect(issue.message).toBe('栏目 id "news" 重复；每个栏目 id 只能用一次');
  });

  it.each(['library', 'search', 'zh-hant', 'files'])('refuses the reserved top-level id %s', (id) => {
    const issue = only(siteSchema.safeParse({ ...settings, channels: [{ id, name: '栏目' }] }));
    expect(issue.message).toContain(`"${id}"`);
    expect(issue.message).toContain('已被网站占用');
  });

  it('a reserved word is fine below the top level', () => {
    expect(siteSchema.safeParse({ ...settings, channels: [{ id: 'open', name: '公开', children: [{ id: 'library', name: '文件库' }] }] }).success).toBe(true);
  });

  it('needs at least one channel', () => {
    expect(only(siteSchema.safeParse({ ...settings, channels: [] })).message).toBe('至少需要一个栏目');
  });

  it('a missing description is reported in Chinese, naming the field', () => {
    const { description: _, ...rest } = settings;
    const issue = only(siteSchema.safeParse(rest));
    expect(issue.path).toEqual(['description']);
    expect(issue.message).toMatch(CJK);
    expect(issue.message).toContain('description');
  });

  it('an unquoted 网站标识码 (read by YAML as a number) is taken as the digits the editor wrote', () => {
    const result = siteSchema.safeParse({ ...settings, footer: { ...(settings['footer'] as object), siteCode: 1000000001 } });
    expect(result.success && result.data.footer.siteCode).toBe('1000000001');
  });

  it('a missing 网站标识码 is reported in Chinese, naming the field', () => {
    const footer = { ...(settings['footer'] as Record<string, unknown>) };
    delete footer['siteCode'];
    const issue = only(siteSchema.safeParse({ ...settings, footer }));
    expect(issue.path).toEqual(['footer', 'siteCode']);
    expect(issue.message).toMatch(CJK);
    expect(issue.message).toContain('siteCode');
  });
});

describe('glossarySchema', () => {
  it('accepts reviewed pairs, and the same pair twice', () => {
    const entries = [
      { hans: '对表', hant: '對錶', note: 'opencc 给出 對表' },
      { hans: '干部', hant: '幹部' },
      { hans: '干部', hant: '幹部' },
    ];
    expect(glossarySchema.parse(entries)).toEqual(entries);
  });

  it('refuses one phrase with two different counterparts, pointing at the second entry', () => {
    const issue = only(glossarySchema.safeParse([{ hans: '对表', hant: '對錶' }, { hans: '对表', hant: '對表' }]));
    expect(issue.path).toEqual([1, 'hans']);
    expect(issue.message).toBe('"对表" 已在第 1 条出现且对应不同写法；同一地区同一词只能有一种对应（两地写法不同请分别写 region: tw / region: hk）');
  });

  it('lets one phrase have a Taiwan and a Hong Kong counterpart, not one for both besides', () => {
    expect(glossarySchema.safeParse([{ hans: '计划', hant: '計畫', region: 'tw' }, { hans: '计划', hant: '計劃', region: 'hk' }]).success).toBe(true);
    expect(only(glossarySchema.safeParse([{ hans: '计划', hant: '計畫', region: 'tw' }, { hans: '计划', hant: '計劃' }])).path).toEqual([1, 'hans']);
    expect(only(glossarySchema.safeParse([{ hans: '计划', hant: '計畫', region: 'mo' }])).message).toContain('region 只能是 tw');
  });

  it('refuses a pair of different lengths', () => {
    expect(only(glossarySchema.safeParse([{ hans: '软件', hant: '軟體程式' }])).message).toContain('字数不同');
  });

  it('checks the Traditional side too', () => {
    const issue = only(glossarySchema.safeParse([{ hans: '里', hant: '裡' }, { hans: '裏', hant: '裡' }]));
    expect(issue.path).toEqual([1, 'hant']);
  });

  it('explains a missing side and a non-list', () => {
    expect(only(glossarySchema.safeParse([{ hant: '對錶' }])).message).toBe('每条须有 hans（简体写法）');
    expect(only(glossarySchema.safeParse([{ hans: '对表' }])).message).toBe('每条须有 hant（繁體寫法）');
    expect(only(glossarySchema.safeParse({ hans: '对表', hant: '對錶' })).message).toBe('简繁对照表应为列表，每条写 - hans: … / hant: …');
  });
});
