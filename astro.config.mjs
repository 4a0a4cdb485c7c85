// @ts-check
import path from 'node:path';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { gongkai } from './src/integrations/gongkai.ts';
import { mdxGate } from './src/integrations/mdxGate.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { MARKDOWN_FEATURES } from './src/lib/markdown.ts';
import { loadSite } from './src/lib/site.ts';

const site = loadSite();

export default defineConfig({
  site: site.settings.url,
  base: site.settings.base,
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // Styles as files only: the Content-Security-Policy allows no inline style.
    inlineStylesheets: 'never',
  },
  // scripts/build.ts builds into a staging folder and swaps it in only when the whole build succeeded.
  outDir: process.env.GONGKAI_OUT_DIR ?? './dist',
  // One cache per content folder, so a fixture build never serves another site's entries.
  cacheDir: `./node_modules/.astro/${Buffer.from(site.contentDir).toString('base64url').slice(-40)}`,
  markdown: {
    // Highlighting writes inline styles, which the policy forbids; government documents need none.
    syntaxHighlight: false,
    processor: satteri({
      // MDX without code execution, enforced inside the compiler too (src/lib/security/mdxGate.ts).
      mdastPlugins: [mdxGate({ contentDir: site.contentDir, componentsDir: path.resolve('src/components') })],
      features: MARKDOWN_FEATURES,
    }),
  },
  vite: {
    // Every script and asset as a file of its own: nothing inlined that the policy would have to allow.
    build: { assetsInlineLimit: 0 },
  },
  integrations: [mdx(), gongkai(), pagefindIndex()],
  devToolbar: { enabled: false },
});
