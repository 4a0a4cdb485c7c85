/**
 * Build steps after Astro has written the pages: publish attachments next to the site.
 * (Search indexing joins here with the search feature.)
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { loadSite } from '../lib/site.ts';

/** Copies every non-Markdown file under the collections to /files/…, where attachment links point. */
function publishFiles(contentDir: string, outDir: string): number {
  let copied = 0;
  for (const collection of ['news', 'notices']) {
    const root = path.join(contentDir, collection);
    if (!fs.existsSync(root)) continue;
    for (const rel of fs.readdirSync(root, { recursive: true, encoding: 'utf8' })) {
      const src = path.join(root, rel);
      if (/\.mdx?$/i.test(rel) || !fs.statSync(src).isFile()) continue;
      const dest = path.join(outDir, 'files', collection, rel);
      fs.mkdirSync(path.dirname(dest), { recursive: true });
      fs.copyFileSync(src, dest);
      copied += 1;
    }
  }
  return copied;
}

export function gongkai(): AstroIntegration {
  return {
    name: 'gongkai',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const copied = publishFiles(loadSite().contentDir, outDir);
        logger.info(`published ${copied} attachment file(s)`);
      },
    },
  };
}
