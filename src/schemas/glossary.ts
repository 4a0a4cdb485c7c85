/** The site glossary (`content/glossary.yaml`): reviewed phrase pairs that win over the stock dictionaries. */
import { z } from 'astro/zod';

/**
 * A phrase is words only: conversion writes it into page text and attributes as it is, so markup characters,
 * quotes and control characters would change the page's HTML.
 */
function phrase(required: string) {
  return z
    .string({ error: required })
    .trim()
    .min(1, { error: required })
    .regex(/^[^<>&"'`\u0000-\u001f\u007f-\u009f]+$/, { error: '词条只能是文字：不能含 < > & 引号或控制字符' })
    .refine((value) => !value.includes('-{') && !value.includes('}-'), { error: '词条不能含 -{ }- 标记' });
}

export const glossarySchema = z
  .array(
    z.object({
      /** The phrase in Simplified, e.g. 对表. */
      hans: phrase('每条须有 hans（简体写法）'),
      /** The same phrase in Traditional, e.g. 對錶. */
      hant: phrase('每条须有 hant（繁體寫法）'),
      /** Why the entry exists: what the stock dictionary gets wrong. */
      note: z.string().optional(),
      /** tw or hk when the entry is one region's usage (計畫 is Taiwan's, 計劃 Hong Kong's); both when absent. */
      region: z.enum(['tw', 'hk'], { error: 'region 只能是 tw（台湾）或 hk（香港）；两地通用的词条不写 region' }).optional(),
    }),
    { error: '简繁对照表应为列表，每条写 - hans: … / hant: …' },
  )
  .superRefine((entries, ctx) => {
    // One phrase has one counterpart in each region: an entry for both regions clashes with either.
    const clash = (a: { region?: string | undefined }, b: { region?: string | undefined }) => a.region === undefined || b.region === undefined || a.region === b.region;
    for (const side of ['hans', 'hant'] as const) {
      const other = side === 'hans' ? 'hant' : 'hans';
      entries.forEach((e, i) => {
        const first = entries.findIndex((f, j) => j < i && f[side] === e[side] && f[other] !== e[other] && clash(f, e));
        if (first >= 0) {
          ctx.addIssue({ code: 'custom', path: [i, side], message: `"${e[side]}" 已在第 ${first + 1} 条出现且对应不同写法；同一地区同一词只能有一种对应（两地写法不同请分别写 region: tw / region: hk）` });
        }
      });
    }
    entries.forEach((e, i) => {
      if ([...e.hans].length !== [...e.hant].length) {
        ctx.addIssue({ code: 'custom', path: [i, 'hant'], message: `"${e.hans}" 与 "${e.hant}" 字数不同；简繁对照须逐字对应` });
      }
    });
  });
