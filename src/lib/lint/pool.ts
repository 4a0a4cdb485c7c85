/**
 * The content check with each article in a child process (two at a time on two cores): a parser crash (some
 * inputs abort satteri's native code, which no try/catch survives) or a file that takes too long ends only that
 * child, and the file is refused by rule (`parser-crash`, `parse-time`) instead of the build dying with a native
 * stack or hanging. The result is the same as checkContent's.
 */
import { fork, type ChildProcess } from 'node:child_process';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import type { Diagnostic } from '../diagnostics.ts';
import type { Site } from '../site.ts';
import { COMPONENTS_DIR, finishCheck, type CheckResult, type FileResult } from './check.ts';
import { takeInventory, type ContentFile } from './inventory.ts';
import type { WorkerTask } from './worker.ts';

export interface PoolOptions {
  /** Child processes at once (default: the number of cores, at most 4). */
  workers?: number;
  /** Longest time one article may take (default 30 s). */
  timeoutMs?: number;
  /** Memory limit of a child process in MB (default 2048). */
  memoryMB?: number;
  /** The worker module (tests give one that crashes or hangs). */
  workerPath?: string;
  componentsDir?: string;
}

const WORKER = fileURLToPath(new URL('./worker.ts', import.meta.url));

function refused(file: ContentFile, rule: string, message: string): FileResult {
  const diagnostic: Diagnostic = { rule, severity: 'error', file: file.display, line: 1, message, fix: '简化这个文件：拆成几篇、减少嵌套和特殊符号；或联系技术人员' };
  return { diagnostics: [diagnostic], publish: [], used: [] };
}

/** Checks every content file of the site, each article in a child process. */
export async function checkContentIsolated(site: Site, options: PoolOptions = {}): Promise<CheckResult> {
  const inventory = takeInventory(site.contentDir, site.displayDir);
  const files = inventory.articles;
  const results: FileResult[] = new Array(files.length);
  const timeoutMs = options.timeoutMs ?? 30_000;
  const size = Math.max(1, Math.min(options.workers ?? Math.min(4, os.availableParallelism()), files.length));

  const batchSize = Math.max(1, Math.min(50, Math.ceil(files.length / (size * 4))));
  /** Files not yet given to a worker, as indexes into `files`; a crash puts a batch's unfinished ones back. */
  const queue = files.map((_, i) => i);

  const run = () =>
    new Promise<void>((resolve) => {
      let child: ChildProcess | undefined;
      /** The batch the current child is working through, in order; its first entry is the file in hand. */
      let batch: number[] = [];
      let timer: NodeJS.Timeout | undefined;
      /** Stops a child for good: nothing it still says or does reaches the results. */
      const retire = (signal: NodeJS.Signals = 'SIGTERM') => {
        clearTimeout(timer);
        child?.removeAllListeners();
        child?.kill(signal);
      };
      /** The file in hand could not be checked: refuse it, and go on with the rest in a new child. */
      const giveUp = (rule: string, message: string) => {
        const at = batch.shift() as number;
        results[at] = refused(files[at] as ContentFile, rule, message);
        queue.unshift(...batch);
        batch = [];
        retire('SIGKILL');
        start();
        give();
      };
      const arm = () => {
        clearTimeout(timer);
        timer = setTimeout(() => giveUp('parse-time', `读取这个文件超过 ${Math.round(timeoutMs / 1000)} 秒，已停止；文件里多半有极端的嵌套或符号`), timeoutMs);
      };
      const start = () => {
        child = fork(options.workerPath ?? WORKER, [], {
          execArgv: [`--max-old-space-size=${options.memoryMB ?? 2048}`],
          stdio: ['ignore', 'ignore', 'ignore', 'ipc'],
          serialization: 'advanced',
        });
        child.on('message', (result: FileResult) => {
          results[batch.shift() as number] = result;
          if (batch.length > 0) arm();
          else give();
        });
        child.on('exit', (code, signal) => {
          if (batch.length > 0) giveUp('parser-crash', `读取这个文件时解析程序崩溃了（${signal ?? `退出码 ${code}`}）；文件里多半有极端的嵌套或符号`);
        });
      };
      const give = () => {
        if (queue.length === 0) {
          retire();
          resolve();
          return;
        }
        batch = queue.splice(0, batchSize);
        arm();
        child?.send({ contentDir: site.contentDir, files: batch.map((i) => files[i] as ContentFile), componentsDir: options.componentsDir ?? COMPONENTS_DIR } satisfies WorkerTask);
      };
      start();
      give();
    });

  if (files.length > 0) await Promise.all(Array.from({ length: size }, run));
  return finishCheck(site, inventory, results);
}

