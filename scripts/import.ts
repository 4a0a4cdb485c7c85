/**
 * `npm run import -- <file or folder> [--channel news] [--out content] [--force]`: imports legacy portal pages
 * (saved HTML or copied text) as content files, checks each with the site's own rules and prints a summary.
 * Exits 1 when a page could not be imported (or was skipped because its file exists) or a written file has
 * errors. See docs/import.md.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ContentError, formatDiagnostic } from '../src/lib/diagnostics.ts';
import { failed, importFile, listPages, type PageResult } from '../src/lib/import/index.ts';
import { loadSite } from '../src/lib/site.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    channel: { type: 'string' },
    out: { type: 'string', default: process.env['GONGKAI_CONTENT_DIR'] || 'content' },
    force: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (values.help || positionals.length === 0) {
  process.stdout.write(
    [
      '用法 usage: npm run import -- <文件或文件夹> [--channel 栏目id] [--out content] [--force]',
      '  把旧网站的网页（HTML 或复制的文字）导入为 content/ 下的 Markdown 文件，并按网站规则检查。',
      '  --channel  栏目 id，优先于页面的“当前位置”面包屑',
      '  --out      内容文件夹（默认 content）',
      '  --force    覆盖已存在的文件',
      '',
    ].join('\n'),
  );
  process.exit(positionals.length === 0 && !values.help ? 1 : 0);
}

let site;
try {
  site = loadSite(path.resolve(values.out));
} catch (error) {
  if (error instanceof ContentError) {
    process.stderr.write(`${error.message}\n无法读取网站设置，未导入任何文件。\n`);
    process.exit(1);
  }
  throw error;
}

const display = (abs: string) => path.relative(process.cwd(), abs).split(path.sep).join('/') || abs;
const results: PageResult[] = [];
const taken = new Set<string>();
for (const input of positionals) {
  let pages: string[];
  try {
    pages = listPages(input);
  } catch {
    results.push({ ...failed(input), errors: ['文件或文件夹不存在（not found）'] });
    continue;
  }
  for (const page of pages) results.push(importFile(page, { site, channel: values.channel, force: values.force, display: display(page), taken }));
}

// The summary: one row per page, then the details an editor has to act on.
const STATUS = { written: '已写入', skipped: '已跳过', failed: '未导入' } as const;
const SCRIPT = { 'zh-Hans': '简', 'zh-Hant': '繁（保留）', repaired: '字表繁→简' } as const;
const byRule = (r: PageResult) => {
  const counts = new Map<string, number>();
  for (const d of r.diagnostics) counts.set(`${d.severity === 'error' ? 'E' : 'W'}:${d.rule}`, (counts.get(`${d.severity === 'error' ? 'E' : 'W'}:${d.rule}`) ?? 0) + 1);
  return [...counts].map(([k, n]) => `${k}×${n}`).join(' ') || '0';
};
const rows = results.map((r) => [
  r.input,
  STATUS[r.status],
  r.target ? `${site.displayDir}/${r.target}` : '—',
  r.fields.join(','),
  String(r.spam.length),
  r.script === 'repaired' ? `${SCRIPT[r.script]} ${r.repairs}` : SCRIPT[r.script],
  String(r.mojibake.length),
  byRule(r),
]);
const header = ['输入 input', '结果 status', '写入 file', '字段 fields', '垃圾行 spam', '文字 script', '乱码 mojibake', '检查 lint'];
const out: string[] = [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`), ''];
for (const r of results) {
  const lines: string[] = [];
  for (const e of r.errors) lines.push(`  ✗ ${e}`);
  for (const s of r.spam) lines.push(`  垃圾行已删除 spam removed${s.line ? ` (行 ${s.line})` : ''}：${s.text}  [${s.words.join('、')}]`);
  for (const m of r.mojibake) lines.push(`  乱码 mojibake ${site.displayDir}/${r.target}:${m.line} "${m.found}"：${m.text}`);
  if (r.script === 'repaired') lines.push(`  逐字转换的繁体已还原为简体，修复 ${r.repairs} 处（repaired character-table Traditional）`);
  for (const f of r.files) lines.push(`  复制文件 copied：${display(f.from)} → ${f.name}`);
  const dropped = r.notes.filter((n) => ['tool', 'footer', 'chrome'].includes(n.kind)).length;
  if (dropped > 0) lines.push(`  删除页面框架 ${dropped} 行（工具栏、导航、页脚 chrome dropped）`);
  for (const n of r.notes.filter((x) => !['tool', 'footer', 'chrome'].includes(x.kind))) lines.push(`  注意 [${n.kind}]${n.line ? ` (行 ${n.line})` : ''}：${n.text}`);
  for (const d of r.diagnostics) lines.push(formatDiagnostic(d).replace(/^/gm, '  '));
  if (lines.length > 0) out.push(`${r.input}`, ...lines, '');
}
const written = results.filter((r) => r.status === 'written').length;
const withErrors = results.filter((r) => r.diagnostics.some((d) => d.severity === 'error')).length;
const notImported = results.length - written;
out.push(`导入 ${written}/${results.length} 个页面；未导入或跳过 ${notImported} 个；有错误的文件 ${withErrors} 个。Imported ${written} of ${results.length}.`);
process.stdout.write(`${out.join('\n')}\n`);
process.exit(notImported > 0 || withErrors > 0 ? 1 : 0);
