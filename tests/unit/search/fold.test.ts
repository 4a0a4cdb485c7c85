import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { deriveFold, DICTIONARIES, FOLD_TABLE_PATH, serializeFold } from '../../../scripts/searchFold.ts';
import table from '../../../src/lib/search/data/fold.json' with { type: 'json' };
import { foldChar, foldText } from '../../../src/lib/search/fold.ts';
import { readYaml } from '../../../src/lib/yaml.ts';

/** The conversions the site runs (`cn ↔ tw`, `cn ↔ hk`), and the plain `cn ↔ t` underneath them. */
const conversions = {
  'cn→tw': OpenCC.Converter({ from: 'cn', to: 'tw' }),
  'cn→hk': OpenCC.Converter({ from: 'cn', to: 'hk' }),
  'cn→t': OpenCC.Converter({ from: 'cn', to: 't' }),
  'tw→cn': OpenCC.Converter({ from: 'tw', to: 'cn' }),
  'hk→cn': OpenCC.Converter({ from: 'hk', to: 'cn' }),
  't→cn': OpenCC.Converter({ from: 't', to: 'cn' }),
};

function codePoint(ch: string): string {
  return `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase()}`;
}

/**
 * Where two texts that should fold alike do not: the first few differing characters with their context, or
 * `undefined`. The fold keeps the number of code points, and so do these conversions, so positions align.
 */
function foldMismatch(original: string, converted: string): string | undefined {
  const a = [...original];
  const b = [...converted];
  if (a.length !== b.length) return `the conversion changed the length (${a.length} → ${b.length} code points)`;
  const found: string[] = [];
  for (let i = 0; i < a.length && found.length < 5; i++) {
    const x = a[i] ?? '';
    const y = b[i] ?? '';
    if (foldChar(x) !== foldChar(y)) {
      const context = a.slice(Math.max(0, i - 4), i + 5).join('');
      found.push(`${x} ${codePoint(x)} → ${y} ${codePoint(y)} folds to ${foldChar(x)} ≠ ${foldChar(y)} in “${context}”`);
    }
  }
  return found.length > 0 ? found.join('\n') : undefined;
}

function markdownUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.mdx?$/.test(file))
    .map((file) => path.join(dir, file))
    .sort();
}

const texts: [string, string][] = [
  ...['content', 'tests/fixtures/site/content', 'tests/fixtures/site-hant/content']
    .flatMap(markdownUnder)
    .map((file): [string, string] => [file, fs.readFileSync(file, 'utf8')]),
  ...(readYaml(fs.readFileSync('tests/fixtures/conversion/corpus.yaml', 'utf8')).data as { id: string; hans: string; hant: string }[]).flatMap(
    (item): [string, string][] => [
      [`corpus ${item.id} (hans)`, item.hans],
      [`corpus ${item.id} (hant)`, item.hant],
    ],
  ),
];

describe('the fold table', () => {
  const from = [...table.from];
  const to = [...table.to];

  it('pairs characters one to one', () => {
    expect(to.length).toBe(from.length);
    expect(new Set(from).size).toBe(from.length);
  });

  it('is idempotent: a folded character folds to itself', () => {
    const unstable = [...from, ...to].filter((ch) => foldChar(foldChar(ch)) !== foldChar(ch));
    expect(unstable.join('')).toBe('');
  });

  it('is what scripts/searchFold.ts derives from the installed opencc-js (re-run it after an upgrade)', async () => {
    const { table: derived } = await deriveFold();
    expect(fs.readFileSync(FOLD_TABLE_PATH, 'utf8')).toBe(serializeFold(derived));
  });

  it('stays under 20 kB gzip: it is shipped to the browser with the search page', () => {
    expect(gzipSync(fs.readFileSync(FOLD_TABLE_PATH), { level: 9 }).length).toBeLessThan(20_000);
  });

  it('merges no more than six characters into one class', async () => {
    const { classes } = await deriveFold();
    expect(classes.filter((c) => c.length > 6).map((c) => c.join(''))).toEqual([]);
  });
});

describe('foldChar', () => {
  it.each([
    ['发', '發髮'],
    ['干', '幹乾'],
    ['号', '號'],
    ['于', '於'],
    ['里', '裡裏'],
    ['台', '臺颱'],
    ['后', '後'],
    ['着', '著'],
    ['面', '麵'],
    ['范', '範'],
    ['系', '係繫'],
  ])('folds %s and %s alike, to the Simplified form', (simplified, traditional) => {
    for (const ch of [simplified, ...traditional]) expect(foldChar(ch), ch).toBe(simplified);
  });

  it.each([
    ['分', '份'],
    ['己', '已'],
    ['未', '末'],
    ['人', '入'],
    ['的', '得'],
  ])('keeps different characters %s and %s apart', (a, b) => {
    expect(foldChar(a)).not.toBe(foldChar(b));
  });

  it('counts astral characters as one and folds them', () => {
    expect(foldChar('𫔀')).toBe('炼');
    expect(foldText('x𫔀y髮')).toBe('x炼y发');
  });

  it('folds a CJK compatibility ideograph as its unified character, as opencc-js does', () => {
    expect(foldChar('\uf900')).toBe('岂');
    expect(foldText('豈\uf900')).toBe('岂岂');
  });

  it('folds a longer string as text', () => {
    expect(foldChar('發布')).toBe('发布');
  });
});

describe('foldText', () => {
  it('folds a document number and leaves digits and brackets alone', () => {
    expect(foldText('民辦發〔2018〕7號')).toBe('民办发〔2018〕7号');
    expect(foldText('民辦發〔2018〕7號')).toBe(foldText('民办发〔2018〕7号'));
  });

  it('returns text without Han characters unchanged', () => {
    expect(foldText('Gongkai 2025 — ok')).toBe('Gongkai 2025 — ok');
    expect(foldText('')).toBe('');
  });
});

describe('agreement with opencc-js', () => {
  // Each text through each conversion, whichever script it is written in: the fold must not care which way
  // the site converted a page.
  it.each(texts)('%s folds alike in every conversion', (_name, text) => {
    const folded = foldText(text);
    for (const [conversion, convert] of Object.entries(conversions)) {
      const converted = convert(text);
      if (foldText(converted) !== folded) expect.fail(`${conversion}:\n${foldMismatch(text, converted)}`);
    }
  });

  it('every entry of the opencc-js dictionaries folds alike in every conversion', async () => {
    const names = ['CJK_Compatibility_Ideographs', ...DICTIONARIES];
    const entries: string[] = [];
    for (const name of names) {
      const specifier = `opencc-js/dict/${name}`;
      const dict = ((await import(specifier)) as { default: string }).default;
      for (const entry of dict.split('|')) entries.push(...entry.split(' '));
    }
    // One line per side of each entry: a line break stops opencc-js from matching a phrase across two lines.
    const text = entries.join('\n');
    const folded = foldText(text);
    for (const [conversion, convert] of Object.entries(conversions)) {
      const converted = convert(text);
      if (foldText(converted) !== folded) expect.fail(`${conversion}:\n${foldMismatch(text, converted)}`);
    }
  });
});
