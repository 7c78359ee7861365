/**
 * "Download my data": the export holds the person's own records and nothing of anyone else's (two
 * people with overlapping activity: the second's address, notes and private funding note never
 * reach the first's file), and no hash or secret.
 */
import { describe, expect, it } from "vitest";
import { exportAccountData } from "../../app/models/account-data.server";
import { getWriterDb } from "../../app/utils/db.server";
import * as s from "../../db/schema";
import { hashToken } from "../../app/auth/tokens.server";
import {
  createAuditEvent,
  createComment,
  createEndorsement,
  createFundingInterest,
  createMentorship,
  createNotification,
  createProblem,
  createProject,
  createUser,
} from "../factories";
import { withFreshDatabase } from "../setup/fresh-database";

withFreshDatabase();

const db = () => getWriterDb();

/** Two people whose activity overlaps: Ada leads a project Ben mentors and funds, on Ada's problem. */
async function twoPeople() {
  const ada = await createUser({
    name: "Ada Lovelace-Export",
    email: "ada.export@example.test",
    roles: ["clinician", "developer", "funder"],
    bio: "Ward sister who codes",
    totpSecret: "ADASECRETADASECRETADASECRETADASE",
    totpEnabledAt: new Date("2026-01-02T10:00:00Z"),
  });
  const ben = await createUser({
    name: "Ben Other-Person",
    email: "ben.other@example.test",
    roles: ["mentor", "funder", "clinician"],
  });
  await db().insert(s.clinicianProfiles).values({ userId: ada.id, profession: "Nurse", organisation: "Leeds" });
  await db()
    .insert(s.developerSkills)
    .values([
      { userId: ada.id, skill: "react" },
      { userId: ada.id, skill: "sql" },
    ]);
  await db().insert(s.mentorProfiles).values({ userId: ben.id, headline: "Safety officer" });
  const problem = await createProblem({ authorId: ada.id, title: "Ada's lost referrals" });
  const other = await createProblem({ authorId: ben.id, title: "Ben's night shifts" });
  await createEndorsement({ problemId: problem.id, userId: ben.id, note: "BEN-ENDORSEMENT-NOTE happens here" });
  await createEndorsement({ problemId: other.id, userId: ada.id, organisation: "Leeds", note: "Ada sees it too" });
  await createComment({ problemId: problem.id, authorId: ben.id, body: "BEN-COMMENT on Ada's problem" });
  await createComment({ problemId: other.id, authorId: ada.id, body: "Ada's comment on Ben's problem" });
  const project = await createProject({ name: "Referral Radar", leadId: ada.id, submittedAt: new Date() });
  const bens = await createProject({ name: "Night Owl", leadId: ben.id, submittedAt: new Date() });
  await db().insert(s.projectMembers).values({
    projectId: bens.id,
    userId: ada.id,
    role: "member",
    status: "requested",
    message: "Ada would like to help",
  });
  const mentorship = await createMentorship({
    projectId: project.id,
    mentorId: ben.id,
    requestedBy: ben.id,
    message: "BEN-OFFER-MESSAGE",
  });
  await db()
    .insert(s.mentorshipNotes)
    .values([
      { mentorshipId: mentorship.id, authorId: ada.id, sessionOn: "2026-02-01", body: "Ada's own session note" },
      { mentorshipId: mentorship.id, authorId: ben.id, sessionOn: "2026-02-02", body: "BEN-SESSION-NOTE private" },
    ]);
  await createFundingInterest({ projectId: project.id, funderId: ben.id, note: "BEN-FUNDING-NOTE private" });
  await createFundingInterest({ projectId: bens.id, funderId: ada.id, note: "Ada's own funding note", amount: 5000 });
  await db().insert(s.follows).values({ userId: ada.id, objectType: "problem", objectId: other.id });
  await db().insert(s.notificationPreferences).values({ userId: ada.id, kind: "problem.endorsed", delivery: "off" });
  await createNotification({ userId: ada.id, kind: "problem.endorsed", title: "Someone endorsed your problem" });
  await createNotification({ userId: ben.id, kind: "problem.endorsed", title: "BEN-NOTIFICATION" });
  const now = Math.floor(Date.now() / 1000);
  await db()
    .insert(s.sessions)
    .values([
      { id: "ada-session-id-secret", userId: ada.id, createdAt: now, expiresAt: now + 3600 },
      { id: "ben-session-id-secret", userId: ben.id, createdAt: now, expiresAt: now + 3600 },
    ]);
  await db()
    .insert(s.accountTokens)
    .values({
      userId: ada.id,
      purpose: "password_reset",
      tokenHash: hashToken("ada-reset-token"),
      expiresAt: new Date(Date.now() + 3_600_000),
    });
  await db()
    .insert(s.recoveryCodes)
    .values({ userId: ada.id, codeHash: hashToken("adarecovery") });
  await db()
    .insert(s.emailOutbox)
    .values([
      {
        userId: ada.id,
        toAddress: ada.email,
        kind: "account.password_reset",
        subject: "Reset your password · Hackpath",
        textBody: "ADA-EMAIL-BODY with a link",
        htmlBody: "<p>ADA-EMAIL-BODY</p>",
        messageId: "<ada@hackpath.mail>",
        nextAttemptAt: new Date(),
      },
      {
        userId: ben.id,
        toAddress: ben.email,
        kind: "account.password_reset",
        subject: "BEN-EMAIL-SUBJECT",
        textBody: "Ben's body",
        htmlBody: "<p>Ben</p>",
        messageId: "<ben@hackpath.mail>",
        nextAttemptAt: new Date(),
      },
    ]);
  await db()
    .insert(s.feedbackMessages)
    .values([
      { userId: ada.id, topic: "privacy", name: ada.name, email: ada.email, message: "Ada asks about her data" },
      { userId: ben.id, topic: "other", name: ben.name, email: ben.email, message: "BEN-CONTACT-MESSAGE" },
    ]);
  await createAuditEvent({ actorId: ada.id, action: "login", objectType: "user", objectId: ada.id, ip: "10.0.0.1" });
  await createAuditEvent({
    actorId: ada.id,
    action: "team.join_accepted",
    objectType: "project",
    objectId: project.id,
    after: { userId: ben.id, contact: "ben.other@example.test" },
  });
  await createAuditEvent({
    actorId: ben.id,
    action: "role.granted",
    objectType: "user",
    objectId: ada.id,
    after: { role: "organiser" },
    ip: "10.9.9.9",
  });
  await createAuditEvent({ actorId: ben.id, action: "login", objectType: "user", objectId: ben.id, ip: "10.0.0.2" });
  return { ada, ben, problem, other, project, bens, mentorship };
}

describe("exportAccountData", () => {
  it("holds the person's own records", async () => {
    const { ada, problem, other, project, bens } = await twoPeople();
    const data = (await exportAccountData(ada.id, new Date("2026-03-01T12:00:00Z")))!;
    expect(data.exportedAt).toBe("2026-03-01T12:00:00.000Z");
    expect(data.account).toMatchObject({
      id: ada.id,
      name: "Ada Lovelace-Export",
      email: "ada.export@example.test",
      bio: "Ward sister who codes",
      twoStepSignIn: { on: true, since: "2026-01-02T10:00:00.000Z" },
      recoveryCodes: { total: 1, unused: 1 },
      closedAt: null,
    });
    expect(data.roles.map((r) => r.role)).toEqual(["clinician", "developer", "funder"]);
    expect(data.profiles.clinician).toMatchObject({ profession: "Nurse", organisation: "Leeds" });
    expect(data.profiles.developer).toMatchObject({ headline: "", skills: ["react", "sql"] });
    expect(data.profiles.mentor).toBeNull();
    expect(data.problems.map((p) => [p.id, p.title])).toEqual([[problem.id, "Ada's lost referrals"]]);
    expect(data.comments.map((c) => [c.problemTitle, c.body])).toEqual([
      ["Ben's night shifts", "Ada's comment on Ben's problem"],
    ]);
    expect(data.endorsements).toEqual([
      expect.objectContaining({ problemId: other.id, organisation: "Leeds", note: "Ada sees it too" }),
    ]);
    expect(data.teams.memberships.map((m) => [m.projectName, m.role, m.status, m.message])).toEqual([
      ["Referral Radar", "lead", "active", ""],
      ["Night Owl", "member", "requested", "Ada would like to help"],
    ]);
    expect(data.teams.projectsLed.map((p) => p.id)).toEqual([project.id]);
    // The team side of the mentorship, without the message the mentor wrote.
    expect(data.mentorships).toEqual([
      expect.objectContaining({ projectId: project.id, side: "team", status: "active", message: "" }),
    ]);
    expect(data.sessionNotesWritten.map((n) => n.body)).toEqual(["Ada's own session note"]);
    expect(data.fundingInterests).toEqual([
      expect.objectContaining({ projectId: bens.id, note: "Ada's own funding note", amount: 5000 }),
    ]);
    expect(data.following).toEqual([expect.objectContaining({ objectType: "problem", title: "Ben's night shifts" })]);
    expect(data.notificationChoices).toEqual([{ kind: "problem.endorsed", delivery: "off" }]);
    expect(data.notifications.map((n) => n.title)).toEqual(["Someone endorsed your problem"]);
    expect(data.sessions).toHaveLength(1);
    expect(Object.keys(data.sessions[0]!).sort()).toEqual(["createdAt", "expiresAt"]);
    expect(data.emails).toEqual([
      expect.objectContaining({ kind: "account.password_reset", to: ada.email, status: "queued" }),
    ]);
    expect(data.contactMessages).toEqual([
      expect.objectContaining({ topic: "privacy", message: "Ada asks about her data", handled: false }),
    ]);
    expect(data.accountLinks).toEqual([expect.objectContaining({ purpose: "password_reset", usedAt: null })]);
    expect(data.auditLog.map((a) => [a.action, a.by, a.ip])).toEqual([
      ["login", "you", "10.0.0.1"],
      ["team.join_accepted", "you", null],
      ["role.granted", "someone else", null],
    ]);
    expect(data.auditLog[1]!.after).toEqual({ userId: "another member", contact: "an email address" });
  });

  it("holds nothing of anyone else's: not their address, notes, private funding note, messages or mail", async () => {
    const { ada, ben } = await twoPeople();
    const text = JSON.stringify(await exportAccountData(ada.id));
    for (const other of [
      ben.email,
      "BEN-ENDORSEMENT-NOTE",
      "BEN-COMMENT",
      "BEN-OFFER-MESSAGE",
      "BEN-SESSION-NOTE",
      "BEN-FUNDING-NOTE",
      "BEN-NOTIFICATION",
      "BEN-EMAIL-SUBJECT",
      "BEN-CONTACT-MESSAGE",
      "10.0.0.2",
      "10.9.9.9",
      "ben-session-id-secret",
    ])
      expect(text, other).not.toContain(other);
    // And the other way round: Ben's file has none of Ada's private things.
    const bens = JSON.stringify(await exportAccountData(ben.id));
    for (const mine of [ada.email, "Ada's own session note", "Ada's own funding note", "Ada would like to help"])
      expect(bens, mine).not.toContain(mine);
    expect(bens).toContain("BEN-FUNDING-NOTE private");
    expect(bens).toContain("BEN-SESSION-NOTE private");
  });

  it("holds no password hash, two-step secret, session id, token or code hash, or email body", async () => {
    const { ada } = await twoPeople();
    const text = JSON.stringify(await exportAccountData(ada.id));
    expect(text).not.toContain("$argon2");
    expect(text.toLowerCase()).not.toContain("password_hash");
    expect(text.toLowerCase()).not.toContain("passwordhash");
    expect(text).not.toContain("ADASECRET");
    expect(text).not.toContain("ada-session-id-secret");
    expect(text).not.toContain(hashToken("ada-reset-token"));
    expect(text).not.toContain(hashToken("adarecovery"));
    expect(text).not.toContain("ADA-EMAIL-BODY");
  });

  it("is null for an account that does not exist", async () => {
    expect(await exportAccountData(999_999)).toBeNull();
  });
});
