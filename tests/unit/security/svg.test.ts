import { describe, expect, it } from 'vitest';
import { checkSvg, SVG_MAX_BYTES } from '../../../src/lib/security/svg.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** A complete SVG document around `body`, on one line so every finding is on line 1. */
function svg(body: string, rootAttributes = ''): string {
  return `<svg xmlns="${SVG_NS}" xmlns:xlink="http://www.w3.org/1999/xlink" width="200" height="100"${rootAttributes}>${body}</svg>`;
}

/** The findings' messages, for `toContain` / `toMatch` against the offending thing. */
function messages(text: string): string {
  return checkSvg(text).map((finding) => finding.message).join('\n');
}

/** The first finding whose message mentions `needle`, so a test can check its line. */
function findingAbout(text: string, needle: string) {
  return checkSvg(text).find((finding) => finding.message.includes(needle));
}

const PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

describe('checkSvg accepts a plain picture', () => {
  it('a bar chart drawn with rect, text, line, g, title and desc', () => {
    const chart = [
      `<svg xmlns="${SVG_NS}" viewBox="0 0 300 160" role="img" aria-labelledby="t d">`,
      '  <title id="t">2023 年各区财政收入</title>',
      '  <desc id="d">三个区的财政收入柱状图，单位亿元</desc>',
      '  <g fill="#2c6e49" font-family="sans-serif" font-size="12">',
      '    <rect x="20" y="40" width="60" height="100"/>',
      '    <rect x="120" y="70" width="60" height="70"/>',
      '    <rect x="220" y="20" width="60" height="120"/>',
      '    <text x="50" y="155" text-anchor="middle">东城区</text>',
      '    <text x="150" y="155" text-anchor="middle">西城区</text>',
      '    <text x="250" y="155" text-anchor="middle">朝阳区</text>',
      '  </g>',
      '  <line x1="10" y1="140" x2="290" y2="140" stroke="#333" stroke-width="1"/>',
      '</svg>',
    ].join('\n');
    expect(checkSvg(chart)).toEqual([]);
  });

  it('an Inkscape export with XML declaration, public DOCTYPE, sodipodi/inkscape markup and RDF metadata', () => {
    const inkscape = [
      '<?xml version="1.0" encoding="UTF-8" standalone="no"?>',
      '<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">',
      '<svg',
      '   xmlns="http://www.w3.org/2000/svg"',
      '   xmlns:svg="http://www.w3.org/2000/svg"',
      '   xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape"',
      '   xmlns:sodipodi="http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd"',
      '   xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"',
      '   xmlns:cc="http://creativecommons.org/ns#"',
      '   xmlns:dc="http://purl.org/dc/elements/1.1/"',
      '   width="210mm" height="297mm" viewBox="0 0 210 297" version="1.1" id="svg8"',
      '   inkscape:version="1.3.2 (091e20e, 2023-11-25)" sodipodi:docname="示意图.svg">',
      '  <sodipodi:namedview id="base" pagecolor="#ffffff" bordercolor="#666666" inkscape:zoom="0.35"',
      '     inkscape:cx="400" inkscape:cy="560" inkscape:document-units="mm" inkscape:current-layer="layer1"/>',
      '  <metadata id="metadata5">',
      '    <rdf:RDF>',
      '      <cc:Work rdf:about="">',
      '        <dc:format>image/svg+xml</dc:format>',
      '        <dc:type rdf:resource="http://purl.org/dc/dcmitype/StillImage"/>',
      '        <dc:title>办事流程示意图</dc:title>',
      '      </cc:Work>',
      '    </rdf:RDF>',
      '  </metadata>',
      '  <g inkscape:label="图层 1" inkscape:groupmode="layer" id="layer1">',
      '    <path style="fill:#d40000;stroke:#000000;stroke-width:0.26" d="M 10,10 H 100 V 60 H 10 Z" id="path10"',
      '       sodipodi:nodetypes="ccccc"/>',
      '    <svg:circle cx="150" cy="40" r="20" fill="#0055d4"/>',
      '  </g>',
      '</svg>',
    ].join('\n');
    expect(checkSvg(inkscape)).toEqual([]);
  });

  it('gradients referenced by fill="url(#g)" and from a <style> element with url(#g)', () => {
    const gradients = svg(
      '<defs><linearGradient id="g"><stop offset="0" stop-color="#fff"/><stop offset="1" stop-color="#c00"/></linearGradient>' +
        '<radialGradient id="r"><stop offset="0" stop-color="#00f"/></radialGradient></defs>' +
        '<style>.bar { fill: url(#g); } .dot { fill: url( "#r" ); stroke: url(\'#g\') }</style>' +
        '<rect width="50" height="50" fill="url(#g)"/><rect class="bar" x="60" width="50" height="50"/>' +
        '<circle class="dot" cx="150" cy="25" r="20" style="fill: url(#r)"/>',
    );
    expect(checkSvg(gradients)).toEqual([]);
  });

  it('<use> pointing inside the file with href and with xlink:href', () => {
    const uses = svg('<defs><symbol id="a"><circle r="5"/></symbol></defs><use href="#a" x="10"/><use xlink:href="#a" x="30"/>');
    expect(checkSvg(uses)).toEqual([]);
  });

  it('an <image> embedded as a data:image/png URL', () => {
    expect(checkSvg(svg(`<image href="${PNG}" width="10" height="10"/>`))).toEqual([]);
  });

  it('a link out to a web page on <a>', () => {
    expect(checkSvg(svg('<a href="https://www.gov.cn/"><text x="10" y="20">中国政府网</text></a>'))).toEqual([]);
  });

  it('a byte order mark before the document', () => {
    expect(checkSvg('\uFEFF' + svg('<rect width="10" height="10"/>'))).toEqual([]);
  });
});

describe('checkSvg refuses script', () => {
  it('a <script> element, on the line where it opens', () => {
    const text = [`<svg xmlns="${SVG_NS}">`, '  <rect width="10" height="10"/>', '  <script>alert(1)</script>', '</svg>'].join('\n');
    const finding = findingAbout(text, 'script');
    expect(finding).toBeDefined();
    expect(finding?.line).toBe(3);
  });

  it('an onload handler on the root', () => {
    const findings = checkSvg(svg('<rect width="10" height="10"/>', ' onload="alert(1)"'));
    expect(findings).toHaveLength(1);
    expect(findings[0]?.message).toContain('onload');
    expect(findings[0]?.line).toBe(1);
  });

  it('an onclick handler on a nested element, reported on that element’s line', () => {
    const text = [
      `<svg xmlns="${SVG_NS}" viewBox="0 0 100 100">`,
      '  <g>',
      '    <rect width="10" height="10"/>',
      '    <g fill="red">',
      '      <circle cx="50" cy="50" r="10" onclick="alert(1)"/>',
      '    </g>',
      '  </g>',
      '</svg>',
    ].join('\n');
    const findings = checkSvg(text);
    expect(findings).toHaveLength(1);
    expect(findings[0]?.message).toContain('onclick');
    expect(findings[0]?.message).toContain('<circle>');
    expect(findings[0]?.line).toBe(5);
  });

  it('a script behind a prefix bound to the SVG namespace', () => {
    const text = svg(`<s:script xmlns:s="${SVG_NS}">alert(1)</s:script>`);
    expect(messages(text)).toContain('<s:script>');
  });

  it('an XHTML element behind a prefix (<h:iframe>, <h:script>)', () => {
    const iframe = svg('<h:iframe xmlns:h="http://www.w3.org/1999/xhtml" src="https://evil.example/"/>');
    const script = svg('<h:script xmlns:h="http://www.w3.org/1999/xhtml">alert(1)</h:script>');
    expect(messages(iframe)).toContain('<h:iframe>');
    expect(messages(script)).toContain('<h:script>');
  });

  it('an element in the XHTML default namespace', () => {
    const text = svg('<g><div xmlns="http://www.w3.org/1999/xhtml">x</div></g>');
    expect(messages(text)).toMatch(/XHTML.*<div>/);
  });

  it('<foreignObject>', () => {
    const text = svg('<foreignObject width="100" height="100"><p xmlns="http://www.w3.org/1999/xhtml">文字</p></foreignObject>');
    expect(messages(text)).toContain('<foreignObject>');
  });
});

describe('checkSvg refuses animation', () => {
  it.each([
    ['animate', '<a href="#x"><animate attributeName="href" values="javascript:alert(1)"/><text>点我</text></a>'],
    ['set', '<a href="#x"><set attributeName="href" to="javascript:alert(1)"/><text>点我</text></a>'],
    ['animateTransform', '<rect width="10" height="10"><animateTransform attributeName="transform" type="rotate" from="0" to="360" dur="1s"/></rect>'],
    ['animateMotion', '<rect width="10" height="10"><animateMotion path="M0,0 L10,10" dur="1s"/></rect>'],
  ])('<%s>', (element, body) => {
    const findings = checkSvg(svg(body));
    expect(findings.length).toBeGreaterThan(0);
    expect(messages(svg(body))).toContain(`<${element}>`);
  });
});

describe('checkSvg refuses references outside the file', () => {
  it('<use> of another file on the web', () => {
    expect(messages(svg('<use href="https://evil.example/x.svg#a"/>'))).toContain('https://evil.example/x.svg#a');
  });

  it('<image> from the web', () => {
    expect(messages(svg('<image href="https://evil.example/a.png" width="10" height="10"/>'))).toContain('https://evil.example/a.png');
  });

  it('<image xlink:href="javascript:…">', () => {
    expect(messages(svg('<image xlink:href="javascript:alert(1)" width="10" height="10"/>'))).toContain('xlink:href="javascript:alert(1)"');
  });

  it('<a href="javascript:…">', () => {
    expect(messages(svg('<a href="javascript:alert(1)"><text>点我</text></a>'))).toContain('href="javascript:alert(1)"');
  });

  it('@import in a <style> element', () => {
    expect(messages(svg('<style>@import url(https://evil.example/x.css);</style>'))).toContain('@import');
  });

  it('url() to the web in a <style> element', () => {
    expect(messages(svg('<style>rect{fill:url(https://evil.example/x)}</style><rect width="1" height="1"/>'))).toContain('url(https://evil.example/x)');
  });

  it('url() to the web in a style attribute', () => {
    const findings = checkSvg(svg('<rect width="1" height="1" style="fill:url(https://evil.example/x)"/>'));
    expect(findings).toHaveLength(1);
    expect(findings[0]?.message).toContain('style');
    expect(findings[0]?.message).toContain('url(https://evil.example/x)');
  });

  it.each([
    ['a CSS escape inside url', '<rect width="1" height="1" style="fill:u\\72 l(https://evil.example/x)"/>'],
    ['a backslash inside url', '<rect width="1" height="1" style="fill:u\\rl(https://evil.example/x)"/>'],
    ['an escaped @import', '<style>@\\69mport "https://evil.example/x.css";</style>'],
    ['an escaped url in a <style> element', '<style>rect{fill:u\\72 l(https://evil.example/x)}</style>'],
    ['a url with a quote never closed', `<rect width="1" height="1" style='fill:url("https://evil.example/x)'/>`],
    ['a url with a quote never closed in a <style> element', '<style>rect{fill:url("https://evil.example/x)</style>'],
    ['image-set with a string address', '<style>svg{background-image:image-set("https://evil.example/x.png" 1x)}</style>'],
    ['-webkit-image-set on an element', '<rect width="1" height="1" style="mask-image:-webkit-image-set(\'https://evil.example/m.png\' 1x)"/>'],
  ])('CSS that loads from outside, however spelled: %s', (_, body) => {
    expect(checkSvg(svg(body)).length).toBeGreaterThan(0);
  });

  it('a data: SVG in <use> (a known way to smuggle a document in)', () => {
    expect(messages(svg('<use href="data:image/svg+xml,%3Csvg xmlns=%22http://www.w3.org/2000/svg%22 id=%22x%22/%3E#x"/>'))).toContain('<use>');
  });

  it('an <?xml-stylesheet?> processing instruction', () => {
    expect(messages('<?xml-stylesheet href="x.xsl" type="text/xsl"?>\n' + svg(''))).toContain('xml-stylesheet');
  });
});

describe('checkSvg refuses what it cannot read safely', () => {
  it('a DOCTYPE whose internal subset defines an entity', () => {
    const text = `<?xml version="1.0"?>\n<!DOCTYPE svg [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>\n${svg('<text>&b;</text>')}`;
    expect(messages(text)).toContain('ENTITY');
  });

  it('an undefined entity', () => {
    const finding = findingAbout(svg('<text>&x;</text>'), 'entity');
    expect(finding).toBeDefined();
    expect(finding?.message).toContain('无法作为 XML 读取');
  });

  it('malformed XML: an element never closed', () => {
    const text = [`<svg xmlns="${SVG_NS}">`, '  <g>', '    <rect width="1" height="1"/>', '</svg>'].join('\n');
    const findings = checkSvg(text);
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((finding) => finding.message.startsWith('无法作为 XML 读取'))).toBe(true);
  });

  it('a root element that is not <svg>', () => {
    const findings = checkSvg('<html xmlns="http://www.w3.org/1999/xhtml"><body><p>x</p></body></html>');
    expect(findings[0]?.message).toContain('根元素');
    expect(findings[0]?.message).toContain('<html>');
  });

  it('an <svg> root without the SVG namespace', () => {
    const findings = checkSvg('<svg width="10" height="10"><rect width="1" height="1"/></svg>');
    expect(findings[0]?.message).toContain('缺少 xmlns="http://www.w3.org/2000/svg"');
    expect(findings[0]?.line).toBe(1);
  });

  it('an empty file', () => {
    expect(messages('')).toContain('没有 <svg> 元素');
  });

  it('a file over 2 MB, even when it is otherwise a plain picture', () => {
    const padding = `<!-- ${'x'.repeat(SVG_MAX_BYTES)} -->`;
    const text = svg(`${padding}<rect width="1" height="1"/>`);
    expect(checkSvg(svg('<!-- short --><rect width="1" height="1"/>'))).toEqual([]);
    expect(checkSvg(text)).toEqual([{ line: 1, message: 'SVG 文件超过 2 MB' }]);
  });
});
