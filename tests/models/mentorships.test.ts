import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import {
  answerMentorship,
  endMentorship,
  lapseStaleMentorships,
  offerMentorship,
  requestMentor,
  withdrawMentorship,
} from "../../app/models/mentorships.server";
import { getWriterDb } from "../../app/utils/db.server";
import * as s from "../../db/schema";
import { createMentor, createProject, createUser } from "../factories";
import { withFreshDatabase } from "../setup/fresh-database";
import { failInsertsInto, forcedFailure } from "./pipeline-helpers";

withFreshDatabase();

const db = () => getWriterDb();
const rows = (projectId: number) =>
  db()
    .select({ id: s.mentorships.id, mentorId: s.mentorships.mentorId, status: s.mentorships.status })
    .from(s.mentorships)
    .where(eq(s.mentorships.projectId, projectId))
    .orderBy(s.mentorships.id);
const kinds = async (userId: number) =>
  (
    await db().select({ kind: s.notifications.kind }).from(s.notifications).where(eq(s.notifications.userId, userId))
  ).map((n) => n.kind);

async function setup() {
  await createProject({ name: "Offset the ids" });
  const lead = await createUser({ roles: ["developer"] });
  const project = await createProject({ name: "Ward Round", leadId: lead.id, submittedAt: new Date() });
  const mentor = await createMentor({ capacity: 1, areas: ["clinical_safety"] });
  return { lead, project, mentor };
}

describe("the mentorship lifecycle", () => {
  it("asks, accepts with a notification each way, and ends with a reason", async () => {
    const { lead, project, mentor } = await setup();
    expect(
      await requestMentor({ projectId: project.id, mentorId: mentor.id, actor: lead, message: "DCB0129 help?" }),
    ).toEqual({ ok: true });
    const [row] = await rows(project.id);
    expect(row).toMatchObject({ mentorId: mentor.id, status: "requested" });
    expect(await kinds(mentor.id)).toEqual(["mentorship.requested"]);
    expect(
      await answerMentorship({ projectId: project.id, mentorshipId: row!.id, actor: lead, accept: true, message: "" }),
    ).toMatchObject({ status: 403 });
    expect(
      await answerMentorship({
        projectId: project.id,
        mentorshipId: row!.id,
        actor: mentor,
        accept: true,
        message: "Happy to",
      }),
    ).toEqual({ ok: true });
    expect((await rows(project.id))[0]!.status).toBe("active");
    expect(await kinds(lead.id)).toEqual(["mentorship.accepted"]);
    expect(
      await endMentorship({
        projectId: project.id,
        mentorshipId: row!.id,
        actor: lead,
        outcome: "completed",
        reason: "Safety case signed off",
      }),
    ).toEqual({ ok: true });
    expect((await rows(project.id))[0]!.status).toBe("completed");
    expect(await kinds(mentor.id)).toEqual(["mentorship.requested", "mentorship.ended"]);
    const actions = await db()
      .select({ action: s.auditEvents.action })
      .from(s.auditEvents)
      .where(eq(s.auditEvents.objectType, "mentorship"));
    expect(actions.map((a) => a.action)).toEqual([
      "mentorship.requested",
      "mentorship.accepted",
      "mentorship.completed",
    ]);
  });

  it("refuses to accept past the mentor's capacity, and a second open mentorship", async () => {
    const { lead, project, mentor } = await setup();
    const other = await createProject({ name: "Other", submittedAt: new Date() });
    await db().insert(s.mentorships).values({ projectId: other.id, mentorId: mentor.id, status: "active" });
    expect(await offerMentorship({ projectId: project.id, actor: mentor, message: "I can help" })).toEqual({
      ok: true,
    });
    expect(await offerMentorship({ projectId: project.id, actor: mentor, message: "again" })).toMatchObject({
      status: 409,
    });
    const [offer] = await rows(project.id);
    expect(
      await answerMentorship({
        projectId: project.id,
        mentorshipId: offer!.id,
        actor: lead,
        accept: true,
        message: "",
      }),
    ).toMatchObject({
      status: 409,
      message:
        "The mentor is at capacity (1 active project). End another mentorship or raise the capacity in settings first.",
    });
    expect((await rows(project.id))[0]!.status).toBe("offered");
    expect(await withdrawMentorship({ projectId: project.id, mentorshipId: offer!.id, actor: lead })).toMatchObject({
      status: 403,
    });
    expect(await withdrawMentorship({ projectId: project.id, mentorshipId: offer!.id, actor: mentor })).toEqual({
      ok: true,
    });
    expect((await rows(project.id))[0]!.status).toBe("cancelled");
  });

  it("lets nobody else act, and writes nothing when the transaction fails", async () => {
    const { lead, project, mentor } = await setup();
    const stranger = await createUser({ roles: ["developer"] });
    expect(
      await requestMentor({ projectId: project.id, mentorId: mentor.id, actor: stranger, message: "" }),
    ).toMatchObject({ status: 403 });
    await failInsertsInto("audit_events");
    await expect(
      requestMentor({ projectId: project.id, mentorId: mentor.id, actor: lead, message: "" }),
    ).rejects.toThrow(forcedFailure);
    expect(await rows(project.id)).toEqual([]);
    expect(await kinds(mentor.id)).toEqual([]);
  });
});

describe("lapsing unanswered requests and offers", () => {
  it("lapses only open ones older than 21 days, telling the mentor and the lead, with an audit event", async () => {
    const { lead, project, mentor } = await setup();
    const other = await createMentor({ name: "Olive Offer", areas: ["regulation"] });
    const fresh = await createMentor({ name: "Fran Fresh", areas: ["regulation"] });
    const now = new Date("2026-06-30T12:00:00Z");
    const daysAgo = (d: number) => new Date(now.getTime() - d * 86_400_000);
    await db()
      .insert(s.mentorships)
      .values([
        {
          projectId: project.id,
          mentorId: mentor.id,
          status: "requested",
          requestedBy: lead.id,
          createdAt: daysAgo(22),
        },
        {
          projectId: project.id,
          mentorId: other.id,
          status: "offered",
          requestedBy: other.id,
          createdAt: daysAgo(21.5),
        },
        {
          projectId: project.id,
          mentorId: fresh.id,
          status: "requested",
          requestedBy: lead.id,
          createdAt: daysAgo(20),
        },
      ]);
    expect(await lapseStaleMentorships(now)).toBe(2);
    expect((await rows(project.id)).map((r) => [r.mentorId, r.status])).toEqual([
      [mentor.id, "lapsed"],
      [other.id, "lapsed"],
      [fresh.id, "requested"],
    ]);
    expect(await kinds(mentor.id)).toEqual(["mentorship.lapsed"]);
    expect(await kinds(lead.id)).toEqual(["mentorship.lapsed", "mentorship.lapsed"]);
    const titles = await db()
      .select({ title: s.notifications.title })
      .from(s.notifications)
      .where(eq(s.notifications.userId, lead.id))
      .orderBy(s.notifications.id);
    expect(titles.map((t) => t.title)).toEqual([
      `The request to ${mentor.name} to mentor Ward Round lapsed`,
      "Olive Offer's offer to mentor Ward Round lapsed",
    ]);
    const audits = await db()
      .select({ action: s.auditEvents.action, actorId: s.auditEvents.actorId })
      .from(s.auditEvents)
      .where(eq(s.auditEvents.action, "mentorship.lapsed"));
    expect(audits).toEqual([
      { action: "mentorship.lapsed", actorId: null },
      { action: "mentorship.lapsed", actorId: null },
    ]);
    expect(await lapseStaleMentorships(now)).toBe(0);
    // A lapsed one no longer blocks asking again.
    expect(await requestMentor({ projectId: project.id, mentorId: mentor.id, actor: lead, message: "Again?" })).toEqual(
      {
        ok: true,
      },
    );
  });

  it("leaves nothing behind when a notification cannot be written", async () => {
    const { lead, project, mentor } = await setup();
    await db()
      .insert(s.mentorships)
      .values({
        projectId: project.id,
        mentorId: mentor.id,
        status: "requested",
        requestedBy: lead.id,
        createdAt: new Date("2026-01-01T00:00:00Z"),
      });
    await failInsertsInto("notifications");
    await expect(lapseStaleMentorships(new Date("2026-06-30T12:00:00Z"))).rejects.toThrow();
    expect((await rows(project.id)).map((r) => r.status)).toEqual(["requested"]);
  });
});
