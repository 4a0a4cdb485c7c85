/**
 * Reading an inline `style` attribute the way a browser does, so that `DIS\70 LAY: NONE` (with a comment inside) is still
 * `display: none`, and telling whether it hides what it is on. The sanitizer drops every `style` attribute
 * anyway; this is for the editor's message, and for catching what an intruder meant to hide.
 */

import { decodeCss } from '../security/css.ts';

/**
 * The declarations of a style attribute: lower-case property → value, comments removed, escapes resolved.
 * @example parseStyle('Display:NONE !important; color: red') // Map { 'display' => 'none', 'color' => 'red' }
 */
export function parseStyle(style: string): Map<string, string> {
  const text = decodeCss(style);
  const declarations = new Map<string, string>();
  for (const part of text.split(';')) {
    const colon = part.indexOf(':');
    if (colon < 0) continue;
    const property = part.slice(0, colon).trim().toLowerCase();
    const value = part.slice(colon + 1).replace(/!\s*important/i, '').trim().toLowerCase();
    if (property) declarations.set(property, value);
  }
  return declarations;
}

/** A CSS length in px (em and rem at 16 px, % of 16 px); `undefined` when it is not a plain length. */
function pixels(value: string | undefined): number | undefined {
  const m = /^(-?\d*\.?\d+)(px|pt|em|rem|%|vw|vh|)$/.exec((value ?? '').trim());
  if (!m) return undefined;
  const n = Number(m[1]);
  const unit = m[2];
  if (unit === 'em' || unit === 'rem') return n * 16;
  if (unit === '%') return (n / 100) * 16;
  if (unit === 'pt') return n * (4 / 3);
  if (unit === 'vw' || unit === 'vh') return n * 10;
  return n;
}

const WHITE = /^(white|#fff|#ffffff|#fffffff?f|rgba?\(\s*255\s*,\s*255\s*,\s*255\s*(,\s*[\d.]+\s*)?\)|transparent|hsla?\(\s*\d+\s*,\s*\d+%\s*,\s*100%.*\))$/;

/**
 * Why a style hides its element from readers, in a few words, or `undefined` when it does not.
 * @example hidingReason(parseStyle('font-size:1px')) // '字号极小（font-size:1px）'
 */
export function hidingReason(style: Map<string, string>): string | undefined {
  const get = (p: string) => style.get(p);
  if (get('display') === 'none') return '不显示（display:none）';
  if (/^(hidden|collapse)$/.test(get('visibility') ?? '')) return `不可见（visibility:${get('visibility')}）`;
  const opacity = Number(get('opacity'));
  if (get('opacity') !== undefined && Number.isFinite(opacity) && opacity < 0.1) return `透明（opacity:${get('opacity')}）`;
  const size = pixels(get('font-size'));
  if (size !== undefined && size < 4) return `字号极小（font-size:${get('font-size')}）`;
  const clipped = /hidden|clip/.test(get('overflow') ?? '') || /hidden|clip/.test(get('overflow-y') ?? '') || /hidden|clip/.test(get('overflow-x') ?? '');
  for (const p of ['width', 'height', 'max-width', 'max-height']) {
    const v = pixels(get(p));
    if (v !== undefined && v <= 1 && (clipped || p.startsWith('max'))) return `尺寸为零（${p}:${get(p)}）`;
  }
  if (/^(absolute|fixed)$/.test(get('position') ?? '')) {
    for (const p of ['left', 'top', 'right', 'bottom']) {
      const v = pixels(get(p));
      if (v !== undefined && (v <= -100 || v >= 3000)) return `移出屏幕（${p}:${get(p)}）`;
    }
  }
  const indent = pixels(get('text-indent'));
  if (indent !== undefined && indent <= -100) return `移出屏幕（text-indent:${get('text-indent')}）`;
  if (/rect\(\s*0|rect\(\s*1px\s*,?\s*1px/.test(get('clip') ?? '') || /inset\(\s*50%|circle\(\s*0/.test(get('clip-path') ?? '')) return '被裁掉（clip）';
  if (/scale\(\s*0(\.0\d*)?\s*[,)]|translate[xy]?\(\s*-?\d{4,}/.test(get('transform') ?? '')) return `移出或缩没（transform:${get('transform')}）`;
  if (WHITE.test(get('color') ?? '')) return `白色文字（color:${get('color')}）`;
  return undefined;
}
