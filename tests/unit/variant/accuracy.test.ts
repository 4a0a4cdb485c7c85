/**
 * The accuracy suite set by set (src/lib/variant/accuracy.ts ACCURACY_SETS): Gongkai is never worse than stock
 * opencc-js on any sentence, in either direction; the boundary, segmentation and Hong Kong sets come out right;
 * every glossary entry has its sentences.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSite } from '../../../src/lib/site.ts';
import { ACCURACY_SETS, compareOnSet, type CorpusItem } from '../../../src/lib/variant/accuracy.ts';
import { createConverter, createStockConverter } from '../../../src/lib/variant/converter.ts';
import { readYaml } from '../../../src/lib/yaml.ts';

const glossary = loadSite(path.resolve('content')).glossary;
const converters = {
  tw: { stock: createStockConverter('tw'), gongkai: createConverter({ region: 'tw', glossary }) },
  hk: { stock: createStockConverter('hk'), gongkai: createConverter({ region: 'hk', glossary }) },
};
const sets = ACCURACY_SETS.map((set) => ({ ...set, items: readYaml(fs.readFileSync(set.file, 'utf8')).data as CorpusItem[] }));

describe.each(sets.map((s) => [s.name, s] as const))('the %s set', (name, set) => {
  it('is well formed: unique ids, equal length in both scripts', () => {
    expect(set.items.length).toBeGreaterThanOrEqual(30);
    expect(new Set(set.items.map((i) => i.id)).size).toBe(set.items.length);
    for (const item of set.items) expect([...item.hant].length, item.id).toBe([...item.hans].length);
  });

  it.each(['zh-Hant', 'zh-Hans'] as const)('Gongkai is never worse than stock opencc-js (to %s)', (to) => {
    const { stock, gongkai } = converters[set.region];
    expect(compareOnSet(stock, gongkai, set.items, to).worse).toEqual([]);
  });

  if (name !== 'corpus') {
    it('comes out right, every sentence, where stock gets many wrong', () => {
      const { stock, gongkai } = converters[set.region];
      const result = compareOnSet(stock, gongkai, set.items, 'zh-Hant');
      expect(result.misses).toEqual([]);
      expect(result.stock).toBeGreaterThan(10);
    });
  } else {
    it('Gongkai gets at most a handful of characters wrong, stock many', () => {
      const result = compareOnSet(converters.tw.stock, converters.tw.gongkai, set.items, 'zh-Hant');
      expect(result.gongkai).toBeLessThan(result.stock / 4);
    });
  }
});

describe('the glossary', () => {
  it('has its sentences: each entry in the corpus or its region’s set, and each two-character Taiwan entry across a word boundary', () => {
    const text = (names: string[]) => sets.filter((s) => names.includes(s.name)).flatMap((s) => s.items.map((i) => i.hans)).join('\n');
    const tw = text(['corpus', 'boundary', 'segmentation']);
    const hk = text(['hk']);
    const boundary = sets.find((s) => s.name === 'boundary')?.items ?? [];
    for (const entry of glossary) {
      expect(entry.region === 'hk' ? hk : tw, entry.hans).toContain(entry.hans);
      if (entry.region !== 'hk' && [...entry.hans].length === 2) {
        // A sentence where the entry's characters meet across words and it must not apply.
        expect(boundary.some((i) => i.hans.includes(entry.hans) && !i.note?.startsWith('对照')), entry.hans).toBe(true);
      }
    }
  });

  it('an hk site gets Hong Kong’s entries and not Taiwan’s', () => {
    expect(converters.hk.gongkai.convert('税务局发言人说，身份证和五年计划', 'zh-Hans', 'zh-Hant')).toBe('稅務局發言人說，身份證和五年計劃');
    expect(converters.tw.gongkai.convert('税务局发言人说，身份证和五年计划', 'zh-Hans', 'zh-Hant')).toBe('稅務局發言人說，身分證和五年計畫');
  });
});
