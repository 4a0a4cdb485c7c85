/** The build lock, the recovery of killed builds and the swap, on plain folders. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { acquireLock, LockTimeout, recoverLeftovers, swapIn, workFolders } from '../../src/lib/publishing.ts';

const roots: string[] = [];
afterAll(() => roots.forEach((r) => fs.rmSync(r, { recursive: true, force: true })));
function site(): { root: string; out: string } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'gongkai-swap-'));
  roots.push(root);
  return { root, out: path.join(root, 'dist') };
}
const write = (dir: string, text: string) => {
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'index.html'), text);
};
const read = (dir: string) => fs.readFileSync(path.join(dir, 'index.html'), 'utf8');
/** A PID no process has: one that just exited. */
const deadPid = () => spawnSync(process.execPath, ['-e', '0']).pid ?? 999_999;

describe('acquireLock', () => {
  it('takes a free lock, writes the PID, and releases it', async () => {
    const { root, out } = site();
    const release = await acquireLock(out);
    expect(fs.readFileSync(workFolders(out).lock, 'utf8')).toBe(`${process.pid}\n`);
    release();
    expect(fs.readdirSync(root)).toEqual([]);
  });

  it('takes over a lock whose owner is dead', async () => {
    const { out } = site();
    fs.writeFileSync(workFolders(out).lock, `${deadPid()}\n`);
    const release = await acquireLock(out);
    expect(fs.readFileSync(workFolders(out).lock, 'utf8')).toBe(`${process.pid}\n`);
    release();
  });

  it('waits for a live owner, then gives up with a message naming it', async () => {
    const { out } = site();
    // The test runner's parent process: alive, and not us.
    const owner = process.ppid;
    fs.writeFileSync(workFolders(out).lock, `${owner}\n`);
    const onWait = vi.fn();
    await expect(acquireLock(out, { timeoutMs: 300, onWait })).rejects.toThrow(LockTimeout);
    expect(onWait).toHaveBeenCalledWith(owner);
  });
});

describe('recoverLeftovers', () => {
  it('removes the staging and previous folders and stale lock copies of dead builds', () => {
    const { root, out } = site();
    write(out, 'live');
    write(`${out}.staging-123`, 'half');
    write(`${out}.previous-456`, 'old');
    fs.writeFileSync(`${out}.lock.stale-789`, '1');
    fs.mkdirSync(path.join(root, 'dist-other'));
    expect(recoverLeftovers(out).sort()).toEqual(['removed dist.lock.stale-789', 'removed dist.previous-456', 'removed dist.staging-123']);
    expect(fs.readdirSync(root).sort()).toEqual(['dist', 'dist-other']);
    expect(read(out)).toBe('live');
  });

  it('puts the previous site back when a build died between the two renames', () => {
    const { root, out } = site();
    write(`${out}.previous-456`, 'old');
    write(`${out}.staging-456`, 'new');
    expect(recoverLeftovers(out)).toContain('restored dist.previous-456 → dist');
    expect(fs.readdirSync(root)).toEqual(['dist']);
    expect(read(out)).toBe('old');
  });
});

describe('swapIn', () => {
  it('replaces the site in two renames and removes the old one', () => {
    const { root, out } = site();
    write(out, 'old');
    write(workFolders(out).staging, 'new');
    swapIn(workFolders(out).staging, out);
    expect(fs.readdirSync(root)).toEqual(['dist']);
    expect(read(out)).toBe('new');
  });

  it('puts the old site back when the new one cannot be renamed in', () => {
    const { root, out } = site();
    write(out, 'old');
    expect(() => swapIn(path.join(root, 'missing-staging'), out)).toThrow();
    expect(fs.readdirSync(root)).toEqual(['dist']);
    expect(read(out)).toBe('old');
  });

  it('publishes a first site where there was none', () => {
    const { out } = site();
    write(workFolders(out).staging, 'first');
    swapIn(workFolders(out).staging, out);
    expect(read(out)).toBe('first');
  });
});
