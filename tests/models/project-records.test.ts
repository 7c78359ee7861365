import { eq } from "drizzle-orm";
import { afterEach, describe, expect, it, vi } from "vitest";
import * as audit from "../../app/models/audit.server";
import { getDataUse, publishDataUse, saveDataUseDraft } from "../../app/models/data-use.server";
import * as notifications from "../../app/models/notifications.server";
import {
  addOutcome,
  getStory,
  publishStory,
  removeOutcome,
  unpublishStory,
  updateOutcome,
} from "../../app/models/outcomes.server";
import { addPilot, listPilots, updatePilot } from "../../app/models/pilots.server";
import { getWriterDb } from "../../app/utils/db.server";
import * as s from "../../db/schema";
import { createOutcome, createPilot, createProject, createUser } from "../factories";
import { withFreshDatabase } from "../setup/fresh-database";

withFreshDatabase();
afterEach(() => vi.restoreAllMocks());

const LONG_AGO = new Date("2025-01-01T00:00:00Z");
const pilotInput = {
  organisation: "Leeds Teaching Hospitals NHS Trust",
  site: "Ward 12",
  startsOn: "2026-01-05",
  endsOn: "2026-06-30",
  successMeasures: "Fewer missed checks",
  status: "planned" as const,
};
const outcomeInput = {
  metric: "Missed foot checks",
  baseline: "31",
  result: "9",
  unit: "%",
  source: "Practice audit",
  measuredOn: "2026-05-01",
};
const story = {
  storyTitle: "Fewer missed foot checks",
  storyBody: "The practice now catches early ulcers before they need a hospital visit.",
};
const dataUse = {
  whatData: "Your name and NHS number.",
  why: "So the record is about you.",
  whoSees: "Your care team.",
  howLong: "Eight years.",
};

/** A submitted project with a lead, a member, an outsider and an organiser, and an old activity date. */
async function setting(overrides: Partial<s.NewProject> = {}) {
  const lead = await createUser({ roles: ["developer"] });
  const member = await createUser({ roles: ["clinician"] });
  const outsider = await createUser({ roles: ["developer"] });
  const organiser = await createUser({ roles: ["organiser"] });
  const project = await createProject({
    name: "Foot Check",
    leadId: lead.id,
    members: [member.id],
    submittedAt: new Date("2026-03-01T10:00:00Z"),
    lastActivityAt: LONG_AGO,
    ...overrides,
  });
  return { lead, member, outsider, organiser, project };
}

const db = () => getWriterDb();
const auditRows = () =>
  db().select({ action: s.auditEvents.action, objectType: s.auditEvents.objectType }).from(s.auditEvents);
async function lastActivity(projectId: number) {
  const [row] = await db()
    .select({ at: s.projects.lastActivityAt })
    .from(s.projects)
    .where(eq(s.projects.id, projectId));
  return row!.at;
}

describe("pilots", () => {
  it("adds a pilot with exactly what was given, its audit event and the project's activity", async () => {
    const { member, project } = await setting();
    const result = await addPilot({ projectId: project.id, actor: member, input: pilotInput });
    expect(result.ok).toBe(true);
    const pilots = await listPilots(project.id);
    expect(pilots).toEqual([{ id: (result as { pilotId: number }).pilotId, ...pilotInput }]);
    expect(await auditRows()).toEqual([{ action: "pilot.added", objectType: "pilot" }]);
    expect((await lastActivity(project.id)).getTime()).toBeGreaterThan(LONG_AGO.getTime());
  });

  it("refuses someone outside the team, and an archived project, writing nothing", async () => {
    const { outsider, organiser, member, project } = await setting();
    expect(await addPilot({ projectId: project.id, actor: outsider, input: pilotInput })).toEqual({
      ok: false,
      status: 403,
      message: "Only the project's team can do that.",
    });
    expect((await addPilot({ projectId: project.id, actor: organiser, input: pilotInput })).ok).toBe(false);
    await db()
      .update(s.projects)
      .set({ state: "archived", archiveReason: "other" })
      .where(eq(s.projects.id, project.id));
    expect(await addPilot({ projectId: project.id, actor: member, input: pilotInput })).toMatchObject({ status: 409 });
    expect(await listPilots(project.id)).toEqual([]);
    expect(await auditRows()).toEqual([]);
    expect(await lastActivity(project.id)).toEqual(LONG_AGO);
  });

  it("answers 404 for an unsubmitted project outside its team", async () => {
    const { outsider } = await setting();
    const draft = await createProject({ name: "Draft" });
    expect(await addPilot({ projectId: draft.id, actor: outsider, input: pilotInput })).toMatchObject({ status: 404 });
  });

  it("moves a pilot's status forward only and keeps its dates in order", async () => {
    const { member, project } = await setting();
    const pilot = await createPilot({ projectId: project.id, status: "planned" });
    const edit = (input: Partial<typeof pilotInput> | { status: string }) =>
      updatePilot({
        projectId: project.id,
        pilotId: pilot.id,
        actor: member,
        input: { ...pilotInput, ...input } as typeof pilotInput,
      });
    expect(await edit({ status: "completed" })).toEqual({
      ok: false,
      status: 409,
      message: "A planned pilot can become live or stopped, not completed.",
      field: "status",
    });
    expect(await edit({ startsOn: "2026-07-01", endsOn: "2026-06-30" })).toMatchObject({
      status: 400,
      field: "endsOn",
    });
    expect(await edit({ status: "live" })).toEqual({ ok: true });
    expect(await edit({ status: "completed" })).toEqual({ ok: true });
    expect(await edit({ status: "live" })).toMatchObject({ status: 409 });
    const [stored] = await listPilots(project.id);
    expect(stored).toEqual({ id: pilot.id, ...pilotInput, status: "completed" });
    const events = await db()
      .select({ before: s.auditEvents.before, after: s.auditEvents.after })
      .from(s.auditEvents)
      .where(eq(s.auditEvents.action, "pilot.updated"));
    expect(events).toEqual([
      {
        before: { site: "", successMeasures: "", status: "planned" },
        after: { site: "Ward 12", successMeasures: "Fewer missed checks", status: "live" },
      },
      { before: { status: "live" }, after: { status: "completed" } },
    ]);
  });

  it("answers 404 for another project's pilot", async () => {
    const { member, project } = await setting();
    const other = await createProject({ name: "Other" });
    const pilot = await createPilot({ projectId: other.id });
    expect(await updatePilot({ projectId: project.id, pilotId: pilot.id, actor: member, input: pilotInput })).toEqual({
      ok: false,
      status: 404,
      message: "We could not find that pilot on this project.",
    });
  });

  it("writes nothing when the audit fails mid-way", async () => {
    const { member, project } = await setting();
    vi.spyOn(audit, "recordAudit").mockRejectedValueOnce(new Error("disk full"));
    await expect(addPilot({ projectId: project.id, actor: member, input: pilotInput })).rejects.toThrow("disk full");
    expect(await listPilots(project.id)).toEqual([]);
    expect(await lastActivity(project.id)).toEqual(LONG_AGO);
  });
});

describe("outcomes", () => {
  it("adds, corrects and removes an outcome, each with its audit event", async () => {
    const { member, project } = await setting();
    const pilot = await createPilot({ projectId: project.id });
    const added = await addOutcome({
      projectId: project.id,
      actor: member,
      input: { ...outcomeInput, pilotId: pilot.id },
    });
    expect(added.ok).toBe(true);
    const outcomeId = (added as { outcomeId: number }).outcomeId;
    const [row] = await db().select().from(s.outcomes);
    expect(row).toMatchObject({
      id: outcomeId,
      projectId: project.id,
      pilotId: pilot.id,
      ...outcomeInput,
      publishedAt: null,
    });

    expect(
      await updateOutcome({ projectId: project.id, outcomeId, actor: member, input: { ...outcomeInput, result: "7" } }),
    ).toEqual({ ok: true });
    const [changed] = await db().select({ result: s.outcomes.result, pilotId: s.outcomes.pilotId }).from(s.outcomes);
    expect(changed).toEqual({ result: "7", pilotId: null });

    expect(await removeOutcome({ projectId: project.id, outcomeId, actor: member })).toEqual({ ok: true });
    expect(await db().select().from(s.outcomes)).toEqual([]);
    expect((await auditRows()).map((r) => r.action)).toEqual(["outcome.added", "outcome.updated", "outcome.removed"]);
  });

  it("refuses a pilot of another project and a non-member", async () => {
    const { member, outsider, project } = await setting();
    const other = await createProject({ name: "Other" });
    const foreign = await createPilot({ projectId: other.id });
    expect(
      await addOutcome({ projectId: project.id, actor: member, input: { ...outcomeInput, pilotId: foreign.id } }),
    ).toEqual({ ok: false, status: 400, message: "Choose one of this project's pilots, or none", field: "pilotId" });
    expect(await addOutcome({ projectId: project.id, actor: outsider, input: outcomeInput })).toMatchObject({
      status: 403,
    });
    expect(await db().select().from(s.outcomes)).toEqual([]);
  });
});

describe("success stories", () => {
  it("an organiser publishes a story; the lead is told with a link; the public page shows it", async () => {
    const { lead, organiser, project } = await setting();
    const outcome = await createOutcome({ projectId: project.id });
    expect(await publishStory({ projectId: project.id, outcomeId: outcome.id, actor: organiser, story })).toEqual({
      ok: true,
      firstPublication: true,
    });
    const [row] = await db().select().from(s.outcomes);
    expect(row).toMatchObject(story);
    expect(row!.publishedAt).toBeInstanceOf(Date);
    const sent = await db()
      .select({
        userId: s.notifications.userId,
        kind: s.notifications.kind,
        link: s.notifications.link,
        title: s.notifications.title,
      })
      .from(s.notifications);
    expect(sent).toEqual([
      {
        userId: lead.id,
        kind: "story.published",
        link: `/stories/${outcome.id}-fewer-missed-foot-checks`,
        title: "Foot Check: “Fewer missed foot checks” is published as a success story",
      },
    ]);
    expect(await getStory(outcome.id)).toMatchObject({
      title: story.storyTitle,
      metric: "Missed foot checks",
      baseline: "31%",
      result: "9%",
      project: { id: project.id, name: "Foot Check" },
    });
    expect((await auditRows()).map((r) => r.action)).toEqual(["story.published"]);
  });

  it("refuses the team, an unsubmitted project, and team changes to a published outcome", async () => {
    const { lead, member, organiser, project } = await setting();
    const outcome = await createOutcome({ projectId: project.id });
    expect(await publishStory({ projectId: project.id, outcomeId: outcome.id, actor: lead, story })).toEqual({
      ok: false,
      status: 403,
      message: "Only organisers publish and withdraw success stories.",
    });
    const draft = await createProject({ name: "Draft", leadId: lead.id });
    const draftOutcome = await createOutcome({ projectId: draft.id });
    expect(
      await publishStory({ projectId: draft.id, outcomeId: draftOutcome.id, actor: organiser, story }),
    ).toMatchObject({ status: 409 });
    await publishStory({ projectId: project.id, outcomeId: outcome.id, actor: organiser, story });
    expect(
      await updateOutcome({ projectId: project.id, outcomeId: outcome.id, actor: member, input: outcomeInput }),
    ).toMatchObject({ status: 409 });
    expect(await removeOutcome({ projectId: project.id, outcomeId: outcome.id, actor: member })).toMatchObject({
      status: 409,
    });
    expect(await getStory(draftOutcome.id)).toBeNull();
  });

  it("withdrawing keeps the outcome and its words and takes the page down", async () => {
    const { organiser, project } = await setting();
    const outcome = await createOutcome({ projectId: project.id });
    await publishStory({ projectId: project.id, outcomeId: outcome.id, actor: organiser, story });
    expect(await unpublishStory({ projectId: project.id, outcomeId: outcome.id, actor: organiser })).toEqual({
      ok: true,
    });
    const [row] = await db().select().from(s.outcomes);
    expect(row).toMatchObject({ ...story, publishedAt: null });
    expect(await getStory(outcome.id)).toBeNull();
    expect(await unpublishStory({ projectId: project.id, outcomeId: outcome.id, actor: organiser })).toMatchObject({
      status: 409,
    });
  });

  it("publishes nothing, audits nothing, when the notification fails", async () => {
    const { organiser, project } = await setting();
    const outcome = await createOutcome({ projectId: project.id });
    vi.spyOn(notifications, "notify").mockRejectedValueOnce(new Error("no"));
    await expect(
      publishStory({ projectId: project.id, outcomeId: outcome.id, actor: organiser, story }),
    ).rejects.toThrow("no");
    const [row] = await db()
      .select({ publishedAt: s.outcomes.publishedAt, title: s.outcomes.storyTitle })
      .from(s.outcomes);
    expect(row).toEqual({ publishedAt: null, title: null });
    expect(await auditRows()).toEqual([]);
  });
});

describe("the data-use statement", () => {
  const stored =
    "What data\nYour name and NHS number.\n\nWhy\nSo the record is about you.\n\nWho sees it\nYour care team.\n\nHow long it is kept\nEight years.";

  it("saves a partial draft, then publishes the complete statement", async () => {
    const { member, project } = await setting();
    expect(
      await saveDataUseDraft({ projectId: project.id, actor: member, input: { ...dataUse, why: "", whoSees: "" } }),
    ).toEqual({ ok: true, published: false });
    const [draft] = await db()
      .select({
        statement: s.projects.dataUseStatement,
        basis: s.projects.dataUseLawfulBasis,
        at: s.projects.dataUsePublishedAt,
      })
      .from(s.projects)
      .where(eq(s.projects.id, project.id));
    expect(draft).toEqual({
      statement: "What data\nYour name and NHS number.\n\nHow long it is kept\nEight years.",
      basis: "",
      at: null,
    });
    expect(
      await publishDataUse({ projectId: project.id, actor: member, input: { ...dataUse, lawfulBasis: "public_task" } }),
    ).toEqual({ ok: true, published: true });
    const record = await getDataUse(project.id);
    expect(record).toMatchObject({ ...dataUse, lawfulBasis: "public_task", storedBasis: "public_task" });
    expect(record!.publishedAt).toBeInstanceOf(Date);
    expect((await auditRows()).map((r) => r.action)).toEqual(["data_use.saved", "data_use.published"]);
  });

  it("refuses to publish an incomplete statement, and a non-member", async () => {
    const { member, outsider, project } = await setting();
    expect(await publishDataUse({ projectId: project.id, actor: member, input: { ...dataUse, howLong: "" } })).toEqual({
      ok: false,
      status: 400,
      message: "Say how long the data is kept",
      field: "howLong",
    });
    expect(
      await saveDataUseDraft({ projectId: project.id, actor: outsider, input: { ...dataUse, lawfulBasis: "consent" } }),
    ).toMatchObject({ status: 403 });
    expect(await getDataUse(project.id)).toMatchObject({ whatData: "", publishedAt: null });
    expect(await auditRows()).toEqual([]);
  });

  it("saving a published statement republishes it with a new date", async () => {
    const { member, project } = await setting({
      dataUseStatement: stored,
      dataUseLawfulBasis: "public_task",
      dataUsePublishedAt: LONG_AGO,
    });
    expect(
      await saveDataUseDraft({
        projectId: project.id,
        actor: member,
        input: { ...dataUse, howLong: "Ten years.", lawfulBasis: "public_task" },
      }),
    ).toEqual({ ok: true, published: true });
    const record = await getDataUse(project.id);
    expect(record!.howLong).toBe("Ten years.");
    expect(record!.publishedAt!.getTime()).toBeGreaterThan(LONG_AGO.getTime());
    expect((await auditRows()).map((r) => r.action)).toEqual(["data_use.published"]);
  });

  it("an unchanged published statement keeps its date", async () => {
    const { member, project } = await setting({
      dataUseStatement: stored,
      dataUseLawfulBasis: "public_task",
      dataUsePublishedAt: LONG_AGO,
    });
    expect(
      await publishDataUse({ projectId: project.id, actor: member, input: { ...dataUse, lawfulBasis: "public_task" } }),
    ).toEqual({ ok: true, published: true });
    expect((await getDataUse(project.id))!.publishedAt).toEqual(LONG_AGO);
    expect(await auditRows()).toEqual([]);
  });

  it("writes nothing when the audit fails mid-way", async () => {
    const { member, project } = await setting();
    vi.spyOn(audit, "recordAudit").mockRejectedValueOnce(new Error("disk full"));
    await expect(
      publishDataUse({ projectId: project.id, actor: member, input: { ...dataUse, lawfulBasis: "consent" } }),
    ).rejects.toThrow("disk full");
    expect(await getDataUse(project.id)).toMatchObject({ whatData: "", lawfulBasis: null, publishedAt: null });
    expect(await lastActivity(project.id)).toEqual(LONG_AGO);
  });
});
