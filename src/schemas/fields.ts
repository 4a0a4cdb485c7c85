/**
 * Field types shared by the content schemas. Each error message tells the editor what to write instead.
 */
import { z } from 'astro/zod';
import { DateError, parsePortalDate, portalDateFromYamlDate, type PortalDate } from '../lib/dates.ts';
import { SCRIPTS } from '../lib/variant/scripts.ts';

/** A required line of text, e.g. a title. `label` is the field's Chinese name. */
export function requiredText(label: string, example: string) {
  return z.preprocess(
    // YAML reads 66591372 or 1000000001 as a number; the editor meant the digits.
    (value) => (typeof value === 'number' ? String(value) : value),
    z
      .string({ error: (issue) => (issue.input === undefined ? `缺少${label}；请填写，如 ${example}` : `${label} 应为文字，如 ${example}`) })
      .trim()
      .min(1, { error: `${label} 不能为空；请填写，如 ${example}` }),
  );
}

/** Optional text: absent, or a non-empty line. */
export function optionalText(label: string, example: string) {
  return requiredText(label, example).optional();
}

/**
 * A Beijing-time date or date-time. Accepts the string an editor wrote or the `Date` YAML made of it,
 * and refuses dates that do not exist (2018-02-30) instead of rolling them over.
 */
export function portalDate(label: string) {
  return z.custom<PortalDate>().transform((value, ctx): PortalDate => {
    try {
      if (value instanceof Date) return portalDateFromYamlDate(value);
      if (typeof value === 'string') return parsePortalDate(value);
      if (value && typeof value === 'object' && 'epoch' in value) return value as PortalDate;
    } catch (error) {
      if (error instanceof DateError) {
        ctx.addIssue({ code: 'custom', message: `${label} ${error.message}`, params: { rule: 'date-invalid' } });
        return z.NEVER;
      }
      throw error;
    }
    ctx.addIssue({
      code: 'custom',
      params: { rule: value === undefined ? 'frontmatter' : 'date-invalid' },
      message: value === undefined ? `缺少${label}；请填写，如 2019-04-01` : `${label}应为日期，如 2019-04-01 或 "2019-04-01 09:30"`,
    });
    return z.NEVER;
  });
}

/** `lang`: the script the file is written in, when it is not the site's. */
export const scriptField = z.enum(SCRIPTS, { error: '文件文字只能是 zh-Hans（简体）或 zh-Hant（繁體）' }).optional();

/** `channel`: one of the channel ids of `content/site.yaml`. */
export function channelField(channelIds: readonly string[]) {
  return z.string({ error: `缺少栏目；请填写栏目 id，可选：${channelIds.join(', ')}` }).refine((id) => channelIds.includes(id), {
    error: (issue) => `栏目 "${String(issue.input)}" 不存在；可选：${channelIds.join(', ')}（见 content/site.yaml 的 channels）`,
  });
}

/**
 * A reference to another document of the site: its 发文字号 (民发〔2024〕27号, any common form) or its file path
 * below content/ (notices/2024/qianrushi-yanglao-yijian.md). Resolved by the content check (rule `relations`).
 */
export function documentReference(label: string) {
  return z
    .string({ error: `${label} 应为发文字号或文件路径，如 民发〔2024〕27号 或 notices/2024/example.md` })
    .trim()
    .min(1, { error: `${label} 是空的；请写发文字号或文件路径，如 民发〔2024〕27号` });
}

/** `related`: other documents of the site a reader should see, each a 发文字号 or a path. */
export const relatedField = z
  .array(documentReference('相关文件 related[]'), { error: '相关文件 related 应为列表，如 [民发〔2024〕27号, news/2024/example.md]' })
  .default([]);

/** `updated`: when the text was last changed after publishing, Beijing time. */
export const updatedField = portalDate('更新时间 updated').optional();

/** `changes`: the editor's change notes, e.g. [{ date: 2024-06-12, note: 更正联系电话 }]. */
export const changesField = z
  .array(
    z.object({
      /** 更新日期. */
      date: portalDate('更新日期 changes[].date'),
      /** 更新说明, e.g. 更正联系电话. */
      note: requiredText('更新说明 changes[].note', '更正联系电话'),
    }),
    { error: '更新记录 changes 应为列表，如 [{ date: 2024-06-12, note: 更正联系电话 }]' },
  )
  .default([]);
