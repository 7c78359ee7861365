import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { LOGIN_FAILED_MESSAGE, SUSPENDED_MESSAGE } from "../../app/auth/login.server";
import { action as loginAction, loader as loginLoader } from "../../app/routes/login";
import { action as logoutAction, loader as logoutLoader } from "../../app/routes/logout";
import { action as signupAction, loader as signupLoader } from "../../app/routes/signup";
import { getWriterDb } from "../../app/utils/db.server";
import * as s from "../../db/schema";
import { createUser, TEST_PASSWORD } from "../factories";
import { formRequest, makeRequest, run } from "../request";
import { cookieSignsIn, errorsOf, freshContext, outcome, sessionCookieFrom } from "./auth-helpers";
import { withFreshDatabase } from "../setup/fresh-database";

withFreshDatabase();

async function logIn(
  fields: Record<string, string>,
  { context = freshContext(), cookie }: { context?: ReturnType<typeof freshContext>; cookie?: string } = {},
) {
  const request = await formRequest("/login", fields);
  if (cookie) request.headers.set("Cookie", cookie);
  return outcome(await run(() => loginAction({ request, params: {}, context })));
}

async function auditRows(action: string) {
  return getWriterDb().select().from(s.auditEvents).where(eq(s.auditEvents.action, action));
}

describe("/login", () => {
  it("shows the form to anonymous people and sends signed-in people to their dashboard", async () => {
    const page = await outcome(
      await run(async () =>
        loginLoader({
          request: await makeRequest("/login?redirectTo=%2Fproblems%3Fpage%3D2"),
          params: {},
          context: {},
        }),
      ),
    );
    expect(page).toHaveStatus(200);
    expect(page.data).toEqual({ redirectTo: "/problems?page=2" });
    const user = await createUser();
    const signedIn = await outcome(
      await run(async () =>
        loginLoader({ request: await makeRequest("/login", { userId: user.id }), params: {}, context: {} }),
      ),
    );
    expect(signedIn).toRedirectTo("/dashboard");
  });

  it("signs a person in with a new HttpOnly, SameSite=Lax, Path=/ session cookie and records it", async () => {
    const user = await createUser({ email: "ada@example.test" });
    const result = await logIn({ email: "  Ada@Example.test ", password: TEST_PASSWORD });
    expect(result).toRedirectTo("/dashboard");
    const setCookie = result.headers.get("Set-Cookie")!;
    expect(setCookie).toMatch(/^hackpath_session=[A-Za-z0-9_-]{27};/);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    expect(setCookie).toMatch(/Path=\//);
    expect(setCookie).not.toMatch(/Secure/i); // only in production; the HTTP tests check that
    expect(await cookieSignsIn(sessionCookieFrom(result.headers)!)).toBe(user.id);
    // The cookie's token is not what is stored: only its SHA-256.
    const token = sessionCookieFrom(result.headers)!.split("=")[1]!;
    const rows = await getWriterDb()
      .select({ id: s.sessions.id })
      .from(s.sessions)
      .where(eq(s.sessions.userId, user.id));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.id).not.toContain(token);
    expect(rows[0]!.id).toMatch(/^[0-9a-f]{64}$/);
    expect((await auditRows("login")).some((e) => e.objectId === user.id)).toBe(true);
    const [row] = await getWriterDb()
      .select({ lastLoginAt: s.users.lastLoginAt })
      .from(s.users)
      .where(eq(s.users.id, user.id));
    expect(row!.lastLoginAt).not.toBeNull();
  });

  it("goes back to a same-site redirectTo, and never to another site", async () => {
    const user = await createUser();
    const cases: [string, string][] = [
      ["/problems?page=2", "/problems?page=2"],
      ["https://evil.example/", "/dashboard"],
      ["//evil.example/", "/dashboard"],
      ["/\\evil.example", "/dashboard"],
    ];
    for (const [redirectTo, expected] of cases) {
      const result = await logIn({ email: user.email, password: TEST_PASSWORD, redirectTo });
      expect(result, redirectTo).toRedirectTo(expected);
    }
  });

  it("gives the same answer for an unknown email and a wrong password, without revealing which", async () => {
    const user = await createUser();
    const unknown = await logIn({ email: "nobody-here@example.test", password: TEST_PASSWORD });
    const wrong = await logIn({ email: user.email, password: "not the right password" });
    expect(unknown).toHaveStatus(400);
    expect(wrong.status).toBe(unknown.status);
    expect(errorsOf(unknown.data)).toEqual({ "": [LOGIN_FAILED_MESSAGE] });
    expect(errorsOf(wrong.data)).toEqual(errorsOf(unknown.data));
    expect(unknown.headers.get("Set-Cookie")).toBeNull();
    expect(wrong.headers.get("Set-Cookie")).toBeNull();
    // The typed email is kept, the password is not sent back.
    expect((wrong.data as { initialValue: Record<string, unknown> }).initialValue).toMatchObject({ email: user.email });
    expect((wrong.data as { initialValue: Record<string, unknown> }).initialValue.password).toBeUndefined();
    const failed = await auditRows("login.failed");
    expect(failed.some((e) => e.objectId === null && (e.after as { reason: string }).reason === "unknown_email")).toBe(
      true,
    );
    expect(
      failed.some((e) => e.objectId === user.id && (e.after as { reason: string }).reason === "wrong_password"),
    ).toBe(true);
  });

  it("spends about as long on an unknown email as on a wrong password", async () => {
    const user = await createUser();
    await logIn({ email: "warm-up@example.test", password: "x" }); // the dummy hash is made once
    const time = async (email: string) => {
      const started = performance.now();
      await logIn({ email, password: "a wrong password entirely" });
      return performance.now() - started;
    };
    const unknown: number[] = [];
    const wrong: number[] = [];
    // Interleaved, and compared by median, so a busy machine slows both alike. Not a benchmark:
    // it fails if one path skips the argon2 verification (then it is 10–100 times faster).
    for (let i = 0; i < 5; i++) {
      unknown.push(await time(`ghost${i}@example.test`));
      wrong.push(await time(user.email));
    }
    const median = (xs: number[]) => xs.sort((a, b) => a - b)[2]!;
    expect(median(unknown)).toBeGreaterThan(median(wrong) * 0.4);
    expect(median(unknown)).toBeLessThan(median(wrong) * 2.5);
  });

  it("refuses a suspended account, and only says so to someone who knows the password", async () => {
    const user = await createUser({ suspendedAt: new Date(), suspendedReason: "Spam" });
    const right = await logIn({ email: user.email, password: TEST_PASSWORD });
    expect(right).toHaveStatus(403);
    expect(errorsOf(right.data)[""]).toEqual([SUSPENDED_MESSAGE]);
    expect(right.headers.get("Set-Cookie")).toBeNull();
    const wrong = await logIn({ email: user.email, password: "guessing at random" });
    expect(wrong).toHaveStatus(400);
    expect(errorsOf(wrong.data)[""]).toEqual([LOGIN_FAILED_MESSAGE]);
    expect(await getWriterDb().select().from(s.sessions).where(eq(s.sessions.userId, user.id))).toHaveLength(0);
  });

  it("starts a new session at every log-in and ends the one the browser had (session fixation)", async () => {
    const user = await createUser();
    const first = await logIn({ email: user.email, password: TEST_PASSWORD });
    const firstCookie = sessionCookieFrom(first.headers)!;
    const second = await logIn({ email: user.email, password: TEST_PASSWORD }, { cookie: firstCookie });
    const secondCookie = sessionCookieFrom(second.headers)!;
    expect(secondCookie).not.toBe(firstCookie);
    expect(await cookieSignsIn(firstCookie)).toBeNull();
    expect(await cookieSignsIn(secondCookie)).toBe(user.id);
  });

  it("answers 400 with field errors and keeps the email when the form is incomplete", async () => {
    const result = await logIn({ email: "not-an-email", password: "" });
    expect(result).toHaveStatus(400);
    expect(errorsOf(result.data).email?.[0]).toMatch(/correct format/);
    expect(errorsOf(result.data).password?.[0]).toMatch(/Enter your password/);
  });
});

describe("rate limits on log-in", () => {
  it("answers the eleventh attempt in a minute on one account with 429 and when to try again", async () => {
    const user = await createUser();
    for (let i = 1; i <= 10; i++) {
      const result = await logIn({ email: user.email, password: `wrong password ${i}` }, { context: freshContext() });
      expect(result, `attempt ${i}`).toHaveStatus(400);
    }
    // From another address, and with the right password: the account is still resting.
    const eleventh = await logIn({ email: user.email, password: TEST_PASSWORD }, { context: freshContext() });
    expect(eleventh).toHaveStatus(429);
    const retryAfter = Number(eleventh.headers.get("Retry-After"));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(errorsOf(eleventh.data)[""]?.[0]).toMatch(
      /Too many attempts\. .*wait \d+ (?:seconds?|minutes?) \(until (?:\d{1,2}(?::\d\d)?[ap]m|midday|midnight)\) and try again/,
    );
    expect(eleventh.headers.get("Set-Cookie")).toBeNull();
    expect(
      (await auditRows("login.failed")).some(
        (e) => e.objectId === user.id && (e.after as { reason: string }).reason === "rate_limited",
      ),
    ).toBe(true);
  });

  it("limits one IP address across many accounts", async () => {
    const context = freshContext();
    for (let i = 1; i <= 10; i++)
      expect(await logIn({ email: `spray${i}@example.test`, password: "Password123" }, { context })).toHaveStatus(400);
    expect(await logIn({ email: "spray11@example.test", password: "Password123" }, { context })).toHaveStatus(429);
  });

  it("keeps counting in the database, so a restart does not reset it", async () => {
    const user = await createUser();
    for (let i = 0; i < 3; i++) await logIn({ email: user.email, password: "wrong wrong wrong" });
    const rows = await getWriterDb().select().from(s.rateLimits);
    expect(rows.some((r) => r.key.startsWith("login:account:") && r.count === 3)).toBe(true);
    // Keys are hashed: neither the email nor the IP address is stored.
    expect(rows.some((r) => r.key.includes(user.email))).toBe(false);
  });
});

describe("/logout", () => {
  it("ends the session so the old cookie no longer works, and clears the cookie", async () => {
    const user = await createUser();
    const login = await logIn({ email: user.email, password: TEST_PASSWORD });
    const cookie = sessionCookieFrom(login.headers)!;
    const request = await makeRequest("/logout", { method: "POST" });
    request.headers.set("Cookie", cookie);
    const result = await outcome(await run(() => logoutAction({ request, params: {}, context: {} })));
    expect(result).toRedirectTo("/");
    expect(result.headers.get("Set-Cookie")).toMatch(/^hackpath_session=;.*Max-Age=0/i);
    expect(await cookieSignsIn(cookie)).toBeNull();
  });

  it("does not sign out on GET, and sends anonymous people home", async () => {
    const user = await createUser();
    const page = await outcome(
      await run(async () =>
        logoutLoader({ request: await makeRequest("/logout", { userId: user.id }), params: {}, context: {} }),
      ),
    );
    expect(page).toHaveStatus(200);
    const anonymous = await outcome(
      await run(async () => logoutLoader({ request: await makeRequest("/logout"), params: {}, context: {} })),
    );
    expect(anonymous).toHaveStatus(302);
  });
});

describe("/signup", () => {
  const valid = {
    name: "Grace Hopper",
    email: "grace@example.test",
    password: "tea kettle lantern orbit",
    organisation: "Leeds Teaching Hospitals",
    roles: ["clinician", "mentor"],
  };
  const signUp = async (fields: Record<string, string | string[]>, context = freshContext()) =>
    outcome(
      await run(async () => signupAction({ request: await formRequest("/signup", fields), params: {}, context })),
    );

  it("creates an account with its roles, signs the person in and records the sign-up", async () => {
    const result = await signUp(valid);
    expect(result).toRedirectTo("/dashboard?welcome=1");
    const [user] = await getWriterDb().select().from(s.users).where(eq(s.users.email, "grace@example.test"));
    expect(user).toMatchObject({ name: "Grace Hopper", organisation: "Leeds Teaching Hospitals" });
    expect(user!.passwordHash).toMatch(/^\$argon2id\$/);
    const roles = await getWriterDb()
      .select({ role: s.userRoles.role })
      .from(s.userRoles)
      .where(eq(s.userRoles.userId, user!.id));
    expect(roles.map((r) => r.role).sort()).toEqual(["clinician", "mentor"]);
    expect(await cookieSignsIn(sessionCookieFrom(result.headers)!)).toBe(user!.id);
    expect((await auditRows("signup")).some((e) => e.objectId === user!.id)).toBe(true);
  });

  it("refuses a common password with the reason beside the password field, keeping the rest", async () => {
    const result = await signUp({ ...valid, email: "weak@example.test", password: "Password123" });
    expect(result).toHaveStatus(400);
    expect(errorsOf(result.data).password?.[0]).toMatch(/most common passwords/);
    expect((result.data as { initialValue: Record<string, unknown> }).initialValue).toMatchObject({
      name: "Grace Hopper",
      email: "weak@example.test",
    });
    expect(await getWriterDb().select().from(s.users).where(eq(s.users.email, "weak@example.test"))).toHaveLength(0);
  });

  it("refuses a short password with the reason beside the field", async () => {
    const result = await signUp({ ...valid, email: "short@example.test", password: "abc12345" });
    expect(result).toHaveStatus(400);
    expect(errorsOf(result.data).password?.[0]).toMatch(/at least 10 characters/);
  });

  it("refuses an email address already in use", async () => {
    const existing = await createUser();
    const result = await signUp({ ...valid, email: existing.email.toUpperCase() });
    expect(result).toHaveStatus(400);
    expect(errorsOf(result.data).email?.[0]).toMatch(/already an account/);
  });

  it("asks for at least one role and never grants organiser or admin", async () => {
    expect(errorsOf((await signUp({ ...valid, email: "noroles@example.test", roles: [] })).data).roles?.[0]).toMatch(
      /at least one role/,
    );
    const sneaky = await signUp({ ...valid, email: "sneaky@example.test", roles: ["developer", "admin"] });
    expect(sneaky).toHaveStatus(400);
    expect(await getWriterDb().select().from(s.users).where(eq(s.users.email, "sneaky@example.test"))).toHaveLength(0);
  });

  it("turns away a bot that fills the honeypot", async () => {
    const result = await signUp({ ...valid, email: "bot@example.test", website: "http://spam.example" });
    expect(result).toHaveStatus(400);
    expect(await getWriterDb().select().from(s.users).where(eq(s.users.email, "bot@example.test"))).toHaveLength(0);
  });

  it("answers the eleventh sign-up from one address in a minute with 429", async () => {
    const context = freshContext();
    for (let i = 1; i <= 10; i++) await signUp({ ...valid, email: `many${i}@example.test` }, context);
    const eleventh = await signUp({ ...valid, email: "many11@example.test" }, context);
    expect(eleventh).toHaveStatus(429);
    expect(eleventh.headers.get("Retry-After")).toMatch(/^\d+$/);
    expect(await getWriterDb().select().from(s.users).where(eq(s.users.email, "many11@example.test"))).toHaveLength(0);
  });

  it("sends signed-in people to their dashboard", async () => {
    const user = await createUser();
    const result = await outcome(
      await run(async () =>
        signupLoader({ request: await makeRequest("/signup", { userId: user.id }), params: {}, context: {} }),
      ),
    );
    expect(result).toHaveStatus(302);
    const roles = await getWriterDb()
      .select()
      .from(s.userRoles)
      .where(and(eq(s.userRoles.userId, user.id)));
    expect(roles).toHaveLength(0);
  });
});
