/**
 * Character-table traces (src/lib/variant/legacy.ts), calibrated: Traditional written by people stays below the
 * line, the same kind of Simplified text converted character by character is above it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { charTableConvert } from '../../../src/lib/variant/charTable.ts';
import { loadSite } from '../../../src/lib/site.ts';
import { createConverter } from '../../../src/lib/variant/converter.ts';
import { analyzeTraditional, detectScript, traditionalRuns } from '../../../src/lib/variant/legacy.ts';

/** As the rule reads a file of the sample site: its converter (with the glossary), then stock tw and hk. */
const converters = [loadSite(path.resolve('content')).converter, createConverter({ region: 'tw' }), createConverter({ region: 'hk' })];
const tw = converters[1];
const read = (dir: string) => fs.readdirSync(dir).map((f) => ({ name: f, text: fs.readFileSync(path.join(dir, f), 'utf8') }));

describe('analyzeTraditional', () => {
  it('finds what a character table writes, with the proper form', () => {
    const a = analyzeTraditional('關于加強干部隊伍建設，擴大覆蓋范圍，做好頭發護理。', converters);
    expect(a.traces.filter((t) => t.byTable).map((t) => t.pair)).toEqual(['于於', '干幹', '范範', '發髮']);
    expect(a.kinds).toBe(4);
    expect(a.charTable).toBe(true);
    expect(a.per1000).toBeGreaterThan(100);
  });

  it('does not count a writer’s choice the phrase dictionary does not know (a surname 鍾, Taiwan’s 村里)', () => {
    const a = analyzeTraditional('村里幹事鍾先生到村里各戶訪視，村里的長者都很歡迎他。', converters);
    expect(a.kinds).toBeLessThanOrEqual(2);
    expect(a.charTable).toBe(false);
  });

  it('calibration: no text written in Traditional is called a character table, every character-table text is', () => {
    for (const { name, text } of read('tests/fixtures/lint/hant-clean')) expect(analyzeTraditional(text, converters).charTable, name).toBe(false);
    for (const { name, text } of read('tests/fixtures/lint/hans-clean')) expect(analyzeTraditional(charTableConvert(text), converters).charTable, name).toBe(true);
  });
});

describe('detectScript and traditionalRuns', () => {
  it('tells the script by characters that exist in one script only', () => {
    if (!tw) throw new Error('no converter');
    expect(detectScript('關於加強基層民政工作的通知', tw)).toBe('zh-Hant');
    expect(detectScript('关于加强基层民政工作的通知', tw)).toBe('zh-Hans');
    expect(detectScript('人民日报', tw)).toBeUndefined();
  });

  it('finds a pasted Traditional sentence in Simplified text, not a single shared character', () => {
    if (!tw) throw new Error('no converter');
    expect(traditionalRuns('本市召开推进会。會議強調要擴大範圍。会后部署。', tw).map((r) => r.text)).toEqual(['會議強調要擴大範圍']);
    expect(traditionalRuns('本市于今日召开推进会，干部群众踊跃参加。', tw)).toEqual([]);
  });
});
