/**
 * The site's policy inputs: the inline scripts its own pages carry. There is one, the head snippet that applies
 * the reader's saved choices (字体, 高对比度, 行距) before the first paint; it is allowed by its hash. All other
 * browser code is loaded as files from /_astro/. A script added to a layout inline must be listed here, or the
 * output scan stops the build.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { PolicyOptions } from '../lib/security/csp.ts';

/** The head snippet, exactly as it is written into every page (src/scripts/applyPreferences.js). */
export const HEAD_SCRIPT = fs.readFileSync(path.resolve('src/scripts/applyPreferences.js'), 'utf8').trim();

/**
 * `wasm: true` adds 'wasm-unsafe-eval': the search page runs Pagefind's WebAssembly, which a CSP without it
 * refuses to compile. It allows compiling WebAssembly only, not `eval` of JavaScript.
 */
export const SITE_POLICY: PolicyOptions = { inlineScripts: [HEAD_SCRIPT], wasm: true };
