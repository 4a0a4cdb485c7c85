/**
 * Search documents gathered while pages render, handed to the index at the end of the build. Astro renders
 * pages from its own bundle of this module and runs integrations from another copy, so the list lives under
 * a global symbol both copies share.
 */
import type { SearchDocument } from './record.ts';

const KEY = Symbol.for('gongkai.searchDocuments');

function store(): Map<string, SearchDocument> {
  const g = globalThis as { [KEY]?: Map<string, SearchDocument> };
  return (g[KEY] ??= new Map());
}

/** Adds (or replaces) the document of one route. */
export function collectSearchDocument(doc: SearchDocument): void {
  store().set(doc.route, doc);
}

/** Whether a route's document is already collected (the second script's page need not collect it again). */
export function hasSearchDocument(route: string): boolean {
  return store().has(route);
}

/** Every collected document, by route; the list is emptied. */
export function takeSearchDocuments(): SearchDocument[] {
  const docs = [...store().values()].sort((a, b) => (a.route < b.route ? -1 : a.route > b.route ? 1 : 0));
  store().clear();
  return docs;
}

/** Forgets what an earlier build in this process collected. */
export function resetSearchDocuments(): void {
  store().clear();
}
