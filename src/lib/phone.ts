/**
 * Phone numbers in Chinese text, as tap-to-call links (tel:): landlines with an area code written in the usual
 * ways, and mobile numbers.
 */

/** A landline with its area code, or a mobile number; not part of a longer run of digits. */
const PHONE =
  /(?<![\d-])(?:(?:(?:\+86|0086)[-\s]?\(?\d{2,3}\)?|\(0\d{2,3}\)|（0\d{2,3}）|0\d{2,3})[-\s]?\d{3,4}[-\s]?\d{4}(?:-\d{1,5})?|(?:(?:\+86|0086)[-\s]?)?1[3-9]\d[-\s]?\d{4}[-\s]?\d{4})(?![\d])/g;

/**
 * The tel: address of a number as written: digits only, a + kept, the extension dialled after a pause.
 * @example telHref('(010)58123760') // 'tel:01058123760'
 * @example telHref('0755-8888 8888-123') // 'tel:075588888888,123'
 */
export function telHref(written: string): string {
  const all = written.trim().replace(/[^\d+]/g, '');
  // An extension is the digits after a last hyphen, when what comes before is a whole number already.
  const m = /^(.*\d)-(\d{1,5})$/.exec(written.trim());
  const main = m ? (m[1] ?? '').replace(/[^\d+]/g, '') : all;
  const whole = main.replace(/^(\+86|0086)/, '0').length >= 10;
  return `tel:${m && whole ? `${main},${m[2]}` : all}`;
}

export type TextPart = { text: string } | { phone: string; href: string };

/**
 * A text cut into plain parts and phone numbers.
 * @example phoneParts('电话：(010)58123760，传真') // [{ text: '电话：' }, { phone: '(010)58123760', href: 'tel:01058123760' }, { text: '，传真' }]
 */
export function phoneParts(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let at = 0;
  for (const m of text.matchAll(PHONE)) {
    if (m.index > at) parts.push({ text: text.slice(at, m.index) });
    parts.push({ phone: m[0], href: telHref(m[0]) });
    at = m.index + m[0].length;
  }
  if (at < text.length) parts.push({ text: text.slice(at) });
  return parts;
}
