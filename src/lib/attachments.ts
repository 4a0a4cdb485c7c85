/** 附件: where an attachment is published and how its type and size are shown. */
import fs from 'node:fs';
import path from 'node:path';

export interface AttachmentInfo {
  /** Path below the site root, the same in both scripts, e.g. /files/notices/2018/plan.pdf. */
  publicPath: string;
  /** Absolute path of the source file. */
  sourcePath: string;
  /** File type as readers know it, e.g. PDF, DOCX. */
  type: string;
  bytes: number;
  /** e.g. 125 KB, 1.2 MB. */
  size: string;
}

/**
 * Formats a byte count the way download links usually show it.
 * @example formatSize(3_500) // '3.4 KB'
 */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(bytes < 10 * 1024 ? 1 : 0)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Describes an attachment of the content file `entryFile`; `file` is relative to it. */
export function describeAttachment(contentDir: string, entryFile: string, file: string): AttachmentInfo {
  const sourcePath = path.resolve(path.dirname(entryFile), file);
  const relative = path.relative(contentDir, sourcePath).split(path.sep).join('/');
  const bytes = fs.statSync(sourcePath).size;
  const ext = path.extname(sourcePath).slice(1).toUpperCase();
  return { publicPath: `/files/${relative}`, sourcePath, type: ext || '文件', bytes, size: formatSize(bytes) };
}
