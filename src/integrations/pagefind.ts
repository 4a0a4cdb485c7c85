/**
 * Builds the Pagefind search index from the finished pages, after the page conversion, so the index of
 * each script sees exactly the text readers see. Pagefind makes one index per `<html lang>`.
 * Only what is inside `data-pagefind-body` (the article) is indexed; chrome carries `data-pagefind-ignore`.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

export function pagefindIndex(): AstroIntegration {
  return {
    name: 'gongkai:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        try {
          const { index, errors: createErrors } = await pagefind.createIndex({});
          if (!index) throw new Error(`Pagefind could not start: ${createErrors.join('; ')}`);
          const { page_count, errors: addErrors } = await index.addDirectory({ path: site });
          if (addErrors.length > 0) throw new Error(`Pagefind could not index the site: ${addErrors.join('; ')}`);
          const { errors: writeErrors } = await index.writeFiles({ outputPath: `${site}/pagefind` });
          if (writeErrors.length > 0) throw new Error(`Pagefind could not write its index: ${writeErrors.join('; ')}`);
          logger.info(`search index: ${page_count} page(s)`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
