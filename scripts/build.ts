/**
 * `npm run build`: check content, build with Astro into a staging folder, then swap it in.
 * Any error (an editor's mistake or a failed render) leaves the previous `dist/` exactly as it was,
 * and is reported as file, line, field and fix, never as a stack trace.
 *
 * Usage: node scripts/build.ts [--content DIR] [--out DIR] [--check-only]
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { checkContent } from '../src/lib/contentCheck.ts';
import { ContentError, formatReport, hasErrors } from '../src/lib/diagnostics.ts';
import { loadSite } from '../src/lib/site.ts';

const { values } = parseArgs({
  options: {
    content: { type: 'string', default: process.env['GONGKAI_CONTENT_DIR'] || 'content' },
    out: { type: 'string', default: 'dist' },
    'check-only': { type: 'boolean', default: false },
    quiet: { type: 'boolean', default: false },
  },
});

const contentDir = path.resolve(values.content);
const outDir = path.resolve(values.out);
process.env['GONGKAI_CONTENT_DIR'] = contentDir;
process.env['ASTRO_TELEMETRY_DISABLED'] = '1';

function fail(report: string): never {
  process.stderr.write(`\n${report}\n\n构建已停止，网站未更新（${path.relative(process.cwd(), outDir) || outDir} 保持原样）。\nBuild stopped; the published site was not changed.\n`);
  process.exit(1);
}

const started = performance.now();
let site;
try {
  site = loadSite(contentDir);
} catch (error) {
  if (error instanceof ContentError) fail(error.message);
  throw error;
}

const { diagnostics, files } = checkContent(site);
if (diagnostics.length > 0) process.stderr.write(`${formatReport(diagnostics)}\n`);
if (hasErrors(diagnostics)) fail(`内容检查未通过：${files} 个文件。Content check failed.`);
process.stdout.write(`content check: ${files} file(s) OK in ${Math.round(performance.now() - started)} ms\n`);
if (values['check-only']) process.exit(0);

const staging = `${outDir}.staging-${process.pid}`;
fs.rmSync(staging, { recursive: true, force: true });
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

const { build } = await import('astro');
try {
  await withoutInternals(() => build({ root: process.cwd(), outDir: staging, logLevel: values.quiet ? 'warn' : 'info' }));
} catch (error) {
  fs.rmSync(staging, { recursive: true, force: true });
  const e = error as { message?: string; hint?: string; loc?: { file?: string; line?: number }; id?: string };
  const where = e.loc?.file ? `${path.relative(process.cwd(), e.loc.file)}${e.loc.line ? `:${e.loc.line}` : ''}` : e.id ?? '';
  const message = (e.message ?? String(error))
    .split('\n')
    .filter((line) => line.trim() !== '' && !/^\s+at /.test(line))
    .map((line) => `  ${line.replace(`${process.cwd()}${path.sep}`, '')}`)
    .join('\n');
  fail(['error [build]' + (where ? ` ${where}` : ''), message, e.hint ? `  ${e.hint}` : ''].filter(Boolean).join('\n'));
}

// Swap: the new site appears in one rename; the old one is removed only afterwards.
const previous = `${outDir}.previous-${process.pid}`;
if (fs.existsSync(outDir)) fs.renameSync(outDir, previous);
fs.renameSync(staging, outDir);
fs.rmSync(previous, { recursive: true, force: true });
process.stdout.write(`built ${path.relative(process.cwd(), outDir) || outDir} in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
