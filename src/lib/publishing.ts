/**
 * Putting a built site live without ever leaving a half-published one: one build at a time, a staging folder
 * next to the published one, and a swap of two renames that is undone if the second fails. Folders left by a
 * build that was killed (`dist.staging-PID`, `dist.previous-PID`) are cleaned up by the next build, and if a
 * build died between the two renames, the previous site is put back first.
 */
import fs from 'node:fs';
import path from 'node:path';

/** Whether a process is alive (signal 0 only asks). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The folders a build of `outDir` works in. */
export function workFolders(outDir: string, pid = process.pid) {
  return { staging: `${outDir}.staging-${pid}`, previous: `${outDir}.previous-${pid}`, lock: `${outDir}.lock` };
}

export class LockTimeout extends Error {}

/**
 * Takes the build lock of `outDir` (a file holding the owner's PID). A lock whose owner is dead is taken
 * over; a live one is waited for, up to `timeoutMs`. Returns the function that releases it.
 */
export async function acquireLock(outDir: string, { timeoutMs = 10 * 60_000, onWait }: { timeoutMs?: number; onWait?: (pid: number) => void } = {}): Promise<() => void> {
  const { lock } = workFolders(outDir);
  fs.mkdirSync(path.dirname(lock), { recursive: true });
  const started = Date.now();
  let told = false;
  for (;;) {
    try {
      fs.writeFileSync(lock, `${process.pid}\n`, { flag: 'wx' });
      const release = () => {
        try {
          if (fs.readFileSync(lock, 'utf8').trim() === String(process.pid)) fs.rmSync(lock);
        } catch {
          // Already gone.
        }
      };
      process.once('exit', release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    let held: string;
    try {
      held = fs.readFileSync(lock, 'utf8');
    } catch {
      continue; // Released between our attempt and the read: try again.
    }
    const owner = Number.parseInt(held, 10);
    if (!Number.isInteger(owner) || owner <= 0 || owner === process.pid || !alive(owner)) {
      // A stale lock: its build died. Move it aside (only one waiting build can), then try again.
      const aside = `${lock}.stale-${process.pid}`;
      try {
        fs.renameSync(lock, aside);
        // Between our read and the rename another build may have taken the lock over: give a live lock back.
        if (fs.readFileSync(aside, 'utf8') !== held) fs.linkSync(aside, lock);
      } catch {
        // Another build took it over first.
      }
      fs.rmSync(aside, { force: true });
      continue;
    }
    if (Date.now() - started > timeoutMs) throw new LockTimeout(`另一个构建（进程 ${owner}）一直在运行；请等它结束后再构建`);
    if (!told) onWait?.(owner);
    told = true;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/**
 * Cleans up after builds that were killed. Call with the lock held (so every other work folder is a dead
 * build's). If the published folder is missing but a previous one exists, a build died mid-swap: the
 * previous site is put back. Returns what was removed or restored, for the log.
 */
export function recoverLeftovers(outDir: string): string[] {
  const dir = path.dirname(outDir);
  const base = path.basename(outDir);
  const done: string[] = [];
  if (!fs.existsSync(dir)) return done;
  const leftovers = fs.readdirSync(dir).filter((name) => [`${base}.staging-`, `${base}.previous-`, `${base}.lock.stale-`].some((p) => name.startsWith(p)));
  const previous = leftovers.filter((name) => name.startsWith(`${base}.previous-`));
  if (!fs.existsSync(outDir) && previous.length > 0) {
    const newest = previous.map((name) => ({ name, time: fs.statSync(path.join(dir, name)).mtimeMs })).sort((a, b) => b.time - a.time)[0];
    if (newest) {
      fs.renameSync(path.join(dir, newest.name), outDir);
      done.push(`restored ${newest.name} → ${base}`);
    }
  }
  for (const name of leftovers) {
    const abs = path.join(dir, name);
    if (!fs.existsSync(abs)) continue;
    fs.rmSync(abs, { recursive: true, force: true });
    done.push(`removed ${name}`);
  }
  return done;
}

/**
 * Replaces `outDir` by `staging`: the old site is renamed aside, the new one renamed in, the old one removed.
 * If the second rename fails, the old site is renamed back, so `outDir` is always one whole site.
 */
export function swapIn(staging: string, outDir: string): void {
  const { previous } = workFolders(outDir);
  const hadSite = fs.existsSync(outDir);
  if (hadSite) fs.renameSync(outDir, previous);
  try {
    fs.renameSync(staging, outDir);
  } catch (error) {
    if (hadSite) fs.renameSync(previous, outDir);
    throw error;
  }
  fs.rmSync(previous, { recursive: true, force: true });
}
