/**
 * Loads both collections into the page model's Article shape, once per build.
 * The Astro glue between content collections and src/lib/pages.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import { loadSite } from '../lib/site.ts';
import type { Article } from '../lib/pages.ts';
import { plainText, summarize } from '../lib/text.ts';
import { entryRoute } from '../lib/urls.ts';

export type Entry = CollectionEntry<'news'> | CollectionEntry<'notices'>;
export type PortalArticle = Article<Entry>;

let loaded: Promise<PortalArticle[]> | undefined;

function toArticle(entry: Entry, collection: 'news' | 'notices'): PortalArticle {
  const site = loadSite();
  const base = {
    id: entry.id,
    route: entryRoute(collection, entry.id),
    script: entry.data.lang ?? site.settings.sourceScript,
    summary: entry.data.summary ?? summarize(plainText(entry.body ?? '')),
    date: entry.data.date,
    title: entry.data.title,
    channel: entry.data.channel,
    file: path.resolve(entry.filePath ?? ''),
    entry,
  };
  return entry.collection === 'news'
    ? { ...base, collection: 'news', data: entry.data }
    : { ...base, collection: 'notices', data: entry.data };
}

/** Every published (non-draft) article. */
export function loadArticles(): Promise<PortalArticle[]> {
  loaded ??= (async () => {
    // A site may not have a folder yet (say, no notices); asking Astro for it would only print a warning.
    const has = (name: string) => fs.existsSync(path.join(loadSite().contentDir, name));
    const [news, notices] = await Promise.all([
      has('news') ? getCollection('news', (e) => !e.data.draft) : [],
      has('notices') ? getCollection('notices', (e) => !e.data.draft) : [],
    ]);
    return [...news.map((e) => toArticle(e, 'news')), ...notices.map((e) => toArticle(e, 'notices'))];
  })();
  return loaded;
}
