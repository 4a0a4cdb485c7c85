/** Site settings (`content/site.yaml`): what an editor can change without touching code. */
import { z } from 'astro/zod';
import { SCRIPTS } from '../lib/variant/scripts.ts';
import { requiredText } from './fields.ts';

const channelId = z
  .string({ error: '栏目 id 应为文字' })
  .regex(/^[a-z][a-z0-9-]*$/, { error: '栏目 id 只用小写字母、数字和连字符，如 media；它会成为网址的一段' });

/** A channel (栏目) of the tree; children make it a section (e.g. 新闻中心 › 媒体报道). */
export interface ChannelInput {
  id: string;
  name: string;
  children?: ChannelInput[] | undefined;
}

const channel: z.ZodType<ChannelInput> = z.lazy(() =>
  z.object({
    /** URL segment and the value of `channel:` in articles, e.g. media. */
    id: channelId,
    /** 栏目名称 as readers see it, e.g. 媒体报道. */
    name: requiredText('栏目名称 name', '媒体报道'),
    /** Sub-channels. */
    children: z.array(channel).optional(),
  }),
);

/** Limits on one content file; each refusal is a named rule in the build's report. */
const limitsSchema = z.object(
  {
    /** A frontmatter longer than this many KB is refused (rule frontmatter-size). */
    frontmatterKB: z.number({ error: 'limits.frontmatterKB 应为数字，如 64' }).int().positive().default(64),
    /** A body longer than this many KB gets a warning (rule body-size). */
    bodyWarnKB: z.number({ error: 'limits.bodyWarnKB 应为数字，如 1024' }).int().positive().default(1024),
    /** A body longer than this many KB is refused (rule body-size). */
    bodyErrorKB: z.number({ error: 'limits.bodyErrorKB 应为数字，如 5120' }).int().positive().default(5120),
    /** Deepest nesting of quotes, lists and HTML elements in a body (rule nesting-depth). */
    depth: z.number({ error: 'limits.depth 应为数字，如 32' }).int().min(8).max(256).default(32),
  },
  { error: 'limits 应为 字段: 数字 的列表，如 depth: 32' },
);

/** Settings of the content check's rules (README: 内容检查). */
const lintSchema = z.object(
  {
    /**
     * Domains links may point to in any number (a domain covers its subdomains): government and partner sites.
     * Links to other domains count towards the link-farm test of spam-text.
     */
    trustedDomains: z
      .array(z.string({ error: 'lint.trustedDomains 的每一项应为域名，如 gov.cn' }).regex(/^[a-z0-9.-]+\.[a-z]{2,}$/i, { error: 'lint.trustedDomains 的每一项应为域名，如 gov.cn' }), {
        error: 'lint.trustedDomains 应为域名列表，如 [gov.cn, xinhuanet.com]',
      })
      .default(['gov.cn']),
    /** Links to this many different untrusted domains in one article make it a link farm (rule spam-text). */
    linkFarmDomains: z.number({ error: 'lint.linkFarmDomains 应为数字，如 5' }).int().min(2).default(5),
    /** A date this many days ahead is refused (rule date-future); up to it, a date over a day ahead is a warning. */
    futureDays: z.number({ error: 'lint.futureDays 应为数字，如 30' }).int().min(1).default(30),
  },
  { error: 'lint 应为 字段: 值 的列表，如 trustedDomains: [gov.cn]' },
);

/** First URL segments the site itself uses; a top-level channel cannot take them. */
export const RESERVED_ROUTES = ['zh-hans', 'zh-hant', 'library', 'search', 'files', '404', 'pagefind', 'feed.xml'];

export const siteSchema = z
  .object({
    /** 网站名称, e.g. 民政公开门户. */
    name: requiredText('网站名称 name', '民政信息公开网'),
    /** The address the site is published at, e.g. https://www.example.gov.cn/. */
    url: z.url({ protocol: /^https?$/, hostname: /^[a-z0-9.-]+$/i, error: '网址 url 应为以 https:// 或 http:// 开头的完整网址，如 https://www.example.gov.cn/' }),
    /** Path the site is served under, `/` unless it shares a host. */
    base: z
      .string({ error: 'base 应为路径，如 / 或 /portal/' })
      .regex(/^\/(?:[a-z0-9_-]+\/?)*$/i, { error: 'base 应为以 / 开头的路径，只用字母、数字、- 和 _，如 / 或 /portal/' })
      .default('/'),
    /** 网站域名 for the SiteDomain meta tag; defaults to the host of url. */
    domain: z.string({ error: '网站域名 domain 应为文字，如 www.example.gov.cn' }).optional(),
    /** Script editors write in; its pages sit at the site root. */
    sourceScript: z.enum(SCRIPTS, { error: 'sourceScript 只能是 zh-Hans 或 zh-Hant' }).default('zh-Hans'),
    /** Traditional standard: tw (default, Taiwan) or hk. */
    traditionalRegion: z.enum(['tw', 'hk'], { error: 'traditionalRegion 只能是 tw 或 hk' }).default('tw'),
    /** One line describing the site, for search engines. */
    description: requiredText('网站介绍 description', '发布民政工作新闻、通知公告和政策文件。'),
    /** 栏目树. */
    channels: z.array(channel, { error: '缺少栏目树 channels；请按 README 填写' }).min(1, { error: '至少需要一个栏目' }),
    /** Limits on one content file, so no file can stall the build. */
    limits: limitsSchema.prefault({}),
    /** Settings of the content check's rules. */
    lint: lintSchema.prefault({}),
    /** Footer identifiers required on government sites. */
    footer: z.object(
      {
        /** 主办单位. */
        organizer: requiredText('主办单位 footer.organizer', '示范市民政局'),
        /** 承办单位, optional. */
        operator: requiredText('承办单位 footer.operator', '示范市民政局办公室').optional(),
        /** 网站标识码 (SiteIDCode). */
        siteCode: requiredText('网站标识码 footer.siteCode', '1000000001'),
        /** ICP备案号, e.g. 京ICP备12345678号. */
        icp: requiredText('ICP备案号 footer.icp', '京ICP备12345678号'),
        /** 公网安备号, e.g. 京公网安备 11010202000001号. */
        publicSecurity: requiredText('公网安备号 footer.publicSecurity', '京公网安备 11010202000001号').optional(),
        /** 联系方式 line, e.g. 地址 / 邮编 / 电话. */
        contact: requiredText('联系方式 footer.contact', '电话：(010)12345678').optional(),
      },
      { error: '缺少页脚信息 footer；请填写 organizer、siteCode、icp 等（见 README）' },
    ),
  })
  .superRefine((site, ctx) => {
    const seen = new Set<string>();
    const walk = (list: ChannelInput[]) => {
      for (const c of list) {
        if (seen.has(c.id)) ctx.addIssue({ code: 'custom', path: ['channels'], message: `栏目 id "${c.id}" 重复；每个栏目 id 只能用一次` });
        seen.add(c.id);
        if (c.children) walk(c.children);
      }
    };
    walk(site.channels);
    for (const reserved of RESERVED_ROUTES) {
      if (site.channels.some((c) => c.id === reserved)) {
        ctx.addIssue({ code: 'custom', path: ['channels'], message: `顶级栏目 id 不能用 "${reserved}"：这个网址已被网站占用` });
      }
    }
  });

export type SiteSettings = z.output<typeof siteSchema>;
