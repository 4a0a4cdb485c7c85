/** The body sanitizer: what survives, what does not, whatever the spelling. */
import { describe, expect, it } from 'vitest';
import { sanitizeHtml } from '../../../src/lib/security/sanitize.ts';

const clean = (html: string) => sanitizeHtml(html, { resolveFile: (url) => (url === './plan.pdf' ? '/files/news/2024/plan.pdf' : undefined) });

describe('keeps what government documents use', () => {
  it.each([
    ['headings with ids', '<h2 id="一总体要求">一、总体要求</h2>'],
    ['tables with spans and scope', '<table><thead><tr><th scope="col" colspan="2">2023年</th></tr></thead><tbody><tr><td rowspan="2" align="center">1</td><td>2</td></tr></tbody></table>'],
    ['a caption', '<table><caption>表1</caption><tbody><tr><td>1</td></tr></tbody></table>'],
    ['figures', '<figure><img src="/_astro/a.svg" alt="图" width="640" height="360" loading="lazy" decoding="async"><figcaption>图1</figcaption></figure>'],
    ['sup, sub, abbr, mark, time', '<p>m<sup>2</sup> CO<sub>2</sub> <abbr title="国家标准">GB</abbr> <mark>重点</mark> <time datetime="2024-05-01">5月1日</time></p>'],
    ['lists', '<ol start="3" type="a"><li>甲</li></ol><ul class="contains-task-list"><li class="task-list-item"><input type="checkbox" disabled> 未完成</li></ul>'],
    ['web, mail and phone links, page links and anchors', '<p><a href="https://www.gov.cn/">a</a><a href="mailto:a@b.cn">b</a><a href="tel:01012345678">c</a><a href="/news/">d</a><a href="#fn">e</a></p>'],
    ['data: images', '<img src="data:image/png;base64,iVBORw0KGgo=" alt="图">'],
    ['text in another script', '<p><span lang="zh-Hant">繁體</span></p>'],
    ['footnotes', '<section data-footnotes="" class="footnotes"><h2 id="footnote-label" class="sr-only">注释</h2><ol><li id="user-content-fn-1"><p>注 <a href="#user-content-fnref-1" data-footnote-backref="" aria-label="返回" class="data-footnote-backref">↩</a></p></li></ol></section>'],
  ])('%s', (_, html) => {
    expect(clean(html)).toBe(html);
  });
});

describe('removes what could run, load or hide', () => {
  it.each([
    ['script', '<p>a<script>alert(1)</script></p>', '<p>a</p>'],
    ['handlers', '<p onclick="x()" onmouseover=y>a</p>', '<p>a</p>'],
    ['script URLs however spelled', '<a href=" java\tscript:alert(1)">a</a><a href="JaVaScRiPt:x">b</a><a href="vbscript:x">c</a>', '<a>a</a><a>b</a><a>c</a>'],
    ['data: pages', '<a href="data:text/html,<script>x</script>">a</a>', '<a>a</a>'],
    ['data: images outside img', '<a href="data:image/png;base64,AAAA">a</a>', '<a>a</a>'],
    ['outside images (the alt text stays)', '<img src="https://x.example/t.png" alt="外链图">', '外链图'],
    ['styles and classes', '<p style="display:none" class="MsoNormal">a</p><style>p{}</style>', '<p>a</p>'],
    ['hidden', '<div hidden>a</div>', '<div>a</div>'],
    ['frames, objects and forms, with what is inside them', '<iframe srcdoc="x">a</iframe><object data="x">b</object><form action="x"><input type="text"><button>c</button></form>', ''],
    ['SVG and MathML', '<svg><a><text>x</text></a></svg><math><mi>y</mi></math>', ''],
    ['base, meta, link', '<base href="https://x.example/"><meta http-equiv="refresh" content="0"><link rel="stylesheet" href="x">', ''],
    ['comments', '<!-- 百家乐 --><p>a</p>', '<p>a</p>'],
    ['data-* (search filters and hooks)', '<p data-pagefind-filter="x" data-gk-tool="y">a</p>', '<p>a</p>'],
    ["ids the site's own chrome uses", '<h2 id="gk-main">a</h2>', '<h2>a</h2>'],
    ['mXSS through noscript', '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>', ''],
    ['mXSS through math and style', '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>', ''],
    ['table parts outside a table', '<tr><td>a</td></tr>', 'a'],
  ])('%s', (_, html, expected) => {
    expect(clean(html)).toBe(expected);
  });
});

describe('points files next to the article at where they are published', () => {
  it('rewrites a file that may be published and drops one that may not', () => {
    expect(clean('<a href="./plan.pdf">附件</a><a href="./secret.pdf">另一个</a><a href="../2019/x/">文章</a>')).toBe('<a href="/files/news/2024/plan.pdf">附件</a><a>另一个</a><a href="../2019/x/">文章</a>');
  });
});

describe('addresses without a scheme that still leave the site', () => {
  it('treats //host and /\\host as other sites: no outside images, links kept as links', () => {
    expect(clean('<img src="//evil.example/t.png" alt="图"><img src="/\\evil.example/t.png" alt="图2">')).toBe('图图2');
    expect(clean('<a href="//www.gov.cn/">政府网</a>')).toBe('<a href="//www.gov.cn/">政府网</a>');
  });
});
