import OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { excerpt, type ExcerptPiece } from '../../../src/lib/search/excerpt.ts';
import { normalizeSearchText } from '../../../src/lib/search/tokens.ts';
import { hasLoneSurrogate, phraseBoundaries, prng, prose, randomSlice } from './prose.ts';

const toTw = OpenCC.Converter({ from: 'cn', to: 'tw' });
const CASES = 2000;
const SEED = 20250003;

/** Text as the excerpt matches it: each character normalized, accents dropped (as the index does), only letters and digits kept. */
function flat(text: string): string {
  return [...text]
    .flatMap((ch) => [...normalizeSearchText(ch).normalize('NFD').replace(/\p{M}/gu, '')])
    .filter((c) => /[\p{L}\p{N}]/u.test(c))
    .join('');
}

function marks(pieces: readonly ExcerptPiece[]): string[] {
  return pieces.filter((p) => p.mark).map((p) => p.text);
}

/** The pieces between the ellipses, and whether there is one at each end. */
function window(pieces: readonly ExcerptPiece[]): { lead: boolean; trail: boolean; body: ExcerptPiece[] } {
  const isEllipsis = (p: ExcerptPiece | undefined) => p?.text === '…' && !p.mark;
  const lead = isEllipsis(pieces[0]);
  const trail = pieces.length > 1 && isEllipsis(pieces.at(-1));
  return { lead, trail, body: pieces.slice(lead ? 1 : 0, trail ? -1 : undefined) };
}

describe('excerpt: matching', () => {
  it('finds a Simplified term in Traditional text', () => {
    expect(excerpt('为贯彻落实党中央国务院决策部署，加強社會救助工作，现就做好今冬明春困难群众救助工作通知如下', ['社会救助'], 20)).toMatchInlineSnapshot(`
      [
        {
          "mark": false,
          "text": "…",
        },
        {
          "mark": false,
          "text": "策部署，加強",
        },
        {
          "mark": true,
          "text": "社會救助",
        },
        {
          "mark": false,
          "text": "工作，现就做好今冬明",
        },
        {
          "mark": false,
          "text": "…",
        },
      ]
    `);
  });

  it('finds a Traditional term in Simplified text', () => {
    expect(excerpt('加强社会救助和养老服务', ['社會救助', '養老'])).toEqual([
      { text: '加强', mark: false },
      { text: '社会救助', mark: true },
      { text: '和', mark: false },
      { text: '养老', mark: true },
      { text: '服务', mark: false },
    ]);
  });

  it('ignores case and width', () => {
    expect(marks(excerpt('ＣＯＶＩＤ－１９疫情与COVID-19', ['covid19']))).toEqual(['ＣＯＶＩＤ－１９', 'COVID-19']);
    expect(marks(excerpt('民办发〔２０１８〕７号', ['民辦發〔2018〕7號']))).toEqual(['民办发〔２０１８〕７号']);
  });

  it('marks every occurrence in the window, and none outside it', () => {
    const text = `社会救助${'。'.repeat(4)}社会救助${'。'.repeat(40)}社会救助`;
    const pieces = excerpt(text, ['社会救助'], 20);
    expect(marks(pieces)).toEqual(['社会救助', '社会救助']);
    expect(pieces.at(-1)).toEqual({ text: '…', mark: false });
    expect(marks(excerpt('社会救助社会救助', ['社会救助']))).toEqual(['社会救助', '社会救助']);
  });

  it('marks each term, overlapping terms as adjacent marks', () => {
    expect(excerpt('加强社会救助工作', ['社会救', '救助工'])).toEqual([
      { text: '加强', mark: false },
      { text: '社会救', mark: true },
      { text: '助工', mark: true },
      { text: '作', mark: false },
    ]);
  });

  // What the code does: punctuation and spaces are dropped on both sides before matching, so 社会救助 marks
  // 社会、救助 (across the 、), and 社会、救助 marks 社会救助. The index does not match a Han phrase across
  // punctuation (see tokens.test.ts), so the excerpt may mark a place the search did not find.
  it('matches across punctuation and spaces, in the text and in the term', () => {
    expect(excerpt('加强社会、救助工作', ['社会救助'])).toEqual([
      { text: '加强', mark: false },
      { text: '社会、救助', mark: true },
      { text: '工作', mark: false },
    ]);
    expect(marks(excerpt('加强社会救助工作', ['社会、救助']))).toEqual(['社会救助']);
    expect(marks(excerpt('社会 救助', ['社会救助']))).toEqual(['社会 救助']);
  });

  // A term matches inside a word (19 in 2019), as the index does (a word is tokenized character by character).
  it('matches inside a word', () => {
    expect(excerpt('在2019年', ['19'])).toEqual([
      { text: '在20', mark: false },
      { text: '19', mark: true },
      { text: '年', mark: false },
    ]);
  });

  it('marks a character that normalizes to several as a whole (㍻ is 平成)', () => {
    expect(excerpt('平成㍻年', ['平成'])).toEqual([
      { text: '平成', mark: true },
      { text: '㍻', mark: true },
      { text: '年', mark: false },
    ]);
  });

  it('ignores zero-width characters in the text', () => {
    expect(marks(excerpt('加强社\u200b会救助', ['社会救助']))).toEqual(['社\u200b会救助']);
  });

  it('ignores empty terms and terms of only punctuation', () => {
    expect(excerpt('社会救助', ['', '，', '  '])).toEqual([{ text: '社会救助', mark: false }]);
    expect(excerpt('社会救助', [])).toEqual([{ text: '社会救助', mark: false }]);
  });
});

describe('excerpt: the window', () => {
  it('gives the start of the text when no term occurs', () => {
    const text = `${'关于做好困难群众救助工作的通知。'.repeat(10)}`;
    const pieces = excerpt(text, ['养老'], 30);
    expect(pieces).toEqual([
      { text: text.slice(0, 30), mark: false },
      { text: '…', mark: false },
    ]);
  });

  it('gives the whole text without ellipses when it is short', () => {
    expect(excerpt('加强社会救助', ['养老'])).toEqual([{ text: '加强社会救助', mark: false }]);
    expect(excerpt('', ['养老'])).toEqual([]);
  });

  it('starts a third of the window before the match, with an ellipsis at each cut end', () => {
    const text = `${'甲'.repeat(100)}社会救助${'乙'.repeat(100)}`;
    expect(excerpt(text, ['社会救助'], 30)).toEqual([
      { text: '…', mark: false },
      { text: '甲'.repeat(10), mark: false },
      { text: '社会救助', mark: true },
      { text: '乙'.repeat(16), mark: false },
      { text: '…', mark: false },
    ]);
  });

  it('moves the window back so it stays full near the end of the text', () => {
    const text = `${'甲'.repeat(100)}社会救助乙`;
    expect(excerpt(text, ['社会救助'], 30)).toEqual([
      { text: '…', mark: false },
      { text: '甲'.repeat(25), mark: false },
      { text: '社会救助', mark: true },
      { text: '乙', mark: false },
    ]);
  });

  it('cuts a mark at the end of the window', () => {
    const text = `社会救助${'。'.repeat(6)}加强困难群众基本生活保障`;
    const pieces = excerpt(text, ['社会救助', '加强困难群众基本生活保障'], 14);
    expect(pieces).toEqual([
      { text: '社会救助', mark: true },
      { text: '。'.repeat(6), mark: false },
      { text: '加强困难', mark: true },
      { text: '…', mark: false },
    ]);
  });

  it('starts at the first occurrence of any term', () => {
    expect(excerpt(`${'甲'.repeat(50)}养老${'乙'.repeat(20)}救助${'丙'.repeat(50)}`, ['救助', '养老'], 30)[2]).toEqual({ text: '养老', mark: true });
  });
});

describe('excerpt: properties', () => {
  /** Prose without astral characters (see the known bugs below) and without … (so ellipses are ours). */
  function text(random: () => number): string {
    return prose(random, 3, 40).replace(/[\u{10000}-\u{10ffff}]/gu, '').replace(/…/g, '。');
  }

  it('gives a piece of the text around the first occurrence, with every occurrence in it marked', () => {
    const random = prng(SEED);
    let withMarks = 0;
    for (let c = 0; c < CASES; c++) {
      const page = text(random);
      const { slice } = randomSlice(random, page, phraseBoundaries(page));
      const term = flat(slice);
      const length = Math.max(60, 2 * slice.length);
      const pieces = excerpt(page, [slice], length);
      const where = `case ${c}: ${JSON.stringify(slice)} in ${JSON.stringify(page)}`;

      const { lead, trail, body } = window(pieces);
      const shown = body.map((p) => p.text).join('');
      expect(shown.length, where).toBe(Math.min(length, page.length));
      if (!lead) expect(page.startsWith(shown), where).toBe(true);
      if (!trail) expect(page.endsWith(shown), where).toBe(true);
      expect(page.includes(shown), where).toBe(true);
      // Pieces are as long as they can be: two unmarked pieces never stand together.
      if (body.some((p, i) => !p.mark && body[i + 1]?.mark === false)) expect.fail(`${where}: ${JSON.stringify(body)}`);

      const marked = body.filter((p) => p.mark);
      if (!term) {
        expect(marked, where).toEqual([]);
        expect(lead, where).toBe(false);
        continue;
      }
      withMarks++;
      expect(flat(marked[0]?.text ?? ''), where).toBe(term);
      if (marked.some((m) => !term.includes(flat(m.text)))) expect.fail(`${where}: a mark that is not the term: ${JSON.stringify(marked)}`);

      // Every occurrence of the term in the window touches a mark.
      const chars = body.flatMap((p) => [...p.text].map((ch) => ({ flat: flat(ch), mark: p.mark })));
      const windowFlat = chars.map((ch) => ch.flat).join('');
      const owner = chars.flatMap((ch, i) => [...ch.flat].map(() => i));
      for (let at = windowFlat.indexOf(term); at >= 0; at = windowFlat.indexOf(term, at + 1)) {
        if (!owner.slice(at, at + term.length).some((i) => chars[i]?.mark)) expect.fail(`${where}: occurrence at ${at} not marked`);
      }
    }
    expect(withMarks).toBeGreaterThan(CASES * 0.9);
  });

  it('marks the same places in a page and its Traditional conversion', () => {
    const random = prng(SEED + 1);
    let compared = 0;
    for (let c = 0; c < CASES; c++) {
      const page = text(random);
      const converted = toTw(page);
      if (converted.length !== page.length) continue;
      compared++;
      const { slice } = randomSlice(random, page, phraseBoundaries(page));
      const shape = (pieces: ExcerptPiece[]) => pieces.map((p) => `${p.text.length}${p.mark ? '*' : ''}`).join(' ');
      const expected = shape(excerpt(page, [slice]));
      const inTraditional = shape(excerpt(converted, [slice]));
      const ofTraditional = shape(excerpt(page, [toTw(slice)]));
      if (inTraditional !== expected || ofTraditional !== expected) {
        expect.fail(`case ${c}: ${JSON.stringify(slice)} in ${JSON.stringify(page)}: ${expected} ≠ ${inTraditional} / ${ofTraditional}`);
      }
    }
    expect(compared).toBeGreaterThan(CASES * 0.9);
  });

  it('handles astral characters after the match and outside the text it indexes', () => {
    expect(excerpt('社会救助𠮷𠮷', ['社会救助'])).toEqual([
      { text: '社会救助', mark: true },
      { text: '𠮷𠮷', mark: false },
    ]);
    expect(excerpt('📢社会救助', ['社会救助'])).toEqual([
      { text: '📢', mark: false },
      { text: '社会救助', mark: true },
    ]);
    expect(excerpt('加强𠮷', ['𠮷'])).toEqual([
      { text: '加强', mark: false },
      { text: '𠮷', mark: true },
    ]);
  });

  // Regression (was a bug): `flat.indexOf` counts UTF-16 code units, but `at` has one entry per code point, so after an
  // astral letter (a Han character outside the BMP, such as 𠮷 in a name) every match is shifted: here 会 is
  // marked instead of 社会救助.
  it('marks the match after an astral Han character', () => {
    expect(excerpt('𠮷社会救助', ['社会救助'])).toEqual([
      { text: '𠮷', mark: false },
      { text: '社会救助', mark: true },
    ]);
  });

  // Regression (was a bug): the window is cut at UTF-16 offsets, so it can start or end in the middle of an astral
  // character (here an emoji before the match), leaving half a surrogate pair in the excerpt.
  it('never cuts an astral character in half at the window ends', () => {
    const pieces = excerpt(`${'📢'.repeat(20)}。社会救助${'📢'.repeat(60)}`, ['社会救助']);
    for (const p of pieces) expect(hasLoneSurrogate(p.text), JSON.stringify(p.text)).toBe(false);
  });

  // Regression (was a bug): the index strips accents (Zhōngguó is the token zhongguo) but the excerpt keeps them, so a page
  // found by zhongguo shows no mark.
  it('marks a word with accents that the index found without them', () => {
    expect(marks(excerpt('Zhōngguó 社会', ['zhongguo']))).toEqual(['Zhōngguó']);
  });
});
