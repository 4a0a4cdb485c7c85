/** Frontmatter of a news article (新闻): `content/news/**`. */
import { z } from 'astro/zod';
import { changesField, channelField, documentReference, optionalText, portalDate, relatedField, requiredText, scriptField, updatedField } from './fields.ts';

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
    /** 解读的文件: for a 政策解读, the document it explains: its 发文字号 or path, e.g. 民发〔2024〕27号. */
    interprets: documentReference('解读的文件 interprets').optional(),
    /** 相关文件: other documents of the site, each a 发文字号 or a path. */
    related: relatedField,
    /** 更新时间: when the text was last changed after publishing. */
    updated: updatedField,
    /** 更新记录: change notes, e.g. [{ date: 2024-06-12, note: 更正联系电话 }]. */
    changes: changesField,
  });
}

export type NewsData = z.output<ReturnType<typeof newsSchema>>;
