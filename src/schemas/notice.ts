/** Frontmatter of a notice or policy document (通知公告 / 政策文件): `content/notices/**`. */
import { z } from 'astro/zod';
import { parseDocumentNumber } from '../lib/documentNumber.ts';
import { changesField, channelField, documentReference, optionalText, portalDate, relatedField, requiredText, scriptField, updatedField } from './fields.ts';

/** 有效性 of a document. */
export const VALIDITY = ['有效', '失效', '废止'] as const;

/** 发文字号, checked against GB/T 9704-2012; a malformed one is quoted with its corrected form. */
const documentNumber = requiredText('发文字号 documentNumber', '民办发〔2018〕7号').superRefine((value, ctx) => {
  const result = parseDocumentNumber(value);
  if (!result.ok) {
    const { problems, suggestion } = result.error;
    ctx.addIssue({
      code: 'custom',
      message: `发文字号 "${value}" 不符合 GB/T 9704-2012：${problems.join('；')}。${suggestion ? `应写作：${suggestion}` : ''}`,
      params: { rule: 'document-number-format', ...(suggestion ? { fix: `documentNumber: ${suggestion}` } : {}) },
    });
  }
});

const contact = z.object({
  /** 联系人 name. */
  name: requiredText('联系人姓名 contacts[].name', '李玉玲'),
  /** 电话, as printed, e.g. (010)58123760. */
  phone: optionalText('联系电话 contacts[].phone', '(010)58123760'),
  /** 电子邮箱. */
  email: z.email({ error: '联系邮箱 contacts[].email 格式不对，如 office@example.gov.cn' }).optional(),
});

const attachment = z.object({
  /** 附件名称 shown to readers, e.g. 2018年加强基层民政工作实施方案. */
  title: requiredText('附件名称 attachments[].title', '实施方案'),
  /** The file, relative to this Markdown file, e.g. ./plan.pdf. */
  file: requiredText('附件文件 attachments[].file', './plan.pdf'),
});

export function noticeSchema(channelIds: readonly string[]) {
  return z
    .object({
      /** 标题: the document's full title. */
      title: requiredText('标题 title', '民政部办公厅关于印发《……》的通知'),
      /** 发文字号: optional, e.g. 民办发〔2018〕7号. */
      documentNumber: documentNumber.optional(),
      /** 发文机关: one office, or a list for joint documents. */
      issuer: z
        .union([requiredText('发文机关 issuer', '民政部办公厅'), z.array(requiredText('发文机关 issuer', '民政部办公厅')).min(1, { error: '发文机关 issuer 的列表是空的；请写发文机关，如 民政部办公厅，联合发文写 [民政部, 财政部]' })], {
          error: (issue) => (issue.input === undefined ? '缺少发文机关 issuer；请填写，如 民政部办公厅；联合发文写成列表 [民政部, 财政部]' : '发文机关 issuer 应为文字或列表，如 [民政部, 财政部]'),
        })
        .transform((v) => (Array.isArray(v) ? v : [v])),
      /** 成文日期: the date the document was signed. */
      writtenDate: portalDate('成文日期 writtenDate'),
      /** 发布日期: the date it was published on the portal. */
      date: portalDate('发布日期 date'),
      /** 主送机关: optional. */
      recipients: optionalText('主送机关 recipients', '各司（局），各直属单位'),
      /** 索引号: optional, e.g. 000014349/2018-00123. */
      indexNumber: optionalText('索引号 indexNumber', '000014349/2018-00123'),
      /** 主题分类: optional, e.g. 民政\基层政权. */
      topic: optionalText('主题分类 topic', '民政\\基层政权'),
      /** 有效性: 有效 (default), 失效 or 废止. */
      validity: z.enum(VALIDITY, { error: '有效性 validity 只能是 有效、失效 或 废止' }).default('有效'),
      /** 有效性说明: e.g. which document replaced this one. */
      validityNote: optionalText('有效性说明 validityNote', '已被《……》废止'),
      /** 来源. */
      source: requiredText('来源 source', '民政部网站'),
      /** 栏目: a channel id from content/site.yaml, e.g. notices. */
      channel: channelField(channelIds),
      /** 联系人: optional list of { name, phone }. */
      contacts: z.array(contact, { error: '联系人 contacts 应为列表，如 [{ name: 李玉玲, phone: (010)58123760 }]' }).default([]),
      /** 附件: optional list of { title, file }; each file must exist. */
      attachments: z.array(attachment, { error: '附件 attachments 应为列表，如 [{ title: 实施方案, file: ./plan.pdf }]' }).default([]),
      /** 摘要: optional. */
      summary: optionalText('摘要 summary', '一两句话概括全文'),
      /** 草稿: true keeps the file out of the site. */
      draft: z.boolean({ error: 'draft 只能是 true 或 false' }).default(false),
      /** 文字: zh-Hant when the file is written in Traditional. */
      lang: scriptField,
      /** 替代的文件: documents this one replaces (they are 失效/废止), each a 发文字号 or a path. */
      replaces: z
        .union([documentReference('替代的文件 replaces'), z.array(documentReference('替代的文件 replaces[]'))], { error: '替代的文件 replaces 应为发文字号或列表，如 [民发〔2018〕36号]' })
        .transform((v) => (Array.isArray(v) ? v : [v]))
        .default([]),
      /** 被替代: the document that replaced this one (its 发文字号 or path); the 失效/废止 banner links to it. */
      replacedBy: documentReference('替代本文件的文件 replacedBy').optional(),
      /** 相关文件: other documents of the site, each a 发文字号 or a path. */
      related: relatedField,
      /** 更新时间: when the text was last changed after publishing. */
      updated: updatedField,
      /** 更新记录: change notes, e.g. [{ date: 2024-06-12, note: 更正联系电话 }]. */
      changes: changesField,
    })
    .superRefine((d, ctx) => {
      if (d.writtenDate.date > d.date.date) {
        ctx.addIssue({
          code: 'custom',
          path: ['writtenDate'],
          message: `成文日期 writtenDate（${d.writtenDate.date}）晚于发布日期 date（${d.date.date}）；文件须先成文后发布，请核对两个日期`,
          params: { rule: 'date-order' },
        });
      }
    });
}

export type NoticeData = z.output<ReturnType<typeof noticeSchema>>;
