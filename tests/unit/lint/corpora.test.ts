/**
 * The whole check on two content folders written for it (tests/fixtures/lint/README.md): the clean one, with the
 * false-positive set (Macao, the welfare lottery, e-invoices, loans, native Traditional…), has no finding at
 * all; in the damaged one, every file gets exactly the rules expected.json names, and no other.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/lib/lint/check.ts';
import { loadSite } from '../../../src/lib/site.ts';

const NOW = new Date('2026-11-22T04:00:00Z');
const root = path.resolve('tests/fixtures/lint');

describe('the lint corpora', () => {
  it('finds nothing in the clean folder', () => {
    const result = checkContent(loadSite(path.join(root, 'clean/content')), { now: NOW });
    expect(result.diagnostics).toEqual([]);
    expect(result.files).toBeGreaterThanOrEqual(16);
  });

  it('finds in each damaged file exactly the rules it was damaged for', () => {
    const site = loadSite(path.join(root, 'damaged/content'));
    const result = checkContent(site, { now: NOW });
    const expected: Record<string, string[]> = JSON.parse(fs.readFileSync(path.join(root, 'damaged/expected.json'), 'utf8'));
    const found = new Map<string, Set<string>>();
    for (const d of result.diagnostics) {
      const rel = d.file.slice(`${site.displayDir}/`.length);
      found.set(rel, (found.get(rel) ?? new Set()).add(d.rule));
    }
    for (const [file, rules] of Object.entries(expected)) expect([...(found.get(file) ?? [])].sort(), file).toEqual([...rules].sort());
    expect([...found.keys()].filter((f) => !(f in expected))).toEqual([]);
  });
});
