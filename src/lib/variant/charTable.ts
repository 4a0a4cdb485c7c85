/**
 * A character-table converter, the way legacy portals made their Traditional pages: each Simplified character
 * to its first Traditional form in OpenCC's character table, then Taiwan's variants; no phrases. For
 * calibrating and testing the legacy-conversion rule, and for the sample damage in tests; never for pages.
 * @example charTableConvert('头发干净，关于范围') // '頭發幹淨，關於範圍'
 */
import * as OpenCCCore from 'opencc-js/core';
import * as OpenCCPreset from 'opencc-js/preset';

let convert: ((text: string) => string) | undefined;

export function charTableConvert(text: string): string {
  if (!convert) {
    const preset = OpenCCPreset as unknown as { from: Record<string, unknown[][]>; to: Record<string, unknown[]> };
    const factory = OpenCCCore.ConverterFactory as unknown as (...groups: unknown[]) => (text: string) => string;
    convert = factory([[preset.from['cn']?.[0]?.[1]]], preset.to['tw']);
  }
  return convert(text);
}
