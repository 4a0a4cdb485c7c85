/**
 * `npm run bench`: build time at scale, and what the second script costs.
 * Generates N articles (default 1,000: 80 % news, 20 % notices, bodies cycled from the sample content with
 * varied titles and dates) into bench/content, then builds them with the real build command, once with both
 * scripts and once with the source script only (GONGKAI_SINGLE_SCRIPT=1), and prints the figures.
 *
 * Usage: node scripts/bench.ts [--articles 1000] [--runs 1]
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { articles: { type: 'string', default: '1000' }, runs: { type: 'string', default: '1' } } });
const count = Number(values.articles);
const runs = Number(values.runs);
const root = path.resolve('bench');
const content = path.join(root, 'content');

function bodies(collection: string): { front: string; body: string }[] {
  const dir = path.join('content', collection);
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.md'))
    .map((f) => {
      const text = fs.readFileSync(path.join(dir, f), 'utf8');
      const end = text.indexOf('\n---', 4);
      return { front: text.slice(4, end), body: text.slice(end + 4) };
    });
}

function generate(): void {
  fs.rmSync(content, { recursive: true, force: true });
  fs.mkdirSync(content, { recursive: true });
  fs.copyFileSync('content/site.yaml', path.join(content, 'site.yaml'));
  fs.copyFileSync('content/glossary.yaml', path.join(content, 'glossary.yaml'));
  const news = bodies('news');
  const notices = bodies('notices').filter((n) => !/attachments:/.test(n.front));
  for (let i = 0; i < count; i++) {
    const isNotice = i % 5 === 4;
    const source = isNotice ? notices[i % notices.length] : news[i % news.length];
    if (!source) throw new Error('no sample content to cycle');
    const year = 2015 + (i % 11);
    const day = new Date(Date.UTC(year, 0, 1) + ((i * 37) % 360) * 86_400_000).toISOString().slice(0, 10);
    const front = source.front
      .replace(/^title: (.*)$/m, (_m, t: string) => `title: ${t.replace(/^["']|["']$/g, '')}（第${i + 1}期）`)
      .replace(/^date: .*$/m, `date: ${day}`)
      .replace(/^writtenDate: .*$/m, `writtenDate: ${day}`)
      .replace(/^documentNumber: (.*)〔\d{4}〕\d+号$/m, (_m, code: string) => `documentNumber: ${code}〔${year}〕${i + 1}号`)
      .replace(/^lang: .*$/m, '');
    const file = path.join(content, isNotice ? 'notices' : 'news', String(year), `bench-${i + 1}.md`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, `---\n${front}\n---${source.body}`);
  }
}

function build(single: boolean): number {
  const out = path.join(root, single ? 'dist-single' : 'dist');
  const started = performance.now();
  const result = spawnSync(process.execPath, ['scripts/build.ts', '--content', content, '--out', out, '--quiet'], {
    encoding: 'utf8',
    env: { ...process.env, GONGKAI_SINGLE_SCRIPT: single ? '1' : '' },
  });
  if (result.status !== 0) throw new Error(`build failed:\n${result.stderr}`);
  return (performance.now() - started) / 1000;
}

function pages(dir: string): number {
  return fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).length;
}

generate();
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const both: number[] = [];
const single: number[] = [];
for (let r = 0; r < runs; r++) {
  single.push(build(true));
  both.push(build(false));
}
const b = median(both);
const s = median(single);
const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
process.stdout.write(
  [
    `Gongkai build benchmark: ${count} articles, ${os.cpus().length} cores (${cpu}), Node ${process.version}, median of ${runs} run(s)`,
    `  source script only : ${s.toFixed(1)} s, ${pages(path.join(root, 'dist-single'))} pages`,
    `  both scripts       : ${b.toFixed(1)} s, ${pages(path.join(root, 'dist'))} pages`,
    `  second script costs: ${(b - s).toFixed(1)} s (+${(((b - s) / s) * 100).toFixed(0)} %)`,
    `  per article (both) : ${((b / count) * 1000).toFixed(1)} ms`,
  ].join('\n') + '\n',
);
