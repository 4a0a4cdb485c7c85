import { describe, expect, it } from 'vitest';
import { defaultSegmenter, exactQuery, looseQuery, planQuery, splitQuery, type QueryPart } from '../../../src/lib/search/query.ts';
import { MARK, normalizeSearchText, numberToken, numberTokens, phraseQuery, phraseTokens } from '../../../src/lib/search/tokens.ts';
import { AGENCIES, insideWords, int, phraseBoundaries, phraseMatch, pick, prng, prose, randomSlice, writtenForm } from './prose.ts';

const CASES = 3000;
const SEED = 20240112;

/**
 * A deterministic word segmenter for tests: the longest dictionary word at each Han position (else one
 * character), each run of other letters and digits as one word, punctuation and spaces dropped, as
 * `Intl.Segmenter` drops what is not word-like.
 */
function dictionarySegmenter(dictionary: readonly string[]): (text: string) => string[] {
  const words = [...dictionary].sort((a, b) => b.length - a.length);
  return (text) => {
    const out: string[] = [];
    for (const [run] of text.matchAll(/\p{Script=Han}+|(?:(?!\p{Script=Han})[\p{L}\p{N}])+/gu)) {
      if (!/\p{Script=Han}/u.test(run)) {
        out.push(run);
        continue;
      }
      for (let i = 0; i < run.length; ) {
        const word = words.find((w) => run.startsWith(w, i)) ?? run.slice(i, i + 1);
        out.push(word);
        i += word.length;
      }
    }
    return out;
  };
}

const segment = dictionarySegmenter(['关于', '做好', '社会', '救助', '工作', '养老', '服务', '加强', '困难', '群众', '防控']);

function onlyPart(query: string): QueryPart {
  const { parts } = planQuery(query, segment);
  expect(parts).toHaveLength(1);
  return parts[0] as QueryPart;
}

function numberPart(query: string): Extract<QueryPart, { kind: 'number' }> {
  const part = onlyPart(query);
  if (part.kind !== 'number') throw new Error(`${query} was read as a phrase: ${JSON.stringify(part)}`);
  return part;
}

function phrasePart(query: string): Extract<QueryPart, { kind: 'phrase' }> {
  const part = onlyPart(query);
  if (part.kind !== 'phrase') throw new Error(`${query} was read as a number: ${JSON.stringify(part)}`);
  return part;
}

describe('splitQuery', () => {
  it.each([
    ['社会救助', ['社会救助']],
    ['社会救助 养老服务', ['社会救助', '养老服务']],
    ['  社会救助\t养老 \n 服务  ', ['社会救助', '养老', '服务']],
    ['"社会 救助" 养老', ['社会 救助', '养老']],
    ['“社会 救助” 养老', ['社会 救助', '养老']],
    ['"" 养老', ['养老']],
    ['"  "', []],
    ['', []],
  ])('%j → %j', (query, parts) => {
    expect(splitQuery(query)).toEqual(parts);
  });
});

describe('planQuery: 发文字号', () => {
  const full = [numberToken('民办发', 2018, 7), numberToken('办发', 2018, 7), numberToken('', 2018, 7)];

  it.each([
    '民办发〔2018〕7号',
    '民办发[2018]7号',
    '民办发(2018)7号',
    '民办发（2018）7号',
    '民办发【2018】7号',
    '民办发［2018］7号',
    '民办发﹝2018﹞7号',
    '民办发〘2018〙7号',
    '民办发2018年7号',
    '民办发2018年第7号',
    '民办发〔2018〕第7号',
    '民办发〔2018〕07号',
    '民辦發〔2018〕7號',
    '民办发〔２０１８〕７号',
    '民办发 〔2018〕 第 7 号',
    '民办发 2018 7号',
    '民办发2018 7号',
  ])('%s: one number part, the whole 机关代字 first', (query) => {
    const part = numberPart(query);
    expect(part.tokens).toEqual(full);
  });

  it.each([
    ['2018 7号', ['ⅹn2018x7h']],
    ['2018年7号', ['ⅹn2018x7h']],
    ['2018年第7号', ['ⅹn2018x7h']],
    ['〔2018〕7号', ['ⅹn2018x7h']],
    ['发〔2018〕7号', ['ⅹn2018x7h']],
    ['２０１８　７号', ['ⅹn2018x7h']],
    ['国办发〔2024〕112号', ['ⅹh国办发2024x112h', 'ⅹh办发2024x112h', 'ⅹn2024x112h']],
  ])('%s → %j', (query, tokens) => {
    expect(numberPart(query).tokens).toEqual(tokens);
  });

  it('keeps the number as typed (after NFKC)', () => {
    expect(numberPart('民辦發〔2018〕7號').text).toBe('民辦發〔2018〕7號');
    expect(numberPart('民办发［２０１８］７号').text).toBe('民办发[2018]7号');
  });

  it('tries the last eight characters of a long 机关代字 first, then shorter tails', () => {
    const { tokens } = numberPart('中华人民共和国民政部办公厅发〔2018〕7号');
    expect(tokens[0]).toBe(numberToken('国民政部办公厅发', 2018, 7));
    expect(tokens).toHaveLength(8);
    expect(tokens.at(-1)).toBe(numberToken('', 2018, 7));
  });

  it.each([
    ['a two-digit year', '民办发〔18〕7号'],
    ['serial 0', '民办发〔2018〕0号'],
    ['no 号', '民办发〔2018〕7'],
    ['a month', '2018年7月'],
    ['something after 号', '民办发〔2018〕7号文'],
  ])('reads %s as a phrase: %s', (_what, query) => {
    expect(phrasePart(query).phrase).toEqual(phraseQuery(normalizeSearchText(query)));
  });

  it('reads any written form of a number as that number, with tokens the index has for it (property)', () => {
    const random = prng(SEED);
    for (let c = 0; c < CASES; c++) {
      const agency = pick(random, AGENCIES);
      const year = int(random, 1990, 2030);
      const serial = int(random, 1, 99999);
      const form = writtenForm(random, agency, year, serial);
      const part = numberPart(form);
      expect(part.tokens[0], `case ${c}: ${JSON.stringify(form)}`).toBe(numberToken(agency, year, serial));
      expect(part.tokens.at(-1)).toBe(numberToken('', year, serial));
      expect(new Set(part.tokens), `case ${c}: ${JSON.stringify(form)}`).toEqual(new Set(numberTokens(normalizeSearchText(`${agency}〔${year}〕${serial}号`))));
    }
  });
});

describe('planQuery: phrases and parts', () => {
  it('gives a phrase part its tokens and words', () => {
    expect(planQuery('社会救助', segment)).toMatchInlineSnapshot(`
      {
        "hasPartial": true,
        "parts": [
          {
            "kind": "phrase",
            "phrase": {
              "tokens": [
                "社会",
                "会救",
                "救助",
              ],
            },
            "text": "社会救助",
            "words": [
              {
                "phrase": {
                  "tokens": [
                    "社会",
                  ],
                },
                "text": "社会",
              },
              {
                "phrase": {
                  "tokens": [
                    "救助",
                  ],
                },
                "text": "救助",
              },
            ],
          },
        ],
      }
    `);
  });

  it('makes a part of each space-separated piece', () => {
    const { parts } = planQuery('社会救助 养老服务', segment);
    expect(parts.map((p) => [p.kind, p.text])).toEqual([
      ['phrase', '社会救助'],
      ['phrase', '养老服务'],
    ]);
  });

  it('keeps a number and a phrase apart', () => {
    const { parts } = planQuery('民办发〔2018〕7号 社会救助', segment);
    expect(parts.map((p) => [p.kind, p.text])).toEqual([
      ['number', '民办发〔2018〕7号'],
      ['phrase', '社会救助'],
    ]);
  });

  it('keeps a quoted part together, spaces and all', () => {
    const part = phrasePart('"社会 救助"');
    expect(part.text).toBe('社会 救助');
    expect(part.phrase).toEqual({ tokens: ['社会', '会', '救助'] });
    expect(planQuery('“社会 救助” 养老', segment).parts.map((p) => p.text)).toEqual(['社会 救助', '养老']);
  });

  it('reads a quoted number as a number', () => {
    expect(numberPart('"民办发 〔2018〕7号"').tokens[0]).toBe(numberToken('民办发', 2018, 7));
  });

  it('makes a single character a part that any token starting with it matches', () => {
    const part = phrasePart('救');
    expect(part.phrase).toEqual({ tokens: [], trailingChar: '救' });
    expect(part.words).toEqual([{ text: '救', phrase: { tokens: [], trailingChar: '救' } }]);
    const plan = planQuery('救 助', segment);
    expect(plan.parts.map((p) => (p.kind === 'phrase' ? p.phrase : p.tokens))).toEqual([
      { tokens: [], trailingChar: '救' },
      { tokens: [], trailingChar: '助' },
    ]);
    expect(plan.hasPartial).toBe(true);
  });

  it('folds and normalizes a phrase', () => {
    const part = phrasePart('社會救助');
    expect(part.text).toBe('社會救助');
    expect(part.phrase).toEqual(phraseQuery('社会救助'));
    expect(part.words.map((w) => w.text)).toEqual(['社会', '救助']);
    expect(phrasePart('ＣＯＶＩＤ－１９').phrase).toEqual({ tokens: ['co', 'ov', 'vi', 'id', 'd', '19'] });
    expect(phrasePart('Zhōngguó').phrase).toEqual(phrasePart('zhongguo').phrase);
  });

  it('never asks a phrase for a token Gongkai adds (they start with MARK), even when the query types one', () => {
    const typed = [`${MARK}${MARK}`, numberToken('民办发', 2018, 7), numberToken('', 2018, 7), `${MARK}d`, 'ⅩⅩ'];
    for (const query of [...typed, typed.join(' '), `"${typed.join('')}"`]) {
      const { parts } = planQuery(query, segment);
      expect(parts.length, query).toBeGreaterThan(0);
      for (const part of parts) {
        expect(part.kind, query).toBe('phrase');
        if (part.kind !== 'phrase') continue;
        const asked = [part.phrase, ...part.words.map((w) => w.phrase)].flatMap((p) => [...p.tokens, p.trailingChar ?? '']);
        expect(asked.filter((t) => t.startsWith(MARK)), query).toEqual([]);
        expect(asked.join(''), query).toMatch(/x/);
      }
    }
  });

  it.each(['', '   ', '，。', '"" “”', '——'])('gives no part for %j', (query) => {
    expect(planQuery(query, segment)).toEqual({ parts: [], hasPartial: false });
  });
});

describe('planQuery: words for the partial group', () => {
  it('gives the words of a longer phrase, in order', () => {
    expect(phrasePart('关于做好社会救助工作').words.map((w) => [w.text, w.phrase.tokens])).toEqual([
      ['关于', ['关于']],
      ['做好', ['做好']],
      ['社会', ['社会']],
      ['救助', ['救助']],
      ['工作', ['工作']],
    ]);
  });

  it('segments the normalized text', () => {
    const seen: string[] = [];
    planQuery('社會救助', (text) => (seen.push(text), segment(text)));
    expect(seen).toEqual(['社会救助']);
  });

  it('leaves out single Han characters, keeps words of other scripts', () => {
    expect(phrasePart('加强社救助').words.map((w) => w.text)).toEqual(['加强', '救助']);
    expect(phrasePart('covid-19防控').words.map((w) => w.text)).toEqual(['covid', '19', '防控']);
  });

  it('makes a phrase of single characters (老工) its own only word', () => {
    const part = phrasePart('老工');
    expect(part.words).toEqual([{ text: '老工', phrase: { tokens: ['老工'] } }]);
  });

  it('makes a phrase that is one word its own only word, with no partial group', () => {
    const plan = planQuery('社会', segment);
    expect(plan.parts[0]).toMatchObject({ words: [{ text: '社会' }] });
    expect(plan.hasPartial).toBe(false);
  });

  it.each([
    ['社会救助', true],
    ['社会', false],
    ['民办发〔2018〕7号', false],
    ['民办发〔2018〕7号 社会', true],
    ['民办发〔2018〕7号 社会救助', true],
    ['社会 养老', true],
    ['"社会 救助"', true],
    ['2018年', true],
    ['救', true],
    ['老工', false],
  ])('hasPartial(%j) is %s', (query, hasPartial) => {
    expect(planQuery(query, segment).hasPartial).toBe(hasPartial);
  });

  it('with the default segmenter, gives words that are pieces of the phrase', () => {
    for (const query of ['关于进一步加强困难群众基本生活保障工作的通知', '嵌入式养老服务设施', '社會救助', '婚姻登记跨省通办 COVID-19']) {
      const { parts } = planQuery(query);
      expect(parts.length).toBeGreaterThan(0);
      for (const part of parts) {
        if (part.kind !== 'phrase') continue;
        const normalized = normalizeSearchText(part.text);
        expect(part.words.length).toBeGreaterThan(0);
        for (const w of part.words) expect(normalized, w.text).toContain(w.text);
      }
    }
  });

  it('falls back to the whole text when there is no Intl.Segmenter', () => {
    const intl = Intl as { Segmenter?: unknown };
    const saved = intl.Segmenter;
    try {
      intl.Segmenter = undefined;
      expect(defaultSegmenter()('社会救助')).toEqual(['社会救助']);
    } finally {
      intl.Segmenter = saved;
    }
    expect(defaultSegmenter()('社会救助').join('')).toBe('社会救助');
  });
});

describe('planQuery on pieces of a page (property)', () => {
  /**
   * A random segmenter: cuts the text at random places (a phrase may start or end anywhere, even inside a word),
   * as a dictionary segmenter might, and drops pieces without a letter or digit.
   */
  function randomSegmenter(random: () => number): (text: string) => string[] {
    return (text) => {
      const cuts = phraseBoundaries(text).filter(() => random() < 0.4);
      const points = [0, ...cuts, text.length];
      const words: string[] = [];
      for (let i = 0; i + 1 < points.length; i++) {
        const piece = text.slice(points[i], points[i + 1]);
        if (/[\p{L}\p{N}]/u.test(piece)) words.push(piece);
      }
      return words;
    };
  }

  it('finds a page by any piece of its text: each part exactly, each word of the partial group too', () => {
    const random = prng(SEED + 1);
    let numbers = 0;
    let withWords = 0;
    let insideWord = 0;
    for (let c = 0; c < CASES; c++) {
      const before = prose(random);
      const form = random() < 0.3 ? writtenForm(random, pick(random, AGENCIES), int(random, 1990, 2030), int(random, 1, 99)) : '';
      const text = `${before}${form}${prose(random, 0, 4)}`;
      const cuts = phraseBoundaries(text);
      const inside = insideWords(text, normalizeSearchText);
      // Half of the pieces with a number end where it ends and start a little before it (not inside a word), so
      // that a part of the query is the number with or without the characters before it.
      const end = before.length + form.length;
      const start = pick(random, cuts.filter((b) => b >= before.length - 8 && b < end && !inside.has(b)).concat(before.length));
      const { slice, start: from, end: to } = form && random() < 0.5 ? { slice: text.slice(start, end), start, end } : randomSlice(random, text, cuts);
      if (slice && (inside.has(from) || inside.has(to))) insideWord++;
      const normalized = normalizeSearchText(text);
      const page = phraseTokens(normalized);
      const pageNumbers = new Set(numberTokens(normalized));
      const plan = planQuery(slice, randomSegmenter(random));
      for (const part of plan.parts) {
        const where = `case ${c}: part ${JSON.stringify(part.text)} of ${JSON.stringify(slice)} in ${JSON.stringify(text)}`;
        if (part.kind === 'number') {
          numbers++;
          expect(part.tokens.some((t) => pageNumbers.has(t)), where).toBe(true);
          continue;
        }
        expect(phraseMatch(part.phrase, page), where).toBeGreaterThanOrEqual(0);
        if (part.words.length > 1) withWords++;
        for (const w of part.words) expect(phraseMatch(w.phrase, page), `${where}, word ${JSON.stringify(w.text)}`).toBeGreaterThanOrEqual(0);
      }
    }
    expect(numbers).toBeGreaterThan(150);
    expect(withWords).toBeGreaterThan(CASES / 2);
    expect(insideWord).toBeGreaterThan(CASES * 0.1);
  });

  // Regression (was a bug): a query that reads as a 发文字号 but that the page has in a form `numbersIn` does not read (no
  // bracket, no 年) is only looked up as a number, with no phrase reading, so the page's own text does not find
  // it. Here a court case number: the query 20187号 is read as year 2018, serial 7.
  it('finds 民初20187号 by typing 20187号, as it is written on the page', () => {
    const normalized = normalizeSearchText('案号：（2019）京0105民初20187号');
    const [part] = planQuery('20187号', segment).parts;
    const found =
      part?.kind === 'number'
        ? part.tokens.some((t) => numberTokens(normalized).includes(t)) || phraseMatch(part.phrase, phraseTokens(normalized)) >= 0
        : phraseMatch(part?.phrase ?? { tokens: ['?'] }, phraseTokens(normalized)) >= 0;
    expect(found).toBe(true);
  });

  // Regression (was a bug): the whole query is tried as one number before it is split, so a phrase typed before a number
  // without 机关代字 becomes the 机关代字. Its last token is the bare year and serial, which the search falls
  // back to, so 社会救助 is dropped without telling the reader.
  it('keeps a phrase typed before a number without 机关代字 (社会救助 2018 7号) as the second reading', () => {
    const { parts } = planQuery('社会救助 2018 7号', segment);
    expect(parts).toHaveLength(1);
    const [part] = parts;
    expect(part?.kind === 'number' && part.tokens).toEqual([
      numberToken('社会救助', 2018, 7),
      numberToken('会救助', 2018, 7),
      numberToken('救助', 2018, 7),
      numberToken('', 2018, 7),
    ]);
    expect(part?.kind === 'number' && part.fallback?.map((p) => (p.kind === 'phrase' ? p.text : p.tokens[0]))).toEqual(['社会救助', numberToken('', 2018, 7)]);
  });

  // Regression (was a bug): JavaScript's \s (used to split the query) matches U+FEFF, which normalizeSearchText removes, so
  // a query pasted with a zero-width no-break space inside a word is split into two words the page does not have.
  it('does not split a word at U+FEFF, which the index ignores', () => {
    const page = phraseTokens(normalizeSearchText('covid\ufeff19'));
    const { parts } = planQuery('covid\ufeff19', segment);
    expect(parts).toHaveLength(1);
    expect(parts[0]?.kind === 'phrase' && phraseMatch(parts[0].phrase, page)).toBe(0);
  });
});

describe('exactQuery', () => {
  it.each([
    ['社会救助', { exact: '"社会 会救 救助"' }],
    ['2018年', { exact: '"20 01 18 8"', prefix: '年' }],
    ['018', { exact: '"01 18"' }],
    ['救', { prefix: '救' }],
    ['x', { prefix: 'x' }],
    ['covid 19', { exact: '"co ov vi id d 19"' }],
    ['', {}],
  ])('%j → %j', (text, query) => {
    expect(exactQuery(phraseQuery(normalizeSearchText(text)))).toEqual(query);
  });
});

describe('looseQuery', () => {
  it('asks for every word of every part, and the most specific number token', () => {
    expect(looseQuery(planQuery('民办发〔2018〕7号 关于做好社会救助工作 2018年', segment))).toMatchInlineSnapshot(`"ⅹh民办发2018x7h 关于 做好 社会 救助 工作 20 01 18 8 年"`);
  });

  it('names each term once', () => {
    expect(looseQuery(planQuery('社会救助 社会 救助工作', segment))).toBe('社会 救助 工作');
  });

  it('asks for a single character as itself', () => {
    expect(looseQuery(planQuery('救 社会', segment))).toBe('救 社会');
  });

  it('is empty for an empty plan', () => {
    expect(looseQuery(planQuery('', segment))).toBe('');
  });
});
