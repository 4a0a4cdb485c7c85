/** The output scan: a built page or folder is refused for anything a Gongkai site should not publish. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../../src/lib/security/csp.ts';
import { scanHtml, scanOutput, scanXml } from '../../../src/lib/security/outputScan.ts';

const INLINE = 'document.documentElement.dataset.ready = "1";';
const options = { base: '/', policy: { inlineScripts: [INLINE] } };
const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(options.policy, { meta: true })}">`;
const page = (body: string, head = '') => `<!doctype html><html lang="zh-Hans"><head><meta charset="utf-8">${meta}${head}<title>t</title></head><body>${body}</body></html>`;
const rules = (html: string) => scanHtml(html, 'x/index.html', options).map((f) => f.rule);

describe('scanHtml', () => {
  it("passes the site's own pages: stylesheet and scripts as files, listed inline scripts, data: images, ld+json", () => {
    const html = page(
      `<p><a href="https://www.gov.cn/">a</a><img src="data:image/png;base64,iVBO" alt=""></p><script type="module" src="/_astro/tools.abc123.js"></script><script>${INLINE}</script><script type="application/ld+json">{"@type":"NewsArticle"}</script>`,
      '<link rel="stylesheet" href="/_astro/site.css">',
    );
    expect(rules(html)).toEqual([]);
  });

  it.each([
    ['an unlisted inline script', page('<script>alert(1)</script>'), 'output-script'],
    ['a script from elsewhere', page('<script src="https://evil.example/x.js"></script>'), 'output-script'],
    ['a script from another folder of the site', page('<script src="/files/x.js"></script>'), 'output-script'],
    ['a JSON block that breaks out into script', page('<script type="application/ld+json">{"a":"</script><script>alert(1)</script>"}</script>'), 'output-script'],
    ['a JSON-LD block that is not JSON', page('<script type="application/ld+json">{"a": alert(1)}</script>'), 'output-json'],
    ['a handler', page('<p onclick="x()">a</p>'), 'output-handler'],
    ['a script URL', page('<a href=" JavaScript:x">a</a>'), 'output-url'],
    ['a data: page', page('<iframe src="data:text/html,x"></iframe>'), 'output-url'],
    ['a style attribute', page('<p style="display:none">a</p>'), 'output-style'],
    ['a style element', page('<style>p{}</style>'), 'output-style'],
    ['an iframe', page('<iframe></iframe>'), 'output-element'],
    ['a base', page('', '<base href="/">'), 'output-element'],
    ['a refresh', page('', '<meta http-equiv="refresh" content="0;url=/">'), 'output-element'],
    ['SVG animation', page('<svg><animate attributeName="href" to="#x"/></svg>'), 'output-element'],
    ['a form posting elsewhere', page('<form action="https://evil.example/"></form>'), 'output-element'],
  ])('refuses %s', (_, html, rule) => {
    expect(rules(html)).toContain(rule);
  });

  it('refuses a page without the policy, or with another one', () => {
    expect(rules('<!doctype html><p>x</p>')).toContain('output-csp');
    expect(rules(page('').replace("script-src 'self'", "script-src 'self' 'unsafe-inline'"))).toContain('output-csp');
  });

  it('looks inside template contents', () => {
    expect(rules(page('<template><img src=x onerror=alert(1)></template>'))).toContain('output-handler');
  });
});

describe('scanXml', () => {
  it('passes a feed and refuses script, handlers, DOCTYPEs and malformed XML', () => {
    expect(scanXml('<?xml version="1.0"?><rss><channel><title>标题 &amp; 更多</title></channel></rss>', 'feed.xml')).toEqual([]);
    expect(scanXml('<rss><script>alert(1)</script></rss>', 'f.xml').map((f) => f.rule)).toContain('output-script');
    expect(scanXml('<rss onload="x"/>', 'f.xml').map((f) => f.rule)).toContain('output-handler');
    expect(scanXml('<!DOCTYPE rss [<!ENTITY a "b">]><rss/>', 'f.xml').map((f) => f.rule)).toContain('output-xml');
    expect(scanXml('<rss><channel></rss>', 'f.xml').map((f) => f.rule)).toContain('output-xml');
  });
});

describe('scanOutput', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongkai-scan-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const write = (rel: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  };

  it('passes a site made of the expected files in their places', () => {
    write('index.html', page('<p>首页</p>'));
    write('news/2024/a/index.html', page('<p>文章</p>'));
    write('_astro/site.css', 'p{}');
    write('_astro/chart.abc.svg', '<svg xmlns="http://www.w3.org/2000/svg"/>');
    write('pagefind/pagefind.js', '');
    write('pagefind/fragment/zh_1.pf_fragment', '');
    write('files/notices/2024/plan.pdf', '%PDF');
    write('feed.xml', '<rss/>');
    write('news/media/feed.xml', '<rss/>');
    write('notices.json', '{"count":0,"notices":[]}');
    write('robots.txt', '');
    write('_headers', '/*\n  X-Content-Type-Options: nosniff\n');
    expect(scanOutput(dir, options)).toEqual({ findings: [], files: 12 });
  });

  it('allows JSON at the top only as notices.json, and only when it parses', () => {
    const own = fs.mkdtempSync(path.join(os.tmpdir(), 'gk-scan-json-'));
    const put = (rel: string, data: string) => {
      fs.mkdirSync(path.dirname(path.join(own, rel)), { recursive: true });
      fs.writeFileSync(path.join(own, rel), data);
    };
    put('notices.json', '{"notices": [');
    put('data.json', '{}');
    put('news/notices.json', '{}');
    const findings = scanOutput(own, options).findings.map((f) => `${f.rule} ${f.file}`);
    fs.rmSync(own, { recursive: true, force: true });
    expect(findings.sort()).toEqual(['output-file-type data.json', 'output-file-type news/notices.json', 'output-json notices.json']);
  });

  it('refuses files out of place, script in an SVG, and symlinks', () => {
    write('files/news/page.html', '<p>x</p>');
    write('news/2024/a/app.js', 'x');
    write('_astro/evil.svg', '<svg xmlns="http://www.w3.org/2000/svg" onload="x()"/>');
    fs.symlinkSync('/etc/passwd', path.join(dir, 'files/passwd.pdf'));
    const findings = scanOutput(dir, options).findings.map((f) => `${f.rule} ${f.file}`);
    expect(findings).toEqual(
      expect.arrayContaining(['output-file-type files/news/page.html', 'output-file-type news/2024/a/app.js', 'output-svg _astro/evil.svg', 'output-file-type files/passwd.pdf']),
    );
  });
});
