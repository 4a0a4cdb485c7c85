import { describe, expect, it } from 'vitest';
import { PAGE_SIZE, pageRoute, pagerNumbers, paginate } from '../../src/lib/pagination.ts';

const items = (n: number) => Array.from({ length: n }, (_, i) => `第${i + 1}条`);

describe('paginate', () => {
  it('lists 20 items per channel page', () => {
    expect(PAGE_SIZE).toBe(20);
  });

  it('an empty list still has one empty page, so the channel page exists', () => {
    expect(paginate([])).toEqual([{ items: [], page: 1, pages: 1, total: 0 }]);
  });

  it.each([
    [1, [1]],
    [20, [20]],
    [21, [20, 1]],
    [40, [20, 20]],
    [45, [20, 20, 5]],
  ])('%i items make pages of %j', (n, sizes) => {
    const pages = paginate(items(n));
    expect(pages.map((p) => p.items.length)).toEqual(sizes);
    expect(pages.map((p) => p.page)).toEqual(sizes.map((_, i) => i + 1));
    for (const p of pages) {
      expect(p.pages).toBe(sizes.length);
      expect(p.total).toBe(n);
    }
  });

  it('keeps every item exactly once, in order', () => {
    const list = items(45);
    const pages = paginate(list);
    expect(pages.flatMap((p) => p.items)).toEqual(list);
    expect(pages[1]?.items[0]).toBe('第21条');
    expect(pages[2]?.items).toEqual(['第41条', '第42条', '第43条', '第44条', '第45条']);
  });

  it('takes another page size', () => {
    expect(paginate(items(101), 50).map((p) => p.items.length)).toEqual([50, 50, 1]);
  });
});

describe('pageRoute', () => {
  it('page 1 is the list itself, later pages are numbered below it', () => {
    expect(pageRoute('/news/media/', 1)).toBe('/news/media/');
    expect(pageRoute('/news/media/', 2)).toBe('/news/media/2/');
    expect(pageRoute('/library/', 13)).toBe('/library/13/');
  });
});

describe('pagerNumbers', () => {
  it('shows first, last and two either side of the current page, with gaps', () => {
    expect(pagerNumbers(6, 20)).toEqual([1, null, 4, 5, 6, 7, 8, null, 20]);
  });

  it('has no gap where the numbers run on', () => {
    expect(pagerNumbers(1, 1)).toEqual([1]);
    expect(pagerNumbers(2, 3)).toEqual([1, 2, 3]);
    expect(pagerNumbers(3, 5)).toEqual([1, 2, 3, 4, 5]);
    expect(pagerNumbers(4, 20)).toEqual([1, 2, 3, 4, 5, 6, null, 20]);
  });

  it('has one gap at the start or end', () => {
    expect(pagerNumbers(20, 20)).toEqual([1, null, 18, 19, 20]);
    expect(pagerNumbers(1, 20)).toEqual([1, 2, 3, null, 20]);
  });

  it('never shows two gaps in a row or a page twice', () => {
    for (let pages = 1; pages <= 30; pages++) {
      for (let current = 1; current <= pages; current++) {
        const shown = pagerNumbers(current, pages);
        const numbers = shown.filter((n): n is number => n !== null);
        expect(numbers).toEqual([...new Set(numbers)].sort((a, b) => a - b));
        expect(numbers).toContain(current);
        expect(numbers[0]).toBe(1);
        expect(numbers.at(-1)).toBe(pages);
        shown.forEach((n, i) => {
          if (n === null) expect(shown[i + 1]).not.toBeNull();
        });
      }
    }
  });
});
