/**
 * `npm run accuracy`: wrong-character counts of the conversion accuracy suite, for stock opencc-js and for
 * Gongkai (site glossary applied), in both directions.
 *
 * Usage: node scripts/accuracy.ts [--corpus tests/fixtures/conversion/corpus.yaml] [--verbose]
 */
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { readYaml } from '../src/lib/yaml.ts';
import { loadSite } from '../src/lib/site.ts';
import { measure, type CorpusItem } from '../src/lib/variant/accuracy.ts';
import { createConverter, createStockConverter } from '../src/lib/variant/converter.ts';

const { values } = parseArgs({
  options: { corpus: { type: 'string', default: 'tests/fixtures/conversion/corpus.yaml' }, verbose: { type: 'boolean', default: false } },
});
const corpus = readYaml(fs.readFileSync(values.corpus, 'utf8')).data as CorpusItem[];
const site = loadSite();
const region = site.settings.traditionalRegion;
const converters = { 'stock opencc-js': createStockConverter(region), 'Gongkai (glossary)': createConverter({ region, glossary: site.glossary }) };

const rows: string[] = [];
for (const to of ['zh-Hant', 'zh-Hans'] as const) {
  for (const [name, converter] of Object.entries(converters)) {
    const r = measure(converter, corpus, to);
    rows.push(`${to === 'zh-Hant' ? 'S→T' : 'T→S'}  ${name.padEnd(20)} ${String(r.wrong).padStart(4)} wrong of ${r.characters} characters in ${r.items} items (${((1 - r.wrong / r.characters) * 100).toFixed(2)}% right)`);
    if (values.verbose) for (const m of r.misses) rows.push(`      ${m.id}: ${m.actual}\n      ${' '.repeat(m.id.length)}  expected ${m.expected}`);
  }
}
process.stdout.write(`conversion accuracy (${region}, glossary: ${site.glossary.length} entries)\n${rows.join('\n')}\n`);
