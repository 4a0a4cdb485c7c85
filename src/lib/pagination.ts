/** Numbered pages of a list: page 1 at the list's route, page n at `route/n/`. */

/** Items per list page on channel pages. */
export const PAGE_SIZE = 20;

export interface PageSlice<T> {
  items: T[];
  /** 1-based. */
  page: number;
  pages: number;
  total: number;
}

/** Splits a list into pages; an empty list still has one (empty) page. */
export function paginate<T>(items: readonly T[], size = PAGE_SIZE): PageSlice<T>[] {
  const pages = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: pages }, (_, i) => ({ items: items.slice(i * size, (i + 1) * size), page: i + 1, pages, total: items.length }));
}

/** Route of page `page` of a list whose first page is `route`. */
export function pageRoute(route: string, page: number): string {
  return page <= 1 ? route : `${route}${page}/`;
}

/**
 * The page numbers to show in a pager, with gaps as `null`: 1 … 4 5 [6] 7 8 … 20.
 */
export function pagerNumbers(current: number, pages: number, around = 2): (number | null)[] {
  const shown: (number | null)[] = [];
  for (let p = 1; p <= pages; p++) {
    if (p === 1 || p === pages || Math.abs(p - current) <= around) shown.push(p);
    else if (shown[shown.length - 1] !== null) shown.push(null);
  }
  return shown;
}
