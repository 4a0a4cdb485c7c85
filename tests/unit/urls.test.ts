import { describe, expect, it } from 'vitest';
import { createUrls, entryId, entryRoute, normalizeRoute, scriptSegment } from '../../src/lib/urls.ts';
import { SCRIPTS } from '../../src/lib/variant/scripts.ts';

const SITE = 'https://www.example.gov.cn/';
const hans = createUrls({ site: SITE, base: '/', sourceScript: 'zh-Hans' });
const hant = createUrls({ site: SITE, base: '/', sourceScript: 'zh-Hant' });
const portal = createUrls({ site: SITE, base: '/portal/', sourceScript: 'zh-Hans' });

const ROUTES = ['/', '/news/', '/news/media/', '/news/media/2/', '/news/2019/jiceng/', '/notices/2018/plan/', '/library/', '/search/'];

describe('helpers', () => {
  it('scriptSegment lower-cases the tag', () => {
    expect(scriptSegment('zh-Hant')).toBe('zh-hant');
    expect(scriptSegment('zh-Hans')).toBe('zh-hans');
  });

  it.each([
    ['', '/'],
    ['/', '/'],
    ['news', '/news/'],
    ['/news/media', '/news/media/'],
    ['//news//', '/news/'],
  ])('normalizeRoute(%j) = %j', (input, route) => {
    expect(normalizeRoute(input)).toBe(route);
  });
});

describe('pathOf', () => {
  it('source script zh-Hans sits at the root, zh-Hant under /zh-hant/', () => {
    expect(hans.pathOf('/', 'zh-Hans')).toBe('/');
    expect(hans.pathOf('/', 'zh-Hant')).toBe('/zh-hant/');
    expect(hans.pathOf('/news/media/', 'zh-Hans')).toBe('/news/media/');
    expect(hans.pathOf('/news/2019/jiceng/', 'zh-Hant')).toBe('/zh-hant/news/2019/jiceng/');
    expect(hans.prefix('zh-Hans')).toBe('');
    expect(hans.prefix('zh-Hant')).toBe('zh-hant');
  });

  it('a site written in Traditional puts Simplified under /zh-hans/', () => {
    expect(hant.pathOf('/', 'zh-Hant')).toBe('/');
    expect(hant.pathOf('/', 'zh-Hans')).toBe('/zh-hans/');
    expect(hant.pathOf('/news/media/', 'zh-Hans')).toBe('/zh-hans/news/media/');
    expect(hant.pathOf('/news/media/', 'zh-Hant')).toBe('/news/media/');
  });

  it('puts the base path first', () => {
    expect(portal.pathOf('/', 'zh-Hans')).toBe('/portal/');
    expect(portal.pathOf('/', 'zh-Hant')).toBe('/portal/zh-hant/');
    expect(portal.pathOf('/news/media/', 'zh-Hant')).toBe('/portal/zh-hant/news/media/');
    expect(createUrls({ site: SITE, base: 'portal', sourceScript: 'zh-Hans' }).pathOf('/news/', 'zh-Hans')).toBe('/portal/news/');
  });

  it('accepts routes written without slashes', () => {
    expect(hans.pathOf('news/media', 'zh-Hant')).toBe('/zh-hant/news/media/');
  });
});

describe('addressOf', () => {
  it.each([
    ['/zh-hant/news/media/', '/news/media/', 'zh-Hant'],
    ['/zh-hant/news/media', '/news/media/', 'zh-Hant'],
    ['/zh-hant/news/media/index.html', '/news/media/', 'zh-Hant'],
    ['/zh-hant/', '/', 'zh-Hant'],
    ['/zh-hant', '/', 'zh-Hant'],
    ['/zh-hant/index.html', '/', 'zh-Hant'],
    ['/', '/', 'zh-Hans'],
    ['/index.html', '/', 'zh-Hans'],
    ['/news/media', '/news/media/', 'zh-Hans'],
    ['/news/%E6%B0%91%E6%94%BF/', '/news/民政/', 'zh-Hans'],
    ['/zh-hant/news/%E6%B0%91%E6%94%BF/index.html', '/news/民政/', 'zh-Hant'],
  ])('%s is %s in %s (source zh-Hans)', (pathname, route, script) => {
    expect(hans.addressOf(pathname)).toEqual({ route, script });
  });

  it('reads the /zh-hans/ prefix when the source is Traditional', () => {
    expect(hant.addressOf('/zh-hans/news/media/')).toEqual({ route: '/news/media/', script: 'zh-Hans' });
    expect(hant.addressOf('/news/media/')).toEqual({ route: '/news/media/', script: 'zh-Hant' });
    expect(hant.addressOf('/zh-hans')).toEqual({ route: '/', script: 'zh-Hans' });
  });

  it('strips the base path', () => {
    expect(portal.addressOf('/portal/')).toEqual({ route: '/', script: 'zh-Hans' });
    expect(portal.addressOf('/portal')).toEqual({ route: '/', script: 'zh-Hans' });
    expect(portal.addressOf('/portal/index.html')).toEqual({ route: '/', script: 'zh-Hans' });
    expect(portal.addressOf('/portal/zh-hant/news/media')).toEqual({ route: '/news/media/', script: 'zh-Hant' });
    // A channel that happens to be named like the base is still a channel.
    expect(portal.addressOf('/portal/portal/')).toEqual({ route: '/portal/', script: 'zh-Hans' });
  });

  it('reads back every path that pathOf writes', () => {
    for (const urls of [hans, hant, portal]) {
      for (const route of ROUTES) {
        for (const script of SCRIPTS) {
          expect(urls.addressOf(urls.pathOf(route, script))).toEqual({ route, script });
        }
      }
    }
  });
});

describe('counterpartOf', () => {
  it('links 简 to 繁 and back', () => {
    expect(hans.counterpartOf('/news/media/')).toBe('/zh-hant/news/media/');
    expect(hans.counterpartOf('/zh-hant/news/media/')).toBe('/news/media/');
    expect(hans.counterpartOf('/')).toBe('/zh-hant/');
    expect(hans.counterpartOf('/zh-hant/')).toBe('/');
    expect(hant.counterpartOf('/news/')).toBe('/zh-hans/news/');
    expect(portal.counterpartOf('/portal/news/')).toBe('/portal/zh-hant/news/');
    expect(portal.counterpartOf('/portal/zh-hant/')).toBe('/portal/');
  });

  it('the counterpart of the counterpart is the page itself, for every route, script and base', () => {
    for (const urls of [hans, hant, portal]) {
      for (const route of [...ROUTES, '/news/民政/']) {
        for (const script of SCRIPTS) {
          const path = urls.pathOf(route, script);
          const other = urls.counterpartOf(path);
          expect(other).not.toBe(path);
          expect(urls.counterpartOf(other)).toBe(path);
        }
      }
    }
  });

  it('works from index.html and paths without a trailing slash', () => {
    expect(hans.counterpartOf('/news/media/index.html')).toBe('/zh-hant/news/media/');
    expect(hans.counterpartOf('/zh-hant/news/media')).toBe('/news/media/');
  });
});

describe('absolute URLs and alternates', () => {
  it('absolute resolves against the site and percent-encodes Chinese paths', () => {
    expect(hans.absolute('/zh-hant/news/')).toBe('https://www.example.gov.cn/zh-hant/news/');
    expect(hans.absolute('/news/民政/')).toBe('https://www.example.gov.cn/news/%E6%B0%91%E6%94%BF/');
  });

  it('alternatesOf lists both scripts and x-default = the source script, as absolute URLs', () => {
    expect(hans.alternatesOf('/news/media/')).toEqual([
      { hreflang: 'zh-Hans', href: 'https://www.example.gov.cn/news/media/' },
      { hreflang: 'zh-Hant', href: 'https://www.example.gov.cn/zh-hant/news/media/' },
      { hreflang: 'x-default', href: 'https://www.example.gov.cn/news/media/' },
    ]);
    expect(hant.alternatesOf('/')).toEqual([
      { hreflang: 'zh-Hans', href: 'https://www.example.gov.cn/zh-hans/' },
      { hreflang: 'zh-Hant', href: 'https://www.example.gov.cn/' },
      { hreflang: 'x-default', href: 'https://www.example.gov.cn/' },
    ]);
    expect(portal.alternatesOf('/library/').map((a) => a.href)).toEqual([
      'https://www.example.gov.cn/portal/library/',
      'https://www.example.gov.cn/portal/zh-hant/library/',
      'https://www.example.gov.cn/portal/library/',
    ]);
  });

  it('every alternate is an absolute URL on the site', () => {
    for (const urls of [hans, hant, portal]) {
      for (const route of ROUTES) {
        for (const { href } of urls.alternatesOf(route)) expect(href.startsWith(SITE)).toBe(true);
      }
    }
  });

  it('assetPath is the same for both scripts and respects the base', () => {
    expect(hans.assetPath('files/plan.pdf')).toBe('/files/plan.pdf');
    expect(portal.assetPath('/files/plan.pdf')).toBe('/portal/files/plan.pdf');
  });
});

describe('entryId and entryRoute', () => {
  it.each([
    ['2019/jiceng.md', '2019/jiceng'],
    ['2019/JiCeng.md', '2019/jiceng'],
    ['2019/jiceng.MD', '2019/jiceng'],
    ['2024/ertong-fuli-zhuanti.mdx', '2024/ertong-fuli-zhuanti'],
    ['2019/index.md', '2019'],
    ['2019/INDEX.mdx', '2019'],
    ['index.md', ''],
    ['2019\\jiceng.md', '2019/jiceng'],
    ['2019/ji ceng.md', '2019/ji-ceng'],
  ])('entryId(%j) = %j', (input, id) => {
    expect(entryId(input)).toBe(id);
  });

  it('files whose names differ only in case or extension get the same id', () => {
    expect(entryId('2019/A.md')).toBe(entryId('2019/a.md'));
    expect(entryId('2019/x.md')).toBe(entryId('2019/x.mdx'));
    expect(entryId('2019/index.md')).toBe(entryId('2019.md'));
  });

  it('entryRoute leads with the collection', () => {
    expect(entryRoute('news', '2019/jiceng.md')).toBe('/news/2019/jiceng/');
    expect(entryRoute('notices', '2018/Plan.MDX')).toBe('/notices/2018/plan/');
    expect(entryRoute('news', 'index.md')).toBe('/news/');
  });

  it('entryRoute of an id is the same as of its file (the build passes ids)', () => {
    for (const file of ['2019/jiceng.md', '2019/index.md', '2024/X.mdx']) {
      expect(entryRoute('news', entryId(file))).toBe(entryRoute('news', file));
    }
  });
});

describe('fileOf', () => {
  it('places a per-script file under the script prefix and the base path', () => {
    const urls = createUrls({ site: 'https://www.example.gov.cn/portal/', base: '/portal/', sourceScript: 'zh-Hans' });
    expect(urls.fileOf('feed.xml', 'zh-Hans')).toBe('/portal/feed.xml');
    expect(urls.fileOf('feed.xml', 'zh-Hant')).toBe('/portal/zh-hant/feed.xml');
  });
});

describe('paramOf', () => {
  it('gives the [...path] parameter: prefix and route, no base, undefined for the source home', () => {
    const urls = createUrls({ site: 'https://www.example.gov.cn/portal/', base: '/portal/', sourceScript: 'zh-Hans' });
    expect(urls.paramOf('/', 'zh-Hans')).toBeUndefined();
    expect(urls.paramOf('/', 'zh-Hant')).toBe('zh-hant');
    expect(urls.paramOf('/news/2019/jiceng/', 'zh-Hans')).toBe('news/2019/jiceng');
    expect(urls.paramOf('/news/2019/jiceng/', 'zh-Hant')).toBe('zh-hant/news/2019/jiceng');
  });
});
