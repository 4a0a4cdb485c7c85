/**
 * JSON-LD on every article page of the sample site, in both scripts: it parses, has the type of its collection,
 * the properties schema.org gives that type (tests/fixtures/jsonld/schemaOrg.json) and the ones we promise, and
 * says what the page says.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { allPages, loadPage } from './html.ts';

const { sample } = inject('sites');
const schema = JSON.parse(fs.readFileSync('tests/fixtures/jsonld/schemaOrg.json', 'utf8')) as Record<string, { required: string[]; properties: string[]; values?: Record<string, string[]> }>;
const articles = allPages(sample.dist).filter((r) => /^\/(zh-hant\/)?(news|notices)\/\d{4}\/[^/]+\/$/.test(r));

/**
 * Every object with an @type in a JSON-LD value, checked against its type's definition: only the type's
 * properties; all the required ones at the top, and at least a name or an address in an object inside it (a
 * document it changes is named by its URL).
 */
function checkTypes(value: unknown, where: string, root = true): void {
  if (Array.isArray(value)) return value.forEach((v) => checkTypes(v, where, false));
  if (!value || typeof value !== 'object') return;
  const object = value as Record<string, unknown>;
  const type = object['@type'];
  if (typeof type === 'string') {
    const def = schema[type];
    expect(def, `${where}: unknown type ${type}`).toBeDefined();
    if (root) for (const key of def?.required ?? []) expect(object, `${where} ${type}`).toHaveProperty([key]);
    else expect(['name', 'url', '@id', 'contentUrl'].some((k) => k in object), `${where} ${type}`).toBe(true);
    for (const key of Object.keys(object)) expect(def?.properties, `${where} ${type}.${key}`).toContain(key);
    for (const [key, allowed] of Object.entries(def?.values ?? {})) if (key in object) expect(allowed, where).toContain(object[key]);
  }
  for (const v of Object.values(object)) checkTypes(v, where, false);
}

describe('JSON-LD', () => {
  it('is on every article page, both scripts', () => {
    expect(articles.length).toBeGreaterThanOrEqual(50);
  });

  it.each(articles)('%s', (route) => {
    const $ = loadPage(sample.dist, route);
    const blocks = $('script[type="application/ld+json"]');
    expect(blocks.length).toBe(1);
    const json = JSON.parse(blocks.text());
    checkTypes(json, route);
    const notice = route.includes('/notices/');
    expect(json['@type']).toBe(notice ? 'Legislation' : 'NewsArticle');
    expect(json.inLanguage).toBe($('html').attr('lang'));
    expect(json.url).toBe($('link[rel="canonical"]').attr('href'));
    expect(json.name).toBe($('article h1').first().text());
    expect(json.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/);
    if (notice) {
      const number = $('.doc-number-line').text();
      if (number) expect(json.legislationIdentifier).toBe(number);
      expect(json.legislationLegalForce).toBe($('.validity-banner').length ? 'https://schema.org/NotInForce' : 'https://schema.org/InForce');
    }
  });

  it('links a 解读 to its document, a replacing document to the one it replaces, and shows updates', () => {
    const jiedu = JSON.parse(loadPage(sample.dist, '/zh-hant/news/2024/qianrushi-yanglao-jiedu/')('script[type="application/ld+json"]').text());
    expect(jiedu.isBasedOn).toEqual(['https://www.example.gov.cn/zh-hant/notices/2024/qianrushi-yanglao-yijian/']);
    const newer = JSON.parse(loadPage(sample.dist, '/notices/2024/shequ-sheshi-banfa/')('script[type="application/ld+json"]').text());
    expect(newer.legislationChanges).toEqual([{ '@type': 'Legislation', url: 'https://www.example.gov.cn/notices/2018/shequ-fuwuzhan-banfa/' }]);
    const updated = JSON.parse(loadPage(sample.dist, '/notices/2025/hunyin-dengji-tongban/')('script[type="application/ld+json"]').text());
    expect(updated.dateModified).toBe('2025-03-06T00:00:00+08:00');
    expect(path.basename(updated.url.replace(/\/$/, ''))).toBe('hunyin-dengji-tongban');
  });
});
