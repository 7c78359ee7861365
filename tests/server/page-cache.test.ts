/**
 * The page cache's rules (server/page-cache.ts, decision 0063): which requests and answers are
 * kept, the per-request values put back fresh, and what pushes an answer out.
 */
import { describe, expect, it } from "vitest";
import {
  createPageCache,
  isCacheableRequest,
  isKeepable,
  joinWith,
  KEEP_MS,
  MAX_ANSWER_BYTES,
  splitAround,
  type KeptAnswer,
} from "../../server/page-cache";

const answer = (body: string): KeptAnswer => ({
  status: 200,
  statusText: "OK",
  headers: [["content-type", "text/html; charset=utf-8"]],
  ...splitAround(body, []),
});

describe("splitAround and joinWith", () => {
  it("put this request's nonce and request id where the kept answer had its own", () => {
    const body = '<script nonce="NONCE-one-aaaa">a</script><p>id-1111-2222</p><script nonce="NONCE-one-aaaa">';
    const kept = splitAround(body, ["NONCE-one-aaaa", "id-1111-2222"]);
    expect(kept).toEqual({
      parts: ['<script nonce="', '">a</script><p>', '</p><script nonce="', '">'],
      gaps: [0, 1, 0],
    });
    expect(joinWith(kept, ["NONCE-two-bbbb", "id-3333-4444"])).toBe(
      '<script nonce="NONCE-two-bbbb">a</script><p>id-3333-4444</p><script nonce="NONCE-two-bbbb">',
    );
    expect(joinWith(kept, ["NONCE-one-aaaa", "id-1111-2222"])).toBe(body);
  });

  it("leave a body without them, and values too short to be unique, as they are", () => {
    expect(splitAround("<p>plain</p>", ["NONCE-one-aaaa"])).toEqual({ parts: ["<p>plain</p>"], gaps: [] });
    expect(splitAround("a b a", ["a", ""])).toEqual({ parts: ["a b a"], gaps: [] });
    expect(joinWith({ parts: ["<p>plain</p>"], gaps: [] }, ["x", "y"])).toBe("<p>plain</p>");
  });
});

describe("isCacheableRequest", () => {
  const get = (headers: Record<string, string> = {}, method = "GET") => isCacheableRequest({ method, headers });
  it("takes a plain GET with no cookie, and nothing else", () => {
    expect(get()).toBe(true);
    expect(get({ accept: "text/html", "user-agent": "Mozilla/5.0" })).toBe(true);
    expect(get({}, "HEAD")).toBe(false);
    expect(get({}, "POST")).toBe(false);
    expect(get({ cookie: "hackpath_session=abc" })).toBe(false);
    expect(get({ cookie: "hackpath_two_step=abc" })).toBe(false);
    expect(get({ "if-none-match": '"abc"' })).toBe(false);
    expect(get({ "if-modified-since": "Wed, 02 Dec 2026 10:00:00 GMT" })).toBe(false);
    expect(get({ range: "bytes=0-10" })).toBe(false);
  });
});

describe("isKeepable", () => {
  const response = (status: number, headers: Record<string, string>) => ({ status, headers: new Headers(headers) });
  it("keeps a 200 text answer for anyone, and nothing personal, partial or binary", () => {
    expect(isKeepable(response(200, { "content-type": "text/html; charset=utf-8" }))).toBe(true);
    expect(isKeepable(response(200, { "content-type": "text/x-script" }))).toBe(true);
    expect(isKeepable(response(200, { "content-type": "application/json; charset=utf-8" }))).toBe(true);
    expect(isKeepable(response(200, { "content-type": "application/atom+xml" }))).toBe(true);
    expect(isKeepable(response(404, { "content-type": "text/html" }))).toBe(false);
    expect(isKeepable(response(302, { location: "/login" }))).toBe(false);
    expect(isKeepable(response(200, { "content-type": "text/html", "set-cookie": "a=b" }))).toBe(false);
    expect(isKeepable(response(200, { "content-type": "text/html", "cache-control": "no-store" }))).toBe(false);
    expect(isKeepable(response(200, { "content-type": "application/pdf", "cache-control": "private" }))).toBe(false);
    expect(isKeepable(response(200, { "content-type": "image/png" }))).toBe(false);
    expect(isKeepable(response(200, { "content-type": "text/csv", "content-length": String(2 * 1024 * 1024) }))).toBe(
      false,
    );
  });
});

describe("createPageCache", () => {
  it("answers only in the committed state the answer was made in, and for a minute at most", () => {
    let clock = 1_000_000;
    const cache = createPageCache({ maxBytes: 1_000_000, now: () => clock });
    cache.set("/problems", "1:5", answer("<p>five</p>"));
    expect(cache.get("/problems", "1:5")?.parts).toEqual(["<p>five</p>"]);
    expect(cache.get("/projects", "1:5")).toBeUndefined();
    // A commit anywhere: the answer is out of date, and is dropped.
    expect(cache.get("/problems", "1:6")).toBeUndefined();
    expect(cache.get("/problems", "1:5")).toBeUndefined();
    expect(cache.size()).toEqual({ entries: 0, bytes: 0 });

    cache.set("/problems", "1:6", answer("<p>six</p>"));
    clock += KEEP_MS - 1;
    expect(cache.get("/problems", "1:6")?.parts).toEqual(["<p>six</p>"]);
    clock += 1;
    expect(cache.get("/problems", "1:6")).toBeUndefined();
  });

  it("lets the least recently used answers go when it is full, and keeps nothing bigger than itself", () => {
    // Each answer of 244 characters counts 244 × 2 + 512 = 1,000 bytes.
    const body = (c: string) => c.repeat(244);
    const cache = createPageCache({ maxBytes: 3000 });
    cache.set("/a", "s", answer(body("a")));
    cache.set("/b", "s", answer(body("b")));
    cache.set("/c", "s", answer(body("c")));
    expect(cache.size()).toEqual({ entries: 3, bytes: 3000 });
    // /a is read, so /b is now the least recently used.
    expect(cache.get("/a", "s")).toBeDefined();
    cache.set("/d", "s", answer(body("d")));
    expect(["/a", "/b", "/c", "/d"].filter((key) => cache.get(key, "s"))).toEqual(["/a", "/c", "/d"]);
    // Setting a key again replaces it rather than counting it twice.
    cache.set("/d", "s", answer(body("e")));
    expect(cache.size()).toEqual({ entries: 3, bytes: 3000 });
    cache.set("/huge", "s", answer("x".repeat(2000)));
    expect(cache.get("/huge", "s")).toBeUndefined();
    expect(cache.size()).toEqual({ entries: 3, bytes: 3000 });
  });
});

describe("createPageCache's size limit per answer", () => {
  it("keeps nothing past MAX_ANSWER_BYTES, however much room it has", () => {
    const cache = createPageCache({ maxBytes: 100 * 1024 * 1024 });
    cache.set("/big", "s", answer("x".repeat(MAX_ANSWER_BYTES + 1)));
    cache.set("/fits", "s", answer("x".repeat(MAX_ANSWER_BYTES)));
    expect([cache.get("/big", "s"), cache.get("/fits", "s")?.parts.length]).toEqual([undefined, 1]);
  });
});
