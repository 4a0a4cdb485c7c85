/**
 * Which files under `content/` may be published, and where a reference written in an article leads.
 *
 * A file is published only when an article references it (an attachment in the frontmatter, a link or image
 * in the body, an image imported in MDX), only from a regular file whose real path lies inside `content/`
 * (no symlink anywhere on the way: `lstat`), and only with a type from the allowlist below. A refusal never
 * says anything about a file outside `content/` (not even whether it exists).
 */
import fs from 'node:fs';
import path from 'node:path';

/** Types an article may publish, with the label readers see next to the link (附件（PDF，1.2 MB）). */
export const PUBLISHABLE_TYPES: Readonly<Record<string, string>> = {
  pdf: 'PDF',
  ofd: 'OFD',
  doc: 'DOC',
  docx: 'DOCX',
  xls: 'XLS',
  xlsx: 'XLSX',
  wps: 'WPS',
  et: 'ET',
  ppt: 'PPT',
  pptx: 'PPTX',
  zip: 'ZIP',
  rar: 'RAR',
  '7z': '7Z',
  txt: 'TXT',
  csv: 'CSV',
  jpg: 'JPG',
  jpeg: 'JPEG',
  png: 'PNG',
  gif: 'GIF',
  webp: 'WEBP',
  avif: 'AVIF',
  // Only after src/lib/security/svg.ts has found no script, handler, animation or outside reference in it.
  svg: 'SVG',
};

/** Types an `<img>` or Markdown image may show. */
export const IMAGE_TYPES: ReadonlySet<string> = new Set(['jpg', 'jpeg', 'png', 'gif', 'webp', 'avif', 'svg']);

/**
 * Types that are pages or programs: never published, and not even kept under `content/` (an intruder's
 * favourite way to put script on the site's own origin).
 */
export const FORBIDDEN_TYPES: ReadonlySet<string> = new Set([
  'html', 'htm', 'xhtml', 'xht', 'shtml', 'mht', 'mhtml', 'xml', 'xsl', 'xslt', 'svgz', 'js', 'mjs', 'cjs', 'jsx',
  'ts', 'mts', 'cts', 'tsx', 'astro', 'vue', 'svelte', 'json', 'wasm', 'swf', 'php', 'php3', 'php4', 'php5', 'phtml',
  'asp', 'aspx', 'jsp', 'cgi', 'pl', 'py', 'rb', 'sh', 'bash', 'exe', 'dll', 'so', 'bat', 'cmd', 'com', 'ps1', 'vbs',
  'wsf', 'hta', 'jar', 'htaccess', 'htpasswd',
]);

/** The type of a file name, lower-case, without the dot: `plan.PDF` → `pdf`. */
export function fileType(name: string): string {
  const base = path.basename(name);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : base.startsWith('.') ? base.slice(1).toLowerCase() : '';
}

/** The first bytes of each raster image type: a `.png` must be a PNG, not a page in disguise. */
const SIGNATURES: Record<string, (head: Buffer) => boolean> = {
  png: (h) => h.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  jpg: (h) => h[0] === 0xff && h[1] === 0xd8 && h[2] === 0xff,
  jpeg: (h) => h[0] === 0xff && h[1] === 0xd8 && h[2] === 0xff,
  gif: (h) => h.subarray(0, 4).toString('latin1') === 'GIF8',
  webp: (h) => h.subarray(0, 4).toString('latin1') === 'RIFF' && h.subarray(8, 12).toString('latin1') === 'WEBP',
  avif: (h) => h.subarray(4, 8).toString('latin1') === 'ftyp' && /^avi[fs]/.test(h.subarray(8, 12).toString('latin1')),
};

/** Whether a raster image file starts the way its type says. SVG is checked in full by svg.ts. */
export function looksLike(abs: string, type: string): boolean {
  const sniff = SIGNATURES[type];
  if (!sniff) return true;
  const head = Buffer.alloc(16);
  const fd = fs.openSync(abs, 'r');
  try {
    fs.readSync(fd, head, 0, 16, 0);
  } finally {
    fs.closeSync(fd);
  }
  return sniff(head);
}

export type ReferenceKind = 'attachment' | 'link' | 'image' | 'import';

/** A reference that may be published. */
export interface PublishableFile {
  /** Absolute path of the source file. */
  abs: string;
  /** Path below the content folder with `/`, e.g. notices/2018/plan.pdf. */
  relative: string;
  /** Where it is published, below the site's base: /files/notices/2018/plan.pdf. */
  publicPath: string;
  /** Lower-case type, e.g. pdf. */
  type: string;
}

export type Resolved = { ok: true; file: PublishableFile } | { ok: false; missing: boolean; message: string; fix: string };

/** Whether a URL as written is a reference to a file next to the article (no scheme, not absolute, not `#…`). */
export function isFileReference(url: string): boolean {
  const value = url.trim();
  if (value === '' || value.startsWith('#') || value.startsWith('/') || value.startsWith('\\')) return false;
  if (/^[a-z][a-z0-9+.-]*:/i.test(value)) return false;
  // A relative address of another page (../2019/other/) is not a file; a name with a type is.
  const pathPart = value.split(/[?#]/)[0] ?? '';
  return fileType(pathPart) !== '' && !pathPart.endsWith('/');
}

function refuse(message: string, fix: string, missing = false): Resolved {
  return { ok: false, missing, message, fix };
}

/** Real path of the content folder, cached: every reference is compared with it. */
const realRoots = new Map<string, string>();
function realRoot(contentDir: string): string {
  let root = realRoots.get(contentDir);
  if (root === undefined) {
    root = fs.realpathSync(contentDir);
    realRoots.set(contentDir, root);
  }
  return root;
}

/**
 * Resolves `reference`, written in the content file `fromFile`, to a file that may be published.
 * @example resolveReference('/site/content', '/site/content/notices/2018/a.md', './plan.pdf', 'attachment')
 * // { ok: true, file: { relative: 'notices/2018/plan.pdf', publicPath: '/files/notices/2018/plan.pdf', … } }
 * @example resolveReference(dir, file, '/etc/passwd', 'attachment') // { ok: false, message: '…只能是 content/ 里的文件…' }
 */
export function resolveReference(contentDir: string, fromFile: string, reference: string, kind: ReferenceKind): Resolved {
  const inside = '只能引用 content/ 文件夹里、与本文件放在一起的文件';
  const fix = kind === 'attachment' ? '把文件放到本文件旁边，写相对路径，如 file: ./实施方案.pdf' : '把文件放到本文件旁边，写相对路径，如 ./图1.png';
  let written = reference.trim();
  if (kind !== 'attachment' && kind !== 'import') {
    // Body addresses arrive percent-encoded (Markdown encodes them); the file system has the decoded name.
    try {
      written = decodeURIComponent(written);
    } catch {
      return refuse(`地址 "${reference}" 编码有误`, fix);
    }
  }
  if (written === '') return refuse('文件路径为空', fix);
  if (/[?#]/.test(written)) return refuse(`文件路径 "${reference}" 不能带 ? 或 # 后缀`, fix);
  if (/^[a-z][a-z0-9+.-]*:/i.test(written) || written.startsWith('/') || written.startsWith('\\') || written.startsWith('~')) {
    return refuse(`文件路径 "${reference}" 不是相对路径；${inside}`, fix);
  }
  if (written.includes('\\') || /[\u0000-\u001f]/.test(written)) return refuse(`文件路径 "${reference}" 含有不允许的字符`, fix);

  const root = path.resolve(contentDir);
  const abs = path.resolve(path.dirname(fromFile), written);
  const relative = path.relative(root, abs);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return refuse(`文件路径 "${reference}" 指向 content/ 之外；${inside}`, fix);

  if (relative.split(path.sep).some((part) => part.startsWith('.'))) return refuse(`"${reference}" 是隐藏文件或在隐藏文件夹里（名字以 . 开头），不会发布`, '给文件或文件夹改名，去掉开头的 .');
  const type = fileType(abs);
  if (FORBIDDEN_TYPES.has(type)) return refuse(`"${reference}" 是网页或程序文件（.${type}），不能发布`, '改为 PDF 等文档格式');
  if (!(type in PUBLISHABLE_TYPES)) {
    return refuse(`"${reference}" 的文件类型 .${type || '（无）'} 不能发布；可发布：${Object.keys(PUBLISHABLE_TYPES).join(' ')}`, '转换为 PDF 等可发布的格式');
  }
  if ((kind === 'image' || kind === 'import') && !IMAGE_TYPES.has(type)) {
    return refuse(`"${reference}" 不是图片；图片可用：${[...IMAGE_TYPES].join(' ')}`, '插入图片文件，或把文档作为附件链接');
  }

  // Walk down from the content folder with lstat: a symlink anywhere on the way is refused, dangling or not.
  let at = root;
  for (const part of relative.split(path.sep)) {
    at = path.join(at, part);
    let stat: fs.Stats;
    try {
      stat = fs.lstatSync(at);
    } catch {
      return refuse(`文件 "${reference}" 不存在`, fix, true);
    }
    if (stat.isSymbolicLink()) return refuse(`"${reference}" 经过符号链接；只发布真实文件`, '把真实文件放到本文件旁边');
    if (at === abs && !stat.isFile()) return refuse(`"${reference}" 不是普通文件`, fix);
  }
  const real = fs.realpathSync(abs);
  const realRelative = path.relative(realRoot(root), real);
  if (realRelative.startsWith('..') || path.isAbsolute(realRelative)) return refuse(`文件路径 "${reference}" 指向 content/ 之外；${inside}`, fix);

  if (!looksLike(abs, type)) return refuse(`"${reference}" 的内容不是 ${type.toUpperCase()} 图片（文件类型与扩展名不符）`, '用图片软件重新导出');
  const rel = relative.split(path.sep).join('/');
  return { ok: true, file: { abs, relative: rel, publicPath: `/files/${rel}`, type } };
}
