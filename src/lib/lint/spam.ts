/**
 * Spam words and how much of a text they make up: what intruders inject into government pages (gambling,
 * counterfeit invoices and documents, sex services, private loans). The words, their weights and both scripts'
 * forms are in data/spamWords.json.
 *
 * One word never makes a text spam: 澳门 in a story about Macao, 彩票 in a welfare-lottery notice, 发票 in a tax
 * notice are ordinary words. A dense run of them is spam: the first line an intruder adds to a page, a title
 * stuffed with keywords. Text is compared after normalization (full-width letters, invisible characters,
 * spaces and punctuation do not hide a word) and a Traditional-to-Simplified fold (either script, any variant).
 */
import spamWords from './data/spamWords.json' with { type: 'json' };
import { foldText } from '../search/fold.ts';
import { compactLength, matchingForms } from './text.ts';

interface Entry {
  /** The word as reported: its Simplified form. */
  word: string;
  weight: number;
}

/** An entry under one of its written forms (Simplified, Traditional, folded Traditional). */
interface Form extends Entry {
  form: string;
}

/** A run of spam words at least this heavy, and this dense, is spam. */
export const SPAM_SCORE = 5;
export const SPAM_COVERAGE = 0.4;
/** Words further apart than this (in compact characters) belong to different runs. */
const RUN_GAP = 10;
/** Text that reports on the crime (打击赌博) counts half: such notices name the words on purpose. */
const ENFORCEMENT = /打击|查处|取缔|整治|防范|警惕|谨防|举报|破获|严禁|禁止|抵制|远离|严惩|侦破|捣毁|违法|犯罪|非法|诈骗|揭露|揭穿|曝光|提醒|不得|依法|骗局|陷阱|警方|公安|案件|涉嫌|团伙|受害|上当|切勿|风险提示/;

const byFirst = new Map<string, Form[]>();
for (const w of spamWords.words) {
  for (const form of new Set([w['zh-Hans'], w['zh-Hant'], foldText(w['zh-Hant'])])) {
    const key = form[0] ?? '';
    byFirst.set(key, [...(byFirst.get(key) ?? []), { word: w['zh-Hans'], weight: w.weight, form }]);
  }
}
for (const list of byFirst.values()) list.sort((a, b) => b.form.length - a.form.length);
const LATIN = new Map(spamWords.latin.map((l) => [l.word, l.weight]));
const LATIN_RE = new RegExp(`(?<![a-z])(${spamWords.latin.map((l) => l.word).join('|')})(?![a-z])`, 'g');

interface Hit {
  start: number;
  end: number;
  entry: Entry;
}

function findHits(text: string): { hits: Hit[]; folded: string } {
  const { normalized, compact } = matchingForms(text);
  const folded = foldText(compact);
  const hits: Hit[] = [];
  for (let i = 0; i < folded.length; i++) {
    const ch = folded[i] ?? '';
    let hit = byFirst.get(ch)?.find((e) => folded.startsWith(e.form, i));
    if (!hit && compact[i] !== ch) hit = byFirst.get(compact[i] ?? '')?.find((e) => compact.startsWith(e.form, i));
    if (hit) {
      hits.push({ start: i, end: i + hit.form.length, entry: hit });
      i += hit.form.length - 1;
    }
  }
  // Latin words need their word boundaries, which the compact text has lost: find them in the normalized text.
  if (/[a-z]/.test(normalized)) {
    for (const m of normalized.replace(/[^a-z0-9]/g, ' ').matchAll(LATIN_RE)) {
      const word = m[1] ?? '';
      const start = compactLength(normalized.slice(0, m.index));
      hits.push({ start, end: start + word.length, entry: { word, weight: LATIN.get(word) ?? 1 } });
    }
    hits.sort((a, b) => a.start - b.start);
  }
  return { hits, folded };
}

/**
 * The spam words in a text that are spam words on their own (weight 2 and 3: 博彩, 代开发票, 真人荷官), however
 * spaced, widened, broken up with invisible characters or written in Traditional. For places where any such
 * word is suspicious: a hidden element, an HTML comment, a link to another site.
 * @example spamWordsIn('真人\u200b荷官 在线') // ['真人荷官']
 */
export function spamWordsIn(text: string): string[] {
  return [...new Set(findHits(text).hits.filter((h) => h.entry.weight >= 2).map((h) => h.entry.word))];
}

export interface SpamVerdict {
  /** The weight of the heaviest run of spam words (halved in text that reports on the crime). */
  score: number;
  /** Every spam word found, once each, in Simplified. */
  words: string[];
  /** Whether a run of spam words is heavy and dense enough to be injected spam. */
  spam: boolean;
}

/**
 * Weighs the spam words of one text (a title, a paragraph, an alt text, a comment).
 * @example spamScore('澳门葡京 真人荷官 在线博彩 代开发票').spam // true
 * @example spamScore('澳门特别行政区政府与我市签署养老服务合作协议').spam // false: one ordinary word
 * @example spamScore('严厉打击网络赌博、虚开发票和代开发票等违法犯罪').spam // false: reports on the crime
 */
export function spamScore(text: string): SpamVerdict {
  const { hits, folded } = findHits(text);
  if (hits.length === 0) return { score: 0, words: [], spam: false };
  const factor = ENFORCEMENT.test(folded) ? 0.5 : 1;
  let best = 0;
  let spam = false;
  const runs: Hit[][] = [];
  for (const hit of hits) {
    const run = runs.at(-1);
    const last = run?.at(-1);
    if (run && last && hit.start - last.end <= RUN_GAP) run.push(hit);
    else runs.push([hit]);
  }
  for (const run of runs) {
    const counted = new Map<string, number>();
    let score = 0;
    let covered = 0;
    for (const hit of run) {
      // A spam word counts at most twice (repeating one is stuffing, but weighs no more than two), an ordinary
      // word once: a tax notice says 发票 many times.
      const n = counted.get(hit.entry.word) ?? 0;
      if (n >= (hit.entry.weight >= 2 ? 2 : 1)) continue;
      counted.set(hit.entry.word, n + 1);
      score += hit.entry.weight;
      covered += hit.end - hit.start;
    }
    const span = (run.at(-1)?.end ?? 0) - (run[0]?.start ?? 0);
    const weighed = score * factor;
    best = Math.max(best, weighed);
    if (weighed >= SPAM_SCORE && (counted.size >= 2 || run.length >= 3) && covered / span >= SPAM_COVERAGE) spam = true;
  }
  return { score: best, words: [...new Set(hits.map((h) => h.entry.word))], spam };
}
