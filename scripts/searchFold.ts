/**
 * Generates `src/lib/search/data/fold.json`, the character fold that lets one search index serve the Simplified
 * and the Traditional site: 發布 and 发布, 民辦發〔2018〕7號 and 民办发〔2018〕7号 fold to the same string.
 *
 * The table is derived from the dictionaries of the pinned opencc-js, the same ones the build converts pages
 * with, so that whatever opencc-js turns a character into, in any phrase, folds to the same character:
 * 1. every (from, to) pair of every dictionary the conversions `cn → tw`, `cn → hk`, `cn → t` and back use
 *    (character tables, and phrase tables aligned character by character: 头发 → 頭髮 links 发 and 髮) is
 *    merged into one class with union–find;
 * 2. each class is represented by its Simplified form (the character the Traditional members convert to);
 * 3. only characters whose representative differs from themselves are written.
 * Over-merging (乾 with 干, because 干净 → 乾淨) is the accepted price: a query finds a little more, never less.
 * CJK compatibility ideographs (U+F900…, U+2F800…) are not in the table: opencc-js normalizes them to their
 * NFC form before converting, and `fold.ts` does the same in code rather than shipping 1,000 pairs.
 *
 * Re-run from the repository root whenever opencc-js is upgraded, and commit the result:
 *   node scripts/searchFold.ts          writes the table and prints its size and largest classes
 *   node scripts/searchFold.ts --check  exits 1 when the table on disk is out of date (the unit test does the same)
 * An upgrade that adds a dictionary to one of those conversions makes this script fail until the list below
 * names it: a dictionary left out would make the fold disagree with the pages.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { configs } from 'opencc-js/preset';
import type { DictLike } from 'opencc-js/core';

/** Where the generated table lives, relative to the repository root. */
export const FOLD_TABLE_PATH = 'src/lib/search/data/fold.json';

/** The fold as shipped: `from[i]` folds to `to[i]`, counted in code points (astral characters occur). */
export interface FoldTable {
  from: string;
  to: string;
}

export interface FoldDerivation {
  table: FoldTable;
  /** Every class of two or more characters, representative first, largest classes first. */
  classes: string[][];
}

/**
 * The dictionaries the fold is built from: everything the conversions Gongkai runs (`s2tw`, `s2hk`, `s2t`,
 * `tw2s`, `hk2s`, `t2s`) loads. Not included, on purpose: TWPhrases/HKPhrases and their reverses replace
 * vocabulary (软件 → 軟體, not a script difference; only `twp`/`hkp`, which Gongkai does not offer, use them),
 * and the Japanese Shinjitai tables.
 */
export const DICTIONARIES = [
  'STCharacters',
  'TSCharacters',
  'TWVariants',
  'TWVariantsRev',
  'HKVariants',
  'HKVariantsRev',
  'STPhrases',
  'STPhrases_GeneratedFromRegionalPhrases',
  'TSPhrases',
  'TWVariantsPhrases',
  'TWVariantsRevPhrases',
  'HKVariantsPhrases',
  'HKVariantsRevPhrases',
] as const;
type DictionaryName = (typeof DICTIONARIES)[number];

/** The opencc-js conversions whose output the fold must agree with. */
const CONVERSIONS = ['s2tw', 's2hk', 's2t', 'tw2s', 'hk2s', 't2s'];

function isCompatibilityIdeograph(cp: number): boolean {
  return (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0x2f800 && cp <= 0x2fa1f);
}

function entriesOf(dict: DictLike): readonly (readonly string[])[] {
  return typeof dict === 'string' ? dict.split('|').map((line) => line.split(' ')) : dict;
}

async function loadDictionaries(): Promise<Map<DictionaryName, readonly (readonly string[])[]>> {
  const loaded = new Map<DictionaryName, readonly (readonly string[])[]>();
  const sources = new Set<DictLike>();
  for (const name of DICTIONARIES) {
    // A computed specifier: opencc-js ships no type declarations for its single dictionaries.
    const specifier = `opencc-js/dict/${name}`;
    const dict = ((await import(specifier)) as { default: DictLike }).default;
    sources.add(dict);
    loaded.set(name, entriesOf(dict));
  }
  // Guard against an upgrade that adds a dictionary to a conversion: the fold would silently miss its pairs.
  for (const conversion of CONVERSIONS) {
    const config = configs[conversion];
    if (!config) throw new Error(`opencc-js has no ${conversion} conversion any more; update scripts/searchFold.ts`);
    for (const group of config.conversionChain) {
      for (const dict of group) {
        if (!sources.has(dict)) {
          const sample = entriesOf(dict).slice(0, 3).map((e) => e.join('→')).join(', ');
          throw new Error(`opencc-js ${conversion} uses a dictionary scripts/searchFold.ts does not read (${sample} …); add it to DICTIONARIES`);
        }
      }
    }
  }
  return loaded;
}

/**
 * Derives the fold table from the installed opencc-js, without writing anything.
 * @example
 * const { table } = await deriveFold();
 * // table.from contains 發 and 髮 where table.to has 发 for both
 */
export async function deriveFold(): Promise<FoldDerivation> {
  const dicts = await loadDictionaries();
  const parent = new Map<string, string>();
  const find = (ch: string): string => {
    let root = ch;
    for (let up = parent.get(root); up !== undefined && up !== root; up = parent.get(root)) root = up;
    for (let at = ch; at !== root; ) {
      const next = parent.get(at) ?? root;
      parent.set(at, root);
      at = next;
    }
    return root;
  };
  const union = (a: string, b: string) => {
    if (!parent.has(a)) parent.set(a, a);
    if (!parent.has(b)) parent.set(b, b);
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(rb, ra);
  };

  for (const [name, entries] of dicts) {
    for (const [source, target] of entries) {
      const from = [...(source ?? '')];
      const to = [...(target ?? '')];
      // Entries of different length cannot be aligned; none exist in these dictionaries, and a new one would
      // need a look before the fold can promise anything about it.
      if (from.length !== to.length || from.length === 0) {
        throw new Error(`${name}: ${source} → ${target} does not align character by character`);
      }
      from.forEach((ch, i) => {
        const other = to[i] ?? ch;
        if (isCompatibilityIdeograph(ch.codePointAt(0) ?? 0) || isCompatibilityIdeograph(other.codePointAt(0) ?? 0)) {
          throw new Error(`${name}: ${source} → ${target} contains a CJK compatibility ideograph; fold.ts only NFC-normalizes those`);
        }
        if (ch !== other) union(ch, other);
      });
    }
  }

  // The representative is the Simplified form: a character TSCharacters converts to something else is never
  // chosen. Among the rest, a character of the main CJK block wins over Extension A and the astral planes (彩,
  // not 䌽; 穗, not 𰬸: the common character, which readers' fonts have), then the one the Traditional members
  // convert to in TSCharacters and that STCharacters converts from (发 for 發 and 髮), then code-point order.
  const simplifiedOf = new Map((dicts.get('TSCharacters') ?? []).map(([t = '', s = '']) => [t, s]));
  const hasTraditional = new Set((dicts.get('STCharacters') ?? []).map(([s = '']) => s));
  const rank = (ch: string, members: string[]): number => {
    const simplified = simplifiedOf.get(ch);
    if (simplified !== undefined && simplified !== ch) return -1;
    const cp = ch.codePointAt(0) ?? 0;
    let votes = hasTraditional.has(ch) ? 1 : 0;
    for (const member of members) if (member !== ch && simplifiedOf.get(member) === ch) votes += 1;
    const block = cp >= 0x4e00 && cp <= 0x9fff ? 2 : cp <= 0xffff ? 1 : 0;
    return block * 1000 + votes;
  };

  const members = new Map<string, string[]>();
  for (const ch of parent.keys()) {
    const root = find(ch);
    const list = members.get(root) ?? [];
    list.push(ch);
    members.set(root, list);
  }
  const byCodePoint = (a: string, b: string) => (a.codePointAt(0) ?? 0) - (b.codePointAt(0) ?? 0);
  const classes: string[][] = [];
  const pairs: [string, string][] = [];
  for (const list of members.values()) {
    list.sort(byCodePoint);
    const ranked = list.map((ch) => ({ ch, rank: rank(ch, list) }));
    // Stable sort: equal ranks keep code-point order, so the result does not depend on dictionary order.
    ranked.sort((a, b) => b.rank - a.rank);
    const representative = ranked[0]?.ch ?? '';
    classes.push([representative, ...list.filter((ch) => ch !== representative)]);
    for (const ch of list) if (ch !== representative) pairs.push([ch, representative]);
  }
  classes.sort((a, b) => b.length - a.length || byCodePoint(a[0] ?? '', b[0] ?? ''));
  // Grouped by representative (发髮 next to 发發): gzip finds more repeats than in Traditional code-point order.
  pairs.sort((a, b) => byCodePoint(a[1], b[1]) || byCodePoint(a[0], b[0]));
  return { table: { from: pairs.map((p) => p[0]).join(''), to: pairs.map((p) => p[1]).join('') }, classes };
}

/** The table as written to disk: compact JSON on one line (it ships to browsers); the script's report is the readable view. */
export function serializeFold(table: FoldTable): string {
  return `${JSON.stringify({ from: table.from, to: table.to })}\n`;
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { check: { type: 'boolean', default: false } } });
  const { table, classes } = await deriveFold();
  const text = serializeFold(table);
  const file = path.resolve(FOLD_TABLE_PATH);
  if (values.check) {
    const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
    if (current !== text) {
      process.stderr.write(`${FOLD_TABLE_PATH} is out of date with opencc-js; run node scripts/searchFold.ts\n`);
      process.exit(1);
    }
    process.stdout.write(`${FOLD_TABLE_PATH} is up to date\n`);
  } else {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
    const pairs = [...table.from].length;
    const bytes = Buffer.byteLength(text);
    const gzip = gzipSync(text, { level: 9 }).length;
    const largest = classes.slice(0, 12).map((c) => `${c[0]}←${c.slice(1).join('')}`);
    process.stdout.write(
      `wrote ${FOLD_TABLE_PATH}: ${pairs} pairs in ${classes.length} classes, ${bytes} bytes, ${gzip} bytes gzip\n` +
        `largest classes (representative←members): ${largest.join(' ')}\n`,
    );
  }
}
