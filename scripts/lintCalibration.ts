/**
 * `npm run lint-calibration`: the legacy-conversion rule's figures on the calibration texts, per text and in
 * sum: Traditional written by people (tests/fixtures/lint/hant-clean) against the same kind of Simplified text
 * converted character by character (tests/fixtures/lint/hans-clean and the sample site's articles, through
 * src/lib/variant/charTable.ts). The thresholds in src/lib/variant/legacy.ts come from this table.
 */
import fs from 'node:fs';
import path from 'node:path';
import { readSource } from '../src/lib/frontmatter.ts';
import { loadSite } from '../src/lib/site.ts';
import { plainText } from '../src/lib/text.ts';
import { charTableConvert } from '../src/lib/variant/charTable.ts';
import { createConverter } from '../src/lib/variant/converter.ts';
import { analyzeTraditional, CHAR_TABLE_KINDS, CHAR_TABLE_PER_1000 } from '../src/lib/variant/legacy.ts';

const site = loadSite(path.resolve('content'));
const converters = [site.converter, createConverter({ region: 'tw' }), createConverter({ region: 'hk' })];
const markdown = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? markdown(path.join(dir, e.name)) : e.name.endsWith('.md') ? [path.join(dir, e.name)] : []));

const sets: { name: string; texts: { name: string; text: string }[] }[] = [
  { name: 'people’s Traditional (hant-clean)', texts: fs.readdirSync('tests/fixtures/lint/hant-clean').map((f) => ({ name: f, text: fs.readFileSync(path.join('tests/fixtures/lint/hant-clean', f), 'utf8') })) },
  { name: 'char table of hans-clean', texts: fs.readdirSync('tests/fixtures/lint/hans-clean').map((f) => ({ name: f, text: charTableConvert(fs.readFileSync(path.join('tests/fixtures/lint/hans-clean', f), 'utf8')) })) },
  { name: 'char table of content/', texts: markdown('content').map((f) => ({ name: path.basename(f), text: charTableConvert(plainText(readSource(fs.readFileSync(f, 'utf8')).body)) })) },
];

console.log(`threshold: at least ${CHAR_TABLE_KINDS} kinds and ${CHAR_TABLE_PER_1000} per 1,000 Han characters\n`);
for (const set of sets) {
  let han = 0;
  let traces = 0;
  let flagged = 0;
  const rates: number[] = [];
  for (const { name, text } of set.texts) {
    const a = analyzeTraditional(text, converters);
    han += a.han;
    traces += Math.round((a.per1000 * a.han) / 1000);
    rates.push(a.per1000);
    if (a.charTable) flagged += 1;
    console.log(`  ${name.padEnd(44)} ${String(a.han).padStart(6)} chars ${a.per1000.toFixed(1).padStart(6)} /1000 ${String(a.kinds).padStart(3)} kinds ${a.charTable ? 'CHAR TABLE' : ''}`);
  }
  rates.sort((a, b) => a - b);
  console.log(`${set.name}: ${set.texts.length} texts, ${han} chars, ${((traces * 1000) / han).toFixed(2)} per 1,000 overall, min ${rates[0]?.toFixed(1)} median ${rates[Math.floor(rates.length / 2)]?.toFixed(1)} max ${rates.at(-1)?.toFixed(1)}; flagged ${flagged}/${set.texts.length}\n`);
}
