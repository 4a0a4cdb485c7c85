import { DateError, parsePortalDate } from '../../dates.ts';
import type { Rule } from '../types.ts';

const DAY = 24 * 60 * 60 * 1000;

/** A `date` read as the schema reads it (Beijing time), in milliseconds; an invalid one is the schema's to report. */
function beijingTime(value: string): number | undefined {
  try {
    return parsePortalDate(value).epoch;
  } catch (error) {
    if (error instanceof DateError) return undefined;
    throw error;
  }
}

/**
 * A 发布日期 (`date`) in the future. Lists and feeds sort by it, so a wrong year (2052 for 2025) keeps an article at
 * the top of every list for decades. More than a day ahead is a warning (an article scheduled on purpose says so
 * with `draft: true` until its day); more than site.yaml `lint.futureDays` ahead is an error.
 */
export const dateFuture: Rule = {
  meta: { id: 'date-future', severity: 'error', description: '发布日期在未来' },
  create(context) {
    return {
      fields(fields) {
        const field = fields.find((f) => f.name === 'date');
        const time = field ? beijingTime(field.value) : undefined;
        if (!field || time === undefined || context.site.draft) return;
        const ahead = (time - context.site.now.getTime()) / DAY;
        if (ahead <= 1) return;
        const days = Math.ceil(ahead);
        const far = ahead > context.site.futureDays;
        context.report({
          field,
          severity: far ? 'error' : 'warning',
          message: `发布日期 ${field.value} 在 ${days} 天之后${far ? `（超过 ${context.site.futureDays} 天，多半是年份写错了）` : ''}：文章会排在所有列表和订阅的最前面`,
          fix: far ? '改正日期；要定时发布请先设 draft: true' : '确认日期；未到发布时间的文章请设 draft: true',
        });
      },
    };
  },
};
