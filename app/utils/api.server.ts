import { env } from "./env.server";
import type { Page } from "./pagination";

/**
 * Responses of the public read-only API (/api/v1): JSON, readable from any origin (GET only; the
 * server refuses cross-origin writes anyway), briefly cacheable. See docs/decisions/0044-public-api.md.
 */
const API_HEADERS = {
  "Access-Control-Allow-Origin": "*",
  "Cache-Control": "public, max-age=60",
} as const;

/** A JSON response with the API's headers. */
export function apiJson(body: unknown, init: { status?: number; headers?: Record<string, string> } = {}): Response {
  return Response.json(body, { status: init.status ?? 200, headers: { ...API_HEADERS, ...init.headers } });
}

/** `{ error: { status, message } }` with that status (not cached). */
export function apiError(status: number, message: string): Response {
  return apiJson({ error: { status, message } }, { status, headers: { "Cache-Control": "no-store" } });
}

/** A redirect the API's clients may follow from any origin. */
export function apiRedirect(location: string, status = 301): Response {
  return new Response(null, { status, headers: { ...API_HEADERS, Location: location } });
}

/** The numeric id of an API path segment, or a JSON 404 thrown. */
export function requireApiId(param: string | undefined, what: string): number {
  const id = /^\d{1,12}$/.test(param ?? "") ? Number(param) : NaN;
  if (!Number.isSafeInteger(id) || id <= 0) throw apiError(404, `No ${what} has that id.`);
  return id;
}

/**
 * The list envelope: `{ data, meta: { page, pageSize, total, pageCount }, links: { self, next, prev } }`.
 * Links keep the request's other query parameters.
 */
export function apiList<T, S>(request: Request, page: Page<T>, serialize: (item: T) => S): Response {
  const url = new URL(request.url);
  const link = (n: number) => {
    const next = new URL(url);
    next.searchParams.set("page", String(n));
    return next.toString();
  };
  return apiJson({
    data: page.items.map(serialize),
    meta: { page: page.page, pageSize: page.pageSize, total: page.total, pageCount: page.pageCount },
    links: {
      self: link(page.page),
      next: page.page < page.pageCount ? link(page.page + 1) : null,
      prev: page.page > 1 ? link(page.page - 1) : null,
    },
  });
}

/** Makes absolute URLs on this site: APP_ORIGIN when set (behind a proxy), else the request's origin. */
export function siteUrls(request: Request): (path: string) => string {
  const base = env.APP_ORIGIN ?? new URL(request.url).origin;
  return (path) => new URL(path, base).toString();
}
export type UrlFor = ReturnType<typeof siteUrls>;
