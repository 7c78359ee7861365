/**
 * The page cache over real HTTP (server/page-cache.ts, decision 0063): a visitor's second look at
 * a page comes from it, with this request's own CSP nonce and request id; any commit, through the
 * server's forms or from another process, makes the next answer fresh; anyone with a cookie, and
 * /healthz, always get a page made for them.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createProblem } from "../factories";
import { startServerWithDb } from "./accounts";
import { getPage, postForm } from "./client";
import { demoAccount } from "./demo";
import { startServer, type TestServer } from "./server";

let server: TestServer;

beforeAll(async () => {
  server = await startServerWithDb({ demoData: true });
});
afterAll(async () => {
  await server?.stop();
});

/** A GET as a visitor, with what a test needs of the answer. */
async function visit(path: string, options: Parameters<typeof getPage>[2] = {}) {
  const response = await getPage(server, path, options);
  const body = await response.text();
  const csp = response.headers.get("content-security-policy") ?? "";
  return {
    status: response.status,
    cache: response.headers.get("x-page-cache"),
    nonce: /'nonce-([^']+)'/.exec(csp)?.[1],
    nonces: [...new Set([...body.matchAll(/nonce="([^"]+)"/g)].map((m) => m[1]))],
    requestId: response.headers.get("x-request-id"),
    body,
  };
}

describe("the page cache", () => {
  it("answers a visitor's second look from the cache, with that request's own nonce and request id", async () => {
    const first = await visit("/problems?sort=newest");
    const second = await visit("/problems?sort=newest");
    expect([first.status, first.cache, second.status, second.cache]).toEqual([200, "miss", 200, "hit"]);
    expect(second.nonce).not.toBe(first.nonce);
    expect(first.nonces).toEqual([first.nonce]);
    expect(second.nonces).toEqual([second.nonce]);
    expect(second.body).toContain(second.requestId);
    expect(second.body).not.toContain(first.requestId);
    // The same page apart from what is the request's own.
    const strip = (page: Awaited<ReturnType<typeof visit>>) =>
      page.body.replaceAll(page.nonce!, "NONCE").replaceAll(page.requestId!, "REQUEST");
    expect(strip(second)).toBe(strip(first));
  });

  it("makes the page again after a write through the site's own forms", async () => {
    await visit("/impact");
    expect((await visit("/impact")).cache).toBe("hit");
    const sent = await postForm(server, "/contact", { topic: "other", message: "The cache test says hello." });
    expect(sent.status).toBe(302);
    expect((await visit("/impact")).cache).toBe("miss");
    expect((await visit("/impact")).cache).toBe("hit");
  });

  it("shows a problem written by another process on the very next look", async () => {
    await visit("/problems");
    expect((await visit("/problems")).cache).toBe("hit");
    await createProblem({ title: "Written elsewhere: the page cache must not hide this" });
    const next = await visit("/problems");
    expect(next.cache).toBe("miss");
    expect(next.body).toContain("Written elsewhere: the page cache must not hide this");
  });

  it("never answers from the cache for anyone with a cookie, for /healthz, or for a conditional request", async () => {
    await visit("/");
    expect((await visit("/")).cache).toBe("hit");
    const signedIn = await visit("/", { cookie: (await demoAccount("clinician")).cookie });
    expect(signedIn.cache).toBe(null);
    expect(signedIn.body).toContain("Sign out");
    const strangeCookie = await visit("/", { cookie: "something=else" });
    expect(strangeCookie.cache).toBe(null);
    expect((await visit("/healthz")).cache).toBe(null);
    expect((await visit("/healthz")).cache).toBe(null);
    await visit("/api/v1/problems");
    const conditional = await visit("/api/v1/problems", { headers: { "If-None-Match": '"not-the-etag"' } });
    expect([conditional.status, conditional.cache]).toEqual([200, null]);
  });
});

describe("PAGE_CACHE_MB=0", () => {
  it("turns the cache off", async () => {
    const uncached = await startServer({ env: { PAGE_CACHE_MB: "0" } });
    try {
      const answers = [];
      for (let i = 0; i < 2; i += 1) {
        const response = await fetch(`${uncached.baseUrl}/problems`);
        await response.arrayBuffer();
        answers.push([response.status, response.headers.get("x-page-cache")]);
      }
      expect(answers).toEqual([
        [200, null],
        [200, null],
      ]);
    } finally {
      await uncached.stop();
    }
  });
});
