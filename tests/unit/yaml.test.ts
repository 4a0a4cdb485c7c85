/** Reading YAML an editor wrote: bounded, alias-free, with the line of every value. */
import { describe, expect, it } from 'vitest';
import { readYaml, YamlError } from '../../src/lib/yaml.ts';

function refusal(text: string, options = {}): YamlError {
  try {
    readYaml(text, options);
  } catch (error) {
    if (error instanceof YamlError) return error;
    throw error;
  }
  throw new Error('not refused');
}

describe('readYaml', () => {
  it('reads the core schema: dates stay text, numbers and booleans are values', () => {
    expect(readYaml('date: 2018-02-30\nn: 12\nok: true\nlist: [a, b]').data).toEqual({ date: '2018-02-30', n: 12, ok: true, list: ['a', 'b'] });
  });

  it('refuses anchors and aliases, at the line of the first alias: a ten-line bomb costs nothing', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]', ...'bcdefghi'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(', ')}]`)].join('\n');
    const started = performance.now();
    const error = refusal(bomb, { firstLine: 2 });
    expect(performance.now() - started).toBeLessThan(500);
    expect(error.rule).toBe('yaml-alias');
    expect(error.line).toBe(3);
    expect(refusal('a: &x 1\nb: *x').rule).toBe('yaml-alias');
  });

  it('refuses text over the size limit before parsing it', () => {
    const error = refusal(`title: ${'长'.repeat(30_000)}`, { maxBytes: 64 * 1024, firstLine: 2 });
    expect(error.rule).toBe('yaml-size');
    expect(error.line).toBe(2);
  });

  it.each([
    ['a field written twice', 'title: a\ndate: b\ntitle: c', 3],
    ['an unclosed quote', 'title: a\nsource: "b\ndate: c', 2],
    ['a missing space after a colon', 'title: a\nsource:b\ndate: c', 2],
    ['a wrongly indented field', 'title: a\n  date: b\nsource: c', 2],
    ['a tab used to indent', 'list:\n\t- a', 2],
  ])('reports %s at its line', (_, text, line) => {
    const error = refusal(text);
    expect(error.rule).toBe('yaml');
    expect(error.line).toBe(line);
  });

  it('finds the line of fields, items and fields inside items, counted from the first line', () => {
    const { lineOf } = readYaml('title: a\ncontacts:\n  - name: 甲\n    phone: "1"\n  - { name: 乙, email: x }', { firstLine: 2 });
    expect(lineOf(['title'])).toBe(2);
    expect(lineOf(['contacts', 0, 'phone'])).toBe(5);
    expect(lineOf(['contacts', 1, 'email'])).toBe(6);
    expect(lineOf(['contacts', 1, 'missing'])).toBe(6);
    expect(lineOf(['missing'])).toBeUndefined();
  });
});
