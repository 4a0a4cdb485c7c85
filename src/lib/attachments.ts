/** 附件: where an attachment is published and how its type and size are shown. */
import fs from 'node:fs';
import { PUBLISHABLE_TYPES, resolveReference } from './security/files.ts';

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

/**
 * Describes an attachment of the content file `entryFile`; `file` is relative to it. Throws for a file the
 * build's check would refuse (outside content/, a symlink, a type that is not published), so a page can never
 * show anything about such a file, even when the check was skipped.
 */
export function describeAttachment(contentDir: string, entryFile: string, file: string): AttachmentInfo {
  const resolved = resolveReference(contentDir, entryFile, file, 'attachment');
  if (!resolved.ok) throw new Error(`附件 ${file}：${resolved.message}`);
  const { abs, publicPath, type } = resolved.file;
  const bytes = fs.statSync(abs).size;
  return { publicPath, sourcePath: abs, type: PUBLISHABLE_TYPES[type] ?? type.toUpperCase(), bytes, size: formatSize(bytes) };
}
