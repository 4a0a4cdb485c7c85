/**
 * The files around an imported page: the page itself (UTF-8, or the GBK older portals saved), and the files it
 * links or shows, looked for in its own folder only.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileType, PUBLISHABLE_TYPES } from '../security/files.ts';
import type { FileResolver, LocalFile } from './types.ts';

const MAX_COPY_BYTES = 50 * 1024 * 1024;
/** A saved page larger than this is not a page. */
const MAX_PAGE_BYTES = 20 * 1024 * 1024;

/** A safe name for a copied file: no URL or shell signs, no leading dot. */
function safeName(name: string): string {
  const cleaned = name.normalize('NFC').replace(/[\u0000-\u001f\u007f-\u00a0\u00ad\u2000-\u200f\u2028-\u202f\u3000\ufeff?#%"'`<>|*:;&$\\{}[\]^~!=/\s]+/gu, '-').replace(/^[.-]+/, '');
  return cleaned || 'file';
}

/**
 * Resolves addresses of a page to regular files in the page's own folder (or below it), of a type the site
 * publishes. Nothing outside that folder is ever read: a hostile page cannot make the importer copy
 * `../../etc/passwd` into the site.
 */
export function localFileResolver(pageFile: string): FileResolver {
  const dir = path.dirname(path.resolve(pageFile));
  return (href: string) => {
    let value = href.trim().split(/[?#]/)[0] ?? '';
    if (!value || /^[a-z][a-z0-9+.-]*:/i.test(value) || value.startsWith('/') || value.startsWith('\\')) return undefined;
    try {
      value = decodeURIComponent(value);
    } catch {
      return undefined;
    }
    const abs = path.resolve(dir, value);
    if (!abs.startsWith(dir + path.sep)) return undefined;
    if (!(fileType(abs) in PUBLISHABLE_TYPES)) return undefined;
    // No symlink on the way: lstat every step below the page's folder.
    let at = dir;
    for (const part of path.relative(dir, abs).split(path.sep)) {
      at = path.join(at, part);
      let stat;
      try {
        stat = fs.lstatSync(at);
      } catch {
        return undefined;
      }
      if (stat.isSymbolicLink()) return undefined;
      if (at === abs && (!stat.isFile() || stat.size > MAX_COPY_BYTES)) return undefined;
    }
    return { from: abs, name: safeName(path.basename(abs)) };
  };
}

/** Finds an attachment's file next to the page: by the link the page gave it, or by its title as file name. */
export function localAttachmentFinder(pageFile: string): (title: string, href?: string) => LocalFile | undefined {
  const resolve = localFileResolver(pageFile);
  const dir = path.dirname(path.resolve(pageFile));
  return (title, href) => {
    if (href) {
      const byHref = href.startsWith('./') ? resolve(href) : undefined;
      if (byHref) return byHref;
    }
    let names: string[] = [];
    try {
      names = fs.readdirSync(dir);
    } catch {
      return undefined;
    }
    const match = names.find((n) => n.slice(0, n.length - fileType(n).length - 1) === title || n === title);
    return match ? resolve(`./${match}`) : undefined;
  };
}

/** Reads a page as text: UTF-8, or the GBK / GB18030 that older portals saved. */
export function readPageText(file: string): string {
  const size = fs.statSync(file).size;
  if (size > MAX_PAGE_BYTES) throw new Error(`文件有 ${Math.round(size / 1024 / 1024)} MB，不像一个网页（上限 ${MAX_PAGE_BYTES / 1024 / 1024} MB）`);
  const bytes = fs.readFileSync(file);
  // A page is text: NUL bytes and many control bytes mean an image, an archive or a Word file saved as .html.
  let control = 0;
  for (const b of bytes.subarray(0, 4096)) if (b === 0 || (b < 0x09 && b !== 0)) control += 1;
  if (control > 8) throw new Error('这不是文本或网页文件（可能是图片、压缩包或 Word 文件）');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

/** Every page file under a folder (or the file itself): .html, .htm, .shtml, .txt. */
export function listPages(input: string): string[] {
  const stat = fs.statSync(input);
  if (stat.isFile()) return [input];
  const out: string[] = [];
  const visit = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name.startsWith('.')) continue;
      const abs = path.join(dir, entry.name);
      if (entry.isDirectory()) visit(abs);
      else if (entry.isFile() && /\.(?:html?|shtml|txt)$/i.test(entry.name)) out.push(abs);
    }
  };
  visit(input);
  return out;
}

