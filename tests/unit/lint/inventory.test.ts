import { execSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { takeInventory, type Inventory } from '../../../src/lib/lint/inventory.ts';

let root: string;
let content: string;
let inventory: Inventory;

/** Writes a file below content/, creating its folders. */
function put(relative: string, text = 'x'): string {
  const abs = path.join(content, relative);
  fs.mkdirSync(path.dirname(abs), { recursive: true });
  fs.writeFileSync(abs, text);
  return abs;
}

/** Every finding for one display path, as `rule severity`. */
const findings = (display: string): string[] =>
  inventory.diagnostics.filter((d) => d.file === display).map((d) => `${d.rule} ${d.severity}`);

const articleDisplays = (): string[] => inventory.articles.map((a) => a.display);
const assetDisplays = (): string[] => [...inventory.assets.values()].sort();

beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'gongkai-inventory-'));
  content = path.join(root, 'content');

  // Settings and articles.
  put('site.yaml', 'title: 某市人民政府\n');
  put('glossary.yaml', '');
  put('news/2024/hello.md');
  put('news/2024/b.mdx');
  put('news/2019/index.md');
  put('news/2019.md');
  put('notices/2024/plan.md');
  // Files an article may reference.
  put('notices/2024/plan.pdf');
  put('notices/2024/图1.png');
  put('news/2024/data.csv');

  // Extensions that look like an article but are not one.
  put('notices/2024/UPPER.MD');
  put('notices/2024/Mixed.Mdx');
  put('notices/2024/old.markdown');
  fs.mkdirSync(path.join(content, 'notices', 'x.md'), { recursive: true });

  // Symlinks: to a file, to a folder (with an article behind it), dangling, and to outside content/.
  fs.mkdirSync(path.join(root, 'outside'));
  fs.writeFileSync(path.join(root, 'outside', 'secret.md'), 'x');
  fs.writeFileSync(path.join(root, 'outside', 'keys.pdf'), 'x');
  fs.symlinkSync('plan.pdf', path.join(content, 'notices', '2024', 'link.pdf'));
  fs.symlinkSync('2024', path.join(content, 'notices', 'linkdir'));
  fs.symlinkSync('nowhere.pdf', path.join(content, 'notices', '2024', 'dangling.pdf'));
  fs.symlinkSync(path.join(root, 'outside'), path.join(content, 'news', 'outside'));
  fs.symlinkSync(path.join(root, 'outside'), path.join(content, 'toplink'));

  // Names URLs, the shell or the bundler would misread.
  put('notices/2024/a?.pdf');
  put('notices/2024/b#.pdf');
  put('notices/2024/c%20.pdf');
  put('notices/2024/d\u200b.pdf');
  put('notices/2024/e.pdf ');
  put('news/bad#dir/inside.md');

  // Skipped on purpose.
  put('.gitkeep', '');
  put('.git/HEAD', 'ref: refs/heads/main\n');
  put('notices/2024/.DS_Store');

  // Pages and programs.
  put('notices/2024/page.html');
  put('notices/2024/app.js');
  put('news/2024/Widget.astro');
  put('evil.HTML');

  // Outside the two collections.
  put('readme.txt');
  put('drafts/draft.md');
  put('drafts/draft.pdf');

  // A named pipe: not a regular file.
  execSync(`mkfifo ${JSON.stringify(path.join(content, 'notices', '2024', 'pipe.pdf'))}`);

  inventory = takeInventory(content, 'content');
});

afterAll(() => {
  fs.rmSync(root, { recursive: true, force: true });
});

describe('takeInventory: articles', () => {
  it('lists the Markdown and MDX articles of news/ and notices/, sorted by path', () => {
    expect(inventory.articles).toEqual([
      { collection: 'news', abs: path.join(content, 'news/2019.md'), relative: '2019.md', display: 'content/news/2019.md' },
      {
        collection: 'news',
        abs: path.join(content, 'news/2019/index.md'),
        relative: '2019/index.md',
        display: 'content/news/2019/index.md',
      },
      { collection: 'news', abs: path.join(content, 'news/2024/b.mdx'), relative: '2024/b.mdx', display: 'content/news/2024/b.mdx' },
      {
        collection: 'news',
        abs: path.join(content, 'news/2024/hello.md'),
        relative: '2024/hello.md',
        display: 'content/news/2024/hello.md',
      },
      {
        collection: 'notices',
        abs: path.join(content, 'notices/2024/plan.md'),
        relative: '2024/plan.md',
        display: 'content/notices/2024/plan.md',
      },
    ]);
  });

  it('uses the display folder given, not the absolute path', () => {
    const other = takeInventory(content, 'site/content');
    expect(other.articles.map((a) => a.display)[0]).toBe('site/content/news/2019.md');
    expect(other.diagnostics.every((d) => d.file.startsWith('site/content/'))).toBe(true);
  });
});

describe('takeInventory: extensions', () => {
  it('reports an upper-case .MD or .Mdx instead of taking it as an article', () => {
    expect(findings('content/notices/2024/UPPER.MD')).toEqual(['file-extension error']);
    expect(findings('content/notices/2024/Mixed.Mdx')).toEqual(['file-extension error']);
    const upper = inventory.diagnostics.find((d) => d.file === 'content/notices/2024/UPPER.MD');
    expect(upper?.fix).toBe('改名为 UPPER.md');
    const mixed = inventory.diagnostics.find((d) => d.file === 'content/notices/2024/Mixed.Mdx');
    expect(mixed?.fix).toBe('改名为 Mixed.mdx');
    expect(articleDisplays()).not.toContain('content/notices/2024/UPPER.MD');
    expect(articleDisplays()).not.toContain('content/notices/2024/Mixed.Mdx');
    expect(assetDisplays()).not.toContain('content/notices/2024/UPPER.MD');
  });

  it('reports a folder named like an article', () => {
    expect(findings('content/notices/x.md')).toEqual(['file-extension error']);
    expect(articleDisplays()).not.toContain('content/notices/x.md');
  });

  it('reports .markdown, which is not published as an article', () => {
    expect(findings('content/notices/2024/old.markdown')).toEqual(['file-extension error']);
    expect(inventory.diagnostics.find((d) => d.file === 'content/notices/2024/old.markdown')?.fix).toBe('改名为 old.md');
    expect(articleDisplays()).not.toContain('content/notices/2024/old.markdown');
    expect(assetDisplays()).not.toContain('content/notices/2024/old.markdown');
  });
});

describe('takeInventory: symlinks', () => {
  it.each([
    'content/notices/2024/link.pdf',
    'content/notices/linkdir',
    'content/notices/2024/dangling.pdf',
    'content/news/outside',
    'content/toplink',
  ])('reports %s as a symlink', (display) => {
    expect(findings(display)).toEqual(['symlink error']);
  });

  it('does not follow them: nothing behind a symlink is listed', () => {
    const everything = [...articleDisplays(), ...assetDisplays(), ...inventory.diagnostics.map((d) => d.file), ...inventory.skipped];
    expect(everything.filter((display) => /linkdir\/|outside\/|toplink\/|secret|keys/.test(display))).toEqual([]);
    expect(assetDisplays()).not.toContain('content/notices/2024/link.pdf');
    expect(assetDisplays()).not.toContain('content/notices/2024/dangling.pdf');
  });
});

describe('takeInventory: names', () => {
  it.each([
    'content/notices/2024/a?.pdf',
    'content/notices/2024/b#.pdf',
    'content/notices/2024/c%20.pdf',
    'content/notices/2024/d\u200b.pdf',
    'content/notices/2024/e.pdf ',
    'content/news/bad#dir',
  ])('reports the name %j', (display) => {
    expect(findings(display)).toEqual(['file-name error']);
    expect(assetDisplays()).not.toContain(display);
  });

  it('does not look inside a folder with a bad name', () => {
    expect(articleDisplays()).not.toContain('content/news/bad#dir/inside.md');
    expect(findings('content/news/bad#dir/inside.md')).toEqual([]);
  });
});

describe('takeInventory: skipped entries', () => {
  it('skips names starting with a dot, without a finding and without looking inside', () => {
    expect([...inventory.skipped].sort()).toEqual(['content/.git', 'content/.gitkeep', 'content/notices/2024/.DS_Store']);
    expect(inventory.diagnostics.filter((d) => /\/\./.test(d.file))).toEqual([]);
    expect(assetDisplays()).not.toContain('content/notices/2024/.DS_Store');
  });
});

describe('takeInventory: pages and programs', () => {
  it.each([
    'content/notices/2024/page.html',
    'content/notices/2024/app.js',
    'content/news/2024/Widget.astro',
    'content/evil.HTML',
  ])('reports %s as a forbidden type', (display) => {
    expect(findings(display)).toEqual(['file-type error']);
    expect(assetDisplays()).not.toContain(display);
  });
});

describe('takeInventory: locations', () => {
  it('accepts the settings files at the top without a finding', () => {
    expect(findings('content/site.yaml')).toEqual([]);
    expect(findings('content/glossary.yaml')).toEqual([]);
  });

  it('warns about another file at the top', () => {
    expect(findings('content/readme.txt')).toEqual(['unknown-location warning']);
    expect(assetDisplays()).not.toContain('content/readme.txt');
  });

  it('warns about another folder at the top and lists nothing in it', () => {
    expect(findings('content/drafts')).toEqual(['unknown-location warning']);
    expect(articleDisplays()).not.toContain('content/drafts/draft.md');
    expect(assetDisplays()).not.toContain('content/drafts/draft.pdf');
    expect(inventory.diagnostics.filter((d) => d.file.startsWith('content/drafts/'))).toEqual([]);
  });
});

describe('takeInventory: assets and special files', () => {
  it('lists the other regular files of the collections by absolute path with their display paths', () => {
    const byPath = ([a]: [string, string], [b]: [string, string]) => (a < b ? -1 : a > b ? 1 : 0);
    const expected: [string, string][] = [
      [path.join(content, 'news/2024/data.csv'), 'content/news/2024/data.csv'],
      [path.join(content, 'notices/2024/plan.pdf'), 'content/notices/2024/plan.pdf'],
      [path.join(content, 'notices/2024/图1.png'), 'content/notices/2024/图1.png'],
    ];
    expect([...inventory.assets.entries()].sort(byPath)).toEqual(expected.sort(byPath));
  });

  it('reports a named pipe as a special file', () => {
    expect(findings('content/notices/2024/pipe.pdf')).toEqual(['special-file error']);
    expect(assetDisplays()).not.toContain('content/notices/2024/pipe.pdf');
  });
});

describe('takeInventory: every finding', () => {
  it('has exactly the findings above, and no others', () => {
    const all = inventory.diagnostics.map((d) => `${d.file} ${d.rule} ${d.severity}`).sort();
    expect(all).toEqual(
      [
        'content/drafts unknown-location warning',
        'content/evil.HTML file-type error',
        'content/news/2024/Widget.astro file-type error',
        'content/news/bad#dir file-name error',
        'content/news/outside symlink error',
        'content/notices/2024/Mixed.Mdx file-extension error',
        'content/notices/2024/UPPER.MD file-extension error',
        'content/notices/2024/a?.pdf file-name error',
        'content/notices/2024/app.js file-type error',
        'content/notices/2024/b#.pdf file-name error',
        'content/notices/2024/c%20.pdf file-name error',
        'content/notices/2024/d\u200b.pdf file-name error',
        'content/notices/2024/dangling.pdf symlink error',
        'content/notices/2024/e.pdf  file-name error',
        'content/notices/2024/link.pdf symlink error',
        'content/notices/2024/old.markdown file-extension error',
        'content/notices/2024/page.html file-type error',
        'content/notices/2024/pipe.pdf special-file error',
        'content/notices/linkdir symlink error',
        'content/notices/x.md file-extension error',
        'content/readme.txt unknown-location warning',
        'content/toplink symlink error',
      ].sort(),
    );
    for (const d of inventory.diagnostics) {
      expect(d.message, d.file).not.toBe('');
      expect(d.fix, d.file).toBeTruthy();
    }
  });
});

describe('takeInventory: what hides in corners', () => {
  let dir: string;
  let found: Inventory;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongkai-corners-'));
    const at = (rel: string, text = 'x') => {
      fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
      fs.writeFileSync(path.join(dir, rel), text);
    };
    at('drafts/evil.html', '<script>x</script>');
    at('drafts/notes.txt');
    fs.symlinkSync('/etc', path.join(dir, 'drafts/etc'));
    fs.mkdirSync(path.join(dir, 'notices/2024'), { recursive: true });
    fs.symlinkSync('/etc', path.join(dir, 'notices/2024/.etc'));
    for (const name of ['x\u2028y.pdf', 'x\u00a0y.pdf', 'x\u3000y.pdf', 'x\u2009y.pdf']) at(`news/${name}`);
    found = takeInventory(dir, 'content');
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const on = (display: string) => found.diagnostics.filter((d) => d.file === display).map((d) => d.rule);

  it('reports pages, programs and symlinks inside a folder that is not a collection, but lists nothing there', () => {
    expect(on('content/drafts')).toEqual(['unknown-location']);
    expect(on('content/drafts/evil.html')).toEqual(['file-type']);
    expect(on('content/drafts/etc')).toEqual(['symlink']);
    expect(on('content/drafts/notes.txt')).toEqual([]);
    expect([...found.assets.values()].some((d) => d.startsWith('content/drafts'))).toBe(false);
  });

  it('reports a symlink even when its name starts with a dot', () => {
    expect(on('content/notices/2024/.etc')).toEqual(['symlink']);
  });

  it('refuses names with line separators and look-alike spaces', () => {
    for (const name of ['x\u2028y.pdf', 'x\u00a0y.pdf', 'x\u3000y.pdf', 'x\u2009y.pdf']) expect(on(`content/news/${name}`)).toEqual(['file-name']);
  });
});
