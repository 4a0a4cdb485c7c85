/**
 * The shapes the importer passes between its steps: an old page is read into blocks (text.ts for plain text,
 * html.ts for saved HTML), the blocks into a layout (layout.ts), the layout into a content file (index.ts).
 */

/** One block of the old page: a paragraph, heading, list item, table or image line. */
export interface Block {
  kind: 'paragraph' | 'heading' | 'item' | 'table' | 'quote' | 'code';
  /** Plain text on one line, for the recognizers: `当前位置：首页 > 新闻中心`. */
  text: string;
  /** The block as Markdown, already escaped; for an item without its `- ` / `1. ` marker. */
  markdown: string;
  /** Heading level (2–4) once known; for items, `ordered` says which marker to use. */
  depth?: number;
  ordered?: boolean;
  /** 1-based line in the input file, when known. */
  line?: number;
  /** Inside the element the HTML reader took for the article (HTML only). */
  inArticle?: boolean;
  /** The element looked like the page's headline (an `<h1>`, a `.title`). */
  titleLike?: boolean;
  /** Links in the block, with addresses as the reader resolved them (a local file: `./plan.pdf`). */
  links?: { text: string; href: string; file?: LocalFile | undefined }[];
  /** A table's cells as plain text, for 信息公开 tables. */
  rows?: string[][];
}

/** Something the importer removed or could not carry over, for the summary. */
export interface Note {
  /** Short id: `tool`, `footer`, `editor`, `views`, `hidden`, `link`, `image`, `spam`, `attachment`… */
  kind: string;
  /** What it was, e.g. the line's text (shortened). */
  text: string;
  line?: number | undefined;
}

/** A file next to the old page that the new article uses (an attachment, a linked file, an image). */
export interface LocalFile {
  /** Absolute path of the file next to the input page. */
  from: string;
  /** Its name next to the new Markdown file. */
  name: string;
}

/** Resolves an address written in the old page to a file next to it; `undefined` when there is none. */
export type FileResolver = (href: string) => LocalFile | undefined;
