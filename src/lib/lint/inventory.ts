/**
 * Every entry under `content/`, accounted for. Each one is an article, a settings file, a file an article may
 * reference (published only if one does), deliberately skipped (names starting with `.`, such as `.gitkeep`),
 * or a finding: a symlink (followed, it could publish `/etc/passwd` or a folder of keys), a special file, a name
 * that URLs and the bundler would misread, an upper-case `.MD`, a folder named like an article, a page or
 * program file. Nothing is followed or read here: entries are listed with their `lstat` types.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from '../diagnostics.ts';
import { FORBIDDEN_TYPES, fileType } from '../security/files.ts';

/** The two kinds of content, each in its own folder under `content/`. */
export const COLLECTIONS = ['news', 'notices'] as const;
export type CollectionName = (typeof COLLECTIONS)[number];

/** Settings files at the top of `content/`. */
export const SETTINGS_FILES = ['site.yaml', 'glossary.yaml'];

export interface ContentFile {
  collection: CollectionName;
  /** Absolute path. */
  abs: string;
  /** Path below the collection folder, e.g. 2019/jiceng.md. */
  relative: string;
  /** Path as the editor sees it, e.g. content/news/2019/jiceng.md. */
  display: string;
}

export interface Inventory {
  /** The Markdown/MDX articles, in a stable order. */
  articles: ContentFile[];
  /** Other regular files in the collections, by absolute path → display path: published only if referenced. */
  assets: Map<string, string>;
  diagnostics: Diagnostic[];
  /** Entries skipped on purpose (their names start with `.`), as display paths. */
  skipped: string[];
}

/**
 * Characters a file or folder name may not contain: control and invisible characters, and the ASCII signs that
 * URLs, the shell or the bundler give a meaning (`?raw`, `#`, `%`, quotes, `\`, `:`…).
 */
const BAD_NAME = /[\u0000-\u001f\u007f-\u00a0\u00ad\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u2069\u3000\ufeff?#%"'`<>|*:;&$\\{}[\]^~!=]/u;

/**
 * Lists everything under the content folder.
 * @param contentDir absolute path of `content/`
 * @param displayDir how editors see it, e.g. `content`
 */
export function takeInventory(contentDir: string, displayDir: string): Inventory {
  const inventory: Inventory = { articles: [], assets: new Map(), diagnostics: [], skipped: [] };
  const report = (rule: string, severity: Diagnostic['severity'], display: string, message: string, fix?: string) =>
    inventory.diagnostics.push({ rule, severity, file: display, message, fix });

  /** `outside`: a folder at the top of content/ that is not a collection; only dangerous entries are reported. */
  const visit = (abs: string, rel: string, collection: CollectionName | undefined, outside = false) => {
    const entries = fs.readdirSync(abs, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const childAbs = path.join(abs, entry.name);
      const childRel = rel ? `${rel}/${entry.name}` : entry.name;
      const display = `${displayDir}/${childRel}`;
      if (entry.isSymbolicLink()) {
        report('symlink', 'error', display, '这是符号链接（快捷方式）；网站不跟随链接，以免发布 content/ 以外的文件', '删除链接，把真实文件放在这里');
        continue;
      }
      if (entry.name.startsWith('.')) {
        inventory.skipped.push(display);
        continue;
      }
      if (outside) {
        if (entry.isDirectory()) visit(childAbs, childRel, undefined, true);
        else if (!entry.isFile()) report('special-file', 'error', display, '这不是普通文件（管道、设备或套接字）', '删除它');
        else if (FORBIDDEN_TYPES.has(fileType(entry.name))) {
          report('file-type', 'error', display, `.${fileType(entry.name)} 是网页或程序文件；content/ 里不能放这类文件`, '删除它');
        }
        continue;
      }
      if (BAD_NAME.test(entry.name) || entry.name !== entry.name.trim() || entry.name.endsWith('.')) {
        report('file-name', 'error', display, `名字 "${entry.name}" 含有网址或系统会误读的符号（? # % 引号 \\ : 等）或不可见字符`, '改名，只用汉字、字母、数字、- 和 _');
        continue;
      }
      const top = collection ?? (COLLECTIONS as readonly string[]).find((c) => c === childRel);
      if (entry.isDirectory()) {
        if (!top) {
          report('unknown-location', 'warning', display, `文件夹 ${childRel}/ 不是 news/ 或 notices/，里面的文件不会发布`, '把文章移到 content/news/ 或 content/notices/');
          visit(childAbs, childRel, undefined, true);
          continue;
        }
        if (/\.(md|mdx|markdown)$/i.test(entry.name)) {
          report('file-extension', 'error', display, `文件夹名 "${entry.name}" 像一篇文章；文章应是文件，文件夹名不能以 .md 结尾`, '给文件夹改名');
        }
        visit(childAbs, childRel, top as CollectionName);
        continue;
      }
      if (!entry.isFile()) {
        report('special-file', 'error', display, '这不是普通文件（管道、设备或套接字）', '删除它');
        continue;
      }
      const type = fileType(entry.name);
      if (FORBIDDEN_TYPES.has(type)) {
        report('file-type', 'error', display, `.${type} 是网页或程序文件；content/ 里不能放这类文件（在网站上它们会以本站身份运行）`, '删除它；文件要发布请转为 PDF 等文档格式');
        continue;
      }
      if (!collection) {
        if (!SETTINGS_FILES.includes(childRel)) {
          report('unknown-location', 'warning', display, `${childRel} 不在 news/ 或 notices/ 里，不会发布`, '文章和附件放在 content/news/ 或 content/notices/ 下');
        }
        continue;
      }
      const relative = childRel.slice(collection.length + 1);
      if (type === 'md' || type === 'mdx') {
        if (/\.mdx?$/.test(entry.name)) {
          inventory.articles.push({ collection, abs: childAbs, relative, display });
        } else {
          const fixed = entry.name.replace(/\.(mdx?)$/i, (_, ext: string) => `.${ext.toLowerCase()}`);
          report('file-extension', 'error', display, `扩展名应为小写 .${type}，否则不会作为文章发布`, `改名为 ${fixed}`);
        }
        continue;
      }
      if (type === 'markdown') {
        report('file-extension', 'error', display, '扩展名 .markdown 不会作为文章发布', `改名为 ${entry.name.replace(/\.markdown$/i, '.md')}`);
        continue;
      }
      inventory.assets.set(childAbs, display);
    }
  };
  visit(contentDir, '', undefined);
  // Article order by full path, as editors list them (news/2019.md before news/2019/index.md).
  inventory.articles.sort((a, b) => (a.display < b.display ? -1 : a.display > b.display ? 1 : 0));
  return inventory;
}
