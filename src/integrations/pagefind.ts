/**
 * Builds the search index from the article model, not by reading pages: one Pagefind record per article,
 * shared by both scripts (src/lib/search/record.ts says what goes in). The records are gathered while the
 * article pages render (src/routing/search.ts); an indexing error fails the build.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { resetSearchDocuments, takeSearchDocuments } from '../lib/search/collect.ts';
import { searchRecord } from '../lib/search/record.ts';

/**
 * Pagefind writes its ready-made UIs and a web worker next to the index; the search page uses neither (it runs
 * Pagefind on the page, which saves the worker's download), so they are not published.
 */
const UNUSED = /^pagefind-(?:component-ui|modular-ui|ui|highlight|worker)\.(?:js|css)$/;

/** Records in flight to Pagefind's process at once: enough to keep it busy, few enough to bound memory. */
const BATCH = 64;

export function pagefindIndex(): AstroIntegration {
  return {
    name: 'gongkai:pagefind',
    hooks: {
      'astro:build:start': () => resetSearchDocuments(),
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const docs = takeSearchDocuments();
        try {
          const { index, errors: createErrors } = await pagefind.createIndex({});
          if (!index) throw new Error(`Pagefind could not start: ${createErrors.join('; ')}`);
          for (let i = 0; i < docs.length; i += BATCH) {
            const responses = await Promise.all(docs.slice(i, i + BATCH).map((doc) => index.addCustomRecord(searchRecord(doc))));
            const errors = responses.flatMap((r, k) => r.errors.map((e) => `${docs[i + k]?.route}: ${e}`));
            if (errors.length > 0) throw new Error(`Pagefind could not index: ${errors.join('; ')}`);
          }
          const outputPath = path.join(fileURLToPath(dir), 'pagefind');
          const { errors: writeErrors } = await index.writeFiles({ outputPath });
          if (writeErrors.length > 0) throw new Error(`Pagefind could not write its index: ${writeErrors.join('; ')}`);
          for (const name of fs.readdirSync(outputPath)) if (UNUSED.test(name)) fs.rmSync(path.join(outputPath, name));
        } finally {
          await pagefind.close();
        }
        logger.info(`search index: ${docs.length} record(s) in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
