/**
 * MDX without code execution. MDX is a program: its `import`s load modules, its `{expressions}` run at build
 * time, its attributes can be expressions. An editor needs none of that beyond two things: the editor
 * components (`<Figure … />`) and images next to the file (`import chart from './chart.svg'`).
 *
 * Everything is decided on the parsed tree (satteri's MDX parser, the one Astro compiles with; acorn for the
 * ESM and expression text it leaves as strings). Allowed, and nothing else:
 * - `import name from './image.png'`: one default import of an image inside content/ (no `?raw`, no absolute
 *   path, no `..` out of content/); or `import Figure from '…/src/components/Figure.astro'`, the component
 *   under its own name (it is also available without the import);
 * - `{/* comments *\/}`;
 * - JSX elements named after an editor component or written in lower case (HTML, which the sanitizer and the
 *   HTML rules then judge), with attributes written as text, a literal (`{3}`, `{"…"}`) or, for an image
 *   prop, an imported image's name.
 * Refused: any other import, any `export`, any other expression, spread attributes (`{...props}`), Astro
 * directives (`set:html`, `set:text`, `is:inline`, `is:raw`, `client:*`, any name with `:`) and `on…` handlers.
 */
import path from 'node:path';
import { parse, parseExpressionAt, type Node } from 'acorn';
import type { MdxAttribute, MdxJsxElement, MdxSpreadAttribute } from '../lint/types.ts';
import { resolveReference, type PublishableFile, type Resolved } from './files.ts';

/** What a prop of an editor component takes. */
type PropKind = 'image' | 'text';

/** The components editors may use in MDX, with their props. Layouts pass the same names to `<Content />`. */
export const EDITOR_COMPONENTS: Readonly<Record<string, { props: Record<string, PropKind>; required: readonly string[] }>> = {
  Figure: { props: { src: 'image', alt: 'text', caption: 'text' }, required: ['src', 'alt'] },
};

export type GateRule = 'mdx-import' | 'mdx-expression' | 'mdx-component' | 'mdx-attribute';

export interface GateFinding {
  rule: GateRule;
  message: string;
  fix: string;
  /** The attribute the finding is about, when it is one. */
  attribute?: string | undefined;
}

export interface EsmResult {
  findings: GateFinding[];
  /** Image bindings: `chart` → the file it names. */
  images: Map<string, PublishableFile>;
}

const ALLOWED_SUMMARY = '只允许 import 名称 from \'./图片.png\'（本文件旁的图片）';

function esmFinding(message: string, fix = ALLOWED_SUMMARY): GateFinding {
  return { rule: 'mdx-import', message, fix };
}

/**
 * Checks the ESM block of an MDX file (imports/exports at the top).
 * @param options.contentDir the content folder; images must be inside it
 * @param options.file the MDX file's absolute path
 * @param options.componentsDir the project's `src/components/`
 * @example checkEsm("import chart from './chart.svg'", …) // { findings: [], images: Map { 'chart' => … } }
 * @example checkEsm("import { execSync } from 'node:child_process'", …).findings[0].rule // 'mdx-import'
 */
export function checkEsm(value: string, options: { contentDir: string; file: string; componentsDir: string }): EsmResult {
  const images = new Map<string, PublishableFile>();
  let program;
  try {
    program = parse(value, { ecmaVersion: 'latest', sourceType: 'module' });
  } catch {
    return { findings: [esmFinding(`无法识别的 import/export 写法：${value.split('\n')[0]}`)], images };
  }
  const findings: GateFinding[] = [];
  for (const statement of program.body) {
    const text = value.slice(statement.start, statement.end);
    if (statement.type === 'ExportNamedDeclaration' || statement.type === 'ExportDefaultDeclaration' || statement.type === 'ExportAllDeclaration') {
      findings.push(esmFinding(`MDX 里不能 export：${text.slice(0, 80)}；export 会在构建时运行代码`, '删除这一行'));
      continue;
    }
    if (statement.type !== 'ImportDeclaration') {
      findings.push(esmFinding(`MDX 开头只能写 import：${text.slice(0, 80)}`, '删除这一行'));
      continue;
    }
    const [specifier, ...more] = statement.specifiers;
    const source = typeof statement.source.value === 'string' ? statement.source.value : '';
    if (!specifier || more.length > 0 || specifier.type !== 'ImportDefaultSpecifier' || (statement.attributes?.length ?? 0) > 0) {
      findings.push(esmFinding(`只能写 import 名称 from '…'，不能导入 { … }、* as 或带 with：${text.slice(0, 80)}`));
      continue;
    }
    const name = specifier.local.name;
    const component = EDITOR_COMPONENTS[name];
    if (component && path.resolve(path.dirname(options.file), source) === path.join(options.componentsDir, `${name}.astro`)) continue;
    if (component || name in EDITOR_COMPONENTS) {
      findings.push(esmFinding(`${name} 是编辑组件，无需 import；图片请另起名字（小写开头）`, `删除这一行，直接写 <${name} … />`));
      continue;
    }
    if (!/^[a-z][A-Za-z0-9_]*$/.test(name)) {
      findings.push(esmFinding(`图片的名字 "${name}" 应以小写字母开头，只用字母、数字和 _`, `import chart from '${source}'`));
      continue;
    }
    if (!source.startsWith('./') && !source.startsWith('../')) {
      findings.push(esmFinding(`不能导入 "${source}"：MDX 只能导入本文件旁的图片，不能导入程序包或其他文件`));
      continue;
    }
    const resolved: Resolved = resolveReference(options.contentDir, options.file, source, 'import');
    if (!resolved.ok) {
      findings.push(esmFinding(`不能导入 "${source}"：${resolved.message}`, resolved.fix));
      continue;
    }
    images.set(name, resolved.file);
  }
  return { findings, images };
}

/**
 * An expression in text or between blocks: only a comment (`{/* 备注 *\/}`) is allowed.
 * @example checkExpression('/* 备注 *\/') // undefined
 * @example checkExpression('process.env.HOME')?.rule // 'mdx-expression'
 */
export function checkExpression(value: string): GateFinding | undefined {
  try {
    if (parse(value, { ecmaVersion: 'latest', sourceType: 'script' }).body.length === 0) return undefined;
  } catch {
    // Not a valid program on its own: certainly not a comment.
  }
  return {
    rule: 'mdx-expression',
    message: `MDX 里不能写表达式 {${value.length > 60 ? `${value.slice(0, 60)}…` : value}}；它会在构建时运行代码`,
    fix: '要显示花括号本身，写 \\{ 和 \\}；备注写成 {/* 备注 */}',
  };
}

/** The literal an attribute expression is, or `undefined` when it is anything else. */
function literalOf(expression: string): { value: string | number | boolean | null } | undefined {
  let node: Node;
  try {
    node = parseExpressionAt(expression, 0, { ecmaVersion: 'latest' });
  } catch {
    return undefined;
  }
  if (expression.slice(node.end).trim() !== '' || expression.slice(0, node.start).trim() !== '') return undefined;
  if (node.type !== 'Literal') return undefined;
  const value = (node as unknown as { value: unknown }).value;
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value === null ? { value } : undefined;
}

/** An identifier expression, e.g. `chart` in `src={chart}`. */
function identifierOf(expression: string): string | undefined {
  return /^\s*([A-Za-z_$][\w$]*)\s*$/.exec(expression)?.[1];
}

function attributeFinding(attribute: string, message: string, fix: string): GateFinding {
  return { rule: 'mdx-attribute', attribute, message, fix };
}

/** The value an attribute has once checked: text for the HTML rules, or the image it names. */
export type AttributeValue = { text: string } | { image: PublishableFile } | { present: true };

/**
 * Checks one JSX element of an MDX body; returns the findings and, when the element is allowed, its
 * attributes as plain values (for the HTML rules).
 * @param images the image bindings of the file's imports
 */
export function checkJsxElement(
  node: Pick<MdxJsxElement, 'name' | 'attributes'>,
  images: ReadonlyMap<string, PublishableFile>,
): { findings: GateFinding[]; attributes: Map<string, AttributeValue> } {
  const findings: GateFinding[] = [];
  const attributes = new Map<string, AttributeValue>();
  const name = node.name;
  const components = Object.keys(EDITOR_COMPONENTS).join('、');
  const component = name ? EDITOR_COMPONENTS[name] : undefined;
  if (name !== null && !component && !/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/.test(name)) {
    findings.push({
      rule: 'mdx-component',
      message: `不认识的组件 <${name}>；MDX 里只能用编辑组件（${components}）和普通 HTML 标签`,
      fix: `可用组件：${components}`,
    });
    return { findings, attributes };
  }
  for (const attribute of node.attributes as (MdxAttribute | MdxSpreadAttribute)[]) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      findings.push(attributeFinding('{…}', `不能写展开属性 {${attribute.value}}；它会在构建时运行代码`, '把每个属性写出来，如 alt="…"'));
      continue;
    }
    const attr = attribute.name;
    if (!/^[A-Za-z][A-Za-z0-9-]*$/.test(attr)) {
      findings.push(attributeFinding(attr, `不能使用属性 ${attr}：带 : 的是 Astro 指令（如 set:html 会原样输出 HTML，is:inline 会输出脚本）`, '删除这个属性'));
      continue;
    }
    if (/^on/i.test(attr)) {
      findings.push(attributeFinding(attr, `不能使用事件属性 ${attr}：它会在读者的浏览器里运行脚本`, '删除这个属性'));
      continue;
    }
    const kind = component?.props[attr];
    if (component && !kind) {
      findings.push(attributeFinding(attr, `<${name}> 没有属性 ${attr}；可用：${Object.keys(component.props).join('、')}`, `删除 ${attr}`));
      continue;
    }
    const value = attribute.value;
    if (value === null || value === undefined) {
      attributes.set(attr, { present: true });
    } else if (typeof value === 'string') {
      attributes.set(attr, { text: value });
    } else {
      const identifier = identifierOf(value.value);
      const image = identifier ? images.get(identifier) : undefined;
      const literal = literalOf(value.value);
      if (kind === 'image' && image) attributes.set(attr, { image });
      else if (literal) attributes.set(attr, literal.value === null ? { present: true } : { text: String(literal.value) });
      else {
        const hint = identifier && kind === 'image' ? `；图片名 ${identifier} 没有在开头 import` : '';
        findings.push(attributeFinding(attr, `属性 ${attr}={${value.value}} 不是文字或数字${hint}；表达式会在构建时运行代码`, `写成 ${attr}="…"`));
      }
    }
  }
  if (component) {
    for (const required of component.required) {
      if (!attributes.has(required) && !findings.some((f) => f.attribute === required)) {
        findings.push(attributeFinding(required, `<${name}> 缺少 ${required}`, required === 'alt' ? 'alt="说明图片内容的一句话"' : `${required}={图片名}`));
      }
    }
    const src = attributes.get('src');
    if (src && !('image' in src)) {
      findings.push(attributeFinding('src', `<${name}> 的 src 应为开头 import 的图片名，如 src={chart}`, "import chart from './chart.svg'"));
    }
  }
  return { findings, attributes };
}
