/**
 * Closing an account: the personal data goes (no email, name or hash anywhere in the database
 * file), what others depend on stays as "A former member", the other sides of open business are
 * told, and the rule refuses the last admin, a wrong password and a missing code.
 */
import { randomUUID } from "node:crypto";
import { decodeBase32IgnorePadding } from "@oslojs/encoding";
import { generateTOTP } from "@oslojs/otp";
import { and, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { closeOwnAccount } from "../../app/auth/close-account.server";
import { authenticate } from "../../app/auth/login.server";
import { hashPassword, verifyPassword } from "../../app/auth/password.server";
import { newTotpSecret } from "../../app/auth/two-step.server";
import { FORMER_MEMBER } from "../../app/domain/account-closing";
import { closeAccount, previewAccountClosing } from "../../app/models/account-closing.server";
import { containsText, rawRow, rawRows } from "../../app/models/dialect.server";
import { getMentorProfile, listMentors } from "../../app/models/mentors.server";
import { getWriterDb } from "../../app/utils/db.server";
import * as s from "../../db/schema";
import {
  createAuditEvent,
  createComment,
  createEndorsement,
  createFundingInterest,
  createHackDay,
  createJudgingCriterion,
  createMentor,
  createMentorship,
  createNotification,
  createProblem,
  createProject,
  createUser,
  TEST_PASSWORD,
} from "../factories";
import { withFreshDatabase } from "../setup/fresh-database";
import { onPostgres } from "../setup/store";

withFreshDatabase();

const db = () => getWriterDb();
const ip = () => `10.${randomUUID()}`;

/** Every table of the database with its columns that hold text (JSON and search documents too). */
async function textColumns(): Promise<{ table: string; column: string }[]> {
  if (onPostgres)
    return rawRows(
      db(),
      sql`SELECT c.table_name AS "table", c.column_name AS "column"
        FROM information_schema.columns c
        JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
        WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE'
          AND c.data_type IN ('text', 'character varying', 'character', 'json', 'jsonb', 'tsvector')
        ORDER BY c.table_name, c.ordinal_position`,
    );
  const tables = await rawRows<{ name: string }>(
    db(),
    sql`SELECT name AS "name" FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`,
  );
  const found: { table: string; column: string }[] = [];
  for (const { name } of tables) {
    const columns = await rawRows<{ name: string; type: string }>(
      db(),
      sql`SELECT name AS "name", type AS "type" FROM pragma_table_info(${name})`,
    );
    for (const column of columns)
      if (column.type === "" || /TEXT/i.test(column.type)) found.push({ table: name, column: column.name });
  }
  return found;
}

/** Rows in every table whose text columns mention `needle` (in any case), by "table.column". */
async function mentionsInDatabase(needle: string): Promise<Record<string, number>> {
  const found: Record<string, number> = {};
  for (const { table, column } of await textColumns()) {
    const value = sql`CAST(${sql.identifier(column)} AS TEXT)`;
    const row = await rawRow<{ n: number }>(
      db(),
      sql`SELECT count(*) AS "n" FROM ${sql.identifier(table)} WHERE ${containsText(value, needle)}`,
    );
    if (row!.n > 0) found[`${table}.${column}`] = row!.n;
  }
  return found;
}

const notificationsOf = (userId: number) =>
  db()
    .select({ kind: s.notifications.kind, title: s.notifications.title, body: s.notifications.body })
    .from(s.notifications)
    .where(eq(s.notifications.userId, userId))
    .orderBy(s.notifications.id);

const countRows = async (table: typeof s.sessions | typeof s.accountTokens, userId: number) =>
  (await db().select().from(table).where(eq(table.userId, userId))).length;

/** A person with a bit of everything, and the people around them. */
async function busyPerson() {
  const tag = randomUUID().slice(0, 8);
  const name = `Quinn Leaver ${tag}`;
  const email = `quinn.leaver.${tag}@example.test`;
  const quinn = await createUser({
    name,
    email,
    organisation: `Quinn Org ${tag}`,
    bio: `Bio of ${name}`,
    roles: ["clinician", "developer", "funder"],
    totpSecret: newTotpSecret(),
    // A hash of its own, so the search for it after closing can only find this account's.
    passwordHash: await hashPassword(`password of ${name}`),
  });
  const ruth = await createUser({ name: "Ruth Remains", roles: ["clinician", "developer"] });
  const dan = await createUser({ name: "Dan Asker", roles: ["developer"] });
  const eve = await createUser({ name: "Eve Waiting", roles: ["developer"] });
  const mo = await createMentor({ name: "Mo Mentor" });
  await db()
    .insert(s.clinicianProfiles)
    .values({ userId: quinn.id, profession: "GP", organisation: `Quinn Org ${tag}` });
  await db().insert(s.developerSkills).values({ userId: quinn.id, skill: "typescript" });
  await db().insert(s.funderProfiles).values({ userId: quinn.id, kind: "angel" });

  // Public contributions others depend on.
  const problem = await createProblem({ authorId: quinn.id, title: "Referrals lost at discharge" });
  await createEndorsement({ problemId: problem.id, userId: ruth.id, note: "Happens at ours" });
  const comment = await createComment({ problemId: problem.id, authorId: quinn.id, body: "More detail from me" });
  const ruthsProblem = await createProblem({ authorId: ruth.id, title: "Ruth's problem" });
  await createEndorsement({ problemId: ruthsProblem.id, userId: quinn.id, note: "Us too" });

  // Teams: one led with a teammate, one led alone (with a request and an offer waiting), one asked to join.
  const radar = await createProject({ name: "Radar", leadId: quinn.id, members: [ruth.id], submittedAt: new Date() });
  const solo = await createProject({ name: "Solo Act", leadId: quinn.id, submittedAt: new Date() });
  await db().insert(s.projectMembers).values({ projectId: solo.id, userId: dan.id, status: "requested" });
  const offer = await createMentorship({ projectId: solo.id, mentorId: mo.id, status: "offered", requestedBy: mo.id });
  const radarMentorship = await createMentorship({ projectId: radar.id, mentorId: mo.id, requestedBy: quinn.id });
  await db()
    .insert(s.mentorshipNotes)
    .values({ mentorshipId: radarMentorship.id, authorId: quinn.id, sessionOn: "2026-02-01", body: "Quinn's note" });
  const ruthsProject = await createProject({ name: "Ruth's Project", leadId: ruth.id, submittedAt: new Date() });
  await db().insert(s.projectMembers).values({ projectId: ruthsProject.id, userId: quinn.id, status: "requested" });

  // Funding: an open interest (goes, the lead is told) and a committed one (stays, without the note).
  await createFundingInterest({ projectId: ruthsProject.id, funderId: quinn.id, note: "QUINN-PRIVATE-NOTE" });
  const committedOn = await createProject({ name: "Backed", leadId: ruth.id, submittedAt: new Date() });
  const committed = await createFundingInterest({
    projectId: committedOn.id,
    funderId: quinn.id,
    status: "committed",
    kind: "grant",
    amount: 20_000,
    note: "QUINN-COMMITTED-NOTE",
  });

  // Judging: a score stays.
  const judged = await createHackDay({ status: "judging" });
  const criterion = await createJudgingCriterion({ hackDayId: judged.id });
  await db().insert(s.judges).values({ hackDayId: judged.id, userId: quinn.id });
  await db().insert(s.scores).values({
    hackDayId: judged.id,
    projectId: ruthsProject.id,
    judgeId: quinn.id,
    criterionId: criterion.id,
    score: 4,
  });

  // A full hack day still taking registrations: Quinn's place goes to Eve, who waits.
  const upcoming = await createHackDay({ status: "open", capacity: 1 });
  await db()
    .insert(s.hackDayParticipants)
    .values([
      { hackDayId: upcoming.id, userId: quinn.id, status: "registered", createdAt: new Date(Date.now() - 60_000) },
      { hackDayId: upcoming.id, userId: eve.id, status: "waitlisted" },
    ]);

  // Private account data.
  const now = Math.floor(Date.now() / 1000);
  await db()
    .insert(s.sessions)
    .values({ id: `s-${tag}`, userId: quinn.id, createdAt: now, expiresAt: now + 3600 });
  await db()
    .insert(s.accountTokens)
    .values({
      userId: quinn.id,
      purpose: "email_confirm",
      tokenHash: `t-${tag}`,
      email,
      expiresAt: new Date(Date.now() + 3_600_000),
    });
  await db()
    .insert(s.recoveryCodes)
    .values({ userId: quinn.id, codeHash: `c-${tag}` });
  await db()
    .insert(s.loginChallenges)
    .values({ userId: quinn.id, tokenHash: `l-${tag}`, expiresAt: new Date(Date.now() + 300_000) });
  await db().insert(s.notificationPreferences).values({ userId: quinn.id, kind: "problem.endorsed", delivery: "off" });
  await createNotification({ userId: quinn.id, title: `Welcome, ${name}` });
  await db().insert(s.follows).values({ userId: quinn.id, objectType: "problem", objectId: ruthsProblem.id });

  // Copies of the name and address in other people's records.
  await createNotification({
    userId: ruth.id,
    kind: "team.join_request",
    title: `${name} asked to join Ruth's Project`,
  });
  const mail = (values: Partial<typeof s.emailOutbox.$inferInsert>) => ({
    kind: "notification.immediate",
    subject: "Something · Hackpath",
    textBody: "Body",
    htmlBody: "<p>Body</p>",
    messageId: `<${randomUUID()}@hackpath.mail>`,
    nextAttemptAt: new Date(),
    toAddress: email,
    userId: quinn.id,
    ...values,
  });
  await db()
    .insert(s.emailOutbox)
    .values([
      mail({ subject: "Queued for Quinn · Hackpath" }),
      mail({ subject: `Welcome, ${name} · Hackpath`, status: "sent", sentAt: new Date(), textBody: "", htmlBody: "" }),
      mail({
        userId: ruth.id,
        toAddress: ruth.email,
        subject: `${name} asked to join · Hackpath`,
        textBody: `${name} asked to join Ruth's Project.`,
        htmlBody: `<p>${name} asked to join Ruth's Project.</p>`,
      }),
    ]);
  await createAuditEvent({
    actorId: quinn.id,
    action: "email.changed",
    objectType: "user",
    objectId: quinn.id,
    before: { email: "old.quinn@example.test" },
    after: { email, name },
    ip: "10.1.2.3",
  });
  await createAuditEvent({
    actorId: null,
    action: "login.failed",
    objectType: "user",
    objectId: quinn.id,
    ip: "10.4.4.4",
  });
  await db()
    .insert(s.feedbackMessages)
    .values({ userId: quinn.id, topic: "privacy", name, email, message: `Please delete my data. ${name}` });
  return {
    quinn,
    name,
    email,
    ruth,
    dan,
    eve,
    mo,
    problem,
    comment,
    radar,
    solo,
    offer,
    radarMentorship,
    ruthsProject,
    committed,
    upcoming,
  };
}

const selfClose = (userId: number) =>
  closeAccount({
    userId,
    actor: { id: userId, isAdmin: false },
    route: "settings",
    credentials: { passwordRight: true, twoStepOn: false, codeGiven: false, codeRight: false },
  });

describe("closeAccount", () => {
  it("leaves no email address, name or password hash anywhere in the database", async () => {
    const { quinn, name, email } = await busyPerson();
    expect(Object.keys(await mentionsInDatabase(email)).length).toBeGreaterThan(3);
    expect(Object.keys(await mentionsInDatabase(name)).length).toBeGreaterThan(3);
    expect(await selfClose(quinn.id)).toEqual({ ok: true });
    expect(await mentionsInDatabase(email)).toEqual({});
    expect(await mentionsInDatabase(name)).toEqual({});
    const [row] = await db().select().from(s.users).where(eq(s.users.id, quinn.id));
    expect(row).toMatchObject({
      email: `closed-${quinn.id}@closed.invalid`,
      name: FORMER_MEMBER,
      organisation: "",
      bio: "",
      passwordHash: "",
      totpSecret: null,
      totpEnabledAt: null,
      suspendedReason: null,
    });
    expect(row!.deletedAt).toBeInstanceOf(Date);
    expect(row!.suspendedAt).toBeInstanceOf(Date);
    expect(await mentionsInDatabase(quinn.passwordHash)).toEqual({});
  });

  it("deletes sessions, account links, codes, sign-ins half done, choices, notifications, follows, roles and profiles", async () => {
    const { quinn } = await busyPerson();
    await selfClose(quinn.id);
    // A contact message stays for the admins who answer it, without the name and address.
    expect(
      await db()
        .select({ name: s.feedbackMessages.name, email: s.feedbackMessages.email, message: s.feedbackMessages.message })
        .from(s.feedbackMessages),
    ).toEqual([{ name: FORMER_MEMBER, email: null, message: `Please delete my data. ${FORMER_MEMBER}` }]);
    for (const table of [
      s.sessions,
      s.accountTokens,
      s.recoveryCodes,
      s.loginChallenges,
      s.notificationPreferences,
      s.notifications,
      s.follows,
      s.userRoles,
      s.clinicianProfiles,
      s.developerSkills,
      s.funderProfiles,
    ])
      expect(
        await db().select().from(table).where(eq(table.userId, quinn.id)),
        table === s.sessions ? "sessions" : "",
      ).toEqual([]);
    expect(await countRows(s.sessions, quinn.id)).toBe(0);
    // Queued mail to them is gone; the record of what was sent stays, to the placeholder, without bodies.
    expect(
      await db()
        .select({ subject: s.emailOutbox.subject, to: s.emailOutbox.toAddress, status: s.emailOutbox.status })
        .from(s.emailOutbox)
        .where(eq(s.emailOutbox.userId, quinn.id)),
    ).toEqual([
      { subject: `Welcome, ${FORMER_MEMBER} · Hackpath`, to: `closed-${quinn.id}@closed.invalid`, status: "sent" },
    ]);
  });

  it("keeps problems, endorsements, comments, scores, session notes and committed funding, as 'A former member'", async () => {
    const { quinn, ruth, problem, comment, committed, radarMentorship } = await busyPerson();
    await selfClose(quinn.id);
    expect((await db().select().from(s.problems).where(eq(s.problems.id, problem.id)))[0]).toMatchObject({
      authorId: quinn.id,
      title: "Referrals lost at discharge",
      endorsementCount: 1,
    });
    expect(await db().select().from(s.endorsements).where(eq(s.endorsements.problemId, problem.id))).toEqual([
      expect.objectContaining({ userId: ruth.id, note: "Happens at ours" }),
    ]);
    expect(await db().select().from(s.endorsements).where(eq(s.endorsements.userId, quinn.id))).toEqual([
      expect.objectContaining({ note: "Us too" }),
    ]);
    expect((await db().select().from(s.comments).where(eq(s.comments.id, comment.id)))[0]).toMatchObject({
      authorId: quinn.id,
      body: "More detail from me",
    });
    expect(await db().select({ score: s.scores.score }).from(s.scores).where(eq(s.scores.judgeId, quinn.id))).toEqual([
      { score: 4 },
    ]);
    expect(
      await db()
        .select({ body: s.mentorshipNotes.body })
        .from(s.mentorshipNotes)
        .where(eq(s.mentorshipNotes.mentorshipId, radarMentorship.id)),
    ).toEqual([{ body: "Quinn's note" }]);
    expect(await db().select().from(s.fundingInterests).where(eq(s.fundingInterests.funderId, quinn.id))).toEqual([
      expect.objectContaining({ id: committed.id, status: "committed", amount: 20_000, note: "" }),
    ]);
  });

  it("hands a led project to its longest-standing member and closes what waited on the person, telling the other side", async () => {
    const { quinn, ruth, dan, eve, mo, radar, solo, offer, radarMentorship, ruthsProject, upcoming } =
      await busyPerson();
    await selfClose(quinn.id);
    expect(
      await db().select({ leadId: s.projects.leadId }).from(s.projects).where(eq(s.projects.id, radar.id)),
    ).toEqual([{ leadId: ruth.id }]);
    expect(
      await db()
        .select({ userId: s.projectMembers.userId, role: s.projectMembers.role, status: s.projectMembers.status })
        .from(s.projectMembers)
        .where(eq(s.projectMembers.projectId, radar.id))
        .orderBy(s.projectMembers.userId),
    ).toEqual([
      { userId: quinn.id, role: "member", status: "active" },
      { userId: ruth.id, role: "lead", status: "active" },
    ]);
    // Led alone: the lead stays "A former member"; the join request and the offer are declined.
    expect(await db().select({ leadId: s.projects.leadId }).from(s.projects).where(eq(s.projects.id, solo.id))).toEqual(
      [{ leadId: quinn.id }],
    );
    expect(await db().select().from(s.projectMembers).where(eq(s.projectMembers.userId, dan.id))).toEqual([]);
    expect(
      await db().select({ status: s.mentorships.status }).from(s.mentorships).where(eq(s.mentorships.id, offer.id)),
    ).toEqual([{ status: "declined" }]);
    // The project that goes on keeps its mentor.
    expect(
      await db()
        .select({ status: s.mentorships.status })
        .from(s.mentorships)
        .where(eq(s.mentorships.id, radarMentorship.id)),
    ).toEqual([{ status: "active" }]);
    // Their own join request and open funding interest are gone.
    expect(
      await db()
        .select()
        .from(s.projectMembers)
        .where(and(eq(s.projectMembers.projectId, ruthsProject.id), eq(s.projectMembers.userId, quinn.id))),
    ).toEqual([]);
    // Their place at the full hack day goes to the next in line.
    expect(
      await db()
        .select({ userId: s.hackDayParticipants.userId, status: s.hackDayParticipants.status })
        .from(s.hackDayParticipants)
        .where(eq(s.hackDayParticipants.hackDayId, upcoming.id))
        .orderBy(s.hackDayParticipants.userId),
    ).toEqual([
      { userId: quinn.id, status: "cancelled" },
      { userId: eve.id, status: "registered" },
    ]);
    expect(await notificationsOf(ruth.id)).toEqual([
      { kind: "team.join_request", title: `${FORMER_MEMBER} asked to join Ruth's Project`, body: "" },
      {
        kind: "team.member_left",
        title: "You now lead Radar",
        body: "Its lead closed their Hackpath account, and you have been on the team the longest, so the lead passed to you.",
      },
      {
        kind: "funding.withdrawn",
        title: "A funder withdrew their interest in Ruth's Project",
        body: "They closed their Hackpath account.",
      },
    ]);
    expect(await notificationsOf(dan.id)).toEqual([
      {
        kind: "team.join_declined",
        title: "Your request to join Solo Act was declined",
        body: "The team lead closed their Hackpath account.",
      },
    ]);
    expect(await notificationsOf(mo.id)).toEqual([
      {
        kind: "mentorship.declined",
        title: "The offer to mentor Solo Act is closed",
        body: "The team lead closed their Hackpath account.",
      },
    ]);
    expect((await notificationsOf(eve.id)).map((n) => n.kind)).toEqual(["hack_day.promoted"]);
  });

  it("records 'account.closed' with who did it and no personal data, and scrubs the person's audit trail", async () => {
    const { quinn, name, email } = await busyPerson();
    await selfClose(quinn.id);
    const [event] = await db().select().from(s.auditEvents).where(eq(s.auditEvents.action, "account.closed"));
    expect(event).toMatchObject({ actorId: quinn.id, objectType: "user", objectId: quinn.id, ip: null });
    expect(event!.after).toMatchObject({ by: "self", mentorshipsClosed: 1, fundingInterestsWithdrawn: 1 });
    const text = JSON.stringify(event);
    for (const personal of [name, email, "Quinn Org"]) expect(text).not.toContain(personal);
    const [changed] = await db().select().from(s.auditEvents).where(eq(s.auditEvents.action, "email.changed"));
    expect(changed).toMatchObject({
      before: { email: "old.quinn@example.test" },
      after: { email: `closed-${quinn.id}@closed.invalid`, name: FORMER_MEMBER },
      ip: null,
    });
    const [failed] = await db().select().from(s.auditEvents).where(eq(s.auditEvents.action, "login.failed"));
    expect(failed!.ip).toBeNull();
  });

  it("can never be signed in to again: the empty hash matches no password", async () => {
    const { quinn, name, email } = await busyPerson();
    expect(await authenticate({ email, password: `password of ${name}`, ip: ip() })).toMatchObject({
      ok: true,
      userId: quinn.id,
    });
    await selfClose(quinn.id);
    expect(await verifyPassword("", `password of ${name}`)).toBe(false);
    expect(await verifyPassword("", "")).toBe(false);
    for (const address of [email, `closed-${quinn.id}@closed.invalid`])
      expect(await authenticate({ email: address, password: `password of ${name}`, ip: ip() })).toEqual({
        ok: false,
        reason: "invalid",
      });
  });

  it("closes a mentor's requests, offers and active mentorships, telling each team, and takes them out of the directory", async () => {
    const mo = await createMentor({ name: "Mona Goes" });
    const [a, b, c] = [
      await createProject({ submittedAt: new Date() }),
      await createProject({ submittedAt: new Date() }),
      await createProject({ submittedAt: new Date() }),
    ];
    await createMentorship({ projectId: a!.id, mentorId: mo.id, status: "active" });
    await createMentorship({ projectId: b!.id, mentorId: mo.id, status: "requested", requestedBy: b!.leadId });
    await createMentorship({ projectId: c!.id, mentorId: mo.id, status: "offered", requestedBy: mo.id });
    await createMentorship({ projectId: c!.id, mentorId: mo.id, status: "completed" });
    expect((await listMentors({ filters: {}, page: 1 })).items.map((m) => m.id)).toEqual([mo.id]);
    expect(await selfClose(mo.id)).toEqual({ ok: true });
    expect(
      await db()
        .select({ projectId: s.mentorships.projectId, status: s.mentorships.status })
        .from(s.mentorships)
        .orderBy(s.mentorships.id),
    ).toEqual([
      { projectId: a!.id, status: "cancelled" },
      { projectId: b!.id, status: "declined" },
      { projectId: c!.id, status: "cancelled" },
      { projectId: c!.id, status: "completed" },
    ]);
    expect(await notificationsOf(a!.leadId)).toEqual([
      {
        kind: "mentorship.ended",
        title: `Mentoring ${a!.name} was cancelled`,
        body: "The mentor closed their Hackpath account. The session notes stay with the mentorship.",
      },
    ]);
    expect((await notificationsOf(b!.leadId)).map((n) => [n.kind, n.title])).toEqual([
      ["mentorship.declined", `The request for a mentor for ${b!.name} is closed`],
    ]);
    expect((await notificationsOf(c!.leadId)).map((n) => [n.kind, n.title])).toEqual([
      ["mentorship.ended", `The offer to mentor ${c!.name} is closed`],
    ]);
    expect((await listMentors({ filters: {}, page: 1 })).items).toEqual([]);
    expect(await getMentorProfile(mo.id)).toBeNull();
  });

  it("previews the hand-over and what stays", async () => {
    const { quinn } = await busyPerson();
    expect(await previewAccountClosing(quinn.id)).toEqual({
      projectsLed: [
        { id: expect.any(Number), name: "Radar", successorName: "Ruth Remains" },
        { id: expect.any(Number), name: "Solo Act", successorName: null },
      ],
      problems: 1,
      comments: 1,
      endorsements: 1,
      openMentorships: 0,
      openInterests: 1,
      committedInterests: 1,
    });
  });
});

describe("who may close an account", () => {
  it("never closes the last active admin", async () => {
    const admin = await createUser({ roles: ["admin"], name: "Only Admin" });
    expect(await selfClose(admin.id)).toEqual({
      ok: false,
      status: 409,
      message:
        "You are the only admin. Make someone else an admin before you close your account, so someone can still run Hackpath.",
    });
    expect(await db().select({ name: s.users.name }).from(s.users).where(eq(s.users.id, admin.id))).toEqual([
      { name: "Only Admin" },
    ]);
    // A suspended admin does not count as someone who can still run Hackpath.
    await createUser({ roles: ["admin"], suspendedAt: new Date() });
    expect(await selfClose(admin.id)).toMatchObject({ status: 409 });
    await createUser({ roles: ["admin"] });
    expect(await selfClose(admin.id)).toEqual({ ok: true });
  });

  it("refuses a wrong password and, with two-step sign-in on, a missing or wrong code; a right one closes", async () => {
    const secret = newTotpSecret();
    const person = await createUser({ name: "Tess Twostep", totpSecret: secret, totpEnabledAt: new Date() });
    const attempt = (password: string, code: string) =>
      closeOwnAccount({ userId: person.id, password, code, ip: ip() });
    expect(await attempt("not my password", "")).toMatchObject({ ok: false, status: 400, field: "password" });
    expect(await attempt(TEST_PASSWORD, "")).toMatchObject({ ok: false, status: 400, field: "code" });
    expect(await attempt(TEST_PASSWORD, "000000")).toMatchObject({ ok: false, status: 400, field: "code" });
    expect(await db().select({ name: s.users.name }).from(s.users).where(eq(s.users.id, person.id))).toEqual([
      { name: "Tess Twostep" },
    ]);
    const code = generateTOTP(decodeBase32IgnorePadding(secret), 30, 6);
    expect(await attempt(TEST_PASSWORD, code)).toEqual({ ok: true });
    expect(await db().select({ name: s.users.name }).from(s.users).where(eq(s.users.id, person.id))).toEqual([
      { name: FORMER_MEMBER },
    ]);
  });

  it("lets an admin close someone's account with a reason (kept without their name), never their own, never twice", async () => {
    const admin = await createUser({ roles: ["admin"] });
    await createUser({ roles: ["admin"] });
    const person = await createUser({ name: "Rita Request" });
    const asAdmin = (userId: number, reason?: string) =>
      closeAccount({ userId, actor: { id: admin.id, isAdmin: true }, route: "admin", reason, ip: "10.7.7.7" });
    expect(await asAdmin(person.id)).toMatchObject({ status: 400, field: "reason" });
    expect(await asAdmin(admin.id, "Testing")).toMatchObject({ status: 409 });
    expect(await asAdmin(person.id, "Rita Request asked by email on 3 March")).toEqual({ ok: true });
    const [event] = await db().select().from(s.auditEvents).where(eq(s.auditEvents.action, "account.closed"));
    expect(event).toMatchObject({
      actorId: admin.id,
      objectId: person.id,
      ip: "10.7.7.7",
      after: expect.objectContaining({ by: "admin", reason: `${FORMER_MEMBER} asked by email on 3 March` }),
    });
    expect(await asAdmin(person.id, "Again")).toEqual({
      ok: false,
      status: 409,
      message: "This account is already closed.",
    });
    expect(await asAdmin(999_999, "Nobody")).toMatchObject({ status: 404 });
  });
});
