/** The site glossary (`content/glossary.yaml`): reviewed phrase pairs that win over the stock dictionaries. */
import { z } from 'astro/zod';

export const glossarySchema = z
  .array(
    z.object({
      /** The phrase in Simplified, e.g. 对表. */
      hans: z.string({ error: '每条须有 hans（简体写法）' }).trim().min(1),
      /** The same phrase in Traditional, e.g. 對錶. */
      hant: z.string({ error: '每条须有 hant（繁體寫法）' }).trim().min(1),
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
