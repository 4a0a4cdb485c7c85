import fs from 'node:fs';
import { readYaml } from '../../src/lib/yaml.ts';
import OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { ACCURACY_SETS, measure, wrongCharacters, type CorpusItem } from '../../src/lib/variant/accuracy.ts';
import { createConverter, createStockConverter, parsePerScript } from '../../src/lib/variant/converter.ts';
import { convertHtml } from '../../src/lib/variant/html.ts';
import { scriptOfLang } from '../../src/lib/variant/scripts.ts';
import { glossarySchema } from '../../src/schemas/glossary.ts';

const glossary = glossarySchema.parse(readYaml(fs.readFileSync('content/glossary.yaml', 'utf8')).data);
const corpus = readYaml(fs.readFileSync('tests/fixtures/conversion/corpus.yaml', 'utf8')).data as CorpusItem[];
const gongkai = createConverter({ glossary });
const stock = createStockConverter();
const s2t = (text: string) => gongkai.convert(text, 'zh-Hans', 'zh-Hant');
const t2s = (text: string) => gongkai.convert(text, 'zh-Hant', 'zh-Hans');

describe('phrase-level conversion', () => {
  it.each([
    ['干部', '幹部'],
    ['干净', '乾淨'],
    ['若干', '若干'],
    ['关于', '關於'],
    ['那么', '那麼'],
    ['范围', '範圍'],
    ['扎实', '紮實'],
    ['头发', '頭髮'],
    ['发展', '發展'],
    ['面条', '麵條'],
    ['台风', '颱風'],
    ['征求意见', '徵求意見'],
    ['民办发〔2018〕7号', '民辦發〔2018〕7號'],
  ])('%s → %s', (hans, hant) => {
    expect(s2t(hans)).toBe(hant);
  });

  it('differs from converting character by character, which is what legacy sites do', () => {
    const charByChar = OpenCC.Converter({ from: 'cn', to: 'tw' });
    const text = '干部要把干净的范围扎实地落到那么多的工作里';
    const naive = [...text].map((c) => charByChar(c)).join('');
    expect(s2t(text)).toBe('幹部要把乾淨的範圍紮實地落到那麼多的工作裡');
    expect(wrongCharacters(naive, '幹部要把乾淨的範圍紮實地落到那麼多的工作裡')).toBeGreaterThan(0);
  });

  it('leaves numbers, Latin text and punctuation alone', () => {
    expect(s2t('2018年 ABC-123 https://example.gov.cn/a?b=1')).toBe('2018年 ABC-123 https://example.gov.cn/a?b=1');
  });

  it('converts Traditional back to Simplified', () => {
    expect(t2s('關於幹部隊伍建設的範圍')).toBe('关于干部队伍建设的范围');
  });

  it('converts runs split by inline tags as one phrase and cuts the result back at the tags', () => {
    expect(gongkai.convertRuns(['干', '净的', '系统'], 'zh-Hans', 'zh-Hant')).toEqual(['乾', '淨的', '系統']);
    // Converted one by one, 干 alone would come out as 幹.
    expect(s2t('干')).not.toBe('乾');
  });
});

describe('Traditional standard', () => {
  it('follows Taiwan (tw) by default and Hong Kong (hk) when the site asks for it, both ways', () => {
    const hk = createConverter({ region: 'hk' });
    expect(s2t('卫生部门着力推进，里面')).toBe('衛生部門著力推進，裡面');
    expect(hk.convert('卫生部门着力推进，里面', 'zh-Hans', 'zh-Hant')).toBe('衞生部門着力推進，裏面');
    expect(hk.convert('衞生部門着力推進，裏面', 'zh-Hant', 'zh-Hans')).toBe('卫生部门着力推进，里面');
  });
});

describe('inline markup', () => {
  it('-{…}- keeps text as written in both scripts, and the delimiters never reach the page', () => {
    expect(s2t('位于-{于田县}-的')).toBe('位於于田县的');
    expect(gongkai.convert('位于-{于田县}-的', 'zh-Hans', 'zh-Hans')).toBe('位于于田县的');
  });

  it('-{zh-hans:…;zh-hant:…}- gives each script its own text', () => {
    const text = '加强-{zh-hans:网络;zh-hant:網路}-安全';
    expect(s2t(text)).toBe('加強網路安全');
    expect(gongkai.convert(text, 'zh-Hans', 'zh-Hans')).toBe('加强网络安全');
  });

  it('a per-script form missing for the target script is converted from the one given', () => {
    expect(s2t('-{zh-hans:软件}-')).toBe('軟件');
  });

  it('accepts region tags for the forms', () => {
    expect(parsePerScript('zh-cn:网络;zh-tw:網路')).toEqual(new Map([['zh-Hans', '网络'], ['zh-Hant', '網路']]));
    expect(parsePerScript('于田县')).toBeUndefined();
  });

  it('works when markup spans inline tags', () => {
    expect(gongkai.convertRuns(['在-{于', '田县}-工作'], 'zh-Hans', 'zh-Hant')).toEqual(['在于', '田县工作']);
  });
});

describe('site glossary', () => {
  it('has entries, each a phrase of two or more characters', () => {
    expect(glossary.length).toBeGreaterThan(0);
    for (const e of glossary) expect([...e.hans].length).toBeGreaterThanOrEqual(2);
  });

  // Each entry is tested with its region's converters, against every set of the suite in that region.
  const byRegion = {
    tw: { gongkai, stock, items: ACCURACY_SETS.filter((s) => s.region === 'tw') },
    hk: { gongkai: createConverter({ region: 'hk', glossary }), stock: createStockConverter('hk'), items: ACCURACY_SETS.filter((s) => s.region === 'hk') },
  };
  describe.each(glossary)('$hans ↔ $hant', (entry) => {
    const region = byRegion[entry.region ?? 'tw'];
    const items = region.items.flatMap((set) => readYaml(fs.readFileSync(set.file, 'utf8')).data as CorpusItem[]);
    it('wins over the stock dictionary in both directions, inside a sentence', () => {
      expect(region.gongkai.convert(`我们认为${entry.hans}。`, 'zh-Hans', 'zh-Hant')).toContain(entry.hant);
      expect(region.gongkai.convert(`我們認為${entry.hant}。`, 'zh-Hant', 'zh-Hans')).toContain(entry.hans);
    });

    it('fixes at least one reference sentence that stock opencc-js gets wrong', () => {
      const right = (c: typeof gongkai, item: CorpusItem, to: 'zh-Hant' | 'zh-Hans') =>
        to === 'zh-Hant' ? c.convert(item.hans, 'zh-Hans', to) === item.hant : c.convert(item.hant, 'zh-Hant', to) === item.hans;
      const fixed = items.filter(
        (item) =>
          (item.hans.includes(entry.hans) && !right(region.stock, item, 'zh-Hant') && right(region.gongkai, item, 'zh-Hant')) ||
          (item.hant.includes(entry.hant) && !right(region.stock, item, 'zh-Hans') && right(region.gongkai, item, 'zh-Hans')),
      );
      expect(fixed.map((i) => i.id)).not.toEqual([]);
    });
  });

  it('an editor entry added at runtime takes effect before opencc-js', () => {
    const custom = createConverter({ glossary: [{ hans: '信息公开', hant: '資訊公開' }] });
    expect(custom.convert('政府信息公开', 'zh-Hans', 'zh-Hant')).toBe('政府資訊公開');
    expect(custom.convert('政府資訊公開', 'zh-Hant', 'zh-Hans')).toBe('政府信息公开');
  });
});

describe('accuracy suite', () => {
  const stockHant = measure(stock, corpus, 'zh-Hant');
  const gongkaiHant = measure(gongkai, corpus, 'zh-Hant');

  it('has a real corpus: passages and tricky phrases, equal length in both scripts', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(100);
    for (const item of corpus) expect([...item.hant].length, item.id).toBe([...item.hans].length);
  });

  it('Gongkai makes strictly fewer wrong characters than stock opencc-js (S→T)', () => {
    expect(stockHant.wrong).toBeGreaterThan(0);
    expect(gongkaiHant.wrong).toBeLessThan(stockHant.wrong);
  });

  it('the glossary never makes the reverse direction worse (T→S)', () => {
    expect(measure(gongkai, corpus, 'zh-Hans').wrong).toBeLessThanOrEqual(measure(stock, corpus, 'zh-Hans').wrong);
  });

  it('no item gets worse with the glossary', () => {
    for (const item of corpus) {
      const before = wrongCharacters(stock.convert(item.hans, 'zh-Hans', 'zh-Hant'), item.hant);
      const after = wrongCharacters(gongkai.convert(item.hans, 'zh-Hans', 'zh-Hant'), item.hant);
      expect(after, item.id).toBeLessThanOrEqual(before);
    }
  });
});

describe('convertHtml', () => {
  const page = (body: string, head = '') => `<!doctype html><html lang="zh-Hans"><head>${head}</head><body>${body}</body></html>`;
  const toHant = (html: string, xml = false) => convertHtml(html, gongkai, { to: 'zh-Hant', defaultScript: 'zh-Hans', xml });

  it('converts text and sets <html lang> to the page script', () => {
    expect(toHant(page('<p>关于干部</p>'))).toBe('<!doctype html><html lang="zh-Hant"><head></head><body><p>關於幹部</p></body></html>');
  });

  it('converts what readers see or hear in attributes, never addresses', () => {
    const out = toHant(page('<a href="/新闻/干部/" title="干部名单" aria-label="干部名单">x</a><img src="/图/发.png" alt="发展图表">'));
    expect(out).toContain('href="/新闻/干部/"');
    expect(out).toContain('title="幹部名單"');
    expect(out).toContain('aria-label="幹部名單"');
    expect(out).toContain('src="/图/发.png"');
    expect(out).toContain('alt="發展圖表"');
  });

  it('converts descriptive meta tags but not URLs, dates or codes', () => {
    const head =
      '<title>关于干部 - 门户</title><meta name="description" content="发展"><meta property="og:title" content="发展"><meta name="ArticleTitle" content="干部"><meta property="og:url" content="https://x/发/"><meta name="SiteIDCode" content="发1"><meta name="PubDate" content="2018-05-14">';
    const out = toHant(page('', head));
    expect(out).toContain('<title>關於幹部 - 門戶</title>');
    expect(out).toContain('<meta name="description" content="發展">');
    expect(out).toContain('<meta property="og:title" content="發展">');
    expect(out).toContain('<meta name="ArticleTitle" content="幹部">');
    expect(out).toContain('content="https://x/发/"');
    expect(out).toContain('content="发1"');
  });

  it('never converts code, pre, script, style or translate="no"', () => {
    const body = '<code>干部</code><pre>干部\n</pre><script>var s = "干部 <b>";</script><style>/* 干部 */</style><span translate="no">干部</span><p>干部</p>';
    const out = toHant(page(body));
    expect(out).toContain('<code>干部</code><pre>干部\n</pre><script>var s = "干部 <b>";</script><style>/* 干部 */</style><span translate="no">干部</span><p>幹部</p>');
  });

  it('keeps phrase context across inline tags but not across blocks', () => {
    expect(toHant(page('<p>干<b>净</b></p>'))).toContain('<p>乾<b>淨</b></p>');
    // 部 closes one paragraph and 门 opens the next: no phrase across them.
    expect(toHant(page('<p>干部</p><p>门</p>'))).toContain('<p>幹部</p><p>門</p>');
  });

  it('converts each region from its own script: a Traditional article in a Simplified page', () => {
    const html = page('<nav>首页</nav><article lang="zh-Hant"><h1>臺灣社工交流</h1></article>');
    const hans = convertHtml(html, gongkai, { to: 'zh-Hans', defaultScript: 'zh-Hans' });
    expect(hans).toContain('<nav>首页</nav><article><h1>台湾社工交流</h1></article>');
    const hant = toHant(html);
    expect(hant).toContain('<nav>首頁</nav><article><h1>臺灣社工交流</h1></article>');
  });

  it('resolves inline markup in text and attributes on the source page too', () => {
    const html = page('<p title="-{于}-">位于-{于田县}-，-{zh-hans:网络;zh-hant:網路}-</p>');
    expect(convertHtml(html, gongkai, { to: 'zh-Hans', defaultScript: 'zh-Hans' })).toContain('<p title="于">位于于田县，网络</p>');
    expect(toHant(html)).toContain('<p title="于">位於于田县，網路</p>');
  });

  it('leaves comments, entities and attributes with > inside alone', () => {
    const out = toHant(page('<!-- 干部 --><p data-x="a > b">干部 &amp; 群众</p>'));
    expect(out).toContain('<!-- 干部 --><p data-x="a > b">幹部 &amp; 群眾</p>');
  });

  it('converts XML feeds, where <link> holds text', () => {
    const xml = '<?xml version="1.0"?><rss><channel><title>门户</title><item xml:lang="zh-Hant"><title>臺灣</title><link>https://x/发/</link></item></channel></rss>';
    const out = convertHtml(xml, gongkai, { to: 'zh-Hans', defaultScript: 'zh-Hans', xml: true });
    expect(out).toBe('<?xml version="1.0"?><rss><channel><title>门户</title><item><title>台湾</title><link>https://x/发/</link></item></channel></rss>');
  });

  it('reads lang values as scripts', () => {
    expect(scriptOfLang('zh-TW')).toBe('zh-Hant');
    expect(scriptOfLang('zh-Hant-HK')).toBe('zh-Hant');
    expect(scriptOfLang('zh-CN')).toBe('zh-Hans');
    expect(scriptOfLang('en')).toBeUndefined();
  });
});
