/**
 * Character-table conversion, the way legacy portals made their Traditional pages: each Simplified character to
 * its first Traditional form in OpenCC's character table (then a region's variants), no phrases. The
 * legacy-conversion rule asks what such a table writes (tableForms); calibration and tests make damaged text
 * with it (charTableConvert). Never used for pages.
 */
import * as OpenCCCore from 'opencc-js/core';
import * as OpenCCPreset from 'opencc-js/preset';

type Convert = (text: string) => string;
/** The table alone, with Taiwan's variants, with Hong Kong's. */
let tables: { plain: Convert; tw: Convert; hk: Convert } | undefined;

function charTables() {
  if (!tables) {
    const preset = OpenCCPreset as unknown as { from: Record<string, unknown[][]>; to: Record<string, unknown[]> };
    const characters = preset.from['cn']?.[0]?.[1];
    const factory = OpenCCCore.ConverterFactory as unknown as (...groups: unknown[]) => Convert;
    tables = { plain: factory([[characters]]), tw: factory([[characters]], preset.to['tw']), hk: factory([[characters]], preset.to['hk']) };
  }
  return tables;
}

/**
 * Text as a character table with Taiwan's variants writes it.
 * @example charTableConvert('头发干净，关于范围') // '頭發幹淨，關於範圍'
 */
export function charTableConvert(text: string): string {
  return charTables().tw(text);
}

/**
 * What a character table writes for a Simplified character, in the standard, Taiwan and Hong Kong variants.
 * @example tableForms('发') // Set { '發' }: 头发 comes out 頭發
 */
export function tableForms(simplified: string): Set<string> {
  const t = charTables();
  return new Set([t.plain(simplified), t.tw(simplified), t.hk(simplified)]);
}
