import { describe, expect, it } from 'vitest';
import { formatDocumentNumber, normalizeDocumentNumber, parseDocumentNumber, type DocumentNumberProblem } from '../../src/lib/documentNumber.ts';

function problem(input: string, expectedYear?: number): DocumentNumberProblem {
  const result = parseDocumentNumber(input, expectedYear);
  if (result.ok) throw new Error(`"${input}" was accepted as ${JSON.stringify(result.value)}`);
  expect(result.error.problems.length).toBeGreaterThan(0);
  return result.error;
}

describe('parseDocumentNumber: well-formed numbers', () => {
  it.each([
    ['民办发〔2018〕7号', { agencyCode: '民办发', year: 2018, serial: 7 }],
    ['国办发〔2024〕112号', { agencyCode: '国办发', year: 2024, serial: 112 }],
    ['民发〔2022〕18号', { agencyCode: '民发', year: 2022, serial: 18 }],
    ['民函〔2020〕10号', { agencyCode: '民函', year: 2020, serial: 10 }],
    ['  民办发〔2018〕7号 ', { agencyCode: '民办发', year: 2018, serial: 7 }],
  ])('accepts %s', (input, value) => {
    expect(parseDocumentNumber(input)).toEqual({ ok: true, value });
  });
});

describe('parseDocumentNumber: malformed numbers come back with the corrected form', () => {
  it.each([
    ['民办发[2018]07号', '民办发〔2018〕7号', ['六角括号', '前导 0']],
    ['民办发(2018)7号', '民办发〔2018〕7号', ['六角括号']],
    ['民办发（2018）7号', '民办发〔2018〕7号', ['六角括号']],
    ['民办发【2018】7号', '民办发〔2018〕7号', ['六角括号']],
    ['民办发［2018］7号', '民办发〔2018〕7号', ['六角括号']],
    ['民办发2018 7号', '民办发〔2018〕7号', ['六角括号', '空格']],
    ['民办发〔2018〕第7号', '民办发〔2018〕7号', ['第']],
    ['民办发〔2018〕007号', '民办发〔2018〕7号', ['前导 0']],
    ['民办发〔２０１８〕７号', '民办发〔2018〕7号', ['全角数字']],
    ['民办发 〔2018〕 7 号', '民办发〔2018〕7号', ['空格']],
    ['民办发〔2018〕7', '民办发〔2018〕7号', ['号']],
    ['国办发[2024]第０１１２号', '国办发〔2024〕112号', ['全角数字', '六角括号', '第', '前导 0']],
  ])('%s → %s', (input, suggestion, mentions) => {
    const error = problem(input);
    expect(error.suggestion).toBe(suggestion);
    const text = error.problems.join('；');
    for (const m of mentions) expect(text).toContain(m);
  });

  it('the suggestion is itself well-formed', () => {
    for (const input of ['民办发[2018]07号', '民办发(2018)第7号', '民办发〔２０１８〕７']) {
      const { suggestion } = problem(input);
      expect(parseDocumentNumber(suggestion ?? '').ok).toBe(true);
    }
  });

  it('completes a two-digit year from the 成文日期 year', () => {
    const error = problem('民办发〔18〕7号', 2018);
    expect(error.suggestion).toBe('民办发〔2018〕7号');
    expect(error.problems.join('；')).toContain('四位');
  });

  it('completes a two-digit year without changing it, even when the 成文日期 is in the next year', () => {
    // 〔17〕 written in January 2018 is a 2017 number; only the century is missing.
    expect(problem('民办发〔17〕98号', 2018).suggestion).toBe('民办发〔2017〕98号');
  });

  it('never suggests a year in the future for a two-digit year', () => {
    // 民发〔98〕 is a 1998 document; 2098 cannot be right.
    expect(problem('民发〔98〕7号').suggestion).toBe('民发〔1998〕7号');
  });

  it('serial number 0 is refused, with no suggestion to copy', () => {
    const error = problem('民办发〔2018〕0号');
    expect(error.problems).toContain('序号从 1 开始');
    expect(error.suggestion).toBeUndefined();
  });

  it.each(['待定', '无', '2018-7', '〔2018〕7号', '民办发〔2018〕', ''])('garbage %j is explained with an example', (input) => {
    const error = problem(input);
    expect(error.suggestion).toBeUndefined();
    expect(error.problems.join('')).toContain('民办发〔2018〕7号');
  });

  it('a Latin agency code is flagged', () => {
    expect(problem('MZB〔2018〕7号').problems.join('')).toContain('机关代字应为汉字');
  });
});

describe('formatDocumentNumber', () => {
  it('writes year in 六角括号 and the serial without padding', () => {
    expect(formatDocumentNumber({ agencyCode: '民办发', year: 2018, serial: 7 })).toBe('民办发〔2018〕7号');
    expect(formatDocumentNumber({ agencyCode: '国办发', year: 2024, serial: 112 })).toBe('国办发〔2024〕112号');
  });

  it('round-trips with parseDocumentNumber', () => {
    for (const text of ['民办发〔2018〕7号', '国办发〔2024〕112号', '民发〔2022〕18号']) {
      const parsed = parseDocumentNumber(text);
      expect(parsed.ok && formatDocumentNumber(parsed.value)).toBe(text);
    }
  });
});

describe('normalizeDocumentNumber', () => {
  it('gives one normal form for the standard and every understood variant, nothing for text', () => {
    for (const written of ['民办发〔2018〕7号', '民办发[2018]07号', '民办发（2018）第7号']) expect(normalizeDocumentNumber(written), written).toBe('民办发〔2018〕7号');
    expect(normalizeDocumentNumber('民办发〔18〕7号', 2018)).toBe('民办发〔2018〕7号');
    expect(normalizeDocumentNumber('关于做好工作的通知')).toBeUndefined();
  });
});
