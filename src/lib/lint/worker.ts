/**
 * A worker process of the content check (pool.ts): receives a batch of articles, checks them in order and sends
 * each result as soon as it has it, so the parent always knows which article a crash or hang belongs to.
 */
import { checkFile, type FileResult } from './check.ts';
import type { ContentFile } from './inventory.ts';
import { loadSite } from '../site.ts';

export interface WorkerTask {
  contentDir: string;
  files: ContentFile[];
  componentsDir: string;
}

process.on('message', (task: WorkerTask) => {
  const site = loadSite(task.contentDir);
  for (const file of task.files) process.send?.(checkFile(site, file, task.componentsDir) satisfies FileResult);
});
