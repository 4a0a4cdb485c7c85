/**
 * Machine-readable articles (schema.org JSON-LD): `NewsArticle` for news, `Legislation` for notices and policy
 * documents (legislationIdentifier = 发文字号, legislationPassedBy = 发文机关, legislationDate = 成文日期,
 * legislationLegalForce from 有效性, legislationChanges for the documents it replaces), with `isBasedOn` for the
 * document a 政策解读 interprets and the attachments as `encoding`. Strings come in the page's script.
 */

/** What a JSON-LD block is made from: plain values, already in the page's script. */
export interface JsonLdInput {
  kind: 'news' | 'notice';
  /** Absolute URL of this page. */
  url: string;
  /** The page's language: zh-Hans or zh-Hant. */
  inLanguage: string;
  headline: string;
  description?: string | undefined;
  /** ISO 8601 with offset. */
  datePublished: string;
  dateModified?: string | undefined;
  author?: string | undefined;
  /** 来源. */
  source: string;
  /** 主办单位, the site's organizer. */
  publisher: string;
  /** Absolute URL of the site. */
  publisherUrl: string;
  /** Absolute URLs of documents this one is based on (the document a 解读 interprets). */
  isBasedOn?: string[] | undefined;
  notice?:
    | {
        documentNumber?: string | undefined;
        issuers: string[];
        /** 成文日期, YYYY-MM-DD. */
        writtenDate: string;
        validity: '有效' | '失效' | '废止';
        /** Absolute URLs of the documents it replaces. */
        replaces: string[];
        attachments: { name: string; url: string; encodingFormat?: string | undefined }[];
      }
    | undefined;
}

const organization = (name: string, url?: string) => ({ '@type': 'GovernmentOrganization', name, ...(url ? { url } : {}) });

/**
 * The JSON-LD object of an article page.
 * @example articleJsonLd({ kind: 'news', headline: '全市社会救助工作会议召开', … })['@type'] // 'NewsArticle'
 */
export function articleJsonLd(input: JsonLdInput): Record<string, unknown> {
  const common = {
    name: input.headline,
    url: input.url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': input.url },
    inLanguage: input.inLanguage,
    datePublished: input.datePublished,
    dateModified: input.dateModified ?? input.datePublished,
    publisher: organization(input.publisher, input.publisherUrl),
    ...(input.description ? { description: input.description } : {}),
    ...(input.isBasedOn?.length ? { isBasedOn: input.isBasedOn } : {}),
  };
  if (input.kind === 'news' || !input.notice) {
    return {
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      ...common,
      headline: input.headline,
      author: input.author ? { '@type': 'Person', name: input.author } : organization(input.source),
      sourceOrganization: organization(input.source),
    };
  }
  const n = input.notice;
  return {
    '@context': 'https://schema.org',
    '@type': 'Legislation',
    ...common,
    ...(n.documentNumber ? { legislationIdentifier: n.documentNumber } : {}),
    legislationPassedBy: n.issuers.map((i) => organization(i)),
    legislationDate: n.writtenDate,
    legislationLegalForce: `https://schema.org/${n.validity === '有效' ? 'InForce' : 'NotInForce'}`,
    ...(n.replaces.length ? { legislationChanges: n.replaces.map((url) => ({ '@type': 'Legislation', url })) } : {}),
    ...(n.attachments.length
      ? { encoding: n.attachments.map((a) => ({ '@type': 'MediaObject', name: a.name, contentUrl: a.url, ...(a.encodingFormat ? { encodingFormat: a.encodingFormat } : {}) })) }
      : {}),
  };
}

/**
 * JSON for inside a `<script type="application/ld+json">`: `<`, `>` and `&` escaped, so no text can end the
 * element or open a comment.
 * @example scriptJson({ name: '</script>' }) // '{"name":"\\u003c/script\\u003e"}'
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

const MEDIA_TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  ofd: 'application/ofd',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  wps: 'application/vnd.ms-works',
  zip: 'application/zip',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
};

/**
 * The media type of an attachment by its file type, for `encodingFormat`.
 * @example mediaType('PDF') // 'application/pdf'
 */
export function mediaType(type: string): string | undefined {
  return MEDIA_TYPES[type.toLowerCase()];
}
