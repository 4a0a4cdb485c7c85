/**
 * The MDX gate: the pure checks (src/lib/security/mdxGate.ts) and the same gate inside satteri's MDX compiler
 * (src/integrations/mdxGate.ts), which must refuse to compile what could run code.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { markdownToJs, mdxToJs } from 'satteri';
import { afterAll, describe, expect, it } from 'vitest';
import { mdxGate } from '../../../src/integrations/mdxGate.ts';
import { checkEsm, checkExpression, checkJsxElement } from '../../../src/lib/security/mdxGate.ts';
import type { MdxJsxElement } from '../../../src/lib/lint/types.ts';

const contentDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongkai-gate-'));
fs.mkdirSync(path.join(contentDir, 'news/2024'), { recursive: true });
fs.writeFileSync(path.join(contentDir, 'news/2024/chart.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
fs.writeFileSync(path.join(contentDir, 'news/2024/plan.pdf'), '%PDF');
const file = path.join(contentDir, 'news/2024/a.mdx');
const componentsDir = path.resolve('src/components');
const esm = (value: string) => checkEsm(value, { contentDir, file, componentsDir });
afterAll(() => fs.rmSync(contentDir, { recursive: true, force: true }));

describe('checkEsm', () => {
  it('allows a default import of an image next to the file, and the editor component from src/components', () => {
    const result = esm("import chart from './chart.svg';");
    expect(result.findings).toEqual([]);
    expect([...result.images.keys()]).toEqual(['chart']);
    expect(result.images.get('chart')?.relative).toBe('news/2024/chart.svg');
    const relative = path.relative(path.dirname(file), path.join(componentsDir, 'Figure.astro'));
    expect(esm(`import Figure from '${relative}';`).findings).toEqual([]);
  });

  it.each([
    ["import { execSync } from 'node:child_process';", '{ … }'],
    ["import * as fs from 'node:fs';", '{ … }'],
    ["import fs from 'node:fs';", '不能导入 "node:fs"'],
    ["import yaml from 'yaml';", '不能导入 "yaml"'],
    ["import s from '/etc/passwd?raw';", '不能导入'],
    ["import s from './chart.svg?raw';", '? 或 #'],
    ["import s from '../../../../etc/hosts.png';", 'content/ 之外'],
    ["import p from './plan.pdf';", '不是图片'],
    ["import e from './evil.astro';", '网页或程序文件'],
    ["import j from './chart.svg' with { type: 'json' };", 'with'],
    ["import './chart.svg';", '{ … }'],
    ["import Chart from './chart.svg';", '小写字母开头'],
    ["import Figure from './chart.svg';", '编辑组件'],
    ['export const x = 1;', 'export'],
    ['export default function Layout() {}', 'export'],
    ["export * from 'node:fs';", 'export'],
    ['import(', '无法识别'],
  ])('refuses %s', (value, says) => {
    const { findings } = esm(value);
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((f) => f.rule === 'mdx-import')).toBe(true);
    expect(findings[0]?.message).toContain(says);
  });
});

describe('checkExpression', () => {
  it('allows only comments', () => {
    expect(checkExpression('/* 备注 */')).toBeUndefined();
    expect(checkExpression('  ')).toBeUndefined();
    for (const code of ['process.env.HOME', "require('fs')", '1 + 1', '/* a */ x', 'x /* a */', '`${a}`', '"文字"']) {
      expect(checkExpression(code)?.rule, code).toBe('mdx-expression');
    }
  });
});

describe('checkJsxElement', () => {
  const images = esm("import chart from './chart.svg';").images;
  const el = (name: string | null, attributes: MdxJsxElement['attributes']) => checkJsxElement({ name, attributes }, images);
  const text = (name: string, value: string) => ({ type: 'mdxJsxAttribute' as const, name, value });
  const expr = (name: string, value: string) => ({ type: 'mdxJsxAttribute' as const, name, value: { type: 'mdxJsxAttributeValueExpression' as const, value } });

  it('allows Figure with an imported image and text, HTML with text and literal attributes, fragments', () => {
    const figure = el('Figure', [expr('src', 'chart'), text('alt', '图'), text('caption', '图1')]);
    expect(figure.findings).toEqual([]);
    expect(figure.attributes.get('src')).toEqual({ image: images.get('chart') });
    const p = el('p', [text('title', '说明'), expr('data-n', '3'), expr('hidden', 'true'), expr('lang', '"zh-Hant"')]);
    expect(p.findings).toEqual([]);
    expect(p.attributes.get('lang')).toEqual({ text: 'zh-Hant' });
    expect(el(null, []).findings).toEqual([]);
  });

  it.each([
    ['an unknown component', el('Evil', []), 'mdx-component'],
    ['a member name', el('a.b', []), 'mdx-component'],
    ['a namespaced name', el('svg:rect', []), 'mdx-component'],
    ['set:html', el('div', [expr('set:html', '"<p>"')]), 'mdx-attribute'],
    ['is:inline', el('div', [text('is:inline', '')]), 'mdx-attribute'],
    ['a spread', el('div', [{ type: 'mdxJsxExpressionAttribute', value: '...props' }]), 'mdx-attribute'],
    ['a handler', el('div', [text('onClick', 'x()')]), 'mdx-attribute'],
    ['a computed value', el('p', [expr('title', '"a" + "b"')]), 'mdx-attribute'],
    ['a variable', el('p', [expr('title', 'process')]), 'mdx-attribute'],
    ['Figure without alt', el('Figure', [expr('src', 'chart')]), 'mdx-attribute'],
    ['Figure with a string src', el('Figure', [text('src', 'https://x.example/a.png'), text('alt', 'a')]), 'mdx-attribute'],
    ['Figure with an unknown image', el('Figure', [expr('src', 'other'), text('alt', 'a')]), 'mdx-attribute'],
    ['Figure with a prop it does not have', el('Figure', [expr('src', 'chart'), text('alt', 'a'), text('class', 'x')]), 'mdx-attribute'],
    ['an image name used on HTML', el('img', [expr('src', 'chart')]), 'mdx-attribute'],
  ])('refuses %s', (_, result, rule) => {
    expect(result.findings.map((f) => f.rule)).toContain(rule);
  });
});

describe('the gate inside the MDX compiler', () => {
  const compile = (source: string) =>
    mdxToJs(source, { mdastPlugins: [mdxGate({ contentDir, componentsDir })], fileURL: pathToFileURL(file) }) as { code: string };

  it('compiles what the gate allows', () => {
    expect(compile("import chart from './chart.svg';\n\n<Figure src={chart} alt=\"图\" />\n\n正文 {/* 备注 */}").code).toContain('chart.svg');
  });

  it.each([
    ["import { execSync } from 'node:child_process';\n\n{execSync('id')}", 'mdx-import'],
    ['正文 {process.env.HOME}', 'mdx-expression'],
    ['{require("fs").writeFileSync("/tmp/x", "")}', 'mdx-expression'],
    ['<div set:html={"<scr" + "ipt>"} />', 'mdx-attribute'],
    ['<p {...props}>x</p>', 'mdx-attribute'],
    ['<Evil />', 'mdx-component'],
    ['export const a = 1;', 'mdx-import'],
  ])('refuses to compile %s', (source, rule) => {
    expect(() => compile(source)).toThrow(`[${rule}]`);
  });

  it('leaves plain Markdown alone: there, braces are text', () => {
    const md = markdownToJs('正文 {process.env.HOME}', { mdastPlugins: [mdxGate({ contentDir, componentsDir })] }) as { code: string };
    expect(md.code).toContain('process.env.HOME');
  });
});
