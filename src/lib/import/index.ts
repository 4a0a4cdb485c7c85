/**
 * `npm run import`: imports legacy portal pages as content files. convert.ts turns a page into the file's
 * text; this module reads the page (UTF-8 or GBK), finds the files it uses next to it (never outside its
 * folder), writes the article without overwriting anything unless told to, copies the files, and runs the
 * site's own check on the result. See docs/import.md.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from '../diagnostics.ts';
import { checkFile, finishCheck } from '../lint/check.ts';
import { takeInventory, type ContentFile } from '../lint/inventory.ts';
import type { Site } from '../site.ts';
import { convertPage, type PageResult } from './convert.ts';
import { localAttachmentFinder, localFileResolver, readPageText } from './files.ts';

export { channelFromBreadcrumb, convertPage, findMojibake, isHtml, type ConvertOptions, type MojibakeFinding, type PageResult, type SpamLine } from './convert.ts';
export { listPages, localAttachmentFinder, localFileResolver, readPageText } from './files.ts';
export type { Block, LocalFile, Note } from './types.ts';

/** The result for a page that could not be imported; `errors` says why. */
export function failed(input: string): PageResult {
  return { input, status: 'failed', fields: [], spam: [], mojibake: [], script: 'zh-Hans', repairs: 0, notes: [], files: [], errors: [], diagnostics: [] };
}

export interface ImportOptions {
  site: Site;
  channel?: string | undefined;
  /** Overwrite files that exist. */
  force?: boolean | undefined;
  /** Display path of the input for the report; the path itself otherwise. */
  display?: string | undefined;
  /** Files already written in this run (below the content folder): another page's file is never overwritten. */
  taken?: Set<string> | undefined;
}

/**
 * Imports one page into the site's content folder and checks the written file with the site's own check.
 * @example importFile('legacy/2019/jiceng.html', { site: loadSite('content'), channel: 'media' })
 * // { status: 'written', target: 'news/2019/ji-ceng-min-zheng-gong-zuo.md', diagnostics: [], … }
 */
export function importFile(file: string, options: ImportOptions): PageResult {
  const display = options.display ?? file;
  let text: string;
  try {
    text = readPageText(file);
  } catch (error) {
    return { ...failed(display), errors: [`读不到文件：${(error as Error).message}`] };
  }
  let result: PageResult;
  try {
    result = convertPage({ name: file, text }, { site: options.site, channel: options.channel, resolveFile: localFileResolver(file), findAttachment: localAttachmentFinder(file) });
  } catch (error) {
    // A hostile or broken page (thousands of nested elements) must not stop the other pages.
    const why = error instanceof RangeError ? '页面的元素嵌套过深' : (error as Error).message;
    return { ...failed(display), errors: [`无法读取页面结构：${why}；请另存为纯文本后再导入（Page could not be parsed）`] };
  }
  result.input = display;
  if (result.errors.length > 0 || !result.text || !result.target) return result;

  const { site } = options;
  const proposed = result.target;
  let relative = proposed;
  if (options.taken) {
    // Two pages of one run with the same title: number the second instead of overwriting the first.
    for (let n = 2; options.taken.has(relative); n++) relative = proposed.replace(/\.md$/, `-${n}.md`);
    options.taken.add(relative);
  }
  result.target = relative;
  const abs = path.join(site.contentDir, relative);
  if (fs.existsSync(abs) && !options.force) {
    result.status = 'skipped';
    result.errors.push(`${site.displayDir}/${relative} 已存在，未覆盖；确认要替换时加 --force（File exists: use --force）`);
    return result;
  }
  fs.mkdirSync(path.dirname(abs), { recursive: true });
  for (const f of result.files) {
    const to = path.join(path.dirname(abs), f.name);
    if (fs.existsSync(to) && !options.force && !fs.readFileSync(to).equals(fs.readFileSync(f.from))) {
      result.status = 'skipped';
      result.errors.push(`${site.displayDir}/${path.dirname(relative)}/${f.name} 已存在且内容不同，未覆盖；加 --force 替换`);
      return result;
    }
  }
  for (const f of result.files) fs.copyFileSync(f.from, path.join(path.dirname(abs), f.name));
  fs.writeFileSync(abs, result.text);
  result.status = 'written';
  result.diagnostics = lintWritten(site, [abs]);
  return result;
}

/**
 * Runs the site's check on files just written: each file's own findings, plus the whole-site ones that concern
 * them (two files at one address). Other files of the site are not reported.
 */
export function lintWritten(site: Site, files: readonly string[]): Diagnostic[] {
  const inventory = takeInventory(site.contentDir, site.displayDir);
  const mine = inventory.articles.filter((a: ContentFile) => files.includes(a.abs));
  const results = mine.map((file) => checkFile(site, file));
  const used = new Set(results.flatMap((r) => r.used));
  const finished = finishCheck(site, { ...inventory, diagnostics: [], assets: new Map([...inventory.assets].filter(([abs]) => used.has(abs))) }, results);
  const displays = new Set([...mine.map((m) => m.display), ...[...used].map((u) => inventory.assets.get(u) ?? u)]);
  return finished.diagnostics.filter((d) => displays.has(d.file));
}

