import { createHash } from "node:crypto";
import type { LoaderFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { MAX_ID } from "~/domain/ids";
import {
  API_CACHE_CONTROL,
  API_EXPOSED_HEADERS,
  API_MAX_PAGE,
  API_METHODS,
  API_REQUEST_HEADERS,
  PREFLIGHT_MAX_AGE_SECONDS,
} from "./api-policy";
import { env } from "./env.server";
import { apiDocsPath } from "./paths";
import type { Page } from "./pagination";

/**
 * Responses of the public read-only API (/api/v1), all built here so every endpoint behaves the
 * same: JSON readable from any origin (CORS for GET, HEAD and the preflight OPTIONS), briefly
 * cacheable, with a strong ETag from the body's bytes, Last-Modified where the model can say,
 * 304 and 412 as RFC 9110 §13 says, and query parameters refused (400) when they do not parse.
 * See docs/decisions/0044-public-api.md and 0060-api-caching-and-openapi.md.
 */

const CORS_HEADERS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Expose-Headers": API_EXPOSED_HEADERS,
} as const;
const JSON_TYPE = "application/json; charset=utf-8";

type Loader = (args: LoaderFunctionArgs) => Promise<Response>;

/**
 * Wraps an API loader: OPTIONS (a CORS preflight, which an If-None-Match from another origin
 * triggers) is answered here with 204, before the loader runs. Remix sends OPTIONS and HEAD to a
 * resource route's loader; HEAD gets the GET answer without its body (Remix strips it).
 */
export function apiLoader(loader: Loader): Loader {
  return async (args) => (args.request.method === "OPTIONS" ? apiPreflight() : loader(args));
}

/** The answer to OPTIONS on any API path: what a cross-origin GET may carry, cacheable for a day. */
function apiPreflight(): Response {
  return new Response(null, {
    status: 204,
    headers: {
      ...CORS_HEADERS,
      Allow: API_METHODS,
      "Access-Control-Allow-Methods": API_METHODS,
      "Access-Control-Allow-Headers": API_REQUEST_HEADERS,
      "Access-Control-Max-Age": String(PREFLIGHT_MAX_AGE_SECONDS),
    },
  });
}

/**
 * A successful JSON answer. The ETag is strong: a hash of the exact bytes sent (nothing in front
 * of the server recompresses them; a proxy that does must weaken it, as nginx does). `lastModified`
 * is given only where one timestamp covers everything in the body. A matching If-None-Match (or,
 * without one, an If-Modified-Since no older than Last-Modified) answers 304 with no body.
 */
export function apiJson(request: Request, body: unknown, { lastModified }: { lastModified?: Date } = {}): Response {
  const text = JSON.stringify(body);
  const etag = entityTag(text);
  // Never later than now (RFC 9110 §8.8.2.1), and in whole seconds as HTTP dates are.
  const modified = lastModified ? Math.min(Math.floor(lastModified.getTime() / 1000), nowSeconds()) : undefined;
  const headers: Record<string, string> = { ...CORS_HEADERS, "Cache-Control": API_CACHE_CONTROL, ETag: etag };
  if (modified !== undefined) headers["Last-Modified"] = new Date(modified * 1000).toUTCString();
  const outcome = evaluatePreconditions(request.headers, { etag, lastModified: modified });
  if (outcome === 412) return apiError(412, "The If-Match or If-Unmodified-Since condition is not met.");
  if (outcome === 304) return new Response(null, { status: 304, headers });
  return new Response(text, { status: 200, headers: { ...headers, "Content-Type": JSON_TYPE } });
}

/**
 * `{ error: { status, message, parameter? } }` with that status: never cached, no validators.
 * `parameter` names the query parameter a 400 is about.
 */
export function apiError(status: number, message: string, parameter?: string): Response {
  return new Response(JSON.stringify({ error: { status, message, ...(parameter ? { parameter } : {}) } }), {
    status,
    headers: { ...CORS_HEADERS, "Cache-Control": "no-store", "Content-Type": JSON_TYPE },
  });
}

/** A redirect the API's clients may follow from any origin. */
export function apiRedirect(location: string, status = 301): Response {
  return new Response(null, {
    status,
    headers: { ...CORS_HEADERS, "Cache-Control": API_CACHE_CONTROL, Location: location },
  });
}

/** The numeric id of an API path segment, or a JSON 404 thrown. */
export function requireApiId(param: string | undefined, what: string): number {
  const id = /^\d{1,12}$/.test(param ?? "") ? Number(param) : NaN;
  if (!Number.isSafeInteger(id) || id <= 0 || id > MAX_ID) throw apiError(404, `No ${what} has that id.`);
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
  return apiJson(request, {
    data: page.items.map(serialize),
    meta: { page: page.page, pageSize: page.pageSize, total: page.total, pageCount: page.pageCount },
    links: {
      self: link(page.page),
      next: page.page < page.pageCount ? link(page.page + 1) : null,
      prev: page.page > 1 ? link(page.page - 1) : null,
    },
  });
}

// ---------------------------------------------------------------- query parameters

const pageParameter = z.coerce.number().int().min(1).max(API_MAX_PAGE);

/** A page's filter field without its leniency: the `.catch()` that drops a bad value, removed. */
function strict(field: z.ZodTypeAny): z.ZodTypeAny {
  return field instanceof z.ZodCatch ? field.removeCatch() : field;
}

/** Why a value was refused, in words that end "The <name> parameter …". */
function explain(issue: z.ZodIssue): string {
  switch (issue.code) {
    case "invalid_enum_value":
      return `must be one of: ${issue.options.join(", ")}`;
    case "invalid_type":
      return issue.expected === "integer" ? "must be a whole number" : `must be a ${issue.expected}`;
    case "too_small":
      return `must be ${issue.inclusive ? "at least" : "more than"} ${String(issue.minimum)}`;
    case "too_big":
      if (issue.type === "string") return `must be ${String(issue.maximum)} characters or fewer`;
      return `must be ${issue.inclusive ? "at most" : "less than"} ${String(issue.maximum)}`;
    default:
      return `is not in the form it takes (see ${apiDocsPath()})`;
  }
}

/**
 * The `page` and the filters of a list request, parsed with the same schema as the page it mirrors
 * but strictly: a value that does not parse, or a parameter given twice, throws a 400 naming it.
 * An empty value (`stage=`, as a form sends "any") is no filter; unknown parameters are ignored.
 */
export function parseApiQuery<S extends z.ZodObject<z.ZodRawShape>>(
  url: URL,
  schema: S,
): { filters: z.infer<S>; page: number } {
  const fields: [string, z.ZodTypeAny][] = [["page", pageParameter], ...Object.entries(schema.shape)];
  const values: Record<string, unknown> = {};
  for (const [name, field] of fields) {
    const given = url.searchParams.getAll(name).filter((v) => v !== "");
    if (given.length === 0) continue;
    if (given.length > 1) throw apiError(400, `The ${name} parameter is given more than once.`, name);
    const parsed = strict(field).safeParse(given[0]);
    if (!parsed.success) throw apiError(400, `The ${name} parameter ${explain(parsed.error.issues[0]!)}.`, name);
    if (parsed.data !== undefined) values[name] = parsed.data;
  }
  const { page = 1, ...filters } = values;
  return { filters: filters as z.infer<S>, page: page as number };
}

// ---------------------------------------------------------------- validators (RFC 9110 §8.8, §13)

/** A strong entity tag from a body's bytes: the first 132 bits of its SHA-256, base64url. */
export function entityTag(body: string): string {
  return `"${createHash("sha256").update(body).digest("base64url").slice(0, 22)}"`;
}

type EntityTag = { weak: boolean; opaque: string };

/** The entity tags of an If-Match or If-None-Match field, or "*"; malformed members are skipped. */
export function parseEntityTags(field: string): EntityTag[] | "*" {
  if (field.split(",").some((member) => member.trim() === "*")) return "*";
  return [...field.matchAll(/(W\/)?("[\x21\x23-\x7e\x80-\xff]*")/g)].map((m) => ({
    weak: m[1] !== undefined,
    opaque: m[2]!,
  }));
}

/**
 * Whether a field's tags include ours (always strong): weak comparison for If-None-Match (the
 * opaque tags are equal), strong for If-Match (and the field's tag is not weak either).
 */
function fieldMatches(field: string, etag: string, comparison: "weak" | "strong"): boolean {
  const tags = parseEntityTags(field);
  return tags === "*" || tags.some((tag) => tag.opaque === etag && (comparison === "weak" || !tag.weak));
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const DAY = "(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)";
const LONG_DAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
const MONTH = `(${MONTHS.join("|")})`;
const TIME = "(\\d{2}):(\\d{2}):(\\d{2})";
const IMF_FIXDATE = new RegExp(`^${DAY}, (\\d{2}) ${MONTH} (\\d{4}) ${TIME} GMT$`);
const RFC_850 = new RegExp(`^${LONG_DAY}, (\\d{2})-${MONTH}-(\\d{2}) ${TIME} GMT$`);
const ASCTIME = new RegExp(`^${DAY} ${MONTH} ([ \\d]\\d) ${TIME} (\\d{4})$`);

/**
 * An HTTP-date in seconds since 1970, or null when the field is not one. Recipients must accept
 * all three formats (RFC 9110 §5.6.7); a two-digit RFC 850 year more than 50 years ahead is in
 * the past century.
 */
export function parseHttpDate(field: string | null): number | null {
  if (field === null) return null;
  const text = field.trim();
  let parts: { day: string; month: string; year: number; time: string[] } | null = null;
  let m = IMF_FIXDATE.exec(text);
  if (m) parts = { day: m[1]!, month: m[2]!, year: Number(m[3]), time: m.slice(4, 7) };
  else if ((m = RFC_850.exec(text))) {
    const thisYear = new Date().getUTCFullYear();
    let year = Math.floor(thisYear / 100) * 100 + Number(m[3]);
    if (year > thisYear + 50) year -= 100;
    parts = { day: m[1]!, month: m[2]!, year, time: m.slice(4, 7) };
  } else if ((m = ASCTIME.exec(text)))
    parts = { day: m[2]!.trim(), month: m[1]!, year: Number(m[6]), time: m.slice(3, 6) };
  if (!parts) return null;
  const [hours, minutes, seconds] = parts.time.map(Number) as [number, number, number];
  const day = Number(parts.day);
  const ms = Date.UTC(parts.year, MONTHS.indexOf(parts.month), day, hours, minutes, seconds);
  const back = new Date(ms);
  // Reject dates that do not exist (31 Feb) rather than let them roll over.
  if (back.getUTCDate() !== day || hours > 23 || minutes > 59 || seconds > 60) return null;
  return Math.floor(ms / 1000);
}

const nowSeconds = () => Math.floor(Date.now() / 1000);

/**
 * RFC 9110 §13.2.2's order for a GET or HEAD whose answer would be 200: If-Match (strong) else
 * If-Unmodified-Since may fail it (412); then If-None-Match (weak; `*` matches) else
 * If-Modified-Since may make it 304. `lastModified` is in seconds; without it the date
 * conditions are ignored. Null: send the representation.
 */
export function evaluatePreconditions(
  headers: Headers,
  { etag, lastModified }: { etag: string; lastModified?: number },
): 304 | 412 | null {
  const ifMatch = headers.get("If-Match");
  if (ifMatch !== null) {
    if (!fieldMatches(ifMatch, etag, "strong")) return 412;
  } else {
    const since = parseHttpDate(headers.get("If-Unmodified-Since"));
    if (since !== null && lastModified !== undefined && lastModified > since) return 412;
  }
  const ifNoneMatch = headers.get("If-None-Match");
  if (ifNoneMatch !== null) return fieldMatches(ifNoneMatch, etag, "weak") ? 304 : null;
  const since = parseHttpDate(headers.get("If-Modified-Since"));
  if (since !== null && lastModified !== undefined && lastModified <= since) return 304;
  return null;
}

// ---------------------------------------------------------------- absolute URLs

/** Makes absolute URLs on this site: APP_ORIGIN when set (behind a proxy), else the request's origin. */
export function siteUrls(request: Request): (path: string) => string {
  const base = env.APP_ORIGIN ?? new URL(request.url).origin;
  return (path) => new URL(path, base).toString();
}
export type UrlFor = ReturnType<typeof siteUrls>;
