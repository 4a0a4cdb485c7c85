/**
 * `npm run accuracy`: stock opencc-js against Gongkai (engine, glossary of the set's region, word boundaries),
 * set by set and in both directions: wrong characters, and sentences Gongkai gets worse than stock (must be
 * none). Also the speed of both, in characters per second, on the sample site's articles.
 *
 * Usage: node scripts/accuracy.ts [--verbose]
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readSource } from '../src/lib/frontmatter.ts';
import { loadSite } from '../src/lib/site.ts';
import { plainText } from '../src/lib/text.ts';
import { ACCURACY_SETS, compareOnSet, type CorpusItem } from '../src/lib/variant/accuracy.ts';
import { createConverter, createStockConverter, type TextConverter } from '../src/lib/variant/converter.ts';
import { readYaml } from '../src/lib/yaml.ts';

const { values } = parseArgs({ options: { verbose: { type: 'boolean', default: false } } });
const site = loadSite(path.resolve('content'));
const converters = {
  tw: { stock: createStockConverter('tw'), gongkai: createConverter({ region: 'tw', glossary: site.glossary }) },
  hk: { stock: createStockConverter('hk'), gongkai: createConverter({ region: 'hk', glossary: site.glossary }) },
};

const out: string[] = [`conversion accuracy (glossary: ${site.glossary.length} entries; sets in tests/fixtures/conversion/)`, ''];
out.push('| set | region | direction | items | characters | stock wrong | Gongkai wrong | worse than stock |', '| --- | --- | --- | --- | --- | --- | --- | --- |');
let worse = 0;
const details: string[] = [];
for (const set of ACCURACY_SETS) {
  if (!fs.existsSync(set.file)) continue;
  const corpus = readYaml(fs.readFileSync(set.file, 'utf8')).data as CorpusItem[];
  const { stock, gongkai } = converters[set.region];
  for (const to of ['zh-Hant', 'zh-Hans'] as const) {
    const r = compareOnSet(stock, gongkai, corpus, to);
    worse += r.worse.length;
    out.push(`| ${set.name} | ${set.region} | ${to === 'zh-Hant' ? 'S→T' : 'T→S'} | ${r.items} | ${r.characters} | ${r.stock} | ${r.gongkai} | ${r.worse.length} |`);
    for (const w of r.worse) details.push(`WORSE ${set.name} ${w.id}\n  stock    ${w.stock}\n  Gongkai  ${w.gongkai}\n  expected ${w.expected}`);
    if (values.verbose) for (const m of r.misses) details.push(`miss ${set.name} ${m.id}\n  Gongkai  ${m.actual}\n  expected ${m.expected}`);
  }
}

// Speed: every article of the sample site, Simplified → Traditional, sentence-sized pieces as pages convert them.
const markdown = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? markdown(path.join(dir, e.name)) : e.name.endsWith('.md') ? [path.join(dir, e.name)] : []));
const pieces = markdown('content').flatMap((f) => plainText(readSource(fs.readFileSync(f, 'utf8')).body).split(/(?<=[。！？；])/));
const speed = (converter: TextConverter) => {
  converter.convert('预热', 'zh-Hans', 'zh-Hant');
  let chars = 0;
  const started = performance.now();
  for (let round = 0; round < 20; round++) for (const p of pieces) chars += converter.convert(`${p}${round}`, 'zh-Hans', 'zh-Hant').length;
  return Math.round((chars / (performance.now() - started)) * 1000);
};
out.push('', `speed (S→T, the sample articles 20 times, uncached): stock ${speed(converters.tw.stock).toLocaleString('en')} chars/s, Gongkai ${speed(converters.tw.gongkai).toLocaleString('en')} chars/s`);
process.stdout.write(`${[...out, '', ...details].join('\n')}\n`);
if (worse > 0) process.exitCode = 1;
