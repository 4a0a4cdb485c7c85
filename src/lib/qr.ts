/**
 * QR share codes (扫一扫在手机端打开当前页): the code is encoded by uqr (a maintained port of Nayuki's QR Code
 * generator) at build time; this module only draws its modules as one compact SVG path, black on white
 * whatever the page's colours, so a phone can read it on screen and on paper.
 */
import { encode } from 'uqr';

export interface QrCode {
  /** `<svg>` markup, to be inlined. */
  svg: string;
  /** Modules per side, quiet zone included. */
  size: number;
}

/**
 * A QR code for `text` as inline SVG. Error correction M (15 %): a page URL fits in a small code that still reads
 * when printed about 2 cm wide.
 * @param label the accessible name of the image, e.g. 二维码：https://…
 * @example qrSvg('https://www.example.gov.cn/news/2024/a/', '二维码').svg // '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 37 37" …'
 */
export function qrSvg(text: string, label: string): QrCode {
  const border = 4;
  const { data, size } = encode(text, { ecc: 'M', border: 0 });
  const total = size + border * 2;
  let path = '';
  data.forEach((row, y) => {
    let x = 0;
    while (x < size) {
      if (!row[x]) {
        x += 1;
        continue;
      }
      const start = x;
      while (x < size && row[x]) x += 1;
      path += `M${start + border} ${y + border}h${x - start}v1h-${x - start}z`;
    }
  });
  const escaped = label.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${total} ${total}" role="img" aria-label="${escaped}" shape-rendering="crispEdges">` +
    `<rect width="${total}" height="${total}" fill="#fff"/><path d="${path}" fill="#000"/></svg>`;
  return { svg, size: total };
}
