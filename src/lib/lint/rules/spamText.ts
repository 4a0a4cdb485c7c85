import type { Element, ElementContent, Root } from 'hast';
import { hostOf, urlKind } from '../../security/urls.ts';
import { spamScore } from '../spam.ts';
import { attributeOf } from '../tree.ts';
import type { Rule } from '../types.ts';

/** Elements whose text is read as one unit: a paragraph, a list item, a heading, a table cell. */
const BLOCKS = new Set(['p', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'td', 'th', 'dt', 'dd', 'figcaption', 'caption', 'blockquote', 'div', 'section', 'article', 'summary', 'pre']);
const FIELDS = new Set(['title', 'subtitle', 'summary', 'source', 'author', 'recipients', 'validityNote', 'topic']);

/** The text of a block without its nested blocks (each is read on its own) and without code. */
function ownText(node: Element): string {
  return node.children
    .map((c: ElementContent) => (c.type === 'element' ? (BLOCKS.has(c.tagName) || c.tagName === 'code' ? ' ' : ownText(c)) : c.type === 'text' ? c.value : ''))
    .join('');
}

/**
 * The registrable part of a host, near enough for counting sites: the last two labels, three under a
 * second-level domain such as com.cn or gov.cn.
 * @example siteOf('www.example-casino.com') // 'example-casino.com'
 * @example siteOf('www.mca.gov.cn') // 'mca.gov.cn'
 */
export function siteOf(host: string): string {
  const labels = host.replace(/\.$/, '').split('.');
  const secondLevel = /^(com|net|org|gov|edu|ac|co|or|go|ne)$/.test(labels.at(-2) ?? '') && (labels.at(-1) ?? '').length === 2;
  return labels.slice(secondLevel ? -3 : -2).join('.');
}

/**
 * Injected spam: a run of gambling, fake-invoice, sex or loan keywords in a title, summary, paragraph, alt text
 * or comment (weighed by spam.ts, so one legitimate 澳门 or 发票 does not count), and link farms: links to more
 * unrelated sites than site.yaml `lint.linkFarmDomains` allows (sites under `lint.trustedDomains` never count).
 */
export const spamText: Rule = {
  meta: { id: 'spam-text', severity: 'error', description: '植入的广告词（赌博、假发票、色情、贷款）和链接农场' },
  create(context) {
    const fix = '删除这段广告内容，并检查稿件来源和网站账号安全';
    const trusted = (host: string) => host === context.site.host || context.site.trustedDomains.some((d) => host === d || host.endsWith(`.${d}`));
    const outside = new Map<string, Element>();
    return {
      fields(fields) {
        for (const field of fields) {
          if (!FIELDS.has(String(field.path[0]))) continue;
          const verdict = spamScore(field.value);
          if (verdict.spam) context.report({ field, message: `${field.name} 里有成串的广告词（${verdict.words.join('、')}）；这是网页被植入垃圾内容的典型特征`, fix });
        }
      },
      element(node) {
        for (const name of ['alt', 'title']) {
          const value = attributeOf(node, name);
          const verdict = value ? spamScore(value) : undefined;
          if (verdict?.spam) context.report({ node, attribute: name, message: `${name} 属性里有成串的广告词（${verdict.words.join('、')}）`, fix });
        }
        if (node.tagName === 'a') {
          const href = attributeOf(node, 'href') ?? '';
          const host = urlKind(href) === 'web' ? hostOf(href) : undefined;
          if (host && !trusted(host)) {
            const site = siteOf(host);
            if (!outside.has(site)) outside.set(site, node);
          }
        }
        if (!BLOCKS.has(node.tagName)) return;
        const verdict = spamScore(ownText(node));
        if (verdict.spam) {
          context.report({ node, message: `这段文字是成串的广告词（${verdict.words.join('、')}）；被入侵的网页常在开头或结尾插入这样一行`, fix });
        }
      },
      comment(node) {
        const verdict = spamScore(node.value);
        if (verdict.spam) context.report({ node, message: `HTML 注释里有成串的广告词（${verdict.words.join('、')}）`, fix: '删除这段注释' });
      },
      done(root: Root) {
        // Text outside any block (an MDX body's loose text) is one unit too.
        const loose = root.children.filter((c) => c.type === 'text').map((c) => (c.type === 'text' ? c.value : '')).join(' ');
        const verdict = loose.trim() ? spamScore(loose) : undefined;
        const first = root.children.find((c) => c.type === 'text');
        if (verdict?.spam && first) context.report({ node: first, message: `正文里有成串的广告词（${verdict.words.join('、')}）`, fix });
        if (outside.size >= context.site.linkFarmDomains) {
          const [firstSite, node] = [...outside.entries()][0] ?? [];
          context.report({
            node,
            message: `正文链接到 ${outside.size} 个无关网站（${[...outside.keys()].slice(0, 6).join('、')}${outside.size > 6 ? '…' : ''}）；这是被植入“链接农场”的特征`,
            fix: `删除这些链接；确属合作网站的，把域名加入 content/site.yaml 的 lint.trustedDomains（如 ${firstSite}）`,
          });
        }
      },
    };
  },
};
