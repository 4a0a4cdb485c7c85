/** The site the body rules see in unit tests, and lintBody on a body in a temporary content folder (a helper, not a test). */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import { lintBody } from '../../../src/lib/lint/body.ts';
import type { FieldText } from '../../../src/lib/lint/types.ts';
import type { RuleSite } from '../../../src/lib/lint/types.ts';
import { createConverter } from '../../../src/lib/variant/converter.ts';

const converters = [createConverter({ region: 'tw' }), createConverter({ region: 'hk' })];

/** The site the rules see: www.example.gov.cn, Simplified, gov.cn trusted, checked on 2025-06-01 at noon in Beijing. */
export function testSite(overrides: Partial<RuleSite> = {}): RuleSite {
  return {
    host: 'www.example.gov.cn',
    trustedDomains: ['gov.cn'],
    linkFarmDomains: 5,
    futureDays: 30,
    now: new Date('2025-06-01T04:00:00Z'),
    draft: false,
    script: 'zh-Hans',
    declaredScript: false,
    converters: () => converters,
    internal: (href) => (href.startsWith('/news/') ? { route: href.split('#')[0] ?? '', hash: href.split('#')[1] ?? '' } : undefined),
    ...overrides,
  };
}


const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongkai-rules-'));
fs.mkdirSync(path.join(dir, 'news/2024'), { recursive: true });
fs.writeFileSync(path.join(dir, 'news/2024/plan.pdf'), '%PDF-1.4');
fs.writeFileSync(path.join(dir, 'news/2024/chart.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
fs.writeFileSync(path.join(dir, 'news/2024/photo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));


/** Lints a body as content/news/2024/a.md (or .mdx); its body starts on line 8 of the file. */
export function lint(body: string, kind: 'md' | 'mdx' = 'md', site: Partial<RuleSite> = {}, fields: FieldText[] = []) {
  return lintBody({
    body,
    bodyLine: 8,
    kind,
    file: `content/news/2024/a.${kind}`,
    abs: path.join(dir, `news/2024/a.${kind}`),
    contentDir: dir,
    componentsDir: path.resolve('src/components'),
    limits: { bodyWarnKB: 1, bodyErrorKB: 2, depth: 8 },
    site: testSite(site),
    fields,
  });
}
