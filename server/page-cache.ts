/**
 * Whole answers for people who are not signed in, kept until the next write (decision 0063).
 *
 * A visitor's page depends on the URL, the committed rows and the clock, and on nothing else of
 * the request: so an answer is kept against the URL (with its host: links are absolute when
 * APP_ORIGIN is unset) and the database's committed state (`committedState()`, which changes
 * with every commit from any connection or process), for at most a minute (times shown as "3
 * minutes ago", a hack day going live). What differs per request, the CSP nonce and the request
 * id, is put back fresh into every answer taken from here.
 *
 * Kept: GET requests with no cookie at all (every cookie Hackpath sets, the session's and the
 * two-step sign-in's, changes what a page shows) and no conditional or range headers, answered 200 with
 * a text body of at most 1 MiB, no Set-Cookie and no `no-store` or `private`. Everything else goes
 * to Remix as before. Least recently used answers go first past `maxBytes`.
 */
import type { Request } from "express";

/** The answer as kept: its body split around the per-request values, to join with fresh ones. */
export type KeptAnswer = {
  status: number;
  statusText: string;
  headers: [string, string][];
  /** The body's text between the occurrences of the request's own values (nonce, request id). */
  parts: string[];
  /** Which value each gap between parts held: an index into `fresh`'s values. */
  gaps: number[];
};

type Entry = { state: string; expires: number; bytes: number; answer: KeptAnswer };

export type PerRequest = { nonce: string; requestId: string };

const TEXT = /^(text\/|application\/(json|xml|atom\+xml|rss\+xml|ld\+json)\b)/;
export const MAX_ANSWER_BYTES = 1024 * 1024;
export const KEEP_MS = 60_000;

/** Whether a request may be answered from the cache (and its answer kept). */
export function isCacheableRequest(req: Pick<Request, "method" | "headers">): boolean {
  if (req.method !== "GET") return false;
  const { cookie, range } = req.headers;
  return !(cookie || range || req.headers["if-none-match"] || req.headers["if-modified-since"]);
}

/** Whether an answer may be kept, from its status and headers. */
export function isKeepable(response: Pick<globalThis.Response, "status" | "headers">): boolean {
  if (response.status !== 200 || response.headers.has("set-cookie")) return false;
  const cacheControl = response.headers.get("cache-control") ?? "";
  if (/\b(no-store|private)\b/i.test(cacheControl)) return false;
  const length = Number(response.headers.get("content-length") ?? 0);
  return TEXT.test(response.headers.get("content-type") ?? "") && length <= MAX_ANSWER_BYTES;
}

/** Splits a body around every occurrence of the request's own values. */
export function splitAround(body: string, values: readonly string[]): Pick<KeptAnswer, "parts" | "gaps"> {
  const present = values.map((value, index) => ({ value, index })).filter(({ value }) => value.length >= 8);
  if (present.length === 0) return { parts: [body], gaps: [] };
  const pattern = new RegExp(present.map(({ value }) => value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"), "g");
  const parts: string[] = [];
  const gaps: number[] = [];
  let last = 0;
  for (const match of body.matchAll(pattern)) {
    parts.push(body.slice(last, match.index));
    gaps.push(present.find(({ value }) => value === match[0])!.index);
    last = match.index + match[0].length;
  }
  parts.push(body.slice(last));
  return { parts, gaps };
}

/** The kept body with this request's own values in the gaps. */
export function joinWith(answer: Pick<KeptAnswer, "parts" | "gaps">, values: readonly string[]): string {
  let body = answer.parts[0]!;
  for (let i = 0; i < answer.gaps.length; i += 1) body += values[answer.gaps[i]!]! + answer.parts[i + 1]!;
  return body;
}

export function createPageCache({ maxBytes, now = Date.now }: { maxBytes: number; now?: () => number }) {
  const entries = new Map<string, Entry>();
  let bytes = 0;
  const drop = (key: string) => {
    const entry = entries.get(key);
    if (!entry) return;
    bytes -= entry.bytes;
    entries.delete(key);
  };
  return {
    /** The answer kept for `key` in committed state `state`, if it is still fresh. */
    get(key: string, state: string): KeptAnswer | undefined {
      const entry = entries.get(key);
      if (!entry) return undefined;
      if (entry.state !== state || entry.expires <= now()) {
        drop(key);
        return undefined;
      }
      // Most recently used last: the first key is the next to go.
      entries.delete(key);
      entries.set(key, entry);
      return entry.answer;
    },
    /** Keeps an answer read in committed state `state` (taken before the answer was made). */
    set(key: string, state: string, answer: KeptAnswer): void {
      const characters = answer.parts.reduce((sum, part) => sum + part.length, 0);
      const size = characters * 2 + 512;
      drop(key);
      if (characters > MAX_ANSWER_BYTES || size > maxBytes) return;
      while (bytes + size > maxBytes) drop(entries.keys().next().value!);
      entries.set(key, { state, expires: now() + KEEP_MS, bytes: size, answer });
      bytes += size;
    },
    /** What is kept now (for tests and logs). */
    size: () => ({ entries: entries.size, bytes }),
  };
}

export type PageCache = ReturnType<typeof createPageCache>;
