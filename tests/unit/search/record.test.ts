import { describe, expect, it } from 'vitest';
import { planQuery } from '../../../src/lib/search/query.ts';
import {
  decodeDisplay,
  encodeDisplay,
  FIELD_BREAK,
  INDEX_LANGUAGE,
  searchRecord,
  type SearchDisplay,
  type SearchDocument,
} from '../../../src/lib/search/record.ts';
import { MARK, normalizeSearchText, numberToken, numberTokens, phraseTokens } from '../../../src/lib/search/tokens.ts';
import { AGENCIES, int, pick, prng, prose, writtenForm } from './prose.ts';

const CASES = 1000;
const SEED = 20220018;
const BREAK = ` ${FIELD_BREAK} `;
/** The display field's prefix: MARK, then d. */
const DISPLAY = `${MARK}d`;

function tokensOf(text: string): string {
  return phraseTokens(normalizeSearchText(text)).join(' ');
}

const notice: SearchDocument = {
  route: '/notices/2018/dongchun-jiuzhu-tongzhi/',
  date: '2018-11-20',
  facets: { channel: 'tongzhi', year: '2018', issuer: ['民政部办公厅'], validity: 'valid' },
  display: {
    date: '2018-11-20',
    title: { 'zh-Hans': '关于做好冬春救助工作的通知', 'zh-Hant': '關於做好冬春救助工作的通知' },
    documentNumber: { 'zh-Hans': '民办发〔2018〕7号', 'zh-Hant': '民辦發〔2018〕7號' },
    issuer: { 'zh-Hans': '民政部办公厅', 'zh-Hant': '民政部辦公廳' },
  },
  fields: {
    title: '关于做好冬春救助工作的通知',
    documentNumber: '民办发〔2018〕7号',
    issuer: '民政部办公厅',
    body: '根据国办发〔2014〕47号，现就做好救助工作通知如下。\n本通知即民办发〔2018〕7号。',
    extra: ['附件1：救助对象统计表'],
  },
};

const news: SearchDocument = {
  route: '/news/2024/jiefang-shitang/',
  date: '2024-03-01',
  facets: { channel: 'news', year: '2024' },
  display: { date: '2024-03-01', title: { 'zh-Hans': '街坊食堂', 'zh-Hant': '街坊食堂' } },
  fields: { title: '街坊食堂开张', body: '社区老年助餐服务。' },
};

describe('searchRecord: content', () => {
  it('gives each field its phrase tokens, a field break between fields, and the number tokens last', () => {
    const { content } = searchRecord(notice);
    const segments = content.split(BREAK);
    expect(segments.slice(0, 5)).toEqual([
      tokensOf(notice.fields.title),
      tokensOf('民办发〔2018〕7号'),
      tokensOf('民政部办公厅'),
      tokensOf(notice.fields.body),
      tokensOf('附件1：救助对象统计表'),
    ]);
    expect(segments).toHaveLength(6);
    expect(segments[0]).toMatchInlineSnapshot(`"关于 于做 做好 好冬 冬春 春救 救助 助工 工作 作的 的通 通知 知"`);
    expect(segments[5]).toMatchInlineSnapshot(`"ⅹh民办发2018x7h ⅹn2018x7h ⅹh办发2018x7h ⅹh办发2014x47h ⅹh国办发2014x47h ⅹh据国办发2014x47h ⅹh根据国办发2014x47h ⅹn2014x47h ⅹh即民办发2018x7h ⅹh知即民办发2018x7h ⅹh通知即民办发2018x7h ⅹh本通知即民办发2018x7h"`);
  });

  it('puts the notice’s own number tokens first, exactly its 机关代字 and its year with serial', () => {
    const numbers = searchRecord(notice).content.split(BREAK).at(-1)?.split(' ');
    expect(numbers?.slice(0, 2)).toEqual([numberToken('民办发', 2018, 7), numberToken('', 2018, 7)]);
  });

  it('reads the own number of a Traditional notice as the Simplified one', () => {
    const record = searchRecord({ ...notice, fields: { ...notice.fields, documentNumber: '民辦發〔2018〕7號' } });
    expect(record.content.split(BREAK).at(-1)?.split(' ').slice(0, 2)).toEqual([numberToken('民办发', 2018, 7), numberToken('', 2018, 7)]);
  });

  it('reads the own number when it is not written to the standard', () => {
    const record = searchRecord({ ...notice, fields: { title: '通知', documentNumber: '民办发[2018]第7号', body: '正文' } });
    const numbers = [numberToken('办发', 2018, 7), numberToken('民办发', 2018, 7), numberToken('', 2018, 7)].join(' ');
    expect(record.content.split(BREAK).at(-1)).toBe(numbers);
    expect(record.meta['title']).toBe(`通知 知 ${numbers}`);
  });

  it('has no number segment when nothing cites a number', () => {
    expect(searchRecord(news).content).toBe(`${tokensOf('街坊食堂开张')}${BREAK}${tokensOf('社区老年助餐服务。')}`);
  });

  it('leaves out empty fields and fields without a token, so no two breaks stand together', () => {
    const record = searchRecord({ ...news, fields: { title: '街坊食堂', documentNumber: '', issuer: '  ', body: '——', extra: ['', '《》', '菜单'] } });
    expect(record.content).toBe(`街坊 坊食 食堂 堂${BREAK}菜单 单`);
  });

  it('keeps every field apart and every number once (property)', () => {
    const random = prng(SEED);
    for (let c = 0; c < CASES; c++) {
      const agency = pick(random, AGENCIES);
      const year = int(random, 1990, 2030);
      const serial = int(random, 1, 999);
      const own = random() < 0.6 ? writtenForm(random, agency, year, serial) : undefined;
      const cite = () => (random() < 0.3 ? writtenForm(random, pick(random, AGENCIES), int(random, 1990, 2030), int(random, 1, 99)) : '');
      // Text may hold MARK itself (ⅹ, the roman numeral eleven ⅺ…): it must not make a field break or a number token.
      const mark = () => (random() < 0.2 ? pick(random, [MARK, FIELD_BREAK, ` ${FIELD_BREAK} `, 'ⅺ', numberToken('民办发', 2018, 7)]) : '');
      const fields: SearchDocument['fields'] = {
        title: `${prose(random, 1, 5)}${mark()}${cite()}`,
        documentNumber: own,
        issuer: random() < 0.5 ? prose(random, 1, 3) : undefined,
        body: `${prose(random, 0, 30)}${cite()}${mark()}${prose(random, 0, 30)}${cite()}`,
        extra: random() < 0.5 ? [prose(random, 1, 4), cite()] : undefined,
      };
      const texts = [fields.title, fields.documentNumber, fields.issuer, fields.body, ...(fields.extra ?? [])].filter((t): t is string => Boolean(t?.trim()));
      const phrase = texts.map(tokensOf).filter(Boolean);
      const allNumbers = new Set(texts.flatMap((t) => numberTokens(normalizeSearchText(t))));
      const record = searchRecord({ ...news, fields });
      const where = `case ${c}: ${JSON.stringify(fields)}`;

      const segments = record.content.split(BREAK);
      expect(segments.slice(0, phrase.length), where).toEqual(phrase);
      const numbers = segments.slice(phrase.length).join(' ').split(' ').filter(Boolean);
      expect(segments.length - phrase.length, where).toBe(numbers.length > 0 ? 1 : 0);
      expect(new Set(numbers).size, where).toBe(numbers.length);
      if (own) {
        const ownTokens = [numberToken(agency, year, serial), numberToken('', year, serial)];
        // A number to the standard gives exactly its own tokens first; one that is not gives every reading
        // of it, as cited text does.
        if (/^\p{Script=Han}+〔\d{4}〕[1-9]\d*号$/u.test(normalizeSearchText(own))) expect(numbers.slice(0, 2), where).toEqual(ownTokens);
        for (const t of ownTokens) expect(numbers, where).toContain(t);
        for (const t of ownTokens) expect(record.meta['title']?.split(' '), where).toContain(t);
      }
      for (const t of allNumbers) expect(numbers, where).toContain(t);
      expect(record.content.split(' ').filter((t) => t === FIELD_BREAK)).toHaveLength(segments.length - 1);
      // Only the tokens Gongkai adds start with MARK: the field breaks and the number tokens.
      expect(phrase.join(' ').split(' ').filter((t) => t.startsWith(MARK)), where).toEqual([]);
      expect(numbers.filter((t) => !t.startsWith(MARK)), where).toEqual([]);
    }
  });
});

describe('searchRecord: meta, filters, sort', () => {
  it('holds the title’s tokens and the notice’s own number tokens in the title meta field', () => {
    const record = searchRecord(notice);
    expect(record.meta['title']).toBe(`${tokensOf(notice.fields.title)} ${numberToken('民办发', 2018, 7)} ${numberToken('', 2018, 7)}`);
    expect(searchRecord(news).meta['title']).toBe(tokensOf('街坊食堂开张'));
  });

  it('asks first, for the notice’s own number, for a token the title meta field holds', () => {
    for (const documentNumber of ['民办发〔2018〕7号', '国办发〔2024〕112号', '京民社发〔2019〕3号', '民辦發〔2018〕7號']) {
      const record = searchRecord({ ...notice, fields: { ...notice.fields, documentNumber } });
      const [part] = planQuery(documentNumber, (t) => [t]).parts;
      expect(part?.kind === 'number' && record.meta['title']?.split(' ').includes(part.tokens[0] as string), documentNumber).toBe(true);
    }
  });

  // Regression (was a bug): the own number token holds the whole 机关代字, but a query keeps only its last MAX_AGENCY (8)
  // characters, so a notice with a longer 机关代字 loses the title boost for its own number.
  it('gives the title boost to a notice whose 机关代字 is longer than eight characters', () => {
    const documentNumber = '中华人民共和国民政部办公厅发〔2018〕7号';
    const record = searchRecord({ ...notice, fields: { ...notice.fields, documentNumber } });
    const [part] = planQuery(documentNumber, (t) => [t]).parts;
    expect(part?.kind === 'number' && record.meta['title']?.split(' ').includes(part.tokens[0] as string)).toBe(true);
  });

  it('gives the filters, the sort date, the route and the index language', () => {
    const record = searchRecord(notice);
    expect(record.url).toBe('/notices/2018/dongchun-jiuzhu-tongzhi/');
    expect(record.language).toBe(INDEX_LANGUAGE);
    expect(INDEX_LANGUAGE).not.toMatch(/^zh/);
    expect(record.filters).toEqual({ channel: ['tongzhi'], year: ['2018'], issuer: ['民政部办公厅'], validity: ['valid'] });
    expect(record.sort).toEqual({ date: '2018-11-20' });
    expect(Object.keys(record.meta).sort()).toEqual(['d', 'title']);
    expect(decodeDisplay(record.meta['d'])).toEqual(notice.display);
  });

  it('gives only channel and year when there is no issuer or validity', () => {
    expect(searchRecord(news).filters).toEqual({ channel: ['news'], year: ['2024'] });
    expect(searchRecord({ ...news, facets: { ...news.facets, issuer: [] } }).filters).toEqual({ channel: ['news'], year: ['2024'] });
  });

  // Regression (was a bug): the field break is a token a reader can type: the query 0z is the exact phrase "0z", which every
  // record with two fields has, so it finds every page.
  it('uses a field break that no typed query asks for, even typed as it is (ⅹⅹ), or as a prefix', () => {
    expect(FIELD_BREAK.startsWith(MARK)).toBe(true);
    for (const query of ['0z', FIELD_BREAK, MARK, `社会${FIELD_BREAK}救助`, 'ⅩⅩ', 'xx']) {
      const { parts } = planQuery(query, (t) => [t]);
      expect(parts.length, query).toBeGreaterThan(0);
      const asked = parts.flatMap((p) => (p.kind === 'phrase' ? [...p.phrase.tokens, p.phrase.trailingChar ?? ''] : p.tokens));
      expect(asked, query).not.toContain(FIELD_BREAK);
      expect(asked.filter((t) => t.startsWith(MARK)), query).toEqual([]);
    }
  });
});

describe('encodeDisplay and decodeDisplay', () => {
  const displays: [string, SearchDisplay][] = [
    ['a notice', notice.display],
    ['news without number or issuer', news.display],
    ['astral characters', { date: '2020-01-01', title: { 'zh-Hans': '𠮷野家与𫔀', 'zh-Hant': '𠮷野家與𫔀' } }],
    ['quotes, backslashes, emoji and line breaks', { date: '2020-01-01', title: { 'zh-Hans': '"引号"\\反斜杠\n📢', 'zh-Hant': '「引號」\\反斜槓\r\n📢' } }],
    ['empty strings', { date: '', title: { 'zh-Hans': '', 'zh-Hant': '' } }],
  ];

  it.each(displays)('round-trips %s', (_what, display) => {
    expect(decodeDisplay(encodeDisplay(display))).toEqual(display);
  });

  it('round-trips random prose, and writes the prefix and URL-safe base64 (property)', () => {
    const random = prng(SEED + 1);
    for (let c = 0; c < CASES; c++) {
      const display: SearchDisplay = {
        date: `20${int(random, 10, 30)}-0${int(random, 1, 9)}-1${int(random, 0, 9)}`,
        title: { 'zh-Hans': prose(random), 'zh-Hant': prose(random) },
        documentNumber: { 'zh-Hans': writtenForm(random, pick(random, AGENCIES), 2018, 7), 'zh-Hant': '民辦發〔2018〕7號' },
        issuer: { 'zh-Hans': prose(random, 1, 2), 'zh-Hant': prose(random, 1, 2) },
      };
      const encoded = encodeDisplay(display);
      expect(encoded.startsWith(DISPLAY), `case ${c}`).toBe(true);
      expect(encoded.slice(DISPLAY.length), `case ${c}`).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(decodeDisplay(encoded), `case ${c}`).toEqual(display);
    }
  });

  it.each([
    ['undefined', undefined],
    ['empty', ''],
    ['no prefix', 'eyJkYXRlIjoiIn0'],
    ['the prefix alone', DISPLAY],
    ['not base64', `${DISPLAY}!!!`],
    ['base64 of text that is not JSON', `${DISPLAY}${Buffer.from('民政部').toString('base64url')}`],
    ['the old prefix zzzzzz', `zzzzzz${encodeDisplay(notice.display).slice(DISPLAY.length)}`],
    ['MARK without d', `${MARK}${encodeDisplay(notice.display).slice(DISPLAY.length)}`],
    ['truncated', encodeDisplay(notice.display).slice(0, 40)],
  ])('decodes %s to undefined', (_what, value) => {
    expect(decodeDisplay(value)).toBeUndefined();
  });

  it('never throws on random garbage after the prefix, and decodes almost all of it to undefined (property)', () => {
    const random = prng(SEED + 2);
    const alphabet = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_+/=!'];
    let decoded = 0;
    for (let c = 0; c < CASES; c++) {
      let garbage = DISPLAY;
      for (let n = int(random, 0, 60); n > 0; n--) garbage += pick(random, alphabet);
      if (decodeDisplay(garbage) !== undefined) decoded++;
    }
    expect(decoded).toBeLessThan(CASES / 100);
  });

  // Regression (was a bug): decodeDisplay returns whatever JSON the field holds, so garbage that happens to be valid JSON
  // comes back as a number, a string or null instead of undefined.
  it('decodes base64 of JSON that is not a display to undefined (MQ is the JSON 1, Mzg is 38, bnVsbA is null)', () => {
    expect(decodeDisplay(`${DISPLAY}MQ`)).toBeUndefined();
    expect(decodeDisplay(`${DISPLAY}Mzg`)).toBeUndefined();
    expect(decodeDisplay(`${DISPLAY}bnVsbA`)).toBeUndefined();
  });

  it('writes a value that starts with MARK, so no query asks for it, even as a prefix', () => {
    const encoded = encodeDisplay(notice.display);
    expect(encoded.startsWith(`${MARK}d`)).toBe(true);
    const { parts } = planQuery(encoded, (t) => [t]);
    const asked = parts.flatMap((p) => (p.kind === 'phrase' ? [...p.phrase.tokens, p.phrase.trailingChar ?? ''] : p.tokens));
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.filter((t) => t.startsWith(MARK))).toEqual([]);
  });
});
