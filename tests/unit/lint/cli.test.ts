/**
 * `npm run check` as tools and CI call it (scripts/build.ts --check-only): one line per finding in text, JSON on
 * stdout (nothing else there) or in a file, GitHub annotations, exit 1 on an error and 0 on a clean folder.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const damaged = 'tests/fixtures/lint/damaged/content';
const check = (...args: string[]) =>
  spawnSync(process.execPath, ['scripts/build.ts', '--check-only', ...args], { encoding: 'utf8', env: { ...process.env, GITHUB_ACTIONS: '' } });

describe('npm run check', () => {
  it('text: path:line:column  severity  rule  message, one line per finding, a count, exit 1', () => {
    const run = check('--content', damaged);
    expect(run.status).toBe(1);
    const lines = run.stderr.split('\n').filter((l) => l.startsWith(damaged));
    expect(lines.length).toBeGreaterThan(30);
    for (const line of lines) expect(line).toMatch(/^\S+:\d+:\d+ {2}(error|warning) {2}[a-z-]+ {2}\S/);
    expect(lines).toContainEqual(expect.stringMatching(/news\/2024\/spam-first-line\.md:8:1 {2}error {2}spam-text {2}/));
    expect(run.stderr).toMatch(/✖ \d+ 个错误，\d+ 个警告 \(\d+ errors, \d+ warnings\)/);
  });

  it('json: only JSON on stdout, the same findings in a file with --output', () => {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'gongkai-cli-')), 'report.json');
    const run = check('--content', damaged, '--format', 'json', '--output', out);
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report.errorCount).toBeGreaterThan(20);
    expect(report.diagnostics[0]).toEqual(expect.objectContaining({ file: expect.any(String), line: expect.any(Number), column: expect.any(Number), rule: expect.any(String) }));
    expect(JSON.parse(fs.readFileSync(out, 'utf8'))).toEqual(report);
  });

  it('github: workflow commands GitHub turns into annotations', () => {
    const run = check('--content', damaged, '--format', 'github');
    expect(run.stderr).toMatch(/^::error file=tests\/fixtures\/lint\/damaged\/content\/news\/2024\/spam-first-line\.md,line=8,col=1,title=spam-text::/m);
  });

  it('a clean folder: exit 0, no findings; an unknown format is refused', () => {
    const run = check('--content', 'tests/fixtures/lint/clean/content', '--format', 'json');
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ errorCount: 0, warningCount: 0, diagnostics: [] });
    expect(check('--format', 'xml').status).toBe(2);
  });
});
