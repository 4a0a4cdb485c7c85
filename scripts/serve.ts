/**
 * Serves a built site on 127.0.0.1, as a plain static host would: `/a/` → `/a/index.html`,
 * unknown paths → the 404 page of their script with status 404, and the headers of the site's `_headers` file
 * (Content-Security-Policy and the rest) on every response, as Netlify or Cloudflare Pages would send them.
 * Used by `npm start` and the e2e tests.
 *
 * Usage: node scripts/serve.ts [--dir dist] [--port 4321]
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { AddressInfo } from 'node:net';
import { parseHeadersFile } from '../src/lib/security/csp.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/rss+xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

/** The `_headers` rules of a built site, as a function from a path to the headers it gets. */
function headersFor(root: string): (pathname: string) => [string, string][] {
  const file = path.join(root, '_headers');
  const rules = fs.existsSync(file) ? parseHeadersFile(fs.readFileSync(file, 'utf8')) : [];
  return (pathname) => rules.filter((r) => r.pattern.test(pathname)).flatMap((r) => r.headers);
}

function resolveFile(root: string, pathname: string): string | undefined {
  let rel: string;
  try {
    rel = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  const abs = path.join(root, path.normalize(rel));
  if (!abs.startsWith(root) || path.basename(abs) === '_headers') return undefined;
  if (fs.existsSync(abs) && fs.statSync(abs).isFile()) return abs;
  const index = path.join(abs, 'index.html');
  if (fs.existsSync(index)) return index;
  return undefined;
}

/** Starts the server; resolves with its origin, e.g. http://127.0.0.1:43211. Port 0 lets the OS pick. */
export function serveStatic(dir: string, port = 0): Promise<{ origin: string; close: () => Promise<void> }> {
  const root = path.resolve(dir);
  const headers = headersFor(root);
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    for (const [name, value] of headers(url.pathname)) res.setHeader(name, value);
    const file = resolveFile(root, url.pathname);
    if (file?.endsWith('index.html') && !url.pathname.endsWith('/') && !url.pathname.endsWith('.html')) {
      res.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
      return;
    }
    if (!file) {
      const hant = url.pathname.startsWith('/zh-hant/') && fs.existsSync(path.join(root, 'zh-hant/404/index.html'));
      const notFound = hant ? path.join(root, 'zh-hant/404/index.html') : path.join(root, '404.html');
      res.writeHead(404, { 'Content-Type': TYPES['.html'] ?? '' });
      res.end(fs.existsSync(notFound) ? fs.readFileSync(notFound) : 'Not found');
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => {
      const { port: actual } = server.address() as AddressInfo;
      resolve({ origin: `http://127.0.0.1:${actual}`, close: () => new Promise<void>((done) => server.close(() => done())) });
    });
  });
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { dir: { type: 'string', default: 'dist' }, port: { type: 'string', default: '4321' } } });
  const { origin } = await serveStatic(values.dir, Number(values.port));
  process.stdout.write(`serving ${values.dir} at ${origin}/ (Ctrl+C to stop)\n`);
}
