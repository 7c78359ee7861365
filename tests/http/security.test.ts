/**
 * Security rules over real HTTP against the built production server: headers and nonces, the
 * Origin check (CSRF) on every mutating route, cookie flags, session fixation, rate limits.
 */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getWriterDb } from "../../app/utils/db.server";
import * as s from "../../db/schema";
import { createUser, TEST_PASSWORD } from "../factories";
import { sessionCookieFor, sessionCookieOf, startServerWithDb } from "./accounts";
import { getPage, postForm, send } from "./client";
import type { TestServer } from "./server";

const EVIL = "https://evil.example";

/** The nonce in a response's CSP, or null. */
function cspNonce(response: Response): string | null {
  return /'nonce-([^']+)'/.exec(response.headers.get("Content-Security-Policy") ?? "")?.[1] ?? null;
}

/** Every opening <script …> tag in a document. */
function scriptTags(html: string): string[] {
  return html.match(/<script\b[^>]*>/gi) ?? [];
}

describe("over HTTP, as served in production", () => {
  let server: TestServer;
  let member: { id: number; email: string };
  let admin: { id: number };
  let memberCookie: string;
  let adminCookie: string;

  beforeAll(async () => {
    server = await startServerWithDb();
    member = await createUser({ roles: ["clinician", "developer", "mentor", "funder"] });
    admin = await createUser({ roles: ["admin"] });
    memberCookie = await sessionCookieFor(member.id);
    adminCookie = await sessionCookieFor(admin.id);
  });
  afterAll(() => server?.stop());

  describe("security headers", () => {
    it.each(["/", "/login", "/healthz", "/no-such-page", "/favicon.svg"])("are on every response: %s", async (path) => {
      const response = await getPage(server, path);
      await response.arrayBuffer();
      const csp = response.headers.get("Content-Security-Policy") ?? "";
      expect(csp).toMatch(/frame-ancestors 'none'/);
      expect(csp).toMatch(/default-src 'self'/);
      expect(csp).toMatch(/object-src 'none'/);
      expect(csp).toMatch(/base-uri 'self'/);
      expect(csp).toMatch(/form-action 'self'/);
      const scriptSrc = /script-src ([^;]*)/.exec(csp)?.[1] ?? "";
      expect(scriptSrc).toMatch(/'nonce-[A-Za-z0-9+/=]{20,}'/);
      expect(scriptSrc).not.toMatch(/unsafe-inline|unsafe-eval/);
      expect(response.headers.get("X-Content-Type-Options")).toBe("nosniff");
      expect(response.headers.get("Referrer-Policy")).toBe("strict-origin-when-cross-origin");
      expect(response.headers.get("Permissions-Policy")).toMatch(/camera=\(\)/);
      expect(response.headers.get("Strict-Transport-Security")).toMatch(/max-age=\d{8,}/);
      expect(response.headers.get("X-Powered-By")).toBeNull();
    });

    it.each([
      ["/", false],
      ["/login", false],
      ["/signup", false],
      ["/dashboard", true],
      ["/settings", true],
      ["/admin/users", true],
      ["/no-such-page", false],
    ])("puts the response's own nonce on every <script> of %s, fresh each request", async (path, signedIn) => {
      const cookie = signedIn ? (path.startsWith("/admin") ? adminCookie : memberCookie) : undefined;
      const first = await getPage(server, path, { cookie });
      const html = await first.text();
      expect(first.headers.get("Content-Type")).toMatch(/text\/html/);
      const nonce = cspNonce(first);
      expect(nonce).toBeTruthy();
      const tags = scriptTags(html);
      expect(tags.length).toBeGreaterThan(0);
      for (const tag of tags) expect(tag).toContain(`nonce="${nonce}"`);
      const second = await getPage(server, path, { cookie });
      await second.text();
      expect(cspNonce(second)).not.toBe(nonce);
    });
  });

  describe("cross-site requests (CSRF)", () => {
    // Every route with an action that this area owns, plus a resource route and a path with no route.
    const mutating = [
      "/login",
      "/signup",
      "/logout",
      "/settings",
      "/notifications",
      "/admin/users/1",
      "/healthz",
      "/no-such-page",
    ];

    it.each(mutating)("refuses POST %s from another origin, with no Origin, or with Origin null", async (path) => {
      const attempts: Record<string, string>[] = [
        { Origin: EVIL },
        { Origin: "null" },
        { Origin: server.origin.replace("127.0.0.1", "localhost") },
        {}, // no Origin and no Sec-Fetch-Site: refused
        { "Sec-Fetch-Site": "cross-site" },
        { "Sec-Fetch-Site": "same-site" },
      ];
      for (const headers of attempts) {
        // Not postForm: these are the requests a browser on our own page would never send.
        const response = await send(server, path, {
          method: "POST",
          cookie: adminCookie,
          headers: { "Content-Type": "application/x-www-form-urlencoded", ...headers },
          body: new URLSearchParams({ intent: "mark-all-read" }),
        });
        expect(response, `${path} ${JSON.stringify(headers)}`).toHaveStatus(403);
        expect(await response.text()).toMatch(/did not come from a Hackpath page/);
        expect(response.headers.get("Set-Cookie")).toBeNull();
      }
    });

    it("refuses other unsafe methods from another origin too", async () => {
      for (const method of ["PUT", "PATCH", "DELETE"]) {
        const response = await send(server, "/settings", { method, cookie: memberCookie, headers: { Origin: EVIL } });
        expect(response, method).toHaveStatus(403);
      }
    });

    it("gives a cross-origin log-in with the right password a 403 and no session", async () => {
      const before = (await getWriterDb().select().from(s.sessions).where(eq(s.sessions.userId, member.id))).length;
      const response = await postForm(
        server,
        "/login",
        { email: member.email, password: TEST_PASSWORD },
        { headers: { Origin: EVIL } },
      );
      expect(response).toHaveStatus(403);
      expect(sessionCookieOf(response)).toBeNull();
      expect((await getWriterDb().select().from(s.sessions).where(eq(s.sessions.userId, member.id))).length).toBe(
        before,
      );
    });

    it("accepts a same-origin POST, and a browser's Sec-Fetch-Site: same-origin without Origin", async () => {
      const withOrigin = await postForm(
        server,
        "/notifications",
        { intent: "mark-all-read" },
        { cookie: memberCookie },
      );
      expect(withOrigin).toHaveStatus(302);
      const withFetchSite = await send(server, "/notifications", {
        method: "POST",
        cookie: memberCookie,
        headers: { "Content-Type": "application/x-www-form-urlencoded", "Sec-Fetch-Site": "same-origin" },
        body: new URLSearchParams({ intent: "mark-all-read" }),
      });
      expect(withFetchSite).toHaveStatus(302);
    });
  });

  describe("bodies that are not forms", () => {
    it("answers a same-origin JSON or text write with 415, never a 500, and changes nothing", async () => {
      for (const [type, body] of [
        ["application/json", JSON.stringify({ intent: "mark-all-read" })],
        ["text/plain", "intent=mark-all-read"],
      ] as const) {
        const response = await send(server, "/notifications", {
          method: "POST",
          cookie: memberCookie,
          headers: { "Content-Type": type, Origin: server.origin },
          body,
        });
        expect(response).toHaveStatus(415);
      }
      const login = await send(server, "/login", {
        method: "POST",
        headers: { "Content-Type": "application/json", Origin: server.origin },
        body: JSON.stringify({ email: member.email, password: TEST_PASSWORD }),
      });
      expect(login).toHaveStatus(415);
      expect(sessionCookieOf(login)).toBeNull();
    });

    it("answers a text form larger than 1 MiB with 413 before reading it", async () => {
      const response = await postForm(server, "/login", {
        email: member.email,
        password: TEST_PASSWORD,
        padding: "x".repeat(1_100_000),
      });
      expect(response).toHaveStatus(413);
      expect(sessionCookieOf(response)).toBeNull();
    });
  });

  describe("sessions", () => {
    it("sets a HttpOnly, Secure, SameSite=Lax, Path=/ cookie at log-in, with a fresh session each time", async () => {
      const user = await createUser();
      const first = await postForm(server, "/login", { email: user.email, password: TEST_PASSWORD });
      expect(first).toRedirectTo("/dashboard");
      const setCookie = first.headers.getSetCookie().find((c) => c.startsWith("hackpath_session="))!;
      expect(setCookie).toMatch(/; HttpOnly/i);
      expect(setCookie).toMatch(/; Secure/i);
      expect(setCookie).toMatch(/; SameSite=Lax/i);
      expect(setCookie).toMatch(/; Path=\//);
      const cookieA = sessionCookieOf(first)!;
      // Logging in again from the same browser: a new session, and the old cookie stops working.
      const second = await postForm(
        server,
        "/login",
        { email: user.email, password: TEST_PASSWORD },
        { cookie: cookieA },
      );
      const cookieB = sessionCookieOf(second)!;
      expect(cookieB).not.toBe(cookieA);
      expect(await getPage(server, "/dashboard", { cookie: cookieA })).toRedirectTo("/login?redirectTo=%2Fdashboard");
      expect(await getPage(server, "/dashboard", { cookie: cookieB })).toHaveStatus(200);
      // Logging out ends the session: the cookie is cleared and no longer works if replayed.
      const out = await postForm(server, "/logout", {}, { cookie: cookieB });
      expect(out).toHaveStatus(302);
      expect(out.headers.get("Set-Cookie")).toMatch(/hackpath_session=;.*Max-Age=0/i);
      const replay = await getPage(server, "/dashboard", { cookie: cookieB });
      expect(replay).toRedirectTo("/login?redirectTo=%2Fdashboard");
    });

    it("turns away a suspended account with the right password", async () => {
      const user = await createUser({ suspendedAt: new Date() });
      const response = await postForm(server, "/login", { email: user.email, password: TEST_PASSWORD });
      expect(response).toHaveStatus(403);
      expect(sessionCookieOf(response)).toBeNull();
      expect(await response.text()).toMatch(/suspended/);
    });
  });

  describe("forms without JavaScript", () => {
    it("answers a weak password at sign-up with 400 and the reason beside the field", async () => {
      const response = await postForm(server, "/signup", {
        name: "Weak Password",
        email: "weak-http@example.test",
        password: "password123",
        roles: "developer",
      });
      expect(response).toHaveStatus(400);
      const html = await response.text();
      // The message sits in the password field's error element, which the input points to.
      expect(html).toMatch(
        /id="signup-password-error"[^>]*>(?:<span[^>]*>Error: <\/span>)?This is one of the most common passwords/,
      );
      expect(html).toMatch(/aria-describedby="[^"]*signup-password-error/);
      expect(html).toContain('value="weak-http@example.test"');
      expect(html).not.toContain('value="password123"');
    });

    it("answers an unknown email and a wrong password alike", async () => {
      const unknown = await postForm(server, "/login", {
        email: "nobody-http@example.test",
        password: "some long password",
      });
      const wrong = await postForm(server, "/login", { email: member.email, password: "some long password" });
      expect(unknown).toHaveStatus(400);
      expect(wrong).toHaveStatus(400);
      const message = /The email address or password is not right\. Check them and try again\./;
      expect(await unknown.text()).toMatch(message);
      expect(await wrong.text()).toMatch(message);
    });
  });
});

describe("rate limits over HTTP", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServerWithDb({ env: { WRITE_RATE_LIMIT: "40" } });
  });
  afterAll(() => server?.stop());

  it("answers the eleventh wrong password in a minute with 429, Retry-After and when to try again", async () => {
    const user = await createUser();
    for (let i = 1; i <= 10; i++) {
      const response = await postForm(server, "/login", { email: user.email, password: `wrong guess number ${i}` });
      expect(response, `attempt ${i}`).toHaveStatus(400);
      await response.arrayBuffer();
    }
    const eleventh = await postForm(server, "/login", { email: user.email, password: TEST_PASSWORD });
    expect(eleventh).toHaveStatus(429);
    const retryAfter = Number(eleventh.headers.get("Retry-After"));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(sessionCookieOf(eleventh)).toBeNull();
    const html = await eleventh.text();
    expect(html).toMatch(
      /Too many attempts\. For your security, please wait \d+ (?:seconds?|minutes?) \(until (?:\d{1,2}(?::\d\d)?[ap]m|midday|midnight)\) and try again\./,
    );
    expect(html).toContain('<h1 class="text-3xl">Sign in</h1>');
  });

  it("answers other writes past the general limit with a 429 page, counted in the database", async () => {
    const user = await createUser();
    const cookie = await sessionCookieFor(user.id);
    const statuses: number[] = [];
    let last: Response | undefined;
    for (let i = 0; i < 40; i++) {
      last = await postForm(server, "/notifications", { intent: "mark-all-read" }, { cookie });
      statuses.push(last.status);
      await last.arrayBuffer();
    }
    // 11 log-in posts above also counted against this address.
    expect(statuses).toContain(302);
    expect(statuses.at(-1)).toBe(429);
    const refused = await postForm(server, "/notifications", { intent: "mark-all-read" }, { cookie });
    expect(refused).toHaveStatus(429);
    expect(refused.headers.get("Retry-After")).toMatch(/^\d+$/);
    expect(await refused.text()).toMatch(/Too many requests[\s\S]*try again/);
    expect(
      (await getWriterDb().select().from(s.rateLimits)).some((r) => r.key.startsWith("write:ip:") && r.count > 40),
    ).toBe(true);
    // Reading is never limited.
    expect(await getPage(server, "/dashboard", { cookie })).toHaveStatus(200);
  });
});
