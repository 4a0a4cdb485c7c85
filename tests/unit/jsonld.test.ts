/** schema.org JSON-LD of an article (src/lib/jsonld.ts). */
import { describe, expect, it } from 'vitest';
import { articleJsonLd, mediaType, scriptJson } from '../../src/lib/jsonld.ts';

const base = {
  url: 'https://www.example.gov.cn/notices/2024/a/',
  inLanguage: 'zh-Hans',
  headline: '民政部关于印发《办法》的通知',
  datePublished: '2024-01-25T00:00:00+08:00',
  source: '民政部网站',
  publisher: '示范市民政局',
  publisherUrl: 'https://www.example.gov.cn/',
};

describe('articleJsonLd', () => {
  it('a news article is a NewsArticle with author, publisher and the document it is based on', () => {
    const json = articleJsonLd({ ...base, kind: 'news', author: '本报记者 周亮', isBasedOn: ['https://www.example.gov.cn/notices/2024/b/'] });
    expect(json).toMatchObject({ '@type': 'NewsArticle', headline: base.headline, author: { '@type': 'Person', name: '本报记者 周亮' }, dateModified: base.datePublished, isBasedOn: ['https://www.example.gov.cn/notices/2024/b/'] });
    expect(articleJsonLd({ ...base, kind: 'news' })['author']).toEqual({ '@type': 'GovernmentOrganization', name: '民政部网站' });
  });

  it('a notice is Legislation: number, issuers, date, legal force, what it changes, attachments', () => {
    const json = articleJsonLd({
      ...base,
      kind: 'notice',
      dateModified: '2024-03-01T00:00:00+08:00',
      notice: { documentNumber: '民发〔2024〕5号', issuers: ['民政部', '财政部'], writtenDate: '2024-01-18', validity: '废止', replaces: ['https://x/old/'], attachments: [{ name: '办法', url: 'https://x/files/a.pdf', encodingFormat: 'application/pdf' }] },
    });
    expect(json).toMatchObject({
      '@type': 'Legislation',
      legislationIdentifier: '民发〔2024〕5号',
      legislationPassedBy: [{ '@type': 'GovernmentOrganization', name: '民政部' }, { '@type': 'GovernmentOrganization', name: '财政部' }],
      legislationDate: '2024-01-18',
      legislationLegalForce: 'https://schema.org/NotInForce',
      legislationChanges: [{ '@type': 'Legislation', url: 'https://x/old/' }],
      encoding: [{ '@type': 'MediaObject', name: '办法', contentUrl: 'https://x/files/a.pdf', encodingFormat: 'application/pdf' }],
      dateModified: '2024-03-01T00:00:00+08:00',
    });
  });

  it('is written so that no text can end its <script> element', () => {
    const out = scriptJson({ name: '</script><script>alert(1)</script><!-- & \u2028' });
    expect(out).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(out)).toEqual({ name: '</script><script>alert(1)</script><!-- & \u2028' });
    expect(mediaType('PDF')).toBe('application/pdf');
  });
});
