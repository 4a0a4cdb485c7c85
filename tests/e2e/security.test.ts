/**
 * Safe publishing, checked in real Chromium:
 * - every page kind, in both scripts, served with the site's headers (Content-Security-Policy as a real response
 *   header, from dist/_headers): 0 policy violations, 0 console errors, the headers and the meta policy present;
 * - the policy is really enforced: a probe page with inline script and an outside image under the same headers
 *   runs nothing and loads nothing;
 * - every page built from the security corpus (hostile inputs that were allowed to build, and the false-positive
 *   set): no dialog, no script ran (`window.__pwned` never set), no request to another origin, and in the DOM
 *   Chromium built: no handler, no script URL, no inline style;
 * - the sanitizer alone (no lint, no policy): every hostile body, rendered by Astro's Markdown renderer and
 *   sanitized, runs nothing, while the same bodies unsanitized do run in the same harness (so it can fail).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { markdownToHtml } from 'satteri';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { serveStatic } from '../../scripts/serve.ts';
import { contentSecurityPolicy } from '../../src/lib/security/csp.ts';
import { sanitizeHtml } from '../../src/lib/security/sanitize.ts';
import { SITE_POLICY } from '../../src/routing/security.ts';
import { allPages } from '../build/html.ts';
import { SANITIZER_PAYLOADS } from '../fixtures/security/corpus.ts';
import { useBrowser } from './browser.ts';

const { sample, corpus } = inject('sites');
const browser = useBrowser();

interface Visit {
  status: number | undefined;
  headers: Record<string, string>;
  pwned: unknown;
  dialogs: string[];
  errors: string[];
  outside: string[];
  violations: string[];
  /** What Chromium's DOM holds that should not be there: handlers, script URLs, inline styles. */
  unsafeDom: string[];
  /** The page went somewhere else on its own (a refresh, a script). */
  navigated: boolean;
}

/** Opens a URL and records everything that would show script ran or the page reached elsewhere. */
async function visit(context: BrowserContext, url: string): Promise<Visit> {
  const page = await context.newPage();
  const result: Visit = { status: undefined, headers: {}, pwned: undefined, dialogs: [], errors: [], outside: [], violations: [], unsafeDom: [], navigated: false };
  page.on('dialog', (dialog) => {
    result.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('console', (message) => {
    if (message.type() === 'error' && !/status of 404/.test(message.text())) result.errors.push(message.text());
  });
  page.on('pageerror', (error) => result.errors.push(error.message));
  page.on('request', (request) => {
    const target = new URL(request.url());
    if (target.protocol !== 'data:' && target.hostname !== '127.0.0.1') result.outside.push(request.url());
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const response = await page.goto(url, { waitUntil: 'load' });
  result.status = response?.status();
  result.headers = (await response?.allHeaders()) ?? {};
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) result.navigated = true;
  });
  // Let handlers that fire after load (image errors, toggles, animations, refreshes) run.
  await new Promise((resolve) => setTimeout(resolve, 60));
  if (result.navigated) {
    await page.close();
    return result;
  }
  const inspect = () => page.evaluate(() => {
    const w = window as unknown as { __pwned?: unknown; __violations: string[] };
    const unsafe: string[] = [];
    for (const element of document.querySelectorAll('*')) {
      for (const attribute of element.getAttributeNames()) {
        const value = element.getAttribute(attribute) ?? '';
        if (attribute.startsWith('on')) unsafe.push(`${element.localName}[${attribute}]`);
        if (attribute === 'style') unsafe.push(`${element.localName}[style]`);
        if (['href', 'src', 'action', 'formaction', 'xlink:href', 'data'].includes(attribute)) {
          let protocol = '';
          try {
            protocol = new URL(value, location.href).protocol;
          } catch {
            continue;
          }
          const dataImage = protocol === 'data:' && element.localName === 'img' && /^\s*data:image\//i.test(value);
          if (protocol === 'javascript:' || protocol === 'vbscript:' || (protocol === 'data:' && !dataImage)) unsafe.push(`${element.localName}[${attribute}=${value.slice(0, 40)}]`);
        }
      }
    }
    return { pwned: w.__pwned, violations: w.__violations, unsafe };
  });
  let state: Awaited<ReturnType<typeof inspect>>;
  try {
    state = await inspect();
  } catch {
    // The page navigated away while we looked: that is what a refresh or a script does.
    result.navigated = true;
    await page.close();
    return result;
  }
  result.pwned = state.pwned;
  result.violations = state.violations;
  result.unsafeDom = state.unsafe;
  await page.close();
  return result;
}

describe('every page kind, both scripts, under the Content-Security-Policy header', () => {
  const routes = [
    '/',
    '/news/',
    '/news/dept/',
    '/news/2024/ertong-fuli-zhuanti/',
    '/notices/2018/jiceng-minzheng-fangan/',
    '/library/',
    '/search/',
    '/no-such-page/',
  ];
  let context: BrowserContext;
  beforeAll(async () => {
    context = await browser().newContext();
  });
  afterAll(async () => {
    await context.close();
  });

  it.each(routes.flatMap((route) => [route, `/zh-hant${route}`]))('%s', async (route) => {
    const seen = await visit(context, `${sample.origin}${route}`);
    expect(seen.status).toBe(route.includes('no-such-page') ? 404 : 200);
    expect(seen.headers['content-security-policy']).toBe(contentSecurityPolicy(SITE_POLICY));
    expect(seen.headers['x-content-type-options']).toBe('nosniff');
    expect(seen.headers['x-frame-options']).toBe('DENY');
    expect(seen.headers['referrer-policy']).toBeTruthy();
    expect(seen.headers['permissions-policy']).toBeTruthy();
    expect(seen.violations).toEqual([]);
    expect(seen.errors).toEqual([]);
    expect(seen.outside).toEqual([]);
  });

  it('every page carries the policy in a meta tag too (for hosts without header control)', async () => {
    const page = await context.newPage();
    await page.goto(`${sample.origin}/news/2024/ertong-fuli-zhuanti/`);
    const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(meta).toBe(contentSecurityPolicy(SITE_POLICY, { meta: true }));
    expect(meta).not.toContain('frame-ancestors');
    await page.close();
  });
});

describe('the policy is enforced, not just sent', () => {
  let probe: { origin: string; close: () => Promise<void> };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongkai-csp-probe-'));
  beforeAll(async () => {
    fs.copyFileSync(path.join(sample.dist, '_headers'), path.join(dir, '_headers'));
    fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>probe</title><script>window.__pwned = 1</script><img src="https://evil.example/t.png" alt=""><p style="color:red">x</p>');
    probe = await serveStatic(dir);
  });
  afterAll(async () => {
    await probe.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('an inline script does not run and an outside image is blocked under the site headers', async () => {
    const context = await browser().newContext();
    const seen = await visit(context, `${probe.origin}/`);
    await context.close();
    expect(seen.pwned).toBeUndefined();
    expect(seen.violations.some((v) => v.startsWith('script-src'))).toBe(true);
    expect(seen.violations).toContain('img-src https://evil.example/t.png');
  });
});

describe('pages built from the security corpus', () => {
  const routes = allPages(corpus.dist);
  let context: BrowserContext;
  beforeAll(async () => {
    context = await browser().newContext();
  });
  afterAll(async () => {
    await context.close();
  });

  it('include the hostile and the legitimate articles in both scripts', () => {
    expect(routes).toContain('/news/2024/md-unquoted-slash/');
    expect(routes).toContain('/zh-hant/news/2024/spam-style-stripped/');
    expect(routes).toContain('/news/2024/tupian-baodao/');
  });

  it.each(routes)('%s runs nothing and reaches nowhere else', async (route) => {
    const seen = await visit(context, `${corpus.origin}${route}`);
    expect(seen.pwned).toBeUndefined();
    expect(seen.dialogs).toEqual([]);
    expect(seen.outside).toEqual([]);
    expect(seen.violations).toEqual([]);
    expect(seen.errors).toEqual([]);
    expect(seen.navigated).toBe(false);
    expect(seen.unsafeDom).toEqual([]);
  });
});

describe('the sanitizer alone, without lint or policy', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongkai-sanitizer-'));
  let server: { origin: string; close: () => Promise<void> };
  let context: BrowserContext;
  const page = (body: string) => `<!doctype html><html lang="zh-Hans"><head><meta charset="utf-8"><title>t</title></head><body><main>${body}</main></body></html>`;
  beforeAll(async () => {
    for (const [i, payload] of SANITIZER_PAYLOADS.entries()) {
      const rendered = (markdownToHtml(payload.markdown, { features: { gfm: true, smartPunctuation: true } }) as { html: string }).html;
      fs.writeFileSync(path.join(dir, `raw-${i}.html`), page(rendered));
      fs.writeFileSync(path.join(dir, `clean-${i}.html`), page(sanitizeHtml(rendered)));
    }
    server = await serveStatic(dir);
    context = await browser().newContext();
  });
  afterAll(async () => {
    await context.close();
    await server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it.each(SANITIZER_PAYLOADS.map((p, i) => [p.id, i] as const))('%s: sanitized, it runs nothing', async (_, i) => {
    const seen = await visit(context, `${server.origin}/clean-${i}.html`);
    expect(seen.pwned).toBeUndefined();
    expect(seen.dialogs).toEqual([]);
    expect(seen.outside).toEqual([]);
    expect(seen.navigated).toBe(false);
    expect(seen.unsafeDom).toEqual([]);
  });

  it('unsanitized, the same bodies do run in this harness (so the test above can fail)', async () => {
    const fired: string[] = [];
    for (const [i, payload] of SANITIZER_PAYLOADS.entries()) {
      const seen = await visit(context, `${server.origin}/raw-${i}.html`);
      if (seen.pwned !== undefined || seen.dialogs.length > 0 || seen.outside.length > 0 || seen.navigated) fired.push(payload.id);
    }
    expect(fired).toEqual(expect.arrayContaining(['img-onerror', 'md-handler-next-line', 'md-details-toggle', 'md-fence-in-div', 'outside-image', 'protocol-relative-image']));
    expect(fired.length).toBeGreaterThanOrEqual(10);
  });
});
