/** The security headers: the policy, its hashes, `_headers`, and the deploy guide kept in step with them. */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, headersFile, parseHeadersFile, scriptHash, securityHeaders } from '../../../src/lib/security/csp.ts';
import { SITE_POLICY } from '../../../src/routing/security.ts';

describe('the Content-Security-Policy', () => {
  it('is strict: self only, no unsafe-inline, no plugins, no frames, no framing', () => {
    const policy = contentSecurityPolicy();
    for (const directive of ["default-src 'self'", "script-src 'self'", "style-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'", "frame-ancestors 'none'"]) {
      expect(policy).toContain(directive);
    }
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toContain('unsafe-eval');
  });

  it('allows inline scripts by hash only, and WebAssembly only when asked', () => {
    const policy = contentSecurityPolicy({ inlineScripts: ['document.documentElement.dataset.size = "l";'], wasm: true });
    expect(policy).toContain(`script-src 'self' ${scriptHash('document.documentElement.dataset.size = "l";')} 'wasm-unsafe-eval'`);
    // The hash of the text, as a browser computes it (SHA-256 of the UTF-8 bytes, base64).
    expect(scriptHash('alert(1)')).toBe("'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='");
  });

  it('in a meta tag, leaves out frame-ancestors (browsers ignore it there)', () => {
    expect(contentSecurityPolicy({}, { meta: true })).not.toContain('frame-ancestors');
    expect(contentSecurityPolicy({}, { meta: true })).toBe(contentSecurityPolicy().replace("; frame-ancestors 'none'", ''));
  });
});

describe('_headers', () => {
  it('applies every header to every path under the base, and reads back', () => {
    const text = headersFile('/portal/', SITE_POLICY);
    const rules = parseHeadersFile(text);
    expect(rules).toHaveLength(1);
    expect(rules[0]?.pattern.test('/portal/news/2024/a/')).toBe(true);
    expect(rules[0]?.pattern.test('/other/')).toBe(false);
    expect(rules[0]?.headers).toEqual(securityHeaders(SITE_POLICY));
    expect(parseHeadersFile(headersFile('/'))[0]?.pattern.test('/')).toBe(true);
  });
});

describe('docs/deploy.md', () => {
  const doc = fs.readFileSync('docs/deploy.md', 'utf8');
  const expected = securityHeaders(SITE_POLICY);

  it('gives nginx exactly the headers the build ships', () => {
    const nginx = [...doc.matchAll(/^\s*add_header ([\w-]+) "([^"]*)" always;$/gm)].map((m) => [m[1], m[2]]);
    expect(nginx).toEqual(expected);
  });

  it('gives Apache exactly the headers the build ships', () => {
    const apache = [...doc.matchAll(/^\s*Header always set ([\w-]+) "([^"]*)"$/gm)].map((m) => [m[1], m[2]]);
    expect(apache).toEqual(expected);
  });
});
