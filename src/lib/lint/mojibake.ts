/**
 * Text garbled by a wrong encoding, found by reading it back. Each kind leaves its own pattern:
 * - a character lost on the way: U+FFFD, or `?` / `??` where a Chinese character was (GBK text saved as
 *   ASCII, or GBK read as UTF-8);
 * - the classic 锟斤拷 (U+FFFD written as UTF-8 and read as GBK), 烫烫烫 and 屯屯屯 (uninitialised memory);
 * - UTF-8 read as Latin-1 or Windows-1252: 民政 → `æ°‘æ”¿`. Found by writing the text back as CP1252 bytes and
 *   reading them as UTF-8: the result is Chinese;
 * - UTF-8 read as GBK: 民政部门 → `姘戞斂閮ㄩ棬`. Found the same way: as GBK bytes read as UTF-8 the run is common
 *   Chinese, where the run itself is mostly rare characters.
 * Base64, URLs and code do not look like any of these: they are ASCII.
 */

export interface Garble {
  /** Offset in the text (UTF-16). */
  index: number;
  /** The garbled stretch as written. */
  found: string;
  /** The text it was, when it can be read back. */
  repaired?: string | undefined;
  /** `lost`: characters are gone; `latin1`: UTF-8 read as Latin-1/CP1252; `gbk`: UTF-8 read as GBK. */
  kind: 'lost' | 'latin1' | 'gbk';
  /** A single `?` between Chinese characters may be a typing slip: a warning, not an error. */
  certain: boolean;
}

const HAN = '\\u3400-\\u9fff';
/** Characters a question ends with: after them a half-width `?` is a question mark typed in the wrong width. */
const QUESTION_END = '吗呢么吧啊嘛呀否谁哪几何';
const LOST = new RegExp(`\uFFFD+|锟斤拷|烫烫烫|屯屯屯|(?<=[${HAN}])\\?{2,}|\\?{2,}(?=[${HAN}])|(?<=[${HAN}](?<![${QUESTION_END}]))\\?(?=[${HAN}])`, 'g');

/** Windows-1252's characters for bytes 0x80–0x9F (where Latin-1 has control characters). */
const CP1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
/** A run that UTF-8 read as CP1252 leaves: a lead byte (à–ï for Chinese) and its continuation bytes. */
const LATIN1_RUN = new RegExp(`(?:[\\u00e0-\\u00ef][\\u0080-\\u00bf${CP1252.slice(0, 32)}]{2})+`, 'g');

function cp1252Bytes(text: string): Uint8Array | undefined {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const special = CP1252.indexOf(text[i] ?? '');
    if (special >= 0) bytes[i] = 0x80 + special;
    else if (code <= 0xff) bytes[i] = code;
    else return undefined;
  }
  return bytes;
}

let gbkTable: Map<string, number> | undefined;

/** The GBK bytes of a text, or `undefined` when a character has none. */
function gbkBytes(text: string): Uint8Array | undefined {
  if (!gbkTable) {
    gbkTable = new Map();
    const decoder = new TextDecoder('gbk');
    for (let lead = 0x81; lead <= 0xfe; lead++) {
      for (let trail = 0x40; trail <= 0xfe; trail++) {
        if (trail === 0x7f) continue;
        const ch = decoder.decode(new Uint8Array([lead, trail]));
        if (ch.length === 1 && ch !== '\uFFFD' && !gbkTable.has(ch)) gbkTable.set(ch, (lead << 8) | trail);
      }
    }
  }
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code < 0x80) {
      out.push(code);
      continue;
    }
    const pair = gbkTable.get(ch);
    if (pair === undefined) return undefined;
    out.push(pair >> 8, pair & 0xff);
  }
  return Uint8Array.from(out);
}

let common: Uint8Array | undefined;

/** GB2312's first level: the 3,755 most common characters (GBK bytes B0A1–D7F9). */
function isCommon(ch: string): boolean {
  if (!common) {
    gbkBytes('');
    common = new Uint8Array(0x10000);
    for (const [c, pair] of gbkTable ?? []) if (pair >> 8 >= 0xb0 && pair >> 8 <= 0xd7 && (pair & 0xff) >= 0xa1) common[c.charCodeAt(0)] = 1;
  }
  return ch.length === 1 && common[ch.charCodeAt(0)] === 1;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const HAN_RE = new RegExp(`[${HAN}]`, 'g');

/**
 * Garbled stretches in a text, in order.
 * @example findGarbles('æ°‘æ”¿å±€')[0] // { kind: 'latin1', found: 'æ°‘æ”¿å±€', repaired: '民政局', … }
 * @example findGarbles('社会?助')[0].certain // false: one `?` may be a typing slip
 */
export function findGarbles(text: string): Garble[] {
  const found: Garble[] = [];
  for (const m of text.matchAll(LOST)) {
    found.push({ index: m.index, found: m[0], kind: 'lost', certain: m[0] !== '?' });
  }
  if (/[\u00e0-\u00ef]/.test(text)) {
    for (const m of text.matchAll(LATIN1_RUN)) {
      const bytes = cp1252Bytes(m[0]);
      let repaired: string | undefined;
      try {
        repaired = bytes ? utf8.decode(bytes) : undefined;
      } catch {
        repaired = undefined;
      }
      if (repaired && (repaired.match(HAN_RE)?.length ?? 0) >= 1) found.push({ index: m.index, found: m[0], repaired, kind: 'latin1', certain: true });
    }
  }
  // UTF-8 read as GBK: stretches of rare characters (kana, bopomofo and symbols mixed in), a common one
  // allowed between two rare ones, that read back as common Chinese.
  for (const m of text.matchAll(/[^\x00-\x7f\s，。、；：！？（）《》“”‘’]{3,}/g)) {
    const run = m[0];
    for (let i = 0; i < run.length; ) {
      if (isCommon(run[i] ?? '')) {
        i += 1;
        continue;
      }
      let end = i + 1;
      while (end < run.length && (!isCommon(run[end] ?? '') || (end + 1 < run.length && !isCommon(run[end + 1] ?? '')))) end += 1;
      if (end - i >= 3) {
        const stretch = run.slice(i, end);
        const bytes = gbkBytes(stretch);
        const decoded = bytes ? new TextDecoder('utf-8').decode(bytes) : '';
        const back = decoded.match(HAN_RE) ?? [];
        const lost = decoded.match(/\uFFFD/g)?.length ?? 0;
        if (back.length >= 2 && lost <= 2 && back.filter(isCommon).length / back.length >= 0.8) {
          found.push({ index: m.index + i, found: stretch, repaired: decoded.replace(/\uFFFD/g, '□'), kind: 'gbk', certain: true });
        }
      }
      i = end;
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/** The editor's message for a garbled stretch. */
export function garbleMessage(g: Garble): string {
  if (g.kind === 'latin1') return `有乱码 "${g.found.slice(0, 24)}"：UTF-8 文字被当作 Latin-1/Windows-1252 读取，原文应为 "${g.repaired}"`;
  if (g.kind === 'gbk') return `有乱码 "${g.found.slice(0, 24)}"：UTF-8 文字被当作 GBK 读取，原文可能是 "${g.repaired}"`;
  if (!g.certain) return `汉字之间有一个半角问号 "?"：多半是编码转换时丢失的字；如果是问句，请用全角问号 "？"`;
  return `有乱码 "${g.found}"；多半是文件编码不对（应为 UTF-8），字已丢失。请从原稿重新复制这段文字`;
}
