/** Frontmatter of a news article (新闻): `content/news/**`. */
import { z } from 'astro/zod';
import { channelField, optionalText, portalDate, requiredText, scriptField } from './fields.ts';

export function newsSchema(channelIds: readonly string[]) {
  return z.object({
    /** 标题: the headline, e.g. 厚植新时代民政事业改革发展的根基. */
    title: requiredText('标题 title', '厚植新时代民政事业改革发展的根基'),
    /** 副标题: optional second line, e.g. ——近年来加强基层基础工作综述. */
    subtitle: optionalText('副标题 subtitle', '——近年来加强基层基础工作综述'),
    /** 发布时间: 2019-04-01 or "2019-04-01 09:30", Beijing time. */
    date: portalDate('发布时间 date'),
    /** 来源: the outlet or office the text comes from, e.g. 中国社会报. */
    source: requiredText('来源 source', '中国社会报'),
    /** 作者: optional byline, e.g. 本报记者 周亮. */
    author: optionalText('作者 author', '本报记者 周亮'),
    /** 栏目: a channel id from content/site.yaml, e.g. media. */
    channel: channelField(channelIds),
    /** 摘要: optional; when absent the first sentences of the body are used. */
    summary: optionalText('摘要 summary', '一两句话概括全文'),
    /** 草稿: true keeps the file out of the site. */
    draft: z.boolean({ error: 'draft 只能是 true 或 false' }).default(false),
    /** 文字: zh-Hant when the file is written in Traditional; defaults to the site's script. */
    lang: scriptField,
  });
}

export type NewsData = z.output<ReturnType<typeof newsSchema>>;
