import { createHash } from "node:crypto";
import { and, asc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { endorseProblem } from "../../app/models/endorsements.server";
import { notifyFollowers } from "../../app/models/follows.server";
import { requestMentor } from "../../app/models/mentorships.server";
import {
  deleteExpiredUnsubscribeTokens,
  describeUnsubscribe,
  getEmailSettings,
  peopleDueADigest,
  saveEmailChoices,
  sendNotificationDigests,
  turnOffAllEmails,
  unsubscribe,
} from "../../app/models/notification-email.server";
import { notify, type NotificationInput } from "../../app/models/notifications.server";
import { resolveAll } from "../../app/domain/notification-email";
import { siteOrigin } from "../../app/utils/env.server";
import { getWriterDb } from "../../app/utils/db.server";
import * as s from "../../db/schema";
import { createMentor, createProblem, createProject, createUser } from "../factories";
import { withFreshDatabase } from "../setup/fresh-database";
import { itOnSqlite } from "../setup/only-on";
import { allowInsertsInto, failInsertsInto, forcedFailure } from "./pipeline-helpers";

withFreshDatabase();

const db = () => getWriterDb();
const ORIGIN = siteOrigin();
const HOUR = 3_600_000;
const SETTINGS_URL = `${ORIGIN}/settings/notifications`;
/** A moment with whole seconds, as the database keeps timestamps. */
const wholeSeconds = (ms = Date.now()) => new Date(Math.floor(ms / 1000) * 1000);

const outbox = (userId?: number) =>
  db()
    .select({
      toAddress: s.emailOutbox.toAddress,
      kind: s.emailOutbox.kind,
      subject: s.emailOutbox.subject,
      textBody: s.emailOutbox.textBody,
      htmlBody: s.emailOutbox.htmlBody,
      headers: s.emailOutbox.headers,
    })
    .from(s.emailOutbox)
    .where(userId === undefined ? undefined : eq(s.emailOutbox.userId, userId))
    .orderBy(asc(s.emailOutbox.id));
const notificationsOf = (userId: number) =>
  db()
    .select({
      kind: s.notifications.kind,
      emailDelivery: s.notifications.emailDelivery,
      emailedAt: s.notifications.emailedAt,
    })
    .from(s.notifications)
    .where(eq(s.notifications.userId, userId))
    .orderBy(asc(s.notifications.id));
const choicesOf = (userId: number) =>
  db()
    .select({ kind: s.notificationPreferences.kind, delivery: s.notificationPreferences.delivery })
    .from(s.notificationPreferences)
    .where(eq(s.notificationPreferences.userId, userId))
    .orderBy(asc(s.notificationPreferences.kind));
/** The token in an email's List-Unsubscribe header. */
const tokenOf = (headers: Record<string, string>) =>
  /^<[^>]+\/unsubscribe\/([A-Za-z0-9_-]+)>$/.exec(headers["List-Unsubscribe"] ?? "")?.[1] ?? "";

const mentorRequest = (userId: number): NotificationInput => ({
  userId,
  kind: "mentorship.requested",
  title: "Ward Round asked you to mentor them",
  body: "We need help with DCB0129.",
  link: "/projects/7-ward-round/mentors",
});

describe("an immediate notification", () => {
  it("queues exactly one email to a confirmed recipient, with its link, reason and one-click unsubscribe", async () => {
    const mentor = await createUser({ email: "mentor@example.test" });
    await notify(mentorRequest(mentor.id));

    const emails = await outbox();
    expect(emails).toHaveLength(1);
    const [email] = emails;
    const token = tokenOf(email!.headers);
    const unsubscribeUrl = `${ORIGIN}/unsubscribe/${token}`;
    expect(email).toEqual({
      toAddress: "mentor@example.test",
      kind: "notification.immediate",
      subject: "Ward Round asked you to mentor them · Hackpath",
      textBody: [
        "Ward Round asked you to mentor them",
        "",
        "We need help with DCB0129.",
        "",
        `Open it on Hackpath: ${ORIGIN}/projects/7-ward-round/mentors`,
        "",
        "--",
        "Hackpath: from a clinician's problem to an adopted product.",
        `You get this because a team asked you to mentor their project. Choose which emails you get in your settings: ${SETTINGS_URL}`,
        `Stop these emails: ${unsubscribeUrl}`,
        "",
      ].join("\n"),
      htmlBody: expect.stringContaining(`href="${ORIGIN}/projects/7-ward-round/mentors"`),
      headers: {
        "List-Unsubscribe": `<${unsubscribeUrl}>`,
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
      },
    });
    expect(email!.htmlBody).toContain(`href="${unsubscribeUrl}"`);
    expect(token).toMatch(/^[A-Za-z0-9_-]{27}$/);

    // Only the token's SHA-256 is stored, for a year, scoped to the kind.
    const tokens = await db()
      .select({
        purpose: s.accountTokens.purpose,
        tokenHash: s.accountTokens.tokenHash,
        scope: s.accountTokens.scope,
        expiresAt: s.accountTokens.expiresAt,
      })
      .from(s.accountTokens)
      .where(eq(s.accountTokens.userId, mentor.id));
    expect(tokens).toEqual([
      {
        purpose: "unsubscribe",
        tokenHash: createHash("sha256").update(token).digest("hex"),
        scope: "mentorship.requested",
        expiresAt: expect.any(Date),
      },
    ]);
    const days = (tokens[0]!.expiresAt.getTime() - Date.now()) / (24 * HOUR);
    expect(days).toBeGreaterThan(364.9);
    expect(days).toBeLessThanOrEqual(365);

    const [row] = await notificationsOf(mentor.id);
    expect(row).toEqual({ kind: "mentorship.requested", emailDelivery: "immediate", emailedAt: expect.any(Date) });
  });

  it("sends nothing to an unconfirmed or closed account, or to someone who turned the kind off", async () => {
    const unconfirmed = await createUser({ emailConfirmedAt: null });
    const closed = await createUser({ deletedAt: new Date() });
    const declined = await createUser();
    await db()
      .insert(s.notificationPreferences)
      .values({ userId: declined.id, kind: "mentorship.requested", delivery: "off" });
    await notify([unconfirmed, closed, declined].map((u) => mentorRequest(u.id)));
    expect(await outbox()).toEqual([]);
    for (const u of [unconfirmed, closed, declined])
      expect(await notificationsOf(u.id)).toEqual([
        { kind: "mentorship.requested", emailDelivery: null, emailedAt: null },
      ]);
    expect(await db().select({ id: s.accountTokens.id }).from(s.accountTokens)).toEqual([]);
  });

  it("reaches someone who chose a digest kind to come at once, and not someone who turned everything off", async () => {
    const keen = await createUser();
    const quiet = await createUser();
    await db()
      .insert(s.notificationPreferences)
      .values([
        { userId: keen.id, kind: "problem.endorsed", delivery: "immediate" },
        { userId: quiet.id, kind: "all", delivery: "off" },
      ]);
    const endorsed = { kind: "problem.endorsed" as const, title: "Dr Lee said it happens there too" };
    await notify([keen, quiet].map((u) => ({ userId: u.id, ...endorsed })));
    expect((await outbox()).map((e) => [e.kind, e.subject])).toEqual([
      ["notification.immediate", "Dr Lee said it happens there too · Hackpath"],
    ]);
    expect(
      (await outbox(keen.id)).map((e) => e.textBody.includes(`Open it on Hackpath: ${ORIGIN}/notifications`)),
    ).toEqual([true]);
    await notify(mentorRequest(quiet.id));
    expect(await outbox(quiet.id)).toEqual([]);
  });

  it("is queued by the flow that notifies, and not at all when that flow fails", async () => {
    const lead = await createUser({ roles: ["developer"] });
    const project = await createProject({ name: "Ward Round", leadId: lead.id, submittedAt: new Date() });
    const mentor = await createMentor({ areas: ["clinical_safety"] });
    await failInsertsInto("notifications");
    await expect(
      requestMentor({ projectId: project.id, mentorId: mentor.id, actor: lead, message: "DCB0129 help?" }),
    ).rejects.toThrow(forcedFailure);
    expect(await outbox()).toEqual([]);
    expect(await db().select({ id: s.accountTokens.id }).from(s.accountTokens)).toEqual([]);
    await allowInsertsInto("notifications");
    expect(
      await requestMentor({ projectId: project.id, mentorId: mentor.id, actor: lead, message: "DCB0129 help?" }),
    ).toEqual({ ok: true });
    expect((await outbox(mentor.id)).map((e) => [e.kind, e.subject])).toEqual([
      ["notification.immediate", "Ward Round asked you to mentor them · Hackpath"],
    ]);
  });
});

describe("the daily digest", () => {
  const endorsement = (userId: number, n: number): NotificationInput => ({
    userId,
    kind: "problem.endorsed",
    title: `Endorsement ${n}`,
    body: n === 1 ? "It happens\non our ward too." : "",
    link: `/problems/${n}`,
  });

  it("sends digest kinds in one email a day, leaving out what was read on the site, and marks them emailed", async () => {
    const author = await createUser({ email: "author@example.test" });
    await notify([1, 2, 3].map((n) => endorsement(author.id, n)));
    expect(await outbox()).toEqual([]);
    expect((await notificationsOf(author.id)).map((n) => [n.emailDelivery, n.emailedAt])).toEqual([
      ["digest", null],
      ["digest", null],
      ["digest", null],
    ]);
    // Read on the site already: not sent again.
    await db()
      .update(s.notifications)
      .set({ readAt: new Date() })
      .where(and(eq(s.notifications.userId, author.id), eq(s.notifications.title, "Endorsement 2")));

    const now = wholeSeconds();
    expect(await sendNotificationDigests(now)).toBe(1);
    const [digest, ...others] = await outbox(author.id);
    expect(others).toEqual([]);
    const token = tokenOf(digest!.headers);
    expect(digest).toMatchObject({
      toAddress: "author@example.test",
      kind: "notification.digest",
      subject: "Your daily digest: 2 new notifications · Hackpath",
      headers: {
        "List-Unsubscribe": `<${ORIGIN}/unsubscribe/${token}>`,
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
      },
    });
    expect(digest!.textBody).toBe(
      [
        "Your daily digest",
        "",
        "You have 2 new notifications on Hackpath, newest first.",
        "",
        "Endorsement 3",
        `${ORIGIN}/problems/3`,
        "",
        "Endorsement 1 — It happens on our ward too.",
        `${ORIGIN}/problems/1`,
        "",
        `See all your notifications: ${ORIGIN}/notifications`,
        "",
        "--",
        "Hackpath: from a clinician's problem to an adopted product.",
        `You get this because some kinds of notification reach you in a daily digest. Choose which emails you get in your settings: ${SETTINGS_URL}`,
        `Stop these emails: ${ORIGIN}/unsubscribe/${token}`,
        "",
      ].join("\n"),
    );
    expect((await notificationsOf(author.id)).map((n) => [n.emailDelivery, n.emailedAt])).toEqual([
      ["digest", now],
      [null, null],
      ["digest", now],
    ]);

    // Nothing twice: neither what was sent, nor a second digest within 24 hours.
    expect(await sendNotificationDigests(new Date(now.getTime() + HOUR))).toBe(0);
    await notify(endorsement(author.id, 4));
    expect(await sendNotificationDigests(new Date(now.getTime() + 23 * HOUR))).toBe(0);
    expect(await outbox(author.id)).toHaveLength(1);
    // A day later, the next digest carries only the new one.
    expect(await sendNotificationDigests(new Date(now.getTime() + 25 * HOUR))).toBe(1);
    const [, second] = await outbox(author.id);
    expect(second!.subject).toBe("Your daily digest: 1 new notification · Hackpath");
    expect(second!.textBody).toContain(
      `You have one new notification on Hackpath.\n\nEndorsement 4\n${ORIGIN}/problems/4\n`,
    );
    expect(second!.textBody).not.toContain("Endorsement 3");
  });

  it("sends nothing to someone who read everything on the site, and does not pick them again", async () => {
    const author = await createUser();
    await notify(endorsement(author.id, 1));
    await db().update(s.notifications).set({ readAt: new Date() }).where(eq(s.notifications.userId, author.id));
    const now = wholeSeconds();
    expect(await sendNotificationDigests(now)).toBe(0);
    expect(await outbox()).toEqual([]);
    expect(await notificationsOf(author.id)).toEqual([
      { kind: "problem.endorsed", emailDelivery: null, emailedAt: null },
    ]);
    expect(await peopleDueADigest(now, 200)).toEqual([]);
  });

  it("lists at most 50 and counts the rest", async () => {
    const author = await createUser();
    await notify(Array.from({ length: 53 }, (_, i) => endorsement(author.id, i + 10)));
    expect(await sendNotificationDigests(wholeSeconds())).toBe(1);
    const [digest] = await outbox(author.id);
    expect(digest!.subject).toBe("Your daily digest: 53 new notifications · Hackpath");
    expect(digest!.textBody.match(/^Endorsement \d+$/gm)).toHaveLength(50);
    expect(digest!.textBody).toContain("Endorsement 62\n");
    expect(digest!.textBody).not.toContain("Endorsement 12\n");
    expect(digest!.textBody).toContain("And 3 more on your notifications page.");
    expect((await notificationsOf(author.id)).filter((n) => n.emailedAt === null)).toEqual([]);
  });

  it("serves a bounded number of people a run, and skips people who cannot get email", async () => {
    const [a, b] = [await createUser(), await createUser()];
    await notify([endorsement(a.id, 1), endorsement(b.id, 2)]);
    const closed = await createUser();
    await notify(endorsement(closed.id, 3));
    await db().update(s.users).set({ deletedAt: new Date() }).where(eq(s.users.id, closed.id));
    const now = wholeSeconds();
    expect(await sendNotificationDigests(now, 1)).toBe(1);
    expect(await sendNotificationDigests(now, 1)).toBe(1);
    expect(await sendNotificationDigests(now, 1)).toBe(0);
    expect((await outbox()).map((e) => e.kind)).toEqual(["notification.digest", "notification.digest"]);
    expect((await outbox(closed.id)).length).toBe(0);
  });

  itOnSqlite(
    "finds the people due from the pending digest index and each one's own emails, scanning no table",
    async () => {
      const query = peopleDueADigest(wholeSeconds(), 200).toSQL();
      const plan = (
        db()
          .$client.prepare(`EXPLAIN QUERY PLAN ${query.sql}`)
          .all(...query.params) as { detail: string }[]
      ).map((r) => r.detail);
      expect(plan.find((d) => d.includes("notifications"))).toMatch(/USING (COVERING )?INDEX notifications_digest_idx/);
      expect(plan.find((d) => d.includes("email_outbox"))).toMatch(/USING INDEX email_outbox_user_idx/);
      expect(plan.find((d) => d.includes("users"))).toMatch(/INTEGER PRIMARY KEY/);
      expect(
        plan.filter((d) => (/^SCAN /.test(d) && !d.includes("USING")) || d.includes("TEMP B-TREE")),
        plan.join("\n"),
      ).toEqual([]);
    },
  );

  it("drops what waits for the digest when its kind is turned off", async () => {
    const author = await createUser();
    await notify([endorsement(author.id, 1), { userId: author.id, kind: "problem.commented", title: "A comment" }]);
    await saveEmailChoices({ userId: author.id, chosen: { ...resolveAll(new Map()), "problem.endorsed": "off" } });
    expect(await sendNotificationDigests(wholeSeconds())).toBe(1);
    const [digest] = await outbox(author.id);
    expect(digest!.textBody).toContain("A comment");
    expect(digest!.textBody).not.toContain("Endorsement 1");
  });
});

describe("unsubscribing by a link's token, without signing in", () => {
  it("turns the email's kind off; a second use changes nothing more", async () => {
    const mentor = await createUser();
    await notify(mentorRequest(mentor.id));
    const token = tokenOf((await outbox(mentor.id))[0]!.headers);
    expect(await describeUnsubscribe(token)).toEqual({ ok: true, scope: "mentorship.requested" });
    expect(await unsubscribe(token)).toEqual({ ok: true, scope: "mentorship.requested" });
    expect(await choicesOf(mentor.id)).toEqual([{ kind: "mentorship.requested", delivery: "off" }]);
    expect(await unsubscribe(token)).toEqual({ ok: true, scope: "mentorship.requested" });
    expect(await choicesOf(mentor.id)).toEqual([{ kind: "mentorship.requested", delivery: "off" }]);
    await notify(mentorRequest(mentor.id));
    expect(await outbox(mentor.id)).toHaveLength(1);
    // Other kinds still come.
    await notify({ userId: mentor.id, kind: "stage.approved", title: "Approved" });
    expect(await outbox(mentor.id)).toHaveLength(2);
  });

  it("from a digest, turns off the kinds in the digest and what still waits for it", async () => {
    const author = await createUser();
    await db()
      .insert(s.notificationPreferences)
      .values({ userId: author.id, kind: "stage.approved", delivery: "digest" });
    await notify({ userId: author.id, kind: "problem.endorsed", title: "First" });
    await sendNotificationDigests(wholeSeconds());
    const token = tokenOf((await outbox(author.id))[0]!.headers);
    await notify({ userId: author.id, kind: "problem.endorsed", title: "Second" });
    expect(await unsubscribe(token)).toEqual({ ok: true, scope: "digest" });
    const { deliveries } = await getEmailSettings(author.id);
    expect(Object.values(deliveries).includes("digest")).toBe(false);
    expect(deliveries["stage.approved"]).toBe("off");
    expect(deliveries["problem.endorsed"]).toBe("off");
    expect(deliveries["stage.returned"]).toBe("immediate");
    expect(await notificationsOf(author.id)).toEqual([
      { kind: "problem.endorsed", emailDelivery: "digest", emailedAt: expect.any(Date) },
      { kind: "problem.endorsed", emailDelivery: null, emailedAt: null },
    ]);
    expect(await sendNotificationDigests(new Date(Date.now() + 25 * HOUR))).toBe(0);
  });

  it("answers an unknown, expired or closed account's token with a 404 and changes nothing", async () => {
    const mentor = await createUser();
    await notify(mentorRequest(mentor.id));
    const token = tokenOf((await outbox(mentor.id))[0]!.headers);
    const notFound = { ok: false, status: 404, message: expect.stringContaining("not one we know") };
    expect(await unsubscribe("x".repeat(27))).toEqual(notFound);
    expect(await describeUnsubscribe("")).toEqual(notFound);
    const inAYearAndADay = new Date(Date.now() + 366 * 24 * HOUR);
    expect(await unsubscribe(token, inAYearAndADay)).toEqual(notFound);
    expect(await choicesOf(mentor.id)).toEqual([]);
    // The clean-up job removes it once expired, and nothing younger.
    expect(await deleteExpiredUnsubscribeTokens()).toBe(0);
    expect(await deleteExpiredUnsubscribeTokens(inAYearAndADay)).toBe(1);
    expect(await describeUnsubscribe(token)).toEqual(notFound);

    const closed = await createUser();
    await notify(mentorRequest(closed.id));
    const closedToken = tokenOf((await outbox(closed.id))[0]!.headers);
    await db().update(s.users).set({ deletedAt: new Date() }).where(eq(s.users.id, closed.id));
    expect(await unsubscribe(closedToken)).toEqual(notFound);
  });
});

describe("a person's choices", () => {
  it("shows defaults until chosen, stores only what differs, and turns everything off in one row", async () => {
    const person = await createUser({ emailConfirmedAt: null });
    const before = await getEmailSettings(person.id);
    expect(before.emailConfirmed).toBe(false);
    expect(before.deliveries).toEqual(resolveAll(new Map()));
    await saveEmailChoices({
      userId: person.id,
      chosen: { ...before.deliveries, "problem.endorsed": "immediate", "stage.approved": "off" },
    });
    expect(await choicesOf(person.id)).toEqual([
      { kind: "problem.endorsed", delivery: "immediate" },
      { kind: "stage.approved", delivery: "off" },
    ]);
    await saveEmailChoices({ userId: person.id, chosen: before.deliveries });
    expect(await choicesOf(person.id)).toEqual([]);
    await turnOffAllEmails(person.id);
    expect(await choicesOf(person.id)).toEqual([{ kind: "all", delivery: "off" }]);
    expect(Object.values((await getEmailSettings(person.id)).deliveries).every((d) => d === "off")).toBe(true);
  });
});

describe("followers", () => {
  it("get the delivery each of them chose, in the notifications the update writes", async () => {
    const project = await createProject({ name: "Foot Check", submittedAt: new Date() });
    const [plain, keen, quiet, unconfirmed] = [
      await createUser(),
      await createUser(),
      await createUser(),
      await createUser({ emailConfirmedAt: null }),
    ];
    await db()
      .insert(s.notificationPreferences)
      .values([
        { userId: keen.id, kind: "follow.stage_moved", delivery: "immediate" },
        { userId: quiet.id, kind: "follow.stage_moved", delivery: "off" },
      ]);
    await db()
      .insert(s.follows)
      .values(
        [plain, keen, quiet, unconfirmed].map((u) => ({
          userId: u.id,
          objectType: "project" as const,
          objectId: project.id,
        })),
      );
    await notifyFollowers({
      objectType: "project",
      objectId: project.id,
      kind: "follow.stage_moved",
      title: "Foot Check moved on to Validation",
      link: "/projects/1-foot-check",
    });
    const deliveries = async (userId: number) => (await notificationsOf(userId)).map((n) => n.emailDelivery);
    expect(await deliveries(plain.id)).toEqual(["digest"]);
    expect(await deliveries(keen.id)).toEqual(["immediate"]);
    expect(await deliveries(quiet.id)).toEqual([null]);
    expect(await deliveries(unconfirmed.id)).toEqual([null]);
    expect((await outbox()).map((e) => [e.kind, e.subject])).toEqual([
      ["notification.immediate", "Foot Check moved on to Validation · Hackpath"],
    ]);
    expect((await outbox(keen.id)).length).toBe(1);
    expect((await outbox(keen.id))[0]!.textBody).toContain(
      "You get this because a project you follow moved stage. Choose which emails you get in your settings:",
    );
  });

  it("an endorsement is a digest kind for the problem's author", async () => {
    const author = await createUser({ roles: ["clinician"] });
    const problem = await createProblem({ authorId: author.id });
    const fan = await createUser({ roles: ["clinician"], name: "Dr Fan" });
    expect(
      await endorseProblem({
        problemId: problem.id,
        viewer: { id: fan.id, name: fan.name, roles: ["clinician"] },
        organisation: "Leeds",
      }),
    ).toMatchObject({ ok: true });
    expect(await notificationsOf(author.id)).toEqual([
      { kind: "problem.endorsed", emailDelivery: "digest", emailedAt: null },
    ]);
    expect(await outbox()).toEqual([]);
  });
});
