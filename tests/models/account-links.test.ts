import { asc, eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { changeEmailAddress, resendConfirmation } from "../../app/auth/email-address.server";
import { askForPasswordReset, RESET_REQUEST_MIN_MS, resetPassword } from "../../app/auth/password-reset.server";
import { verifyPassword } from "../../app/auth/password.server";
import { createUserSession } from "../../app/auth/session.server";
import { signUp } from "../../app/auth/signup.server";
import { hashToken } from "../../app/auth/tokens.server";
import {
  confirmEmail,
  consumePasswordReset,
  findEmailConfirmation,
  findPasswordReset,
  getPendingEmailChange,
  requestEmailChange,
  requestPasswordReset,
  resendEmailConfirmation,
} from "../../app/models/account-links.server";
import { addComment } from "../../app/models/comments.server";
import { endorseProblem } from "../../app/models/endorsements.server";
import { createProblem } from "../../app/models/problem-posting.server";
import type { Role } from "../../app/domain/taxonomy";
import { getWriterDb } from "../../app/utils/db.server";
import type { CanvasInput } from "../../app/validation/problems";
import * as s from "../../db/schema";
import { emailsTo, latestToken, linksOf, tokenIn } from "../account-links";
import { createProblem as makeProblem, createUser, TEST_PASSWORD } from "../factories";
import { oneRow } from "../rows";
import { cookieSignsIn } from "../routes/auth-helpers";
import { withFreshDatabase } from "../setup/fresh-database";

withFreshDatabase();

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
const at = (base: Date, ms: number) => new Date(base.getTime() + ms);
const T0 = new Date("2026-03-02T10:00:00Z");
let ipCounter = 0;
const freshIp = () => `192.0.2.${++ipCounter}-${Date.now()}`;

const userRow = (id: number) => oneRow(getWriterDb().select().from(s.users).where(eq(s.users.id, id)));
const auditRows = (action: string) =>
  getWriterDb().select().from(s.auditEvents).where(eq(s.auditEvents.action, action)).orderBy(asc(s.auditEvents.id));
const allTokens = () => getWriterDb().select().from(s.accountTokens).orderBy(asc(s.accountTokens.id));
const allEmails = () => getWriterDb().select().from(s.emailOutbox).orderBy(asc(s.emailOutbox.id));

describe("password-reset links", () => {
  it("stores only the SHA-256 of a 160-bit token, for 1 hour, and emails the absolute link", async () => {
    const user = await createUser({ email: "ada@example.test" });
    await requestPasswordReset({ email: "ada@example.test", ip: "203.0.113.9", now: T0 });

    const [message] = await emailsTo("ada@example.test");
    expect(message).toMatchObject({
      userId: user.id,
      kind: "account.password_reset",
      subject: "Reset your password · Hackpath",
      status: "queued",
    });
    const token = tokenIn(message!, "/reset-password/");
    expect(token).toMatch(/^[A-Za-z0-9_-]{27}$/); // 20 random bytes: 160 bits
    expect(message!.textBody).toContain(`Choose a new password: http://localhost:3000/reset-password/${token}`);
    expect(message!.htmlBody).toContain(`href="http://localhost:3000/reset-password/${token}"`);

    const rows = await allTokens();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      userId: user.id,
      purpose: "password_reset",
      tokenHash: hashToken(token),
      email: "ada@example.test",
      usedAt: null,
      expiresAt: at(T0, HOUR),
    });
    expect(rows[0]!.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(rows)).not.toContain(token);

    const [audit] = await auditRows("password.reset_requested");
    expect(audit).toMatchObject({ actorId: null, objectId: user.id, after: { sent: true }, ip: "203.0.113.9" });
  });

  it("works until exactly one hour after it was sent, and not at the hour", async () => {
    const user = await createUser();
    await requestPasswordReset({ email: user.email, now: T0 });
    const token = await latestToken(user.email, "/reset-password/");
    expect(await findPasswordReset(token, at(T0, HOUR - 1000))).toEqual({
      userId: user.id,
      email: user.email,
      name: user.name,
    });
    expect(await findPasswordReset(token, at(T0, HOUR))).toBeNull();
    expect(await consumePasswordReset({ token, passwordHash: "x", now: at(T0, HOUR) })).toBeNull();
    expect((await userRow(user.id)).passwordHash).toBe(user.passwordHash);
    expect(await consumePasswordReset({ token, passwordHash: "new-hash", now: at(T0, HOUR - 1000) })).toEqual({
      userId: user.id,
    });
    expect((await userRow(user.id)).passwordHash).toBe("new-hash");
  });

  it("is single use", async () => {
    const user = await createUser();
    await requestPasswordReset({ email: user.email });
    const token = await latestToken(user.email, "/reset-password/");
    expect(await consumePasswordReset({ token, passwordHash: "first" })).toEqual({ userId: user.id });
    expect(await consumePasswordReset({ token, passwordHash: "second" })).toBeNull();
    expect(await findPasswordReset(token)).toBeNull();
    expect((await userRow(user.id)).passwordHash).toBe("first");
    expect((await linksOf(user.id, "password_reset"))[0]!.usedAt).not.toBeNull();
  });

  it("makes the earlier links stop working when a new one is asked for", async () => {
    const user = await createUser();
    await requestPasswordReset({ email: user.email, now: T0 });
    const first = await latestToken(user.email, "/reset-password/");
    await requestPasswordReset({ email: user.email, now: at(T0, 60_000) });
    const second = await latestToken(user.email, "/reset-password/");
    expect(second).not.toBe(first);
    expect(await findPasswordReset(first, at(T0, 61_000))).toBeNull();
    expect(await findPasswordReset(second, at(T0, 61_000))).toMatchObject({ userId: user.id });
  });

  it("gives the same answer for an unknown address, and stores and sends nothing for it", async () => {
    const user = await createUser();
    const known = await askForPasswordReset({ email: user.email, ip: freshIp() });
    const unknown = await askForPasswordReset({ email: "nobody-here@example.test", ip: freshIp() });
    expect(unknown).toEqual({ ok: true });
    expect(known).toEqual(unknown);
    expect((await allEmails()).map((m) => m.toAddress)).toEqual([user.email]);
    expect((await allTokens()).map((t) => t.userId)).toEqual([user.id]);
    const audits = await auditRows("password.reset_requested");
    expect(audits.map((a) => [a.objectId, a.after])).toEqual([
      [user.id, { sent: true }],
      [null, { sent: false }],
    ]);
    // The address asked for is stored nowhere.
    expect(JSON.stringify(audits)).not.toContain("nobody-here");
  });

  it("sends nothing to a closed or suspended account, and answers the same", async () => {
    const closed = await createUser({ deletedAt: new Date() });
    const suspended = await createUser({ suspendedAt: new Date(), suspendedReason: "Spam" });
    for (const email of [closed.email, suspended.email])
      expect(await askForPasswordReset({ email, ip: freshIp() })).toEqual({ ok: true });
    expect(await allEmails()).toEqual([]);
    expect(await allTokens()).toEqual([]);
  });

  it("answers an unknown address and a known one after the same floor, and not before it", async () => {
    const user = await createUser();
    // A fake clock: the database work takes no time on it, so each answer comes exactly at the floor.
    vi.useFakeTimers({ toFake: ["setTimeout", "performance"] });
    try {
      for (const email of [user.email, "ghost@example.test"]) {
        let answered = false;
        const answer = askForPasswordReset({ email, ip: freshIp() }).then((result) => {
          answered = true;
          return result;
        });
        await vi.advanceTimersByTimeAsync(RESET_REQUEST_MIN_MS - 1);
        expect(answered, email).toBe(false);
        await vi.advanceTimersByTimeAsync(1);
        expect(await answer, email).toEqual({ ok: true });
      }
    } finally {
      vi.useRealTimers();
    }
  });

  it("limits requests to 10 a minute per address and per IP address", async () => {
    const user = await createUser();
    for (let i = 1; i <= 10; i++)
      expect(await askForPasswordReset({ email: user.email, ip: freshIp() }), `request ${i}`).toEqual({ ok: true });
    const eleventh = await askForPasswordReset({ email: user.email, ip: freshIp() });
    expect(eleventh).toMatchObject({ ok: false, reason: "rate_limited" });
    expect(await emailsTo(user.email)).toHaveLength(10);

    const ip = freshIp();
    for (let i = 1; i <= 10; i++)
      expect(await askForPasswordReset({ email: `spray${i}@example.test`, ip })).toEqual({ ok: true });
    expect(await askForPasswordReset({ email: "spray11@example.test", ip })).toMatchObject({
      ok: false,
      reason: "rate_limited",
    });
  });

  it("resetting ends every session, signs in afresh, confirms the address and cancels a pending change", async () => {
    const user = await createUser({ emailConfirmedAt: null });
    const sessions = [await createUserSession(user.id), await createUserSession(user.id)];
    expect(await requestEmailChange({ userId: user.id, newEmail: "intruder@example.test" })).toMatchObject({
      ok: true,
    });
    await requestPasswordReset({ email: user.email });
    const token = await latestToken(user.email, "/reset-password/");

    const result = await resetPassword({ token, newPassword: "a brand new passphrase", ip: "203.0.113.5" });
    expect(result).toMatchObject({ ok: true, userId: user.id });
    for (const cookie of sessions) expect(await cookieSignsIn(cookie.split(";")[0]!)).toBeNull();
    expect(await cookieSignsIn(result.ok && result.cookie ? result.cookie.split(";")[0]! : "")).toBe(user.id);
    const row = await userRow(user.id);
    expect(await verifyPassword(row.passwordHash, "a brand new passphrase")).toBe(true);
    expect(row.emailConfirmedAt).not.toBeNull();
    expect(await getPendingEmailChange(user.id)).toBeNull();
    expect(await findEmailConfirmation(await latestToken("intruder@example.test", "/confirm-email/"))).toBeNull();
    expect(await auditRows("password.reset")).toMatchObject([
      { actorId: user.id, objectId: user.id, after: { endedSessions: 2 }, ip: "203.0.113.5" },
    ]);
    // Used once: the same link again is refused, and nothing changes.
    expect(await resetPassword({ token, newPassword: "yet another passphrase", ip: "x" })).toEqual({
      ok: false,
      reason: "expired",
    });
  });

  it("refuses a weak new password with the reason, and keeps the link working", async () => {
    const user = await createUser();
    await requestPasswordReset({ email: user.email });
    const token = await latestToken(user.email, "/reset-password/");
    const result = await resetPassword({ token, newPassword: "Password123", ip: "x" });
    expect(result).toMatchObject({ ok: false, reason: "invalid" });
    expect(result.ok === false && result.reason === "invalid" && result.fieldErrors.newPassword?.[0]).toMatch(
      /most common passwords/,
    );
    expect(await findPasswordReset(token)).toMatchObject({ userId: user.id });
    expect((await userRow(user.id)).passwordHash).toBe(user.passwordHash);
  });
});

describe("confirming an address", () => {
  const signUpAs = (email: string) =>
    signUp({
      name: "Florence Nightingale",
      email,
      password: "lamp ward scutari notes",
      organisation: "St Thomas'",
      roles: ["clinician"],
      ip: freshIp(),
    });

  it("sign-up queues the link in the same transaction as the account; the account starts unconfirmed", async () => {
    const signed = await signUpAs("florence@example.test");
    if (!signed.ok) throw new Error("sign-up failed");
    expect((await userRow(signed.userId)).emailConfirmedAt).toBeNull();
    const [message] = await emailsTo("florence@example.test");
    expect(message).toMatchObject({
      userId: signed.userId,
      kind: "account.email_confirm",
      subject: "Confirm your email address · Hackpath",
    });
    const [link] = await linksOf(signed.userId, "email_confirm");
    expect(link).toMatchObject({
      email: "florence@example.test",
      tokenHash: hashToken(tokenIn(message!, "/confirm-email/")),
    });
    expect(link!.expiresAt.getTime() - link!.createdAt.getTime()).toBe(3 * DAY);
    // A refused sign-up queues nothing.
    expect(await signUpAs("florence@example.test")).toMatchObject({ ok: false, reason: "invalid" });
    expect(await emailsTo("florence@example.test")).toHaveLength(1);
  });

  it("confirms once: the address counts as confirmed, a second use is refused", async () => {
    const user = await createUser({ emailConfirmedAt: null });
    expect(await resendEmailConfirmation({ userId: user.id })).toEqual({ ok: true, email: user.email });
    const token = await latestToken(user.email, "/confirm-email/");
    expect(await findEmailConfirmation(token)).toEqual({ email: user.email, change: false });
    // Reading the link (what a mail scanner does) changes nothing.
    expect((await userRow(user.id)).emailConfirmedAt).toBeNull();
    const confirmed = await confirmEmail({ token, ip: "203.0.113.1", now: T0 });
    expect(confirmed).toEqual({ ok: true, userId: user.id, changed: false });
    expect((await userRow(user.id)).emailConfirmedAt).toEqual(T0);
    expect(await confirmEmail({ token })).toEqual({ ok: false, reason: "expired" });
    expect(await auditRows("email.confirmed")).toMatchObject([{ actorId: user.id, objectId: user.id }]);
  });

  it("expires three days after it was sent; a new link replaces the old one", async () => {
    const user = await createUser({ emailConfirmedAt: null });
    await resendEmailConfirmation({ userId: user.id, now: T0 });
    const first = await latestToken(user.email, "/confirm-email/");
    expect(await confirmEmail({ token: first, now: at(T0, 3 * DAY) })).toEqual({ ok: false, reason: "expired" });
    await resendEmailConfirmation({ userId: user.id, now: at(T0, DAY) });
    const second = await latestToken(user.email, "/confirm-email/");
    expect(await confirmEmail({ token: first, now: at(T0, DAY + 1000) })).toEqual({ ok: false, reason: "expired" });
    expect(await confirmEmail({ token: second, now: at(T0, DAY + 1000) })).toMatchObject({ ok: true });
  });

  it("sends a new link on request, at most 10 a minute, and not to a confirmed address", async () => {
    const user = await createUser({ emailConfirmedAt: null });
    for (let i = 1; i <= 10; i++)
      expect(await resendConfirmation({ userId: user.id, ip: freshIp() }), `request ${i}`).toEqual({
        ok: true,
        email: user.email,
      });
    expect(await resendConfirmation({ userId: user.id, ip: freshIp() })).toMatchObject({
      ok: false,
      reason: "rate_limited",
    });
    expect(await emailsTo(user.email)).toHaveLength(10);
    const confirmed = await createUser();
    expect(await resendConfirmation({ userId: confirmed.id, ip: freshIp() })).toMatchObject({
      ok: false,
      status: 409,
      message: "Your email address is already confirmed.",
    });
    expect(await emailsTo(confirmed.email)).toEqual([]);
  });
});

describe("what an unconfirmed account may not do", () => {
  const canvas: CanvasInput = {
    title: "Discharge letters reach the GP a week late",
    summary: "Letters from the ward are printed and posted, so practices learn about changes too late.",
    whoAffected: "Older people discharged on new medicines",
    frequency: "Daily",
    currentWorkaround: "Patients bring the letter in person",
    idealOutcome: "The practice sees changes the day the patient leaves",
    careSetting: "acute",
    specialty: "pharmacy",
    dataAvailable: "",
    dataConstraints: "",
    tags: "",
    noPiiConfirmed: true,
  };
  const viewerOf = (user: { id: number; name: string; roles: Role[] }) => ({
    id: user.id,
    name: user.name,
    roles: user.roles,
  });

  it("refuses posting, endorsing and commenting with 403 and says why, writing nothing", async () => {
    const person = await createUser({ roles: ["clinician"], emailConfirmedAt: null });
    const problem = await makeProblem();
    expect(await createProblem({ authorId: person.id, input: canvas })).toEqual({
      ok: false,
      status: 403,
      message: "Confirm your email address to post a problem. Follow the link we emailed you, or ask for a new one.",
    });
    expect(await endorseProblem({ problemId: problem.id, viewer: viewerOf(person), organisation: "Leeds" })).toEqual({
      ok: false,
      status: 403,
      message: "Confirm your email address to endorse a problem. Follow the link we emailed you, or ask for a new one.",
    });
    expect(await addComment({ problemId: problem.id, viewer: viewerOf(person), body: "Same here" })).toEqual({
      ok: false,
      status: 403,
      message: "Confirm your email address to comment. Follow the link we emailed you, or ask for a new one.",
    });
    const db = getWriterDb();
    expect(await db.select().from(s.problems).where(eq(s.problems.authorId, person.id))).toEqual([]);
    expect(await db.select().from(s.endorsements)).toEqual([]);
    expect(await db.select().from(s.comments)).toEqual([]);
    expect(await db.select().from(s.notifications)).toEqual([]);
  });

  it("lets the same person do all three once the address is confirmed", async () => {
    const person = await createUser({ roles: ["clinician"], emailConfirmedAt: null });
    const problem = await makeProblem();
    await resendEmailConfirmation({ userId: person.id });
    expect(await confirmEmail({ token: await latestToken(person.email, "/confirm-email/") })).toMatchObject({
      ok: true,
    });
    expect(await createProblem({ authorId: person.id, input: canvas })).toMatchObject({
      ok: true,
      title: "Discharge letters reach the GP a week late",
    });
    expect(await endorseProblem({ problemId: problem.id, viewer: viewerOf(person), organisation: "Leeds" })).toEqual({
      ok: true,
    });
    expect(await addComment({ problemId: problem.id, viewer: viewerOf(person), body: "Same here" })).toMatchObject({
      ok: true,
    });
  });
});

describe("changing the address", () => {
  it("sends a link to the new address and a warning to the old one, and changes nothing yet", async () => {
    const user = await createUser({ email: "old@example.test" });
    const result = await requestEmailChange({ userId: user.id, newEmail: "New@Example.test", ip: "203.0.113.2" });
    expect(result).toEqual({ ok: true, email: "new@example.test" });
    expect((await userRow(user.id)).email).toBe("old@example.test");

    const [toNew] = await emailsTo("new@example.test");
    expect(toNew).toMatchObject({
      kind: "account.email_change_confirm",
      subject: "Confirm your new email address · Hackpath",
    });
    const [toOld] = await emailsTo("old@example.test");
    expect(toOld).toMatchObject({
      kind: "account.email_change_requested",
      subject: "Your email address is about to change · Hackpath",
    });
    expect(toOld!.textBody).toContain("Reset my password: http://localhost:3000/forgot-password");
    expect(await getPendingEmailChange(user.id)).toMatchObject({ email: "new@example.test" });
    const [audit] = await auditRows("email.change_requested");
    expect(audit).toMatchObject({ actorId: user.id, objectId: user.id });
    expect(JSON.stringify(audit)).not.toMatch(/old@|new@/);
  });

  it("moves the account when the new address is confirmed, and tells the old address", async () => {
    const user = await createUser({ email: "old@example.test" });
    await requestPasswordReset({ email: "old@example.test" });
    const resetToken = await latestToken("old@example.test", "/reset-password/");
    await requestEmailChange({ userId: user.id, newEmail: "new@example.test" });
    const token = await latestToken("new@example.test", "/confirm-email/");
    expect(await findEmailConfirmation(token)).toEqual({ email: "new@example.test", change: true });

    expect(await confirmEmail({ token, now: T0 })).toEqual({ ok: true, userId: user.id, changed: true });
    expect(await userRow(user.id)).toMatchObject({ email: "new@example.test", emailConfirmedAt: T0 });
    const told = (await emailsTo("old@example.test")).at(-1)!;
    expect(told).toMatchObject({
      kind: "account.email_changed",
      subject: "Your email address has changed · Hackpath",
      userId: user.id,
    });
    // A reset link sent to the old address no longer works.
    expect(await findPasswordReset(resetToken)).toBeNull();
    expect(await getPendingEmailChange(user.id)).toBeNull();
    const [audit] = await auditRows("email.changed");
    expect(audit).toMatchObject({ actorId: user.id, objectId: user.id });
    expect(JSON.stringify(audit)).not.toMatch(/old@|new@/);
  });

  it("refuses an address another account uses, and one taken while the link waited", async () => {
    const user = await createUser({ email: "mine@example.test" });
    await createUser({ email: "taken@example.test" });
    expect(await requestEmailChange({ userId: user.id, newEmail: "taken@example.test" })).toEqual({
      ok: false,
      status: 400,
      field: "email",
      message: "There is already an account with this email address. Choose a different one.",
    });
    expect(await requestEmailChange({ userId: user.id, newEmail: "mine@example.test" })).toMatchObject({
      ok: false,
      status: 400,
      field: "email",
      message: "This is already your email address.",
    });
    expect(await allEmails()).toEqual([]);

    await requestEmailChange({ userId: user.id, newEmail: "later@example.test" });
    const token = await latestToken("later@example.test", "/confirm-email/");
    await createUser({ email: "later@example.test" });
    expect(await confirmEmail({ token })).toEqual({
      ok: false,
      reason: "taken",
      message: "There is already an account with this email address. Choose a different one.",
    });
    expect((await userRow(user.id)).email).toBe("mine@example.test");
    expect((await linksOf(user.id, "email_confirm")).at(-1)!.usedAt).toBeNull();
  });

  it("asks for the current password first", async () => {
    const user = await createUser();
    const wrong = await changeEmailAddress({
      userId: user.id,
      newEmail: "elsewhere@example.test",
      currentPassword: "not my password",
      ip: freshIp(),
    });
    expect(wrong).toEqual({
      ok: false,
      reason: "invalid",
      status: 400,
      fieldErrors: { currentPassword: ["Your current password is not right"] },
    });
    expect(await allEmails()).toEqual([]);
    const right = await changeEmailAddress({
      userId: user.id,
      newEmail: "elsewhere@example.test",
      currentPassword: TEST_PASSWORD,
      ip: freshIp(),
    });
    expect(right).toEqual({ ok: true, email: "elsewhere@example.test" });
    expect((await allEmails()).map((m) => m.toAddress).sort()).toEqual(["elsewhere@example.test", user.email].sort());
  });
});
