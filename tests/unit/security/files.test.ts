import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  FORBIDDEN_TYPES,
  PUBLISHABLE_TYPES,
  fileType,
  isFileReference,
  looksLike,
  resolveReference,
  type ReferenceKind,
  type Resolved,
} from '../../../src/lib/security/files.ts';

/** The 8-byte PNG signature, then a few bytes of an IHDR chunk. */
const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.from([0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x00, 0x01]),
]);
const HTML = '<!doctype html><script>alert(1)</script>';

let root: string;
let content: string;
/** The article every reference below is written in: content/notices/2024/a.md. */
let article: string;

beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'gongkai-files-'));
  content = path.join(root, 'content');
  const here = path.join(content, 'notices', '2024');
  const other = path.join(content, 'notices', 'other');
  fs.mkdirSync(here, { recursive: true });
  fs.mkdirSync(other, { recursive: true });
  article = path.join(here, 'a.md');
  fs.writeFileSync(article, '---\ntitle: 通知\n---\n');
  fs.writeFileSync(path.join(here, 'plan.pdf'), '%PDF-1.7\n');
  fs.writeFileSync(path.join(other, 'plan.pdf'), '%PDF-1.7\n');
  fs.writeFileSync(path.join(here, '附件.pdf'), '%PDF-1.7\n');
  fs.writeFileSync(path.join(here, 'page.html'), HTML);
  fs.writeFileSync(path.join(here, 'app.js'), 'alert(1)');
  fs.writeFileSync(path.join(here, 'x.psd'), '8BPS');
  fs.writeFileSync(path.join(here, 'photo.png'), PNG);
  fs.writeFileSync(path.join(here, 'fake.png'), HTML);
  fs.mkdirSync(path.join(here, 'dir.pdf'));
  // A symlink to a file that is itself inside content/, a symlinked folder, and a link to nothing.
  fs.symlinkSync('plan.pdf', path.join(here, 'alias.pdf'));
  fs.symlinkSync(other, path.join(here, 'linked'));
  fs.symlinkSync('nowhere.pdf', path.join(here, 'dangling.pdf'));
  // A file next to content/, never to be published or even acknowledged.
  fs.writeFileSync(path.join(root, 'secret.pdf'), '%PDF-1.7\n');
});

afterAll(() => {
  fs.rmSync(root, { recursive: true, force: true });
});

const resolve = (reference: string, kind: ReferenceKind = 'attachment'): Resolved =>
  resolveReference(content, article, reference, kind);

/** The refusal for `reference`; fails the test if it was accepted. */
function refusal(reference: string, kind: ReferenceKind = 'attachment') {
  const result = resolve(reference, kind);
  if (result.ok) throw new Error(`"${reference}" (${kind}) was accepted as ${result.file.relative}`);
  return result;
}

describe('resolveReference: files an article may publish', () => {
  it('resolves a file next to the article to its public path under /files/', () => {
    const result = resolve('./plan.pdf');
    expect(result).toEqual({
      ok: true,
      file: {
        abs: path.join(content, 'notices', '2024', 'plan.pdf'),
        relative: 'notices/2024/plan.pdf',
        publicPath: '/files/notices/2024/plan.pdf',
        type: 'pdf',
      },
    });
  });

  it('accepts a path that climbs up but stays inside content/', () => {
    const result = resolve('../other/plan.pdf');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.file.relative).toBe('notices/other/plan.pdf');
    expect(result.file.publicPath).toBe('/files/notices/other/plan.pdf');
  });

  it('accepts an image that really is a PNG for kind image', () => {
    const result = resolve('./photo.png', 'image');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.file.relative).toBe('notices/2024/photo.png');
    expect(result.file.publicPath).toBe('/files/notices/2024/photo.png');
    expect(result.file.type).toBe('png');
  });

  it('decodes a percent-encoded body link to the file name on disk (附件.pdf)', () => {
    const result = resolve('./%E9%99%84%E4%BB%B6.pdf', 'link');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.file.abs).toBe(path.join(content, 'notices', '2024', '附件.pdf'));
    expect(result.file.relative).toBe('notices/2024/附件.pdf');
    expect(result.file.publicPath).toBe('/files/notices/2024/附件.pdf');
  });

  it('takes an attachment name as written: 附件.pdf resolves, its percent-encoding does not', () => {
    const plain = resolve('./附件.pdf', 'attachment');
    expect(plain.ok).toBe(true);
    if (plain.ok) expect(plain.file.relative).toBe('notices/2024/附件.pdf');
    const encoded = refusal('./%E9%99%84%E4%BB%B6.pdf', 'attachment');
    expect(encoded.missing).toBe(true);
  });
});

describe('resolveReference: missing files', () => {
  it('marks a file that is not there as missing', () => {
    const result = refusal('./absent.pdf');
    expect(result.missing).toBe(true);
    expect(result.message).toContain('不存在');
  });

  it('marks a file in a folder that is not there as missing', () => {
    expect(refusal('./nofolder/plan.pdf').missing).toBe(true);
  });
});

describe('resolveReference: nothing outside content/', () => {
  it('refuses an absolute path', () => {
    const result = refusal('/etc/passwd');
    expect(result.missing).toBe(false);
    expect(result.message).toContain('不是相对路径');
  });

  it('refuses ~ and scheme-prefixed paths as not relative', () => {
    for (const reference of ['~/plan.pdf', 'file:///etc/passwd', 'C:/plan.pdf']) {
      const result = refusal(reference);
      expect(result.missing, reference).toBe(false);
      expect(result.message, reference).toContain('不是相对路径');
    }
  });

  it('refuses a path that climbs out of content/', () => {
    const result = refusal('../../../etc/passwd');
    expect(result.missing).toBe(false);
    expect(result.message).toContain('指向 content/ 之外');
  });

  it('says the same about an outside file that exists and one that does not', () => {
    expect(fs.existsSync(path.join(root, 'secret.pdf'))).toBe(true);
    expect(fs.existsSync(path.join(root, 'absent.pdf'))).toBe(false);
    const exists = refusal('../../../secret.pdf');
    const absent = refusal('../../../absent.pdf');
    expect(exists.missing).toBe(false);
    expect(absent.missing).toBe(false);
    expect(exists.message.replace('secret', 'NAME')).toBe(absent.message.replace('absent', 'NAME'));
    expect(exists.fix).toBe(absent.fix);
    // Far enough up to reach the real /etc/passwd (which exists) and a file that does not.
    const deep = '../'.repeat(20);
    const real = refusal(`${deep}etc/passwd`);
    const fake = refusal(`${deep}etc/no-such-file-here`);
    expect(real.missing).toBe(false);
    expect(fake.missing).toBe(false);
    expect(real.message.replace('passwd', 'NAME')).toBe(fake.message.replace('no-such-file-here', 'NAME'));
  });

  it('refuses content/ itself', () => {
    expect(refusal('../..').message).toContain('指向 content/ 之外');
  });
});

describe('resolveReference: no symlinks', () => {
  it('refuses a symlink even when it points to a file inside content/', () => {
    const result = refusal('./alias.pdf');
    expect(result.missing).toBe(false);
    expect(result.message).toContain('符号链接');
  });

  it('refuses a real file reached through a symlinked folder', () => {
    const result = refusal('./linked/plan.pdf');
    expect(result.missing).toBe(false);
    expect(result.message).toContain('符号链接');
  });

  it('refuses a dangling symlink without calling it missing', () => {
    const result = refusal('./dangling.pdf');
    expect(result.missing).toBe(false);
    expect(result.message).toContain('符号链接');
  });
});

describe('resolveReference: what a path may contain', () => {
  it.each(['./plan.pdf?raw', './plan.pdf#x', './plan.pdf?url'])('refuses the suffix in %s', (reference) => {
    const result = refusal(reference);
    expect(result.missing).toBe(false);
    expect(result.message).toContain('不能带 ? 或 # 后缀');
  });

  it('refuses ? and # in body links too, also when percent-encoded', () => {
    for (const reference of ['./plan.pdf?raw', './plan.pdf#x', './plan.pdf%3Fraw', './plan.pdf%23x']) {
      expect(refusal(reference, 'link').message, reference).toContain('不能带 ? 或 # 后缀');
    }
  });

  it.each(['.\\plan.pdf', 'sub\\plan.pdf', '..\\..\\..\\secret.pdf'])('refuses the backslash in %s', (reference) => {
    const result = refusal(reference);
    expect(result.missing).toBe(false);
    expect(result.message).toContain('不允许的字符');
  });

  it.each(['./pl\u0000an.pdf', './pl\tan.pdf', './plan\n.pdf', './plan\u001f.pdf'])(
    'refuses the control character in %j',
    (reference) => {
      const result = refusal(reference);
      expect(result.missing).toBe(false);
      expect(result.message).toContain('不允许的字符');
    },
  );

  it('refuses percent-encoded backslashes and control characters in body links', () => {
    for (const reference of ['.%5Cplan.pdf', './pl%00an.pdf', './plan%0A.pdf']) {
      expect(refusal(reference, 'link').message, reference).toContain('不允许的字符');
    }
  });

  it('refuses a body link whose percent-encoding is broken', () => {
    expect(refusal('./plan%E9.pdf', 'link').message).toContain('编码有误');
  });

  it('refuses an empty path', () => {
    expect(refusal('').message).toBe('文件路径为空');
    expect(refusal('   ').message).toBe('文件路径为空');
  });
});

describe('resolveReference: types', () => {
  it.each(['./page.html', './app.js'])('refuses the page or program %s although it exists', (reference) => {
    expect(fs.existsSync(path.join(content, 'notices', '2024', reference))).toBe(true);
    for (const kind of ['attachment', 'link'] as const) {
      const result = refusal(reference, kind);
      expect(result.missing).toBe(false);
      expect(result.message).toContain('网页或程序文件');
    }
  });

  it('refuses a page or program that does not exist the same way, not as missing', () => {
    const result = refusal('./absent.html');
    expect(result.missing).toBe(false);
    expect(result.message).toContain('网页或程序文件');
  });

  it('refuses a type that is not publishable', () => {
    const result = refusal('./x.psd');
    expect(result.missing).toBe(false);
    expect(result.message).toContain('文件类型 .psd 不能发布');
  });

  it('refuses a file without a type', () => {
    expect(refusal('./README').message).toContain('文件类型 .（无） 不能发布');
  });

  it('refuses a PDF where an image is expected', () => {
    for (const kind of ['image', 'import'] as const) {
      const result = refusal('./plan.pdf', kind);
      expect(result.missing).toBe(false);
      expect(result.message).toContain('不是图片');
    }
  });

  it('refuses a .png whose bytes are HTML', () => {
    for (const kind of ['image', 'attachment', 'link'] as const) {
      const result = refusal('./fake.png', kind);
      expect(result.missing).toBe(false);
      expect(result.message).toContain('不是 PNG 图片');
    }
  });

  it('refuses a folder named like a file', () => {
    const result = refusal('./dir.pdf');
    expect(result.missing).toBe(false);
    expect(result.message).toContain('不是普通文件');
  });
});

describe('isFileReference', () => {
  it.each(['./a.pdf', 'a.pdf', '../x/b.docx', './图1.png', './a.pdf?raw'])('%s is a file reference', (url) => {
    expect(isFileReference(url)).toBe(true);
  });

  it.each([
    'https://x/a.pdf',
    '/files/a.pdf',
    '#top',
    '../2019/other/',
    'mailto:a@b.cn',
    'javascript:x.pdf',
    'JavaScript:x.pdf',
    '\\\\server\\a.pdf',
    '',
    '   ',
  ])('%j is not a file reference', (url) => {
    expect(isFileReference(url)).toBe(false);
  });
});

describe('fileType', () => {
  it('is the lower-case type without the dot', () => {
    expect(fileType('plan.PDF')).toBe('pdf');
    expect(fileType('notices/2024/实施方案.docx')).toBe('docx');
    expect(fileType('archive.tar.gz')).toBe('gz');
    expect(fileType('.htaccess')).toBe('htaccess');
    expect(fileType('README')).toBe('');
    expect(fileType('plan.')).toBe('');
  });
});

describe('looksLike', () => {
  it('checks the signature of raster images only', () => {
    const dir = path.join(content, 'notices', '2024');
    expect(looksLike(path.join(dir, 'photo.png'), 'png')).toBe(true);
    expect(looksLike(path.join(dir, 'fake.png'), 'png')).toBe(false);
    expect(looksLike(path.join(dir, 'photo.png'), 'jpg')).toBe(false);
    expect(looksLike(path.join(dir, 'plan.pdf'), 'pdf')).toBe(true);
  });
});

describe('PUBLISHABLE_TYPES and FORBIDDEN_TYPES', () => {
  it('never overlap', () => {
    expect(Object.keys(PUBLISHABLE_TYPES).filter((type) => FORBIDDEN_TYPES.has(type))).toEqual([]);
  });

  it('publish documents and images, forbid pages and programs', () => {
    for (const type of ['pdf', 'ofd', 'docx', 'xlsx', 'wps', 'png', 'svg']) expect(type in PUBLISHABLE_TYPES, type).toBe(true);
    expect(PUBLISHABLE_TYPES['pdf']).toBe('PDF');
    for (const type of ['html', 'htm', 'js', 'mjs', 'astro', 'svgz', 'php', 'htaccess']) expect(FORBIDDEN_TYPES.has(type), type).toBe(true);
  });
});

describe('resolveReference: hidden files', () => {
  it('never publishes a file whose name, or a folder on its way, starts with a dot', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongkai-hidden-'));
    fs.mkdirSync(path.join(dir, 'notices/2024/.private'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'notices/2024/.private/keys.zip'), 'PK');
    fs.writeFileSync(path.join(dir, 'notices/2024/.env.txt'), 'SECRET=1');
    const from = path.join(dir, 'notices/2024/a.md');
    for (const reference of ['./.private/keys.zip', './.env.txt']) {
      const resolved = resolveReference(dir, from, reference, 'attachment');
      expect(resolved.ok).toBe(false);
      expect(resolved.ok ? '' : resolved.message).toContain('隐藏');
    }
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
