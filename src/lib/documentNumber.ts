/**
 * 发文字号 (document number) as GB/T 9704-2012 §7.2.5 defines it:
 * 机关代字 + year in 六角括号〔〕 written in full + serial number (no leading zero, no 第) + 号.
 * @example 民办发〔2018〕7号
 */

/** A well-formed 发文字号, split into its parts. */
export interface DocumentNumber {
  /** 机关代字, e.g. 民办发. */
  agencyCode: string;
  /** The four-digit year inside 〔〕. */
  year: number;
  /** 发文顺序号, e.g. 7. */
  serial: number;
  /** 號 in a document written in Traditional; 号 otherwise. */
  hao?: '号' | '號' | undefined;
}

/** What was wrong with a 发文字号 and, when we can tell, how it should read. */
export interface DocumentNumberProblem {
  /** Each thing that breaks the standard, in Chinese, for the editor. */
  problems: string[];
  /** The corrected number, when the input could be understood. */
  suggestion?: string;
}

export type DocumentNumberResult =
  | { ok: true; value: DocumentNumber }
  | { ok: false; error: DocumentNumberProblem };

const STRICT_RE = /^(\p{Script=Han}[\p{Script=Han}A-Za-z]*)〔(\d{4})〕([1-9]\d*)([号號])$/u;
const OPEN = '[【(（［〔{｛〈<⟦';
const CLOSE = ']】)）］〕}｝〉>⟧';
const LENIENT_RE = new RegExp(
  `^([^\\d${escapeClass(OPEN + CLOSE)}]+?)\\s*([${escapeClass(OPEN)}]?)\\s*(\\d{2,4})\\s*([${escapeClass(CLOSE)}]?)\\s*(第?)\\s*(\\d+)\\s*([号號]?)$`,
  'u',
);

function escapeClass(chars: string): string {
  return chars.replace(/[\]\\^[-]/g, '\\$&');
}

function toAsciiDigits(text: string): string {
  return text.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/**
 * Completes a two-digit year with the century that puts it nearest to (and not after) the reference year:
 * 〔17〕 in a 2018 document is 2017, 〔98〕 is 1998, never a year in the future.
 */
function completeYear(twoDigits: number, reference: number): number {
  const candidate = Math.floor(reference / 100) * 100 + twoDigits;
  return candidate > reference ? candidate - 100 : candidate;
}

/**
 * Formats the parts as the standard writes them.
 * @example formatDocumentNumber({ agencyCode: '民办发', year: 2018, serial: 7 }) // '民办发〔2018〕7号'
 */
export function formatDocumentNumber(n: DocumentNumber): string {
  return `${n.agencyCode}〔${n.year}〕${n.serial}${n.hao ?? '号'}`;
}

/**
 * Parses a 发文字号. A malformed one comes back with what is wrong and the corrected form.
 * @param expectedYear the 成文日期 year, used to complete a two-digit year in the suggestion
 * @example parseDocumentNumber('民办发〔2018〕7号') // { ok: true, value: { agencyCode: '民办发', year: 2018, serial: 7 } }
 * @example parseDocumentNumber('民办发[2018]07号') // { ok: false, error: { suggestion: '民办发〔2018〕7号', … } }
 */
export function parseDocumentNumber(input: string, expectedYear?: number): DocumentNumberResult {
  const text = input.trim();
  const strict = STRICT_RE.exec(text);
  if (strict) {
    const [, agencyCode = '', year = '', serial = '', hao] = strict;
    const value: DocumentNumber = { agencyCode, year: Number(year), serial: Number(serial) };
    if (hao === '號') value.hao = hao;
    return { ok: true, value };
  }

  const problems: string[] = [];
  const compact = toAsciiDigits(text).replace(/\s+/g, '');
  if (compact !== text) problems.push('不要有空格或全角数字');
  const m = LENIENT_RE.exec(compact);
  if (!m) {
    return {
      ok: false,
      error: { problems: ['无法识别；发文字号由 机关代字〔年份〕序号号 组成，如 民办发〔2018〕7号'] },
    };
  }
  const [, agencyCode = '', open = '', yearText = '', close = '', di = '', serialText = '', hao = ''] = m;
  if (open !== '〔' || close !== '〕') {
    problems.push(`年份应使用六角括号〔〕，不用 ${open || '（无）'}${close}`);
  }
  let year = Number(yearText);
  if (yearText.length !== 4) {
    problems.push('年份应写全四位，如 2018');
    year = completeYear(year % 100, expectedYear ?? new Date().getFullYear());
  }
  if (di) problems.push('序号前不加“第”');
  const serial = Number(serialText);
  if (/^0/.test(serialText) && serial > 0) problems.push('序号不编虚位，不加前导 0（写 7，不写 07）');
  if (!hao) problems.push('结尾应有“号”');
  if (!/^\p{Script=Han}[\p{Script=Han}A-Za-z]*$/u.test(agencyCode)) problems.push('机关代字应为汉字，如 民办发');
  if (serial === 0) {
    problems.push('序号从 1 开始');
    return { ok: false, error: { problems } };
  }
  if (problems.length === 0) problems.push('不符合 GB/T 9704-2012 格式');
  const traditional = hao === '號' || /[發辦號]/.test(agencyCode);
  return { ok: false, error: { problems, suggestion: formatDocumentNumber({ agencyCode, year, serial, hao: traditional ? '號' : '号' }) } };
}

/**
 * The normal form of a 发文字号, also when it is written against the standard but understood (the form the
 * standard would write): the one comparison key for duplicates, citations and imports. `undefined` when it is
 * not a 发文字号 at all.
 * @example normalizeDocumentNumber('民办发[2018]第07号') // '民办发〔2018〕7号'
 */
export function normalizeDocumentNumber(input: string, expectedYear?: number): string | undefined {
  const parsed = parseDocumentNumber(input, expectedYear);
  if (parsed.ok) return formatDocumentNumber(parsed.value);
  const again = parsed.error.suggestion ? parseDocumentNumber(parsed.error.suggestion) : undefined;
  return again?.ok ? formatDocumentNumber(again.value) : undefined;
}
