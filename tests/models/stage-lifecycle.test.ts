import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import {
  approveStageRequest,
  changeProjectState,
  moveStageBack,
  overrideStageMove,
  requestStageMove,
  returnStageRequest,
  withdrawStageRequest,
} from "../../app/models/stage-lifecycle.server";
import { listReviewQueue } from "../../app/models/stage-reviews.server";
import { getWriterDb } from "../../app/utils/db.server";
import * as s from "../../db/schema";
import { withFreshDatabase } from "../setup/fresh-database";
import { countRows, failInsertsInto, forcedFailure, pipelineProject } from "./pipeline-helpers";

withFreshDatabase();

const db = () => getWriterDb();
const projectRow = async (id: number) => (await db().select().from(s.projects).where(eq(s.projects.id, id)))[0]!;
const requests = (projectId: number) =>
  db().select().from(s.stageRequests).where(eq(s.stageRequests.projectId, projectId));
const moves = (projectId: number) =>
  db()
    .select({
      kind: s.stageMoves.kind,
      from: s.stageMoves.fromStage,
      to: s.stageMoves.toStage,
      reason: s.stageMoves.reason,
    })
    .from(s.stageMoves)
    .where(eq(s.stageMoves.projectId, projectId))
    .orderBy(s.stageMoves.id);
const notificationsOf = (userId: number) =>
  db()
    .select({ kind: s.notifications.kind, title: s.notifications.title, link: s.notifications.link })
    .from(s.notifications)
    .where(eq(s.notifications.userId, userId));
const auditOf = (projectId: number) =>
  db()
    .select({ action: s.auditEvents.action })
    .from(s.auditEvents)
    .where(and(eq(s.auditEvents.objectType, "project"), eq(s.auditEvents.objectId, projectId)));

describe("requesting a move", () => {
  it("is refused with the list of unmet required items, and writes nothing", async () => {
    const { lead, project } = await pipelineProject();
    const result = await requestStageMove({ projectId: project.id, actor: lead, note: "" });
    expect(result).toEqual({
      ok: false,
      status: 409,
      message: "To enter validation, 1 required item is not met yet: A working demo exists.",
    });
    expect(await requests(project.id)).toEqual([]);
    expect(await countRows("stage_moves", project.id)).toBe(0);
  });

  it("records the request, the timeline entry, tells the organisers and audits it; a second is refused", async () => {
    const { lead, organiser, project } = await pipelineProject({ ready: true });
    expect(await requestStageMove({ projectId: project.id, actor: lead, note: "Demo is live" })).toEqual({ ok: true });
    const [request] = await requests(project.id);
    expect(request).toMatchObject({
      fromStage: "prototype",
      toStage: "validation",
      status: "pending",
      note: "Demo is live",
    });
    expect(await moves(project.id)).toEqual([
      { kind: "requested", from: "prototype", to: "validation", reason: "Demo is live" },
    ]);
    expect(await notificationsOf(organiser.id)).toEqual([
      {
        kind: "stage.requested",
        title: "Foot Check asks to move to validation",
        link: `/pipeline/reviews#request-${request!.id}`,
      },
    ]);
    expect(await auditOf(project.id)).toEqual([{ action: "stage.requested" }]);
    expect(await requestStageMove({ projectId: project.id, actor: lead, note: "" })).toMatchObject({
      ok: false,
      status: 409,
      message: "A request to move on is already with the organisers.",
    });
  });

  it("is for the lead only, and a stranger cannot see an unsubmitted project at all", async () => {
    const { clinician, stranger, project } = await pipelineProject({ ready: true });
    expect(await requestStageMove({ projectId: project.id, actor: clinician, note: "" })).toMatchObject({
      status: 403,
    });
    expect(await requestStageMove({ projectId: project.id, actor: stranger, note: "" })).toMatchObject({ status: 403 });
    await db().update(s.projects).set({ submittedAt: null }).where(eq(s.projects.id, project.id));
    expect(await requestStageMove({ projectId: project.id, actor: stranger, note: "" })).toMatchObject({ status: 404 });
  });

  it("can be withdrawn by the lead", async () => {
    const { lead, project } = await pipelineProject({ ready: true });
    await requestStageMove({ projectId: project.id, actor: lead, note: "" });
    expect(await withdrawStageRequest({ projectId: project.id, actor: lead })).toEqual({ ok: true });
    expect((await requests(project.id)).map((r) => r.status)).toEqual(["withdrawn"]);
    expect(await withdrawStageRequest({ projectId: project.id, actor: lead })).toMatchObject({ status: 409 });
  });
});

describe("deciding a request", () => {
  it("approves: the stage, its dates, the timeline, the team told, the audit", async () => {
    const { lead, clinician, organiser, project } = await pipelineProject({ ready: true });
    await requestStageMove({ projectId: project.id, actor: lead, note: "" });
    const [request] = await requests(project.id);
    const longAgo = new Date("2026-03-01T10:00:00Z");
    await db().update(s.projects).set({ stageEnteredAt: longAgo }).where(eq(s.projects.id, project.id));
    expect(await approveStageRequest({ requestId: request!.id, actor: organiser, reason: "Well evidenced" })).toEqual({
      ok: true,
    });
    const after = await projectRow(project.id);
    expect(after.stage).toBe("validation");
    expect(after.stageEnteredAt.getTime()).toBeGreaterThan(longAgo.getTime());
    expect(after.lastActivityAt.getTime()).toBe(after.stageEnteredAt.getTime());
    expect((await requests(project.id))[0]).toMatchObject({ status: "approved", decidedBy: organiser.id });
    expect((await moves(project.id)).map((m) => m.kind)).toEqual(["requested", "approved"]);
    for (const member of [lead, clinician])
      expect(await notificationsOf(member.id)).toEqual([
        {
          kind: "stage.approved",
          title: "Foot Check is now at validation",
          link: `/projects/${project.id}-foot-check#stage`,
        },
      ]);
    expect((await auditOf(project.id)).map((a) => a.action)).toEqual(["stage.requested", "stage.approved"]);
  });

  it("refuses to approve when items became unmet, and only organisers decide", async () => {
    const { lead, organiser, project } = await pipelineProject({ ready: true });
    await requestStageMove({ projectId: project.id, actor: lead, note: "" });
    const [request] = await requests(project.id);
    expect(await approveStageRequest({ requestId: request!.id, actor: lead, reason: "" })).toMatchObject({
      status: 403,
    });
    await db().delete(s.gateItemStatusesTable).where(eq(s.gateItemStatusesTable.projectId, project.id));
    expect(await approveStageRequest({ requestId: request!.id, actor: organiser, reason: "" })).toEqual({
      ok: false,
      status: 409,
      message:
        "1 required item is not met yet: A working demo exists. Return the request, or move the project on by override with a reason.",
    });
    expect((await projectRow(project.id)).stage).toBe("prototype");
  });

  it("returns with a reason the team is told", async () => {
    const { lead, organiser, project } = await pipelineProject({ ready: true });
    await requestStageMove({ projectId: project.id, actor: lead, note: "" });
    const [request] = await requests(project.id);
    const reason = "The demo link asks for a password.";
    expect(await returnStageRequest({ requestId: request!.id, actor: organiser, reason })).toEqual({ ok: true });
    expect((await requests(project.id))[0]).toMatchObject({ status: "returned", decisionReason: reason });
    expect((await moves(project.id)).at(-1)).toEqual({ kind: "returned", from: "prototype", to: "validation", reason });
    expect(await notificationsOf(lead.id)).toEqual([
      {
        kind: "stage.returned",
        title: "The move to validation was returned",
        link: `/projects/${project.id}-foot-check#stage`,
      },
    ]);
    expect((await projectRow(project.id)).stage).toBe("prototype");
  });

  it("is all or nothing: a failure mid-way leaves the stage, the request and the timeline as they were", async () => {
    const { lead, organiser, project } = await pipelineProject({ ready: true });
    await requestStageMove({ projectId: project.id, actor: lead, note: "" });
    const [request] = await requests(project.id);
    await failInsertsInto("audit_events");
    await expect(approveStageRequest({ requestId: request!.id, actor: organiser, reason: "" })).rejects.toThrow(
      forcedFailure,
    );
    expect((await projectRow(project.id)).stage).toBe("prototype");
    expect((await requests(project.id))[0]!.status).toBe("pending");
    expect((await moves(project.id)).map((m) => m.kind)).toEqual(["requested"]);
    expect(await notificationsOf(lead.id)).toEqual([]);
  });

  it("lists pending requests oldest first, for organisers only", async () => {
    const { lead, organiser, project } = await pipelineProject({ ready: true });
    await requestStageMove({ projectId: project.id, actor: lead, note: "" });
    expect(await listReviewQueue({ viewer: lead, page: 1 })).toMatchObject({ ok: false, status: 403 });
    const result = await listReviewQueue({ viewer: organiser, page: 1 });
    if (!result.ok) throw new Error("refused");
    expect(result.queue.total).toBe(1);
    const [item] = result.queue.items;
    expect(item!.projectName).toBe("Foot Check");
    expect(item!.unmet).toEqual([]);
    expect(item!.gate.map((g) => [g.key, g.done])).toEqual([
      ["clinical_champion", true],
      ["problem_linked", true],
      ["working_demo", true],
      ["active_mentor", true],
    ]);
  });
});

describe("override, moving back, pausing and archiving", () => {
  it("overrides with a reason the timeline keeps, recording the unmet items in the audit", async () => {
    const { organiser, project } = await pipelineProject();
    const reason = "Demo shown live to the programme board.";
    expect(await overrideStageMove({ projectId: project.id, actor: organiser, reason })).toEqual({ ok: true });
    expect((await projectRow(project.id)).stage).toBe("validation");
    expect(await moves(project.id)).toEqual([{ kind: "override", from: "prototype", to: "validation", reason }]);
    const [event] = await db().select().from(s.auditEvents).where(eq(s.auditEvents.action, "stage.overridden"));
    expect(event!.before).toEqual({ stage: "prototype", unmet: ["working_demo"] });
  });

  it("moves back with a reason and keeps the problem's status true", async () => {
    const { lead, organiser, problem, project } = await pipelineProject();
    await db().update(s.projects).set({ stage: "pilot" }).where(eq(s.projects.id, project.id));
    await db().update(s.problems).set({ status: "solved" }).where(eq(s.problems.id, problem.id));
    const reason = "The pilot site withdrew.";
    expect(await moveStageBack({ projectId: project.id, actor: organiser, to: "pilot_ready", reason })).toEqual({
      ok: true,
    });
    expect((await projectRow(project.id)).stage).toBe("pilot_ready");
    const [row] = await db()
      .select({ status: s.problems.status })
      .from(s.problems)
      .where(eq(s.problems.id, problem.id));
    expect(row!.status).toBe("in_progress");
    expect(await notificationsOf(lead.id)).toEqual([
      {
        kind: "stage.moved",
        title: "Foot Check was moved back to pilot ready",
        link: `/projects/${project.id}-foot-check#timeline`,
      },
    ]);
    expect(await moveStageBack({ projectId: project.id, actor: lead, to: "pilot", reason })).toMatchObject({
      status: 400,
      field: "to",
    });
  });

  it("pauses (returning a pending request), resumes and archives with a reason", async () => {
    const { lead, project } = await pipelineProject({ ready: true });
    await requestStageMove({ projectId: project.id, actor: lead, note: "" });
    const paused = await changeProjectState({
      projectId: project.id,
      actor: lead,
      change: "pause",
      reason: "Waiting for the procurement round",
    });
    expect(paused).toEqual({ ok: true });
    expect(await projectRow(project.id)).toMatchObject({
      state: "paused",
      stateReason: "Waiting for the procurement round",
    });
    expect((await requests(project.id))[0]!.status).toBe("returned");
    expect(
      await changeProjectState({ projectId: project.id, actor: lead, change: "pause", reason: "again" }),
    ).toMatchObject({ status: 409 });
    await changeProjectState({ projectId: project.id, actor: lead, change: "resume", reason: "" });
    expect((await projectRow(project.id)).state).toBe("active");
    expect(
      await changeProjectState({
        projectId: project.id,
        actor: lead,
        change: "archive",
        reason: "A national product now does this.",
        archiveReason: "already_live",
      }),
    ).toEqual({ ok: true });
    expect(await projectRow(project.id)).toMatchObject({ state: "archived", archiveReason: "already_live" });
    expect((await moves(project.id)).map((m) => m.kind)).toEqual(["requested", "paused", "resumed", "archived"]);
    expect((await moves(project.id)).at(-1)!.reason).toBe("Already live in the NHS. A national product now does this.");
  });
});
