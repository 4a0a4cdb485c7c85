/**
 * The site's policy inputs: the inline scripts its own pages carry (none yet: browser code is loaded as files
 * from /_astro/). A script added to a layout inline must be listed here, or the output scan stops the build.
 */
import type { PolicyOptions } from '../lib/security/csp.ts';

export const SITE_POLICY: PolicyOptions = { inlineScripts: [] };
