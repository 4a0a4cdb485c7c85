import OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import {
  FIELD_BREAK,
  hasHan,
  MARK,
  MAX_AGENCY,
  normalizeSearchText,
  numbersIn,
  numberToken,
  numberTokens,
  phraseQuery,
  phraseTokens,
} from '../../../src/lib/search/tokens.ts';
import { AGENCIES, insideWords, int, phraseBoundaries, phraseMatch, pick, prng, prose, randomSlice, writtenForm } from './prose.ts';

const toTw = OpenCC.Converter({ from: 'cn', to: 'tw' });
const toHk = OpenCC.Converter({ from: 'cn', to: 'hk' });

/** How many random cases each property runs; the seed is fixed so a failure replays. */
const CASES = 3000;
const SEED = 20180007;

describe('normalizeSearchText', () => {
  it.each([
    ['full-width digits and brackets', '民办发［２０１８］７号', '民办发[2018]7号'],
    ['full-width parentheses', '（２０１８）', '(2018)'],
    ['full-width letters, lower-cased', 'ＣＯＶＩＤ－１９', 'covid-19'],
    ['upper case', 'GB/T 9704', 'gb/t 9704'],
    ['zero-width space, joiner and non-joiner', '社\u200b会\u200c救\u200d助', '社会救助'],
    ['BOM and word joiner', '\ufeff社会\u2060救助', '社会救助'],
    ['soft hyphen', 'Gong\u00adkai', 'gongkai'],
    ['bidi embedding and override', '\u202a2018\u202c\u202e年\u202c', '2018年'],
    ['bidi isolates and marks', '\u2066民政\u2069\u200e部\u200f', '民政部'],
    ['variation selector', '葛\ufe00', '葛'],
    ['Traditional folded to Simplified', '民辦發', '民办发'],
    ['Traditional in running text', '關於進一步加強社會救助工作的通知', '关于进一步加强社会救助工作的通知'],
    ['Traditional 號 and full width together', '民辦發［２０１８］７號', '民办发[2018]7号'],
    ['CJK compatibility ideograph', '\uf900', '岂'],
    ['Kangxi radical', '⼀', '一'],
    ['ideographic space', '社会　救助', '社会 救助'],
    ['circled number', '①', '1'],
    ['Chinese punctuation stays', '社会、救助。', '社会、救助。'],
    ['empty', '', ''],
  ])('%s: %j → %j', (_what, input, output) => {
    expect(normalizeSearchText(input)).toBe(output);
  });

  it('gives the same text for a Simplified phrase and its Traditional conversions', () => {
    const simplified = '关于印发民办发〔2018〕7号文件后续发布头发干净面食范围联系的通知';
    for (const converted of [toTw(simplified), toHk(simplified)]) {
      expect(converted).not.toBe(simplified);
      expect(normalizeSearchText(converted)).toBe(normalizeSearchText(simplified));
    }
  });

  it('is idempotent', () => {
    const random = prng(SEED);
    for (let c = 0; c < CASES; c++) {
      const text = prose(random);
      const once = normalizeSearchText(text);
      expect(normalizeSearchText(once), `case ${c}: ${JSON.stringify(text)}`).toBe(once);
    }
  });

  // NFKC composes a letter with a combining accent after it (e + \u0301 is é), so the text is cut anywhere but
  // before an accent; the phrase properties below check the tokens, which drop accents, at every cut.
  it('normalizes a text piece by piece as it does the whole (what lets a query match a page)', () => {
    const random = prng(SEED + 1);
    let insideWord = 0;
    for (let c = 0; c < CASES; c++) {
      const text = prose(random);
      const cuts = phraseBoundaries(text).filter((b) => !/^\p{M}/u.test(text.slice(b)));
      const { start, end } = randomSlice(random, text, cuts);
      const inside = insideWords(text, normalizeSearchText);
      if (inside.has(start) || inside.has(end)) insideWord++;
      const pieces = [text.slice(0, start), text.slice(start, end), text.slice(end)].map(normalizeSearchText).join('');
      expect(pieces, `case ${c}: ${JSON.stringify(text)} cut at ${start}, ${end}`).toBe(normalizeSearchText(text));
    }
    expect(insideWord).toBeGreaterThan(CASES * 0.1);
  });

  it('never gives MARK, which starts every token Gongkai adds, even for text that has it (NFKC makes ⅹ x)', () => {
    expect(normalizeSearchText(`${FIELD_BREAK}${MARK}h民办发2018x7h`)).toBe('xxxh民办发2018x7h');
    const random = prng(SEED + 11);
    for (let c = 0; c < CASES; c++) {
      const text = normalizeSearchText(`${prose(random, 0, 6)}${pick(random, [MARK, FIELD_BREAK, 'Ⅹ', 'ⅺ'])}${prose(random, 0, 6)}`);
      if (text.includes(MARK)) expect.fail(`case ${c}: ${JSON.stringify(text)}`);
      const query = phraseQuery(text);
      const asked = [...phraseTokens(text), ...query.tokens, query.trailingChar ?? ''];
      if (asked.some((t) => t.startsWith(MARK))) expect.fail(`case ${c}: ${JSON.stringify(asked)}`);
    }
  });

  // Regression (was a bug): the ideographic variation selectors U+E0100–U+E01EF (IVS, used for variant glyphs of names) are
  // not removed like U+FE00–U+FE0F. An IVS splits the Han run, so a page with 社<IVS>会 has the tokens 社 and 会,
  // and the query 社会 does not find it. Remove `.fails` when the bug is fixed.
  it('removes ideographic variation selectors (U+E0100–U+E01EF) like other variation selectors', () => {
    expect(normalizeSearchText('社\u{E0100}会')).toBe('社会');
  });
});

describe('phraseTokens', () => {
  it.each([
    ['加强社会救助，2024年', ['加强', '强社', '社会', '会救', '救助', '助', '20', '02', '24', '4', '年']],
    ['助', ['助']],
    ['社会', ['社会', '会']],
    ['社会、救助', ['社会', '会', '救助', '助']],
    ['2024', ['20', '02', '24', '4']],
    ['covid', ['co', 'ov', 'vi', 'id', 'd']],
    ['covid-19', ['co', 'ov', 'vi', 'id', 'd', '19', '9']],
    ['gb/t 9704-2012', ['gb', 'b', 't', '97', '70', '04', '4', '20', '01', '12', '2']],
    ['pm2.5', ['pm', 'm2', '2', '5']],
    ['www.mca.gov.cn', ['ww', 'ww', 'w', 'mc', 'ca', 'a', 'go', 'ov', 'v', 'cn', 'n']],
    ['2018年', ['20', '01', '18', '8', '年']],
    ['第7号', ['第', '7', '号']],
    ['民办发[2018]7号', ['民办', '办发', '发', '20', '01', '18', '8', '7', '号']],
    ['二〇一八年', ['二〇', '〇一', '一八', '八年', '年']],
    ['𠮷野家', ['𠮷野', '野家', '家']],
    ['zhōngguó', ['zh', 'ho', 'on', 'ng', 'gg', 'gu', 'uo', 'o']],
    ['zho\u0304ngguo\u0301', ['zh', 'ho', 'on', 'ng', 'gg', 'gu', 'uo', 'o']],
    ['e\u0301', ['e']],
    ['x', ['x']],
    ['', []],
    ['，。、 “”《》——', []],
  ])('%j → %j', (text, tokens) => {
    expect(phraseTokens(text)).toEqual(tokens);
  });

  it('cuts a long word (a base64 blob) into tokens of two characters, never one huge key', () => {
    const word = 'a'.repeat(100);
    expect(phraseTokens(word)).toEqual([...Array<string>(99).fill('aa'), 'a']);
    const blob = 'eyJkYXRlIjoiMjAxOC0xMS0yMCIsInRpdGxlIjp7InpoLUhhbnMiOiLlhbPkuo4ifX0';
    expect(phraseTokens(blob.toLowerCase()).join('')).toHaveLength(2 * blob.length - 1);
  });

  it('gives one token per letter, digit and Han character, starting with it: the pair it starts, or the last of a run alone', () => {
    const random = prng(SEED + 2);
    for (let c = 0; c < CASES; c++) {
      const text = normalizeSearchText(prose(random));
      const tokens = phraseTokens(text);
      const where = `case ${c}: ${JSON.stringify(text)}`;
      const chars = Array.from(text.normalize('NFD').replace(/\p{M}/gu, '')).filter((ch) => /[\p{L}\p{N}]/u.test(ch));
      expect(tokens.map((t) => Array.from(t)[0]), where).toEqual(chars);
      for (const [i, t] of tokens.entries()) {
        const [, second, ...rest] = Array.from(t);
        if (rest.length > 0) expect.fail(`${where}: ${JSON.stringify(t)} is longer than two characters`);
        // A pair's second character is the next token's first, in the same run (both Han or neither).
        if (second !== undefined && (second !== chars[i + 1] || hasHan(second) !== hasHan(chars[i] as string))) expect.fail(`${where}: ${JSON.stringify(t)} at ${i}`);
      }
      // The last token of each run stands alone.
      expect(Array.from(tokens.at(-1) ?? 'x'), where).toHaveLength(1);
      expect(tokens.filter((t) => !/^[\p{L}\p{N}]+$/u.test(t))).toEqual([]);
    }
  });
});

describe('phraseQuery', () => {
  it.each([
    ['社会救助', { tokens: ['社会', '会救', '救助'] }],
    ['社会', { tokens: ['社会'] }],
    ['救', { tokens: [], trailingChar: '救' }],
    ['2018年', { tokens: ['20', '01', '18', '8'], trailingChar: '年' }],
    ['2018', { tokens: ['20', '01', '18'] }],
    ['covid', { tokens: ['co', 'ov', 'vi', 'id'] }],
    ['x', { tokens: [], trailingChar: 'x' }],
    ['第5', { tokens: ['第'], trailingChar: '5' }],
    ['zhōngguó', { tokens: ['zh', 'ho', 'on', 'ng', 'gg', 'gu', 'uo'] }],
    // A run that something follows in the phrase keeps its end: the page's run ends there too.
    ['covid 19', { tokens: ['co', 'ov', 'vi', 'id', 'd', '19'] }],
    ['pm2.5', { tokens: ['pm', 'm2', '2'], trailingChar: '5' }],
    ['救助，2018', { tokens: ['救助', '助', '20', '01', '18'] }],
    ['2018，救助', { tokens: ['20', '01', '18', '8', '救助'] }],
    ['社会 救助', { tokens: ['社会', '会', '救助'] }],
    // Punctuation after the last run does not make it end there.
    ['社会救助。', { tokens: ['社会', '会救', '救助'] }],
    ['𠮷', { tokens: [], trailingChar: '𠮷' }],
    ['，', { tokens: [] }],
    ['', { tokens: [] }],
  ])('%j → %j', (text, query) => {
    expect(phraseQuery(text)).toEqual(query);
  });

  it('exact-phrase property: any piece of a page is a run of consecutive tokens of the page', () => {
    const random = prng(SEED + 3);
    let checked = 0;
    let withTrailing = 0;
    let insideWord = 0;
    for (let c = 0; c < CASES; c++) {
      const text = prose(random);
      const { start, end, slice } = randomSlice(random, text, phraseBoundaries(text));
      const query = phraseQuery(normalizeSearchText(slice));
      if (query.tokens.length === 0 && !query.trailingChar) continue;
      checked++;
      if (query.trailingChar) withTrailing++;
      const inside = insideWords(text, normalizeSearchText);
      if (inside.has(start) || inside.has(end)) insideWord++;
      const page = phraseTokens(normalizeSearchText(text));
      const where = phraseMatch(query, page);
      if (where < 0) {
        expect.fail(`case ${c}: ${JSON.stringify(slice)} (at ${start}–${end} of ${JSON.stringify(text)}) gives ${JSON.stringify(query)}, not in ${JSON.stringify(page)}`);
      }
    }
    // The generator must exercise both shapes of query, or the property proves little.
    expect(checked).toBeGreaterThan(CASES * 0.9);
    expect(withTrailing).toBeGreaterThan(CASES * 0.1);
    // And cut inside words and numbers, which the index finds too.
    expect(insideWord).toBeGreaterThan(CASES * 0.1);
  });

  it('exact-phrase property for short pieces: every piece of one to four characters', () => {
    const random = prng(SEED + 4);
    for (let c = 0; c < CASES / 3; c++) {
      const text = prose(random, 2, 6);
      const cuts = phraseBoundaries(text);
      const page = phraseTokens(normalizeSearchText(text));
      for (const [i, start] of cuts.entries()) {
        for (const end of cuts.slice(i + 1, i + 5)) {
          const slice = text.slice(start, end);
          const query = phraseQuery(normalizeSearchText(slice));
          if (query.tokens.length === 0 && !query.trailingChar) continue;
          if (phraseMatch(query, page) < 0) expect.fail(`case ${c}: ${JSON.stringify(slice)} of ${JSON.stringify(text)} gives ${JSON.stringify(query)}, not in ${JSON.stringify(page)}`);
        }
      }
    }
  });

  it('gives the same query for a piece and its Traditional conversion (cn → tw, cn → hk)', () => {
    const random = prng(SEED + 5);
    let converted = 0;
    for (let c = 0; c < CASES; c++) {
      const text = prose(random);
      const { slice } = randomSlice(random, text, phraseBoundaries(text));
      const query = phraseQuery(normalizeSearchText(slice));
      for (const convert of [toTw, toHk]) {
        const traditional = convert(slice);
        if (traditional !== slice) converted++;
        const got = phraseQuery(normalizeSearchText(traditional));
        if (JSON.stringify(got) !== JSON.stringify(query)) {
          expect.fail(`case ${c}: ${JSON.stringify(slice)} → ${JSON.stringify(traditional)} gives ${JSON.stringify(got)}, not ${JSON.stringify(query)}`);
        }
      }
    }
    expect(converted).toBeGreaterThan(CASES * 0.5);
  });

  it('finds a phrase cut inside a number or a word, where it stands in the page', () => {
    const page = phraseTokens(normalizeSearchText('2018年COVID-19疫情，2025年底'));
    // 20 01 18 8 年 co ov vi id d 19 9 疫情 情 20 02 25 5 年底 底
    expect(phraseMatch(phraseQuery('2018年'), page)).toBe(0);
    expect(phraseMatch(phraseQuery('018年'), page)).toBe(1);
    expect(phraseMatch(phraseQuery('18年co'), page)).toBe(2);
    expect(phraseMatch(phraseQuery('018'), page)).toBe(1);
    expect(phraseMatch(phraseQuery('covid'), page)).toBe(5);
    expect(phraseMatch(phraseQuery('cov'), page)).toBe(5);
    expect(phraseMatch(phraseQuery('vid-1'), page)).toBe(7);
    expect(phraseMatch(phraseQuery('5年底'), page)).toBe(17);
    expect(phraseMatch(phraseQuery('25年'), page)).toBe(16);
    // …and not where it does not: the pairs pin every character and its neighbour.
    for (const absent of ['019年', '28年', 'covd', 'ovi d', '2018年c19', '5年末', 'id-9', '2024']) {
      expect(phraseMatch(phraseQuery(normalizeSearchText(absent)), page), absent).toBe(-1);
    }
  });

  it('does not find a phrase across punctuation inside a number or a word', () => {
    const page = phraseTokens(normalizeSearchText('pm2.5，3.5'));
    expect(phraseMatch(phraseQuery('pm2.5'), page)).toBe(0);
    expect(phraseMatch(phraseQuery('25'), page)).toBe(-1);
    expect(phraseMatch(phraseQuery('m2'), page)).toBe(1);
    expect(phraseMatch(phraseQuery('2.5'), page)).toBe(2);
  });

  // Regression: lower-casing must be the same piece by piece. A whole-string toLowerCase gives a capital sigma ς at the
  // end of a word and σ inside one, so ΑΣ cut from the page ΑΣΑ (ασα: ασ σα α) would be the query ας.
  it('finds ΑΣ in ΑΣΑ (Σ lower-cases by context)', () => {
    expect(phraseMatch(phraseQuery(normalizeSearchText('ΑΣ')), phraseTokens(normalizeSearchText('ΑΣΑ')))).toBe(0);
  });

  // Regression: a last run of only combining marks (an accent after a Han character or punctuation) has no character
  // once accents are dropped; the final token to drop is the one of the run before it.
  it('keeps the characters before a stray accent at the end of a phrase', () => {
    expect(phraseQuery(normalizeSearchText('年\u0301'))).toEqual(phraseQuery('年'));
    expect(phraseQuery(normalizeSearchText('2018年\u0301'))).toEqual(phraseQuery('2018年'));
  });

  it('does not find a phrase across punctuation between two Han runs', () => {
    const page = phraseTokens(normalizeSearchText('社会、救助'));
    expect(phraseMatch(phraseQuery('社会救助'), page)).toBe(-1);
    expect(phraseMatch(phraseQuery('社会、救助'), page)).toBe(0);
  });
});

describe('hasHan', () => {
  it.each([
    ['社会', true],
    ['2018年', true],
    ['𠮷', true],
    ['〇', true],
    ['covid-19', false],
    ['〔〕，。', false],
    ['', false],
  ])('%j → %s', (text, han) => {
    expect(hasHan(text)).toBe(han);
  });
});

describe('numbersIn', () => {
  it.each([
    ['民办发〔2018〕7号', [{ before: '民办发', year: 2018, serial: 7 }]],
    [
      '根据民办发〔2018〕7号和民办发[2019]第3号',
      [
        { before: '根据民办发', year: 2018, serial: 7 },
        { before: '和民办发', year: 2019, serial: 3 },
      ],
    ],
    ['民办发2018年第7号', [{ before: '民办发', year: 2018, serial: 7 }]],
    ['2018年7号台风', [{ before: '', year: 2018, serial: 7 }]],
    ['（2019）15号', [{ before: '', year: 2019, serial: 15 }]],
    ['民办发〔2018〕007号', [{ before: '民办发', year: 2018, serial: 7 }]],
    ['民办发 〔 2018 〕 第 7 号', [{ before: '民办发', year: 2018, serial: 7 }]],
    ['民办发〔1999〕123456号', [{ before: '民办发', year: 1999, serial: 123456 }]],
  ])('%j', (text, readings) => {
    expect(numbersIn(normalizeSearchText(text))).toEqual(readings);
  });

  it.each([
    ['a two-digit year', '民办发〔18〕7号'],
    ['a year before 1900', '民办发〔1899〕7号'],
    ['a year after 2099', '民办发〔2100〕7号'],
    ['serial 0', '民办发〔2018〕0号'],
    ['serial 00', '民办发2018年00号'],
    ['no 号', '民办发〔2018〕7'],
    ['a month, not a serial', '2018年7月'],
    ['an article, not a serial', '〔2018〕第7条'],
    ['a year with nothing after it', '2018年度'],
    ['a serial over six digits', '民办发〔2018〕1234567号'],
    ['no bracket and no 年', '民办发2018 7号'],
    ['no numbers at all', '关于进一步加强困难群众基本生活保障工作的通知'],
  ])('reads nothing from %s: %j', (_what, text) => {
    expect(numbersIn(normalizeSearchText(text))).toEqual([]);
    expect(numberTokens(normalizeSearchText(text))).toEqual([]);
  });

  it('reads nothing from text without 号', () => {
    const random = prng(SEED + 6);
    for (let c = 0; c < CASES; c++) {
      const text = normalizeSearchText(prose(random)).replace(/号/g, '');
      expect(numbersIn(text), JSON.stringify(text)).toEqual([]);
    }
  });
});

describe('numberToken and numberTokens', () => {
  it('writes tokens that no typed word and no other number can be confused with', () => {
    expect(numberToken('民办发', 2018, 7)).toBe('ⅹh民办发2018x7h');
    expect(numberToken('', 2018, 7)).toBe('ⅹn2018x7h');
    expect(MARK).toBe('\u2179');
    expect(numberToken('民办发', 2018, 7).startsWith(MARK)).toBe(true);
    expect(FIELD_BREAK).toBe(`${MARK}${MARK}`);
  });

  it('gives every tail of two or more Han characters before the year, and the year with the serial', () => {
    expect(numberTokens(normalizeSearchText('民办发〔2018〕7号'))).toEqual([numberToken('办发', 2018, 7), numberToken('民办发', 2018, 7), numberToken('', 2018, 7)]);
    expect(numberTokens(normalizeSearchText('印发民办发〔2018〕7号'))).toEqual([
      numberToken('办发', 2018, 7),
      numberToken('民办发', 2018, 7),
      numberToken('发民办发', 2018, 7),
      numberToken('印发民办发', 2018, 7),
      numberToken('', 2018, 7),
    ]);
    expect(numberTokens(normalizeSearchText('发〔2018〕7号'))).toEqual([numberToken('', 2018, 7)]);
  });

  it(`keeps at most ${MAX_AGENCY} characters of the 机关代字`, () => {
    const tokens = numberTokens(normalizeSearchText('中华人民共和国民政部办公厅发〔2018〕7号'));
    expect(tokens).toContain(numberToken('国民政部办公厅发', 2018, 7));
    expect(tokens).not.toContain(numberToken('和国民政部办公厅发', 2018, 7));
    expect(tokens).toHaveLength(MAX_AGENCY);
  });

  it('gives each number cited once, however often it is cited', () => {
    const tokens = numberTokens(normalizeSearchText('民办发〔2018〕7号、民办发[2018]7号和民辦發（2018）第7號'));
    expect(tokens).toEqual([...new Set(tokens)]);
    expect(tokens).toEqual([numberToken('办发', 2018, 7), numberToken('民办发', 2018, 7), numberToken('', 2018, 7), numberToken('和民办发', 2018, 7)]);
  });

  it.each([
    '民办发〔2018〕7号',
    '民办发[2018]7号',
    '民办发(2018)7号',
    '民办发（2018）7号',
    '民办发【2018】7号',
    '民办发［2018］7号',
    '民办发﹝2018﹞7号',
    '民办发2018年7号',
    '民办发2018年第7号',
    '民办发〔2018〕第7号',
    '民办发〔2018〕07号',
    '民辦發〔2018〕7號',
    '民办发〔２０１８〕７号',
    '民办发 〔2018〕 7 号',
  ])('%s gives the same tokens as 民办发〔2018〕7号', (form) => {
    expect(numberTokens(normalizeSearchText(form))).toEqual([numberToken('办发', 2018, 7), numberToken('民办发', 2018, 7), numberToken('', 2018, 7)]);
  });

  it('gives the same tokens for the same number in every written form (property)', () => {
    const random = prng(SEED + 7);
    for (let c = 0; c < CASES; c++) {
      const agency = pick(random, AGENCIES);
      const year = int(random, 1990, 2030);
      const serial = int(random, 1, random() < 0.5 ? 99 : 99999);
      const form = writtenForm(random, agency, year, serial);
      const canonical = `${agency}〔${year}〕${serial}号`;
      expect(numbersIn(normalizeSearchText(form)), `case ${c}: ${JSON.stringify(form)}`).toEqual([{ before: agency, year, serial }]);
      expect(numberTokens(normalizeSearchText(form)), `case ${c}: ${JSON.stringify(form)}`).toEqual(numberTokens(normalizeSearchText(canonical)));
    }
  });

  it('reads a number cited in running prose, whatever comes before and after it (property)', () => {
    const random = prng(SEED + 8);
    for (let c = 0; c < CASES; c++) {
      const agency = pick(random, AGENCIES);
      const year = int(random, 1990, 2030);
      const serial = int(random, 1, 999);
      const form = writtenForm(random, agency, year, serial);
      const text = `${prose(random, 0, 6)}${form}${prose(random, 0, 6)}`;
      const tokens = numberTokens(normalizeSearchText(text));
      for (const token of [numberToken(agency, year, serial), numberToken('', year, serial)]) {
        expect(tokens, `case ${c}: ${JSON.stringify(text)}`).toContain(token);
      }
    }
  });

  it('never makes one number token a prefix of another (7号 and 70号, 2018 and 201)', () => {
    const random = prng(SEED + 9);
    const tokens = new Set<string>();
    for (const [year, serial] of [[2018, 7], [2018, 70], [2018, 71], [2018, 17], [2017, 7], [2018, 1], [2018, 12]] as const) {
      for (const agency of ['民办发', '办发', '民发']) tokens.add(numberToken(agency, year, serial));
      tokens.add(numberToken('', year, serial));
    }
    for (let c = 0; c < CASES; c++) {
      const text = normalizeSearchText(writtenForm(random, pick(random, AGENCIES), int(random, 1990, 2030), int(random, 1, 999)));
      for (const t of numberTokens(text)) tokens.add(t);
    }
    // In sorted order, the words a token is a prefix of come right after it.
    const sorted = [...tokens].sort();
    for (let i = 0; i + 1 < sorted.length; i++) {
      const [a, b] = [sorted[i] as string, sorted[i + 1] as string];
      if (b.startsWith(a)) expect.fail(`${a} is a prefix of ${b}`);
    }
    expect(sorted.length).toBeGreaterThan(1000);
  });

  it('makes number tokens that start with MARK, which no query searches by as a prefix, and that no text gives', () => {
    const random = prng(SEED + 10);
    for (let c = 0; c < CASES; c++) {
      const text = normalizeSearchText(`${prose(random)}${writtenForm(random, pick(random, AGENCIES), 2018, int(random, 1, 99))}`);
      const numbers = numberTokens(text);
      const phrase = new Set(phraseTokens(text));
      if (numbers.length === 0) expect.fail(`case ${c}: no number in ${JSON.stringify(text)}`);
      const wrong = numbers.filter((t) => !t.startsWith(MARK) || phrase.has(t));
      if (wrong.length > 0) expect.fail(`case ${c}: ${JSON.stringify(wrong)} from ${JSON.stringify(text)}`);
    }
  });
});
