/**
 * Robust publishing with the real build command: one build at a time, nothing left behind by a build that was
 * killed, and never a half-published site.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const SITE = path.resolve('tests/fixtures/site/content');
const roots: string[] = [];
afterAll(() => {
  for (const root of roots) fs.rmSync(root, { recursive: true, force: true });
});

function workspace() {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'gongkai-publish-'));
  roots.push(root);
  return { root, out: path.join(root, 'dist') };
}

function build(out: string) {
  return spawnSync(process.execPath, ['scripts/build.ts', '--content', SITE, '--out', out, '--quiet'], { encoding: 'utf8' });
}

/** Everything next to the output folder, sorted. */
function beside(root: string): string[] {
  return fs.readdirSync(root).sort();
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('a build killed with SIGKILL', () => {
  it('is followed by a normal build that leaves exactly one dist/ and nothing else', { timeout: 180_000 }, async () => {
    const { root, out } = workspace();
    const first = build(out);
    expect(first.status, first.stderr).toBe(0);
    const child = spawn(process.execPath, ['scripts/build.ts', '--content', SITE, '--out', out, '--quiet'], { detached: true, stdio: 'ignore' });
    const pid = child.pid ?? 0;
    // Kill it while Astro is writing pages into its staging folder.
    const staging = path.join(root, `dist.staging-${pid}`);
    const deadline = Date.now() + 60_000;
    while (!(fs.existsSync(staging) && fs.readdirSync(staging).length > 0) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect(fs.existsSync(staging)).toBe(true);
    process.kill(-pid, 'SIGKILL');
    while (alive(pid)) await new Promise((r) => setTimeout(r, 20));
    // What the killed build left: its staging folder and its lock.
    expect(beside(root)).toEqual(['dist', 'dist.lock', `dist.staging-${pid}`].sort());

    const next = build(out);
    expect(next.status, next.stderr).toBe(0);
    expect(beside(root)).toEqual(['dist']);
    expect(fs.existsSync(path.join(out, 'index.html'))).toBe(true);
  });

  it('between the two renames of the swap: the next build puts the previous site back first, then publishes', { timeout: 120_000 }, () => {
    const { root, out } = workspace();
    // As left by a build (PID 999999, long dead) killed after renaming dist aside and before renaming staging in.
    fs.mkdirSync(path.join(root, 'dist.previous-999999'));
    fs.writeFileSync(path.join(root, 'dist.previous-999999', 'index.html'), '<p>previous site</p>');
    fs.mkdirSync(path.join(root, 'dist.staging-999999'));
    fs.writeFileSync(path.join(root, 'dist.lock'), '999999\n');
    const run = spawnSync(process.execPath, ['scripts/build.ts', '--content', SITE, '--out', out], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('restored dist.previous-999999 → dist');
    expect(beside(root)).toEqual(['dist']);
    expect(fs.readFileSync(path.join(out, 'index.html'), 'utf8')).not.toContain('previous site');
  });

  it('a failed build after an interrupted swap still leaves the previous site in place', { timeout: 60_000 }, () => {
    const { root, out } = workspace();
    fs.mkdirSync(path.join(root, 'dist.previous-999998'));
    fs.writeFileSync(path.join(root, 'dist.previous-999998', 'index.html'), '<p>previous site</p>');
    const content = path.join(root, 'content');
    fs.cpSync(SITE, content, { recursive: true });
    fs.writeFileSync(path.join(content, 'news', 'bad.md'), '---\ntitle: 坏\n---\n');
    const run = spawnSync(process.execPath, ['scripts/build.ts', '--content', content, '--out', out, '--quiet'], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(beside(root)).toEqual(['content', 'dist']);
    expect(fs.readFileSync(path.join(out, 'index.html'), 'utf8')).toBe('<p>previous site</p>');
  });
});

describe('two builds at once', () => {
  it('take turns: both succeed, one dist/ and nothing else remains', { timeout: 180_000 }, async () => {
    const { root, out } = workspace();
    const start = () =>
      new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
        const child = spawn(process.execPath, ['scripts/build.ts', '--content', SITE, '--out', out], { stdio: ['ignore', 'pipe', 'pipe'] });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (d) => (stdout += d));
        child.stderr.on('data', (d) => (stderr += d));
        child.on('close', (code) => resolve({ code, stdout, stderr }));
      });
    const [a, b] = await Promise.all([start(), start()]);
    expect(a.code, a.stderr).toBe(0);
    expect(b.code, b.stderr).toBe(0);
    expect(`${a.stdout}${b.stdout}`).toContain('waiting for the build in process');
    expect(beside(root)).toEqual(['dist']);
  });
});
