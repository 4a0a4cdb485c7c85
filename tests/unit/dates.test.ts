import { describe, expect, it } from 'vitest';
import {
  beijingNow,
  DateError,
  formatChineseDate,
  formatNumericDate,
  parsePortalDate,
  portalDateFromYamlDate,
  yearOf,
} from '../../src/lib/dates.ts';

/** Beijing wall-clock time as epoch milliseconds: Beijing is UTC+8 all year. */
const beijing = (y: number, m: number, d: number, h = 0, min = 0, s = 0) => Date.UTC(y, m - 1, d, h - 8, min, s);

function refusal(input: string): string {
  try {
    parsePortalDate(input);
  } catch (error) {
    expect(error).toBeInstanceOf(DateError);
    return (error as Error).message;
  }
  throw new Error(`"${input}" was accepted`);
}

describe('parsePortalDate', () => {
  it('reads a calendar date as Beijing midnight', () => {
    const d = parsePortalDate('2019-04-01');
    expect(d).toEqual({ date: '2019-04-01', iso: '2019-04-01T00:00:00+08:00', epoch: Date.UTC(2019, 2, 31, 16) });
    expect(d).not.toHaveProperty('time');
  });

  it('reads a date-time as Beijing wall-clock time', () => {
    expect(parsePortalDate('2019-04-01 09:30')).toEqual({
      date: '2019-04-01',
      time: '09:30',
      iso: '2019-04-01T09:30:00+08:00',
      epoch: Date.UTC(2019, 3, 1, 1, 30),
    });
  });

  it('gives the same instant as the ISO text it prints', () => {
    for (const input of ['2019-04-01', '2019-04-01 09:30', '2024-12-31 23:59:59', '2020-01-01 00:05']) {
      const d = parsePortalDate(input);
      expect(new Date(d.iso).getTime()).toBe(d.epoch);
    }
  });

  it('accepts T as separator, seconds, one-digit month, day and hour, and surrounding spaces', () => {
    expect(parsePortalDate('2019-04-01T09:30').iso).toBe('2019-04-01T09:30:00+08:00');
    expect(parsePortalDate('2019-04-01 09:30:15')).toMatchObject({ time: '09:30', iso: '2019-04-01T09:30:15+08:00', epoch: beijing(2019, 4, 1, 9, 30, 15) });
    expect(parsePortalDate('2019-4-1 9:05')).toMatchObject({ date: '2019-04-01', time: '09:05', epoch: beijing(2019, 4, 1, 9, 5) });
    expect(parsePortalDate('  2018-05-14 ').date).toBe('2018-05-14');
  });

  it('a Beijing date before 08:00 is still that day, although UTC is the day before', () => {
    const d = parsePortalDate('2024-01-01 07:59');
    expect(d.date).toBe('2024-01-01');
    expect(new Date(d.epoch).toISOString()).toBe('2023-12-31T23:59:00.000Z');
  });

  it('sorts by epoch in calendar order', () => {
    const dates = ['2019-04-01 09:30', '2019-04-01', '2018-12-31 23:59', '2019-04-02'].map(parsePortalDate);
    expect([...dates].sort((a, b) => a.epoch - b.epoch).map((d) => formatNumericDate(d, true))).toEqual([
      '2018-12-31 23:59',
      '2019-04-01',
      '2019-04-01 09:30',
      '2019-04-02',
    ]);
  });

  describe('leap years', () => {
    it.each(['2024-02-29', '2000-02-29', '2020-02-29 12:00'])('accepts %s', (input) => {
      expect(parsePortalDate(input).date).toBe(input.slice(0, 10));
    });

    it.each([
      ['2023-02-29', '2023年2月只有28天'],
      ['2018-02-30', '2018年2月只有28天'],
      ['1900-02-29', '1900年2月只有28天'],
      ['2024-02-30', '2024年2月只有29天'],
      ['2019-04-31', '2019年4月只有30天'],
      ['2019-01-32', '2019年1月只有31天'],
      ['2019-01-00', '2019年1月只有31天'],
    ])('refuses %s instead of rolling it over, naming the days in that month', (input, days) => {
      const message = refusal(input);
      expect(message).toContain(`"${input}"`);
      expect(message).toContain(days);
    });
  });

  it.each(['2019-13-01', '2019-00-10'])('refuses month %s, saying months are 1–12', (input) => {
    const month = Number(input.slice(5, 7));
    expect(refusal(input)).toBe(`"${input}" 的月份 ${month} 不存在；月份应为 1–12`);
  });

  it.each(['2019-04-01 24:00', '2019-04-01 09:60', '2019-04-01 09:30:60'])('refuses the impossible time in %s', (input) => {
    expect(refusal(input)).toContain('时间不存在');
  });

  it.each(['2019-04-01T09:30:00+08:00', '2019-04-01T01:30:00Z', '2019-04-01 09:30+0800', '2019-04-01T09:30:00-05:00'])(
    'refuses an explicit timezone in %s and asks for Beijing time',
    (input) => {
      const message = refusal(input);
      expect(message).toContain('时区');
      expect(message).toContain('北京时间');
    },
  );

  it.each(['2019/04/01', '2019年4月1日', '04-01-2019', 'yesterday', ''])('refuses %j, showing the form to write', (input) => {
    expect(refusal(input)).toContain('2019-04-01');
  });
});

describe('portalDateFromYamlDate', () => {
  it('takes the UTC fields YAML produced as the Beijing date the editor wrote', () => {
    // YAML reads `date: 2019-04-01` as 2019-04-01T00:00Z.
    expect(portalDateFromYamlDate(new Date('2019-04-01'))).toEqual(parsePortalDate('2019-04-01'));
    expect(portalDateFromYamlDate(new Date(Date.UTC(2019, 3, 1))).epoch).toBe(Date.UTC(2019, 2, 31, 16));
  });

  it('keeps a time of day', () => {
    expect(portalDateFromYamlDate(new Date(Date.UTC(2019, 3, 1, 9, 30)))).toEqual(parsePortalDate('2019-04-01 09:30'));
  });

  it('reads a YAML date-time with seconds the same as the text the editor wrote', () => {
    // `date: 2019-04-01 09:30:15` is a YAML timestamp; the checker reads the same line as text.
    expect(portalDateFromYamlDate(new Date(Date.UTC(2019, 3, 1, 9, 30, 15)))).toEqual(parsePortalDate('2019-04-01 09:30:15'));
  });

  it('refuses an invalid Date', () => {
    expect(() => portalDateFromYamlDate(new Date('not a date'))).toThrow(DateError);
  });
});

describe('formatting', () => {
  it('prints dates the way Chinese government pages do, without leading zeros', () => {
    expect(formatChineseDate(parsePortalDate('2018-05-12'))).toBe('2018年5月12日');
    expect(formatChineseDate(parsePortalDate('2019-10-01 09:30'))).toBe('2019年10月1日');
  });

  it('prints the numeric form, with the time only when asked and known', () => {
    expect(formatNumericDate(parsePortalDate('2019-04-01 09:30'))).toBe('2019-04-01');
    expect(formatNumericDate(parsePortalDate('2019-04-01 09:30'), true)).toBe('2019-04-01 09:30');
    expect(formatNumericDate(parsePortalDate('2019-04-01'), true)).toBe('2019-04-01');
  });

  it('yearOf is the Beijing year, even at a time when UTC is still in the year before', () => {
    expect(yearOf(parsePortalDate('2019-01-01 03:00'))).toBe(2019);
  });
});

describe('beijingNow', () => {
  it('is the Beijing date and time of a moment, whatever the machine\'s time zone', () => {
    expect(beijingNow(new Date('2025-12-31T17:05:09Z'))).toEqual({ date: '2026-01-01', time: '01:05', iso: '2026-01-01T01:05:09+08:00', epoch: Date.parse('2025-12-31T17:05:09Z') });
  });
});
