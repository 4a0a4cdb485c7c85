/**
 * One search record per article, shared by both scripts: Gongkai gives Pagefind the tokens (`tokens.ts`), the
 * facets and the sort key, and keeps what results show (title, 发文字号, 发文机关 in each script) in one opaque
 * field that never matches a query.
 */
import type { Script } from '../variant/scripts.ts';
import { FIELD_BREAK, MARK, MAX_AGENCY, normalizeSearchText, numberToken, numberTokens, phraseTokens } from './tokens.ts';
import { parseDocumentNumber } from '../documentNumber.ts';

/** Pagefind's index language. Not `zh`: Pagefind would cut our tokens again with its own segmenter. */
export const INDEX_LANGUAGE = 'und';
export { FIELD_BREAK };
/** Prefix of the display field: Pagefind indexes meta values too, and no query asks for a key that starts with MARK. */
const DISPLAY_PREFIX = `${MARK}d`;

/** Facets, as Pagefind filters. Values are stable keys; each script's search page has their labels. */
export interface SearchFacets {
  /** Channel id (the leaf the article is filed under). */
  channel: string;
  /** Publication year, e.g. 2024. */
  year: string;
  /** 发文机关 in the source script (notices). */
  issuer?: string[];
  /** 有效性 (notices). */
  validity?: string;
}

/** What a result shows, in each script. */
export interface SearchDisplay {
  /** Publication date, YYYY-MM-DD. */
  date: string;
  title: Record<Script, string>;
  documentNumber?: Record<Script, string> | undefined;
  issuer?: Record<Script, string> | undefined;
}

/** An article as the search index sees it. */
export interface SearchDocument {
  /** Script-neutral route, e.g. /notices/2018/jiceng-minzheng-fangan/. */
  route: string;
  /** Publication date, YYYY-MM-DD. */
  date: string;
  facets: SearchFacets;
  display: SearchDisplay;
  /** Searchable fields in the article's own script, inline markup resolved: title, 发文字号, 发文机关, body, attachment names. */
  fields: {
    title: string;
    documentNumber?: string | undefined;
    issuer?: string | undefined;
    body: string;
    extra?: string[] | undefined;
  };
}

/** Pagefind's custom record, as `addCustomRecord` takes it. */
export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort: Record<string, string>;
}

function base64url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64url(text: string): string {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

/** Packs the display strings into the opaque `d` field. */
export function encodeDisplay(display: SearchDisplay): string {
  return DISPLAY_PREFIX + base64url(JSON.stringify(display));
}

/** Reads the `d` field back; `undefined` when it is not one of ours. */
export function decodeDisplay(value: string | undefined): SearchDisplay | undefined {
  if (!value?.startsWith(DISPLAY_PREFIX)) return undefined;
  try {
    const display = JSON.parse(fromBase64url(value.slice(DISPLAY_PREFIX.length))) as unknown;
    return typeof display === 'object' && display !== null && 'title' in display ? (display as SearchDisplay) : undefined;
  } catch {
    return undefined;
  }
}

/** The number tokens of the article's own 发文字号: exactly its 机关代字, and year with serial. */
function ownNumberTokens(documentNumber: string | undefined): string[] {
  if (!documentNumber) return [];
  const parsed = parseDocumentNumber(normalizeSearchText(documentNumber));
  if (!parsed.ok) return numberTokens(normalizeSearchText(documentNumber));
  const { agencyCode, year, serial } = parsed.value;
  // A query keeps only the last MAX_AGENCY characters of a 机关代字; a longer code is indexed that way too.
  const tail = Array.from(agencyCode).slice(-MAX_AGENCY).join('');
  return [...new Set([numberToken(agencyCode, year, serial), numberToken(tail, year, serial), numberToken('', year, serial)])];
}

/**
 * The Pagefind record of an article. Content: the phrase tokens of each field with a break between fields,
 * then the number tokens of every 发文字号 the article cites (its own first). The `title` meta field holds the
 * title's tokens and its own number tokens, so Pagefind's title boost ranks a notice above pages that cite it.
 */
export function searchRecord(doc: SearchDocument): SearchRecord {
  const { fields } = doc;
  const texts = [fields.title, fields.documentNumber, fields.issuer, fields.body, ...(fields.extra ?? [])].filter(
    (t): t is string => Boolean(t && t.trim()),
  );
  const normalized = texts.map(normalizeSearchText);
  const own = ownNumberTokens(fields.documentNumber);
  const cited = new Set(normalized.flatMap(numberTokens));
  own.forEach((t) => cited.delete(t));
  const content = [...normalized.map((t) => phraseTokens(t).join(' ')), [...own, ...cited].join(' ')].filter(Boolean).join(` ${FIELD_BREAK} `);
  const titleTokens = [...phraseTokens(normalized[0] ?? ''), ...own];

  const filters: Record<string, string[]> = { channel: [doc.facets.channel], year: [doc.facets.year] };
  if (doc.facets.issuer?.length) filters['issuer'] = doc.facets.issuer;
  if (doc.facets.validity) filters['validity'] = [doc.facets.validity];
  return {
    url: doc.route,
    content,
    language: INDEX_LANGUAGE,
    meta: { title: titleTokens.join(' '), d: encodeDisplay(doc.display) },
    filters,
    sort: { date: doc.date },
  };
}
