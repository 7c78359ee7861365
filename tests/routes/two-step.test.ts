import { decodeBase32IgnorePadding } from "@oslojs/encoding";
import { generateHOTP, generateTOTP } from "@oslojs/otp";
import { createHash } from "node:crypto";
import { and, asc, eq } from "drizzle-orm";
import { afterEach, describe, expect, it, vi } from "vitest";
import { getAuth } from "../../app/auth/session.server";
import { newRecoveryCodes } from "../../app/auth/two-step.server";
import { TWO_STEP_REQUIRED_MESSAGE } from "../../app/domain/two-step";
import { action as hackDayAction, loader as hackDayLoader } from "../../app/routes/hack-days.new";
import { action as loginAction } from "../../app/routes/login";
import { action as twoStepAction, loader as twoStepLoader } from "../../app/routes/login_.two-step";
import { action as settingsAction, loader as settingsLoader } from "../../app/routes/settings_.two-step/route";
import { getWriterDb } from "../../app/utils/db.server";
import * as s from "../../db/schema";
import { createUser, TEST_PASSWORD } from "../factories";
import { cookieFrom, formRequest, makeRequest, run } from "../request";
import { oneRow } from "../rows";
import { cookieSignsIn, errorsOf, freshContext, outcome } from "./auth-helpers";
import { withFreshDatabase } from "../setup/fresh-database";

withFreshDatabase();

afterEach(() => {
  vi.useRealTimers();
  delete process.env.APP_ORIGIN;
});

const db = () => getWriterDb();
const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

/** The app's code now, as an authenticator shows it. */
const codeNow = (secret: string) => generateTOTP(decodeBase32IgnorePadding(secret), 30, 6);
/** The code `steps` 30-second steps from now. */
const codeAt = (secret: string, steps: number) =>
  generateHOTP(decodeBase32IgnorePadding(secret), BigInt(Math.floor(Date.now() / 30_000) + steps), 6);
/** A six-digit code that is none of the three accepted now. */
function wrongCode(secret: string): string {
  const accepted = new Set([-1, 0, 1].map((step) => codeAt(secret, step)));
  for (let n = 0; ; n++) {
    const code = String(n).padStart(6, "0");
    if (!accepted.has(code)) return code;
  }
}
/** Moves the clock on (Date only: the database and timers keep running). */
function advance(seconds: number) {
  const now = Date.now();
  if (!vi.isFakeTimers()) vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(now + seconds * 1000);
}

/** All the `name=value` pairs a response sets, by name. */
function setCookies(headers: Headers): Record<string, string> {
  return Object.fromEntries(
    headers.getSetCookie().map((c) => {
      const pair = cookieFrom(c);
      return [pair.slice(0, pair.indexOf("=")), c];
    }),
  );
}

async function logIn(fields: Record<string, string>, context = freshContext()) {
  const request = await formRequest("/login", fields);
  return outcome(await run(() => loginAction({ request, params: {}, context })));
}

/** Signs in with the password and returns the half-done sign-in's cookie (`name=value`). */
async function passwordStep(email: string, context = freshContext(), redirectTo?: string) {
  const result = await logIn({ email, password: TEST_PASSWORD, ...(redirectTo ? { redirectTo } : {}) }, context);
  expect(result).toRedirectTo("/login/two-step");
  return cookieFrom(setCookies(result.headers).hackpath_two_step!);
}

async function sendCode(cookie: string, code: string, context = freshContext()) {
  const request = await formRequest("/login/two-step", { code });
  request.headers.set("Cookie", cookie);
  return outcome(await run(() => twoStepAction({ request, params: {}, context })));
}

async function settings(cookieOrUserId: string | number, fields?: Record<string, string>, query = "") {
  const path = `/settings/two-step${query}`;
  const request = fields
    ? await formRequest(path, fields, typeof cookieOrUserId === "number" ? { userId: cookieOrUserId } : {})
    : await makeRequest(path, typeof cookieOrUserId === "number" ? { userId: cookieOrUserId } : {});
  if (typeof cookieOrUserId === "string") request.headers.set("Cookie", cookieOrUserId);
  if (fields) return outcome(await run(() => settingsAction({ request, params: {}, context: freshContext() })));
  return outcome(await run(() => settingsLoader({ request, params: {}, context: {} })));
}

function account(userId: number) {
  return oneRow(
    db()
      .select({ secret: s.users.totpSecret, enabledAt: s.users.totpEnabledAt })
      .from(s.users)
      .where(eq(s.users.id, userId)),
  );
}
const sessionsOf = (userId: number) =>
  db().select({ id: s.sessions.id }).from(s.sessions).where(eq(s.sessions.userId, userId));
const challengesOf = (userId: number) =>
  db().select().from(s.loginChallenges).where(eq(s.loginChallenges.userId, userId));
const auditOf = (userId: number, action: string) =>
  db()
    .select({ after: s.auditEvents.after })
    .from(s.auditEvents)
    .where(and(eq(s.auditEvents.objectId, userId), eq(s.auditEvents.action, action)))
    .orderBy(asc(s.auditEvents.id));

/** Gives a user ten recovery codes and returns them as shown. */
async function giveRecoveryCodes(userId: number): Promise<string[]> {
  const { codes, hashes } = newRecoveryCodes();
  await db()
    .insert(s.recoveryCodes)
    .values(hashes.map((codeHash) => ({ userId, codeHash })));
  return codes;
}

describe("setting two-step sign-in up at /settings/two-step", () => {
  it("keeps a new 160-bit secret pending, shows it as a QR code and as grouped text, and turns nothing on", async () => {
    const user = await createUser({ roles: ["developer"], email: "dev@example.test" });
    expect(await settings(user.id, { intent: "start" })).toRedirectTo("/settings/two-step#setup");
    const { secret, enabledAt } = await account(user.id);
    expect(secret).toMatch(/^[A-Z2-7]{32}$/); // 32 base32 characters: 160 bits
    expect(enabledAt).toBeNull();
    const page = await settings(user.id);
    expect(page).toHaveStatus(200);
    const { settings: shown } = page.data as {
      settings: { enabled: boolean; pending: { secretGroups: string[]; qrSvg: string } };
    };
    expect(shown.enabled).toBe(false);
    expect(shown.pending.secretGroups).toHaveLength(8);
    expect(shown.pending.secretGroups.join("")).toBe(secret);
    expect(shown.pending.qrSvg).toMatch(/^<svg width="100%" height="100%" aria-hidden="true"/);
    // A second start replaces the key (a fresh QR code for someone who scanned the wrong one).
    await settings(user.id, { intent: "start" });
    expect((await account(user.id)).secret).not.toBe(secret);
  });

  it("turns on only with a right code from the app, then shows ten recovery codes once and stores only their hashes", async () => {
    const user = await createUser({ roles: ["developer"] });
    await settings(user.id, { intent: "start" });
    const { secret } = await account(user.id);
    const wrong = await settings(user.id, { intent: "confirm", code: wrongCode(secret!) });
    expect(wrong).toHaveStatus(400);
    expect(errorsOf(wrong.data).code).toEqual([
      "That code is not right. Check the code your app shows now and try again.",
    ]);
    expect((await account(user.id)).enabledAt).toBeNull();

    const right = await settings(user.id, { intent: "confirm", code: codeNow(secret!) });
    expect(right).toHaveStatus(200);
    const { codes } = right.data as { codes: string[] };
    expect(codes).toHaveLength(10);
    for (const code of codes) expect(code).toMatch(/^[a-z2-7]{5}-[a-z2-7]{5}$/);
    expect(new Set(codes).size).toBe(10);
    expect((await account(user.id)).enabledAt).not.toBeNull();
    const stored = await db()
      .select({ codeHash: s.recoveryCodes.codeHash })
      .from(s.recoveryCodes)
      .where(eq(s.recoveryCodes.userId, user.id));
    expect(stored.map((r) => r.codeHash).sort()).toEqual(codes.map((c) => sha256(c.replace("-", ""))).sort());
    expect(await auditOf(user.id, "two_step.enabled")).toHaveLength(1);

    // From now on the page shows neither the secret nor the codes.
    const page = await settings(user.id);
    expect(page.data).toMatchObject({ settings: { enabled: true, pending: null, codesLeft: 10 } });
    const json = JSON.stringify(page.data);
    expect(json).not.toContain(secret!.slice(0, 8));
    for (const code of codes) expect(json).not.toContain(code);
  });

  it("refuses the app's code of a moment ago for set-up too (each code works once)", async () => {
    const user = await createUser({ roles: ["developer"] });
    await settings(user.id, { intent: "start" });
    const { secret } = await account(user.id);
    const code = codeNow(secret!);
    // Somebody else's first try fails but they used the right code: here the first confirm succeeds…
    expect(await settings(user.id, { intent: "confirm", code })).toHaveStatus(200);
    // …and the same code cannot turn two-step sign-in off.
    const off = await settings(user.id, { intent: "off", password: TEST_PASSWORD, code });
    expect(off).toHaveStatus(400);
    expect(errorsOf(off.data).code).toEqual(["That code has already been used. Wait for your app to show a new one."]);
    expect((await account(user.id)).enabledAt).not.toBeNull();
  });

  it("turns off only with the password and a code, and never for a role that requires it", async () => {
    const user = await createUser({ roles: ["developer"], twoStep: true });
    const { secret } = await account(user.id);
    await giveRecoveryCodes(user.id);

    const wrongPassword = await settings(user.id, {
      intent: "off",
      password: "not my password",
      code: codeNow(secret!),
    });
    expect(wrongPassword).toHaveStatus(400);
    expect(errorsOf(wrongPassword.data).password).toEqual(["Your password is not right"]);
    const wrong = await settings(user.id, { intent: "off", password: TEST_PASSWORD, code: wrongCode(secret!) });
    expect(wrong).toHaveStatus(400);
    expect(errorsOf(wrong.data).code).toEqual([
      "That code is not right. Check the code your app shows now and try again.",
    ]);
    const noCode = await settings(user.id, { intent: "off", password: TEST_PASSWORD });
    expect(noCode).toHaveStatus(400);
    expect((await account(user.id)).enabledAt).not.toBeNull();

    const off = await settings(user.id, { intent: "off", password: TEST_PASSWORD, code: codeNow(secret!) });
    expect(off).toRedirectTo("/settings/two-step?notice=two-step-off");
    expect(await account(user.id)).toEqual({ secret: null, enabledAt: null });
    expect(await db().select().from(s.recoveryCodes).where(eq(s.recoveryCodes.userId, user.id))).toHaveLength(0);
    expect(await auditOf(user.id, "two_step.disabled")).toHaveLength(1);

    const organiser = await createUser({ roles: ["organiser"] });
    const refused = await settings(organiser.id, {
      intent: "off",
      password: TEST_PASSWORD,
      code: codeNow((await account(organiser.id)).secret!),
    });
    expect(refused).toHaveStatus(403);
    expect(errorsOf(refused.data)[""]).toEqual([
      "Two-step sign-in stays on for organisers and admins: their roles require it.",
    ]);
    expect((await account(organiser.id)).enabledAt).not.toBeNull();
  });

  it("makes ten new recovery codes with the password, and the old ones stop working", async () => {
    const user = await createUser({ roles: ["developer"], twoStep: true });
    const [old] = await giveRecoveryCodes(user.id);
    expect(await settings(user.id, { intent: "codes", password: "wrong password here" })).toHaveStatus(400);
    const made = await settings(user.id, { intent: "codes", password: TEST_PASSWORD });
    expect(made).toHaveStatus(200);
    const { codes } = made.data as { codes: string[] };
    expect(codes).toHaveLength(10);
    expect(await auditOf(user.id, "two_step.recovery_codes_replaced")).toHaveLength(1);
    const cookie = await passwordStep(user.email);
    expect(await sendCode(cookie, old!)).toHaveStatus(400);
    expect(await sendCode(cookie, codes[0]!)).toRedirectTo(/notice=recovery-code-used/);
  });
});

describe("signing in with two-step sign-in on", () => {
  it("creates no session after the password, only a half-done sign-in held in a short-lived cookie", async () => {
    const user = await createUser({ roles: ["developer"], twoStep: true });
    const result = await logIn({ email: user.email, password: TEST_PASSWORD, redirectTo: "/problems?page=2" });
    expect(result).toRedirectTo("/login/two-step");
    const cookies = setCookies(result.headers);
    expect(Object.keys(cookies)).toEqual(["hackpath_two_step"]);
    const cookie = cookies.hackpath_two_step!;
    expect(cookie).toMatch(/^hackpath_two_step=[A-Za-z0-9_-]{27}; Path=\/login; Max-Age=300; HttpOnly; SameSite=Lax$/);
    expect(await sessionsOf(user.id)).toHaveLength(0);
    const [challenge] = await challengesOf(user.id);
    expect(challenge!.tokenHash).toBe(sha256(cookieFrom(cookie).split("=")[1]!));
    expect(challenge!.redirectTo).toBe("/problems?page=2");
    expect(challenge!.expiresAt.getTime() - Date.now()).toBeGreaterThan(295_000);
    expect(challenge!.expiresAt.getTime() - Date.now()).toBeLessThanOrEqual(300_000);
    expect(await auditOf(user.id, "login")).toHaveLength(0);

    // The code page opens with the cookie, and without it sends the person back to the password.
    const page = await run(async () => {
      const request = await makeRequest("/login/two-step", { headers: { Cookie: cookieFrom(cookie) } });
      return twoStepLoader({ request, params: {}, context: {} });
    });
    expect(await outcome(page)).toHaveStatus(200);
    const none = await run(async () =>
      twoStepLoader({ request: await makeRequest("/login/two-step"), params: {}, context: {} }),
    );
    expect(await outcome(none)).toRedirectTo("/login?notice=two-step-expired");
  });

  it("signs in with the right code from the app, and not with a wrong one", async () => {
    const user = await createUser({ roles: ["developer"], twoStep: true });
    const { secret } = await account(user.id);
    const cookie = await passwordStep(user.email, freshContext(), "/problems?page=2");

    const wrong = await sendCode(cookie, wrongCode(secret!));
    expect(wrong).toHaveStatus(400);
    expect(errorsOf(wrong.data).code).toEqual([
      "That code is not right. Check the code your app shows now, or use a recovery code. 4 tries left before you have to sign in again.",
    ]);
    expect(wrong.headers.get("Set-Cookie")).toBeNull();
    expect(await sessionsOf(user.id)).toHaveLength(0);

    const right = await sendCode(cookie, ` ${codeNow(secret!).slice(0, 3)} ${codeNow(secret!).slice(3)} `);
    expect(right).toRedirectTo("/problems?page=2");
    const cookies = setCookies(right.headers);
    expect(await cookieSignsIn(cookieFrom(cookies.hackpath_session!))).toBe(user.id);
    expect(cookies.hackpath_two_step).toMatch(/^hackpath_two_step=; .*Max-Age=0/);
    expect(await challengesOf(user.id)).toHaveLength(0);
    expect(await auditOf(user.id, "login")).toHaveLength(1);
    expect(await auditOf(user.id, "login.failed")).toEqual([{ after: { reason: "wrong_code" } }]);
    // The half-done sign-in is used up: the same cookie cannot sign in again.
    expect(await sendCode(cookie, codeNow(secret!))).toRedirectTo("/login?notice=two-step-expired");
  });

  it("accepts the code of the step before or after (a slow clock), not two steps away, and each code once", async () => {
    const user = await createUser({ roles: ["developer"], twoStep: true });
    const { secret } = await account(user.id);
    const cookie = await passwordStep(user.email);
    expect(await sendCode(cookie, codeAt(secret!, 2))).toHaveStatus(400);
    expect(await sendCode(cookie, codeAt(secret!, -1))).toRedirectTo("/dashboard");

    const again = await passwordStep(user.email);
    const replay = await sendCode(again, codeAt(secret!, -1));
    expect(replay).toHaveStatus(400);
    expect(errorsOf(replay.data).code![0]).toMatch(/^That code has already been used\./);
  });

  it("voids the half-done sign-in at the fifth wrong code: the person starts again with the password", async () => {
    const user = await createUser({ roles: ["developer"], twoStep: true });
    const { secret } = await account(user.id);
    const cookie = await passwordStep(user.email);
    for (let i = 4; i >= 1; i--) {
      const wrong = await sendCode(cookie, wrongCode(secret!));
      expect(errorsOf(wrong.data).code![0]).toContain(`${i} ${i === 1 ? "try" : "tries"} left`);
    }
    const fifth = await sendCode(cookie, wrongCode(secret!));
    expect(fifth).toRedirectTo("/login?notice=two-step-locked");
    expect(setCookies(fifth.headers).hackpath_two_step).toMatch(/Max-Age=0/);
    expect(await challengesOf(user.id)).toHaveLength(0);
    expect(await sendCode(cookie, codeNow(secret!))).toRedirectTo("/login?notice=two-step-expired");
    expect(await sessionsOf(user.id)).toHaveLength(0);
    expect((await auditOf(user.id, "login.failed")).at(-1)).toEqual({ after: { reason: "too_many_codes" } });
  });

  it("gives 5 minutes: a right code after that is refused and the person signs in again", async () => {
    const user = await createUser({ roles: ["developer"], twoStep: true });
    const { secret } = await account(user.id);
    const late = await passwordStep(user.email);
    const inTime = await passwordStep(user.email);
    advance(4 * 60 + 50);
    expect(await sendCode(inTime, codeNow(secret!))).toRedirectTo("/dashboard");
    advance(15);
    expect(await sendCode(late, codeAt(secret!, 1))).toRedirectTo("/login?notice=two-step-expired");
    expect(await sessionsOf(user.id)).toHaveLength(1);
  });

  it("signs in once with each recovery code and says how many are left", async () => {
    const user = await createUser({ roles: ["developer"], twoStep: true });
    const codes = await giveRecoveryCodes(user.id);
    const cookie = await passwordStep(user.email, freshContext(), "/problems");
    const used = await sendCode(cookie, ` ${codes[3]!.toUpperCase().replace("-", " ")} `);
    expect(used).toRedirectTo("/settings/two-step?redirectTo=%2Fproblems&notice=recovery-code-used");
    const session = cookieFrom(setCookies(used.headers).hackpath_session!);
    expect(await cookieSignsIn(session)).toBe(user.id);
    const page = await settings(session, undefined, "?redirectTo=%2Fproblems&notice=recovery-code-used");
    expect(page.data).toMatchObject({ settings: { codesLeft: 9 }, continueTo: "/problems" });
    expect(await auditOf(user.id, "two_step.recovery_code_used")).toEqual([{ after: { remaining: 9 } }]);

    const again = await passwordStep(user.email);
    expect(await sendCode(again, codes[3]!)).toHaveStatus(400);
    expect(await sendCode(again, codes[4]!)).toRedirectTo(/notice=recovery-code-used/);
  });

  it("answers 429 with Retry-After when one account gets too many codes, across half-done sign-ins", async () => {
    const user = await createUser({ roles: ["developer"], twoStep: true });
    const { secret } = await account(user.id);
    for (let round = 0; round < 2; round++) {
      const cookie = await passwordStep(user.email);
      for (let i = 0; i < 5; i++) await sendCode(cookie, wrongCode(secret!));
    }
    const cookie = await passwordStep(user.email);
    const limited = await sendCode(cookie, codeNow(secret!));
    expect(limited).toHaveStatus(429);
    expect(Number(limited.headers.get("Retry-After"))).toBeGreaterThan(0);
    expect(errorsOf(limited.data)[""]![0]).toMatch(/^Too many attempts\. For your security, please wait/);
    expect(await sessionsOf(user.id)).toHaveLength(0);
  });
});

describe("admins and organisers must use two-step sign-in", () => {
  it("signs an organiser without it in, sends them to set it up, and keeps organiser pages from them until they do", async () => {
    const organiser = await createUser({ roles: ["clinician", "organiser"], twoStep: false });
    const result = await logIn({ email: organiser.email, password: TEST_PASSWORD, redirectTo: "/hack-days/new" });
    expect(result).toRedirectTo("/settings/two-step?redirectTo=%2Fhack-days%2Fnew&notice=two-step-required");
    const session = cookieFrom(setCookies(result.headers).hackpath_session!);
    const auth = await getAuth(new Request("http://localhost:3000/", { headers: { Cookie: session } }));
    expect(auth!.user).toMatchObject({ roles: ["clinician"], withheldRoles: ["organiser"] });

    const page = await run(async () =>
      hackDayLoader({
        request: await makeRequest("/hack-days/new", { headers: { Cookie: session } }),
        params: {},
        context: {},
      }),
    );
    expect(await outcome(page)).toRedirectTo(
      "/settings/two-step?redirectTo=%2Fhack-days%2Fnew&notice=two-step-required",
    );
    const post = await formRequest("/hack-days/new", { name: "Sneaky hack day" });
    post.headers.set("Cookie", session);
    const refused = await outcome(await run(() => hackDayAction({ request: post, params: {}, context: {} })));
    expect(refused).toHaveStatus(403);
    expect(refused.data).toBe(TWO_STEP_REQUIRED_MESSAGE);
    expect(await db().select().from(s.hackDays)).toHaveLength(0);
    expect((await settings(session, undefined, "?redirectTo=%2Fhack-days%2Fnew")).data).toMatchObject({
      settings: { required: true, enabled: false },
      continueTo: "/hack-days/new",
    });

    // Set up: the organiser's rights come back in the same session.
    await settings(session, { intent: "start" });
    expect(
      await settings(session, { intent: "confirm", code: codeNow((await account(organiser.id)).secret!) }),
    ).toHaveStatus(200);
    const open = await run(async () =>
      hackDayLoader({
        request: await makeRequest("/hack-days/new", { headers: { Cookie: session } }),
        params: {},
        context: {},
      }),
    );
    expect(await outcome(open)).toHaveStatus(200);
  });

  it("asks an admin granted the role without it to set it up too, and leaves other people alone", async () => {
    const admin = await createUser({ roles: ["admin"], twoStep: false });
    const page = await run(async () =>
      hackDayLoader({ request: await makeRequest("/hack-days/new", { userId: admin.id }), params: {}, context: {} }),
    );
    expect(await outcome(page)).toRedirectTo(
      "/settings/two-step?redirectTo=%2Fhack-days%2Fnew&notice=two-step-required",
    );
    const developer = await createUser({ roles: ["developer"] });
    const signedIn = await logIn({ email: developer.email, password: TEST_PASSWORD });
    expect(signedIn).toRedirectTo("/dashboard");
    const denied = await run(async () =>
      hackDayLoader({
        request: await makeRequest("/hack-days/new", { userId: developer.id }),
        params: {},
        context: {},
      }),
    );
    expect(await outcome(denied)).toHaveStatus(403);
  });

  it("spares the local demo's own accounts on a local start only, never on a public APP_ORIGIN", async () => {
    const demo = await createUser({ email: "organiser@demo.test", roles: ["organiser"], twoStep: false });
    const openHackDayForm = async () =>
      outcome(
        await run(async () =>
          hackDayLoader({ request: await makeRequest("/hack-days/new", { userId: demo.id }), params: {}, context: {} }),
        ),
      );
    for (const origin of [undefined, "http://localhost:3000", "http://127.0.0.1:8080"]) {
      if (origin) process.env.APP_ORIGIN = origin;
      expect(await logIn({ email: demo.email, password: TEST_PASSWORD }), String(origin)).toRedirectTo("/dashboard");
      expect(await openHackDayForm(), String(origin)).toHaveStatus(200);
    }
    process.env.APP_ORIGIN = "https://hackpath.example";
    expect(await logIn({ email: demo.email, password: TEST_PASSWORD })).toRedirectTo(
      "/settings/two-step?notice=two-step-required",
    );
    expect(await openHackDayForm()).toRedirectTo(
      "/settings/two-step?redirectTo=%2Fhack-days%2Fnew&notice=two-step-required",
    );
    // A look-alike address is not a demo account, even locally.
    delete process.env.APP_ORIGIN;
    const other = await createUser({ email: "organiser@demo.test.example", roles: ["organiser"], twoStep: false });
    expect(await logIn({ email: other.email, password: TEST_PASSWORD })).toRedirectTo(
      "/settings/two-step?notice=two-step-required",
    );
  });
});
