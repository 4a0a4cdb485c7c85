// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { gongkai } from './src/integrations/gongkai.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { loadSite } from './src/lib/site.ts';

const site = loadSite();

export default defineConfig({
  site: site.settings.url,
  base: site.settings.base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // scripts/build.ts builds into a staging folder and swaps it in only when the whole build succeeded.
  outDir: process.env.GONGKAI_OUT_DIR ?? './dist',
  // One cache per content folder, so a fixture build never serves another site's entries.
  cacheDir: `./node_modules/.astro/${Buffer.from(site.contentDir).toString('base64url').slice(-40)}`,
  integrations: [mdx(), gongkai(), pagefindIndex()],
  devToolbar: { enabled: false },
});
