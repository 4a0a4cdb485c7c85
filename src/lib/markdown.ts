/**
 * How Markdown and MDX are parsed, in one place: Astro renders with these features (astro.config.mjs) and the
 * content check parses with the same ones (src/lib/lint/body.ts), so the rules judge the tree readers get.
 *
 * Smart punctuation stays off: Chinese text uses its own quotation marks, and satteri's smart-punctuation pass is
 * quadratic in a paragraph's quotes and panics on some inputs (an uncatchable abort of the whole build).
 */
import type { Features } from 'satteri';

export const MARKDOWN_FEATURES: Features = {
  gfm: { footnotes: { label: '注释', backLabel: '返回正文第 {reference} 处', backContent: '↩' } },
  smartPunctuation: false,
};
