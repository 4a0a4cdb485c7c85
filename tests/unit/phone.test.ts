/** Phone numbers as tap-to-call links. */
import { describe, expect, it } from 'vitest';
import { phoneParts, telHref } from '../../src/lib/phone.ts';

const phones = (text: string) => phoneParts(text).flatMap((p) => ('phone' in p ? [[p.phone, p.href]] : []));

describe('phoneParts', () => {
  it.each([
    ['(010)58123760', 'tel:01058123760'],
    ['（010）6601-2345', 'tel:01066012345'],
    ['010-58123760', 'tel:01058123760'],
    ['0755-8888 8888', 'tel:075588888888'],
    ['0755-88888888-123', 'tel:075588888888,123'],
    ['+86 10 5812 3760', 'tel:+861058123760'],
    ['13800138000', 'tel:13800138000'],
    ['138 0013 8000', 'tel:13800138000'],
  ])('finds %s', (written, href) => {
    expect(phones(`联系电话：${written}，欢迎来电`)).toEqual([[written, href]]);
  });

  it('leaves years, amounts, document numbers and long runs of digits alone', () => {
    expect(phones('2024年共12345678人次，金额5812.37万元，民办发〔2018〕7号，索引号000014349/2018-00123')).toEqual([]);
    expect(phones('编号201801058123760123')).toEqual([]);
  });

  it('keeps the text around the numbers', () => {
    expect(phoneParts('电话：(010)58123760；手机13800138000。')).toEqual([
      { text: '电话：' },
      { phone: '(010)58123760', href: 'tel:01058123760' },
      { text: '；手机' },
      { phone: '13800138000', href: 'tel:13800138000' },
      { text: '。' },
    ]);
  });
});

describe('telHref', () => {
  it('dials the digits, with an extension after a pause', () => {
    expect(telHref(' (010)58123760 ')).toBe('tel:01058123760');
    expect(telHref('010-58123760-8001')).toBe('tel:01058123760,8001');
  });
});
