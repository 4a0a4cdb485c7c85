/**
 * `npm run build`: check content, build with Astro into a staging folder, publish the files articles reference,
 * scan the result, then swap it in. Any error (an editor's mistake, a failed render, a finding of the scan)
 * leaves the previous `dist/` exactly as it was, and is reported as rule, file, line and fix, never as a stack
 * trace. One build at a time per output folder; a killed build's leftovers are cleaned up by the next one.
 *
 * Usage: node scripts/build.ts [--content DIR] [--out DIR] [--check-only] [--format text|json|github] [--output FILE] [--quiet]
 *
 * `--format` is how findings are printed: `text` (one line each, `path:line:column  severity  rule  message`),
 * `json` (on stdout, for tools; the rest of the output goes to stderr) or `github` (annotations in GitHub Actions).
 * `--output FILE` writes the findings in that format to a file as well (npm prints its own banner on stdout:
 * `npm run -s check -- --format json` or `--output` keep the JSON clean).
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ContentError, FORMATS, formatDiagnostics, hasErrors, type Format } from '../src/lib/diagnostics.ts';
import { checkContentIsolated } from '../src/lib/lint/pool.ts';
import { acquireLock, LockTimeout, recoverLeftovers, swapIn, workFolders } from '../src/lib/publishing.ts';
import { scanOutput } from '../src/lib/security/outputScan.ts';
import { loadSite } from '../src/lib/site.ts';
import { SITE_POLICY } from '../src/routing/security.ts';

const { values } = parseArgs({
  options: {
    content: { type: 'string', default: process.env['GONGKAI_CONTENT_DIR'] || 'content' },
    out: { type: 'string', default: 'dist' },
    'check-only': { type: 'boolean', default: false },
    format: { type: 'string', default: process.env['GITHUB_ACTIONS'] === 'true' ? 'github' : 'text' },
    output: { type: 'string' },
    quiet: { type: 'boolean', default: false },
  },
});

if (!(FORMATS as readonly string[]).includes(values.format)) {
  process.stderr.write(`--format 只能是 ${FORMATS.join('、')}（--format must be one of ${FORMATS.join(', ')}）\n`);
  process.exit(2);
}
const format = values.format as Format;
const contentDir = path.resolve(values.content);
const outDir = path.resolve(values.out);
process.env['GONGKAI_CONTENT_DIR'] = contentDir;
process.env['ASTRO_TELEMETRY_DISABLED'] = '1';
const log = (line: string) => values.quiet || process.stdout.write(`${line}\n`);

function fail(report: string): never {
  process.stderr.write(`\n${report}\n\n构建已停止，网站未更新（${path.relative(process.cwd(), outDir) || outDir} 保持原样）。\nBuild stopped; the published site was not changed.\n`);
  process.exit(1);
}

const started = performance.now();
let site;
try {
  site = loadSite(contentDir);
} catch (error) {
  if (error instanceof ContentError) {
    if (format === 'json') process.stdout.write(`${formatDiagnostics(error.diagnostics, 'json')}\n`);
    fail(format === 'json' ? '站点设置有误。Site settings are invalid.' : formatDiagnostics(error.diagnostics, format));
  }
  throw error;
}

// One build at a time, and first of all repair what a killed build left (even if this one fails its check).
let release: () => void = () => {};
if (!values['check-only']) {
  try {
    release = await acquireLock(outDir, { onWait: (pid) => process.stdout.write(`waiting for the build in process ${pid} to finish…\n`) });
  } catch (error) {
    if (error instanceof LockTimeout) fail(`error [build-lock]\n  ${error.message}`);
    throw error;
  }
  for (const line of recoverLeftovers(outDir)) log(`recovered after an interrupted build: ${line}`);
}

// Each article is checked in a child process: a parser crash or hang on a hostile file is then a finding by rule,
// not a dead or stuck build.
const check = await checkContentIsolated(site);
if (values.output) fs.writeFileSync(values.output, `${formatDiagnostics(check.diagnostics, format)}\n`);
if (format === 'json') process.stdout.write(`${formatDiagnostics(check.diagnostics, 'json')}\n`);
else if (check.diagnostics.length > 0) process.stderr.write(`${formatDiagnostics(check.diagnostics, format)}\n`);
if (hasErrors(check.diagnostics)) fail(`内容检查未通过：${check.files} 个文件。Content check failed.`);
const skipped = check.skipped.length > 0 ? `; skipped ${check.skipped.length} hidden entr${check.skipped.length === 1 ? 'y' : 'ies'} (names starting with .)` : '';
(format === 'json' ? process.stderr : process.stdout).write(`content check: ${check.files} file(s) OK in ${Math.round(performance.now() - started)} ms${skipped}\n`);
if (values['check-only']) process.exit(0);

const { staging } = workFolders(outDir);
process.env['GONGKAI_OUT_DIR'] = staging;

/**
 * Astro prints its own errors with stack traces, and its bundler warns about internals an editor cannot
 * change. Drop those lines while Astro runs; our own report below says what went wrong and where.
 */
function withoutInternals<T>(run: () => Promise<T>): Promise<T> {
  const noise = /^\s+at |^\s*Stack trace:|MODULE_LEVEL_DIRECTIVE|^\s*[│╭╰─]|^\s*\d+ │|rolldown\.rs\/in-depth\/directives/;
  const streams = [process.stdout, process.stderr];
  const originals = streams.map((s) => s.write.bind(s));
  streams.forEach((stream, i) => {
    stream.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
      const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
      const kept = text.split('\n').filter((line) => !noise.test(line.replace(/\x1b\[[0-9;]*m/g, ''))).join('\n');
      return kept.trim() === '' ? true : (originals[i] as (c: string, ...r: unknown[]) => boolean)(kept, ...rest);
    }) as typeof stream.write;
  });
  return run().finally(() => streams.forEach((stream, i) => (stream.write = originals[i] as typeof stream.write)));
}

function abandon(report: string): never {
  fs.rmSync(staging, { recursive: true, force: true });
  release();
  fail(report);
}

const { build } = await import('astro');
try {
  await withoutInternals(() => build({ root: process.cwd(), outDir: staging, logLevel: values.quiet ? 'warn' : 'info' }));
} catch (error) {
  const e = error as { message?: string; hint?: string; loc?: { file?: string; line?: number }; id?: string };
  const where = e.loc?.file ? `${path.relative(process.cwd(), e.loc.file)}${e.loc.line ? `:${e.loc.line}` : ''}` : e.id ?? '';
  const message = (e.message ?? String(error))
    .split('\n')
    .filter((line) => line.trim() !== '' && !/^\s+at /.test(line))
    .map((line) => `  ${line.replace(`${process.cwd()}${path.sep}`, '')}`)
    .join('\n');
  abandon(['error [build]' + (where ? ` ${where}` : ''), message, e.hint ? `  ${e.hint}` : ''].filter(Boolean).join('\n'));
}

// Publish the files articles reference (attachments, linked files, images in bodies), and nothing else.
for (const file of check.publish) {
  const dest = path.join(staging, 'files', ...file.relative.split('/'));
  fs.mkdirSync(path.dirname(dest), { recursive: true });
  fs.copyFileSync(file.abs, dest);
}
log(`published ${check.publish.length} referenced file(s)`);

// Defense in depth: nothing goes live that a Gongkai site should not contain.
const scanStarted = performance.now();
const scan = scanOutput(staging, { base: site.urls.assetPath('/').replace(/\/?$/, '/'), policy: SITE_POLICY });
if (scan.findings.length > 0) {
  const shown = scan.findings.slice(0, 50).map((f) => `error ${path.basename(outDir)}/${f.file} [${f.rule}]\n  ${f.message}`);
  const more = scan.findings.length > 50 ? [`…and ${scan.findings.length - 50} more`] : [];
  abandon([...shown, ...more, `输出检查未通过：${scan.findings.length} 处。Output scan failed.`].join('\n'));
}
log(`output scan: ${scan.files} file(s) clean in ${Math.round(performance.now() - scanStarted)} ms`);

swapIn(staging, outDir);
release();
process.stdout.write(`built ${path.relative(process.cwd(), outDir) || outDir} in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
