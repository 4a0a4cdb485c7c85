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
    }),
    { error: '简繁对照表应为列表，每条写 - hans: … / hant: …' },
  )
  .superRefine((entries, ctx) => {
    for (const side of ['hans', 'hant'] as const) {
      const seen = new Map<string, number>();
      entries.forEach((e, i) => {
        const first = seen.get(e[side]);
        if (first !== undefined && entries[first]?.[side === 'hans' ? 'hant' : 'hans'] !== e[side === 'hans' ? 'hant' : 'hans']) {
          ctx.addIssue({ code: 'custom', path: [i, side], message: `"${e[side]}" 已在第 ${first + 1} 条出现且对应不同写法；同一词只能有一种对应` });
        }
        seen.set(e[side], i);
      });
    }
  });
