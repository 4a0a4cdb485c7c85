/**
 * The MDX gate inside Astro's own compiler: a satteri mdast plugin that refuses, while an `.mdx` file is being
 * compiled, anything src/lib/security/mdxGate.ts does not allow. `npm run build` refuses the same files earlier
 * with friendlier messages (src/lib/lint/); this makes sure no other way of building (`astro build`, a cached
 * content layer) can compile an import, expression or directive into the site.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MdastPluginEntry } from 'satteri';
import { checkEsm, checkExpression, checkJsxElement, type GateFinding } from '../lib/security/mdxGate.ts';
import type { PublishableFile } from '../lib/security/files.ts';
import type { MdxJsxElement } from '../lib/lint/types.ts';

interface Located {
  position?: { start?: { line?: number } } | undefined;
}

export function mdxGate(options: { contentDir: string; componentsDir: string }): MdastPluginEntry {
  return (factory) => {
    if (factory.sourceFormat !== 'mdx') return null;
    const file = factory.fileURL ? fileURLToPath(factory.fileURL) : path.join(options.contentDir, 'unknown.mdx');
    const images = new Map<string, PublishableFile>();
    const refuse = (node: Located, finding: GateFinding | undefined) => {
      if (!finding) return;
      const where = `${path.relative(process.cwd(), file)}${node.position?.start?.line ? `:${node.position.start.line}` : ''}`;
      throw new Error(`[${finding.rule}] ${where} ${finding.message}（${finding.fix}）`);
    };
    const esm = (node: { value: string } & Located) => {
      const result = checkEsm(node.value, { contentDir: options.contentDir, file, componentsDir: options.componentsDir });
      refuse(node, result.findings[0]);
      for (const [name, image] of result.images) images.set(name, image);
    };
    const jsx = (node: Readonly<Pick<MdxJsxElement, 'name' | 'attributes'>> & Located) => refuse(node, checkJsxElement(node, images).findings[0]);
    const expression = (node: { value: string } & Located) => refuse(node, checkExpression(node.value));
    return {
      name: 'gongkai-mdx-gate',
      before(root) {
        // Imports first: an element may use an image imported further down.
        for (const child of root.children) if (child.type === 'mdxjsEsm') esm(child);
      },
      mdxFlowExpression: expression,
      mdxTextExpression: expression,
      mdxJsxFlowElement: (node) => jsx(node as unknown as MdxJsxElement),
      mdxJsxTextElement: (node) => jsx(node as unknown as MdxJsxElement),
    };
  };
}
