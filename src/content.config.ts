/**
 * The two content collections. Their schemas live in src/schemas/ and are the single source of truth
 * for frontmatter: the build's checker (src/lib/contentCheck.ts) validates with the same ones first.
 */
import fs from 'node:fs';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { newsSchema } from './schemas/news.ts';
import { noticeSchema } from './schemas/notice.ts';
import { loadSite } from './lib/site.ts';
import { entryId } from './lib/urls.ts';

const site = loadSite();
const channelIds = site.channels.all.map((c) => c.id);

/** A collection's files; a site without, say, any notices yet simply has none (no warning). */
function folder(name: string) {
  const base = `${site.contentDir}/${name}`;
  if (!fs.existsSync(base)) return () => [];
  return glob({ base, pattern: '**/*.{md,mdx}', generateId: ({ entry }) => entryId(entry) });
}

export const collections = {
  news: defineCollection({ loader: folder('news'), schema: newsSchema(channelIds) }),
  notices: defineCollection({ loader: folder('notices'), schema: noticeSchema(channelIds) }),
};
