/**
 * Build steps after Astro has written the pages: the security headers file for hosts that read `_headers`
 * (Netlify, Cloudflare Pages). Attachments are published by scripts/build.ts, which knows from the content
 * check which files articles reference, and the output scan runs there before the site goes live.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFile } from '../lib/security/csp.ts';
import { loadSite } from '../lib/site.ts';
import { SITE_POLICY } from '../routing/security.ts';

export function gongkai(): AstroIntegration {
  return {
    name: 'gongkai',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        fs.writeFileSync(path.join(outDir, '_headers'), headersFile(loadSite().settings.base, SITE_POLICY));
        logger.info('wrote _headers (security headers)');
      },
    },
  };
}
