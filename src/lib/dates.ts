/**
 * Portal dates. Every date an editor writes is Beijing time (Asia/Shanghai, UTC+8, no daylight saving),
 * written as a calendar date (`2019-04-01`) or a date-time (`2019-04-01 09:30`).
 */

/** A date as the portal shows and sorts it. Plain data, so it survives Astro's data store. */
export interface PortalDate {
  /** Calendar date in Beijing, `YYYY-MM-DD`. */
  date: string;
  /** Wall-clock time in Beijing, `HH:MM`, when the editor gave one. */
  time?: string;
  /** ISO 8601 with the +08:00 offset, for `<time datetime>` and feeds. */
  iso: string;
  /** Milliseconds since the epoch, for sorting. */
  epoch: number;
}

const BEIJING_OFFSET_MS = 8 * 60 * 60 * 1000;
const DATE_RE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

/** Why a date was refused, in words an editor can act on. */
export class DateError extends Error {}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Parses what an editor wrote as a date, strictly: dates that do not exist are refused, not rolled over.
 * @example parsePortalDate('2018-05-14') // { date: '2018-05-14', iso: '2018-05-14T00:00:00+08:00', … }
 * @example parsePortalDate('2018-02-30') // throws DateError: 2018年2月只有28天
 */
export function parsePortalDate(input: string): PortalDate {
  const text = input.trim();
  const m = DATE_RE.exec(text);
  if (!m) {
    if (/\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?\s*(?:[+-]\d{2}:?\d{2}|Z)$/i.test(text)) {
      throw new DateError(`"${text}" 带有时区；请直接写北京时间，如 2019-04-01 09:30`);
    }
    throw new DateError(`"${text}" 不是日期；请写成 2019-04-01 或 2019-04-01 09:30（北京时间）`);
  }
  const [year, month, day, hour, minute, second] = m.slice(1).map((v) => (v === undefined ? undefined : Number(v)));
  if (year === undefined || month === undefined || day === undefined) throw new DateError(`"${text}" 不是日期`);
  if (month < 1 || month > 12) throw new DateError(`"${text}" 的月份 ${month} 不存在；月份应为 1–12`);
  const maxDay = daysInMonth(year, month);
  if (day < 1 || day > maxDay) {
    throw new DateError(`"${text}" 不存在：${year}年${month}月只有${maxDay}天`);
  }
  if (hour !== undefined && (hour > 23 || (minute ?? 0) > 59 || (second ?? 0) > 59)) {
    throw new DateError(`"${text}" 的时间不存在；请写 00:00–23:59`);
  }
  const date = `${year}-${pad(month)}-${pad(day)}`;
  const time = hour === undefined ? undefined : `${pad(hour)}:${pad(minute ?? 0)}`;
  const epoch = Date.UTC(year, month - 1, day, hour ?? 0, minute ?? 0, second ?? 0) - BEIJING_OFFSET_MS;
  const iso = `${date}T${time ?? '00:00'}:${pad(second ?? 0)}+08:00`;
  return time === undefined ? { date, iso, epoch } : { date, time, iso, epoch };
}

/**
 * Reads a date that a YAML parser already turned into a `Date`. YAML reads a bare `2019-04-01` as UTC
 * midnight, so the UTC fields are exactly what the editor wrote, and we take them as Beijing wall-clock time.
 */
export function portalDateFromYamlDate(value: Date): PortalDate {
  if (Number.isNaN(value.getTime())) throw new DateError('日期无效');
  const base = `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
  const hasTime = value.getUTCHours() + value.getUTCMinutes() + value.getUTCSeconds() > 0;
  const time = `${pad(value.getUTCHours())}:${pad(value.getUTCMinutes())}:${pad(value.getUTCSeconds())}`;
  return parsePortalDate(hasTime ? `${base} ${time}` : base);
}

/** The Beijing calendar year of a date, e.g. for the year in a 发文字号. */
export function yearOf(d: PortalDate): number {
  return Number(d.date.slice(0, 4));
}

/**
 * Formats a date the way Chinese government pages print it.
 * @example formatChineseDate(parsePortalDate('2018-05-12')) // '2018年5月12日'
 */
export function formatChineseDate(d: PortalDate): string {
  const [y, m, day] = d.date.split('-').map(Number);
  return `${y}年${m}月${day}日`;
}

/** `2019-04-01` or `2019-04-01 09:30`, for meta lines and lists. */
export function formatNumericDate(d: PortalDate, withTime = false): string {
  return withTime && d.time ? `${d.date} ${d.time}` : d.date;
}

/**
 * A moment as a portal date: the date and time it is in Beijing then (the build's or the check's "now").
 * @example beijingNow(new Date('2025-12-31T17:00:00Z')).date // '2026-01-01' (01:00 in Beijing)
 */
export function beijingNow(now: Date = new Date()): PortalDate {
  const local = new Date(now.getTime() + BEIJING_OFFSET_MS).toISOString();
  return { date: local.slice(0, 10), time: local.slice(11, 16), iso: `${local.slice(0, 19)}+08:00`, epoch: now.getTime() };
}
