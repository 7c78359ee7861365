/** Page size for every list unless a page says otherwise. */
export const PAGE_SIZE = 20;

/** The 1-based page number from a URL's `page` (or another named) parameter; junk becomes 1. */
export function pageFromUrl(url: URL, max = 10_000, param = "page"): number {
  const n = Number.parseInt(url.searchParams.get(param) ?? "1", 10);
  return Number.isFinite(n) && n >= 1 ? Math.min(n, max) : 1;
}

export type Page<T> = { items: T[]; page: number; pageSize: number; total: number; pageCount: number };

/** Wraps a slice of results with the figures a pager needs. */
export function toPage<T>(items: T[], total: number, page: number, pageSize = PAGE_SIZE): Page<T> {
  return { items, page, pageSize, total, pageCount: Math.max(1, Math.ceil(total / pageSize)) };
}

/** LIMIT/OFFSET for a page. */
export function pageWindow(page: number, pageSize = PAGE_SIZE) {
  return { limit: pageSize, offset: (page - 1) * pageSize };
}
