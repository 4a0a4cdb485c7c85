/** Reading built pages in tests. */
import fs from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';

/** Loads `dist/<route>index.html` (route like /zh-hant/news/) as a cheerio document. */
export function loadPage(dist: string, route: string) {
  const file = route.endsWith('.html') || route.endsWith('.xml') ? path.join(dist, route) : path.join(dist, route, 'index.html');
  return cheerio.load(fs.readFileSync(file, 'utf8'), { xml: route.endsWith('.xml') });
}

/** Every HTML file below `dist`, as routes (/a/b/ or /404.html). */
export function allPages(dist: string): string[] {
  return fs
    .readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => `/${f.split(path.sep).join('/')}`.replace(/index\.html$/, ''))
    .sort();
}

/** Text with runs of ASCII white space folded (the ideographic space U+3000 is kept: it is content). */
export function text(value: string): string {
  return value.replace(/[ \t\r\n]+/g, ' ').trim();
}
