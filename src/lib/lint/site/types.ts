/** What the whole-site rules read: each article's facts as its own check found them (check.ts FileResult). */
import type { Diagnostic } from '../../diagnostics.ts';
import type { Site } from '../../site.ts';
import type { InternalLink } from '../types.ts';

export interface ArticleFacts {
  /** The file as the editor sees it. */
  file: string;
  collection: 'news' | 'notices';
  route: string;
  draft: boolean;
  /** The 发文字号 as written and in its one normal form, where it is written. */
  documentNumber?: { written: string; normal: string; line?: number | undefined; column?: number | undefined } | undefined;
  links: InternalLink[];
  anchors: string[];
  /** Its id (collection/entry id), for relations: notices/2024/example. */
  id: string;
  /** The relations its frontmatter declares, each reference with where it is written. */
  relations: { field: 'interprets' | 'related' | 'replaces' | 'replacedBy'; ref: string; index: number; line?: number | undefined; column?: number | undefined }[];
}

/** A rule over every article at once (two files with one 发文字号, a link to a page that does not exist). */
export interface SiteRule {
  id: string;
  description: string;
  check(site: Site, articles: readonly ArticleFacts[]): Diagnostic[];
}
