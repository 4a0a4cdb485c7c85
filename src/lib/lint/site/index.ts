/** Every whole-site rule: rules that need every article at once. One rule per file; README lists them. */
import { duplicateDocumentNumber } from './duplicateDocumentNumber.ts';
import { internalLinks } from './internalLinks.ts';
import { relations } from './relations.ts';
import type { SiteRule } from './types.ts';

export const SITE_RULES: readonly SiteRule[] = [duplicateDocumentNumber, internalLinks, relations];
export type { ArticleFacts, SiteRule } from './types.ts';
