/**
 * The write side of a project's stage (decision 0049): request a move, withdraw it, approve or
 * return it, move on by override, move back, pause, resume, archive. Each is one transaction that
 * writes the stage and its dates, the timeline entry, the problem's status (decision 0021), the
 * notifications and the audit event, or nothing. The rules are app/domain/pipeline.ts, the same
 * functions the pages call to decide what to offer.
 */
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { projectMembers, projects, stageMoves, stageRequests, userRoles } from "../../db/schema";
import type { AuditAction } from "../domain/audit";
import { unmetRequiredItems } from "../domain/gate-progress";
import type { NotificationKind } from "../domain/notifications";
import {
  approveRefusal,
  moveBackRefusal,
  overrideRefusal,
  returnRefusal,
  reviewQueueRefusal,
  stageRequestRefusal,
  stateChangeRefusal,
  withdrawRequestRefusal,
  type ProjectStanding,
  type StateChange,
} from "../domain/pipeline";
import { isOrganiser } from "../domain/roles";
import { stageKeys, stageLabel, nextStage, stageIndex, type Stage } from "../domain/stages";
import { archiveReasons, type ProjectState } from "../domain/taxonomy";
import { pipelineReviewPath, projectPath } from "../utils/paths";
import { recordAudit } from "./audit.server";
import { notifyFollowers } from "./follows.server";
import { inTransaction, refuse, type ModelResult, type Tx, type Viewer } from "./core.server";
import { notify } from "./notifications.server";
import { syncProblemStatusForProject } from "./problem-status.server";
import {
  findPendingRequest,
  loadGateRecords,
  loadProjectFacts,
  loadProjectStanding,
  type StandingProject,
  PROJECT_NOT_FOUND,
  touchProject,
} from "./project-standing.server";

type Actor = NonNullable<Viewer>;

/** The project, the actor's standing and the required items still unmet, read inside the transaction. */
async function readContext(projectId: number, actor: Actor) {
  const found = await loadProjectStanding(projectId, actor);
  if (!found) return null;
  const [records, facts] = await Promise.all([loadGateRecords(projectId), loadProjectFacts(projectId)]);
  return { ...found, unmet: unmetRequiredItems(found.project.stage, records, facts) };
}

/** Active team members' ids (the lead first), for telling the team. */
async function teamIds(tx: Tx, projectId: number): Promise<number[]> {
  const rows = await tx
    .select({ userId: projectMembers.userId })
    .from(projectMembers)
    .where(and(eq(projectMembers.projectId, projectId), eq(projectMembers.status, "active")))
    .orderBy(sql`${projectMembers.role} = 'lead' DESC`, asc(projectMembers.userId));
  return rows.map((r) => r.userId);
}

/** Everyone who reviews stage requests: organisers and admins. */
async function organiserIds(tx: Tx): Promise<number[]> {
  const rows = await tx
    .selectDistinct({ userId: userRoles.userId })
    .from(userRoles)
    .where(inArray(userRoles.role, ["organiser", "admin"]))
    .orderBy(asc(userRoles.userId));
  return rows.map((r) => r.userId);
}

async function tell(
  userIds: readonly number[],
  except: number,
  message: { kind: NotificationKind; title: string; body?: string; link: string },
) {
  await notify(userIds.filter((id) => id !== except).map((userId) => ({ userId, ...message })));
}

/** Writes the stage, its dates and the timeline entry, and keeps the problem's status true. */
async function setStage(
  tx: Tx,
  project: StandingProject,
  move: {
    to: Stage;
    kind: "approved" | "override" | "moved_back";
    actorId: number;
    reason: string;
    requestId?: number;
  },
) {
  const now = new Date();
  await tx
    .update(projects)
    .set({ stage: move.to, stageEnteredAt: now, lastActivityAt: now })
    .where(eq(projects.id, project.id));
  await tx.insert(stageMoves).values({
    projectId: project.id,
    kind: move.kind,
    fromStage: project.stage,
    toStage: move.to,
    actorId: move.actorId,
    reason: move.reason,
    requestId: move.requestId ?? null,
  });
  await syncProblemStatusForProject(project.problemId);
  await notifyFollowers({
    objectType: "project",
    objectId: project.id,
    kind: "follow.stage_moved",
    title: `${project.name} ${move.kind === "moved_back" ? "moved back" : "moved on"} to ${stageLabel(move.to)}`,
    link: projectPath(project),
    except: move.actorId,
  });
}

async function audit(action: AuditAction, actor: Actor, projectId: number, before: object, after: object) {
  await recordAudit({ actorId: actor.id, action, objectType: "project", objectId: projectId, before, after });
}

/** The lead asks to move the project into its next stage; refused while required items are unmet. */
export async function requestStageMove({
  projectId,
  actor,
  note,
}: {
  projectId: number;
  actor: Actor;
  note: string;
}): Promise<ModelResult> {
  return inTransaction(async (tx) => {
    const context = await readContext(projectId, actor);
    if (!context) return PROJECT_NOT_FOUND;
    const { project, standing, unmet } = context;
    const pending = await findPendingRequest(projectId);
    const refusal = stageRequestRefusal({ standing, project, pending: pending !== null, unmet });
    if (refusal) return refusal;
    const to = nextStage(project.stage)!;
    const [request] = await tx
      .insert(stageRequests)
      .values({ projectId, fromStage: project.stage, toStage: to, requestedBy: actor.id, note })
      .returning({ id: stageRequests.id });
    await tx.insert(stageMoves).values({
      projectId,
      kind: "requested",
      fromStage: project.stage,
      toStage: to,
      actorId: actor.id,
      reason: note,
      requestId: request!.id,
    });
    await touchProject(projectId);
    await tell(await organiserIds(tx), actor.id, {
      kind: "stage.requested",
      title: `${project.name} asks to move to ${stageLabel(to).toLowerCase()}`,
      body: "Review the evidence and approve the move, or return it with a reason.",
      link: pipelineReviewPath(request!.id),
    });
    await audit("stage.requested", actor, projectId, { stage: project.stage }, { requestId: request!.id, to });
    return { ok: true };
  });
}

/** The lead withdraws the pending request. */
export async function withdrawStageRequest({ projectId, actor }: { projectId: number; actor: Actor }) {
  return inTransaction(async (tx): Promise<ModelResult> => {
    const context = await readContext(projectId, actor);
    if (!context) return PROJECT_NOT_FOUND;
    const pending = await findPendingRequest(projectId);
    const refusal = withdrawRequestRefusal(context.standing, pending !== null);
    if (refusal) return refusal;
    await tx
      .update(stageRequests)
      .set({ status: "withdrawn", decidedBy: actor.id, decidedAt: new Date() })
      .where(eq(stageRequests.id, pending!.id));
    await audit("stage.request_withdrawn", actor, projectId, { requestId: pending!.id }, { status: "withdrawn" });
    return { ok: true };
  });
}

const REQUEST_NOT_FOUND = refuse(404, "We could not find that request.");

/** Reads a request with its project for an organiser's decision. */
async function readRequest(tx: Tx, requestId: number, actor: Actor) {
  // Only reviewers learn whether a request exists.
  const denied = reviewQueueRefusal({ isOrganiser: isOrganiser(actor) });
  if (denied) return denied;
  const [request] = await tx
    .select({
      id: stageRequests.id,
      projectId: stageRequests.projectId,
      status: stageRequests.status,
      fromStage: stageRequests.fromStage,
      toStage: stageRequests.toStage,
      requestedBy: stageRequests.requestedBy,
    })
    .from(stageRequests)
    .where(eq(stageRequests.id, requestId));
  if (!request) return REQUEST_NOT_FOUND;
  const context = await readContext(request.projectId, actor);
  return context ? { ok: true as const, request, ...context } : REQUEST_NOT_FOUND;
}

/** An organiser approves a pending request: the project enters the stage asked for. */
export async function approveStageRequest({
  requestId,
  actor,
  reason,
}: {
  requestId: number;
  actor: Actor;
  reason: string;
}): Promise<ModelResult> {
  return inTransaction(async (tx) => {
    const found = await readRequest(tx, requestId, actor);
    if (!found.ok) return found;
    const { request, project, standing, unmet } = found;
    const refusal = approveRefusal({ standing, request, project, unmet });
    if (refusal) return refusal;
    await decide(tx, request.id, "approved", actor.id, reason);
    await setStage(tx, project, { to: request.toStage, kind: "approved", actorId: actor.id, reason, requestId });
    await tell(await teamIds(tx, project.id), actor.id, {
      kind: "stage.approved",
      title: `${project.name} is now at ${stageLabel(request.toStage).toLowerCase()}`,
      body: "The move you asked for was approved. The next gate is on the project page.",
      link: `${projectPath(project)}#stage`,
    });
    await audit("stage.approved", actor, project.id, { stage: project.stage }, { stage: request.toStage, requestId });
    return { ok: true };
  });
}

async function decide(tx: Tx, requestId: number, status: "approved" | "returned", actorId: number, reason: string) {
  await tx
    .update(stageRequests)
    .set({ status, decidedBy: actorId, decisionReason: reason || null, decidedAt: new Date() })
    .where(eq(stageRequests.id, requestId));
}

/** An organiser returns a pending request to the team with a reason. */
export async function returnStageRequest({
  requestId,
  actor,
  reason,
}: {
  requestId: number;
  actor: Actor;
  reason: string;
}): Promise<ModelResult> {
  return inTransaction(async (tx) => {
    const found = await readRequest(tx, requestId, actor);
    if (!found.ok) return found;
    const { request, project, standing } = found;
    const refusal = returnRefusal(standing, request);
    if (refusal) return refusal;
    await decide(tx, request.id, "returned", actor.id, reason);
    await tx.insert(stageMoves).values({
      projectId: project.id,
      kind: "returned",
      fromStage: request.fromStage,
      toStage: request.toStage,
      actorId: actor.id,
      reason,
      requestId,
    });
    await touchProject(project.id);
    await tell(await teamIds(tx, project.id), actor.id, {
      kind: "stage.returned",
      title: `The move to ${stageLabel(request.toStage).toLowerCase()} was returned`,
      body: reason,
      link: `${projectPath(project)}#stage`,
    });
    await audit("stage.returned", actor, project.id, { requestId }, { status: "returned", reason });
    return { ok: true };
  });
}

/**
 * An organiser moves the project into its next stage whatever its gate says, with a written
 * reason the timeline shows as an override. A pending request is approved by it.
 */
export async function overrideStageMove({
  projectId,
  actor,
  reason,
}: {
  projectId: number;
  actor: Actor;
  reason: string;
}): Promise<ModelResult> {
  return inTransaction(async (tx) => {
    const context = await readContext(projectId, actor);
    if (!context) return PROJECT_NOT_FOUND;
    const { project, standing, unmet } = context;
    const refusal = overrideRefusal(standing, project);
    if (refusal) return refusal;
    const to = nextStage(project.stage)!;
    const pending = await findPendingRequest(projectId);
    if (pending) await decide(tx, pending.id, "approved", actor.id, reason);
    await setStage(tx, project, { to, kind: "override", actorId: actor.id, reason, requestId: pending?.id });
    await tell(await teamIds(tx, projectId), actor.id, {
      kind: "stage.moved",
      title: `${project.name} was moved on to ${stageLabel(to).toLowerCase()}`,
      body: reason,
      link: `${projectPath(project)}#timeline`,
    });
    await audit(
      "stage.overridden",
      actor,
      projectId,
      { stage: project.stage, unmet: unmet.map((item) => item.key) },
      { stage: to, reason },
    );
    return { ok: true };
  });
}

/** The lead or an organiser moves the project back a stage, with a reason. */
export async function moveStageBack({
  projectId,
  actor,
  to,
  reason,
}: {
  projectId: number;
  actor: Actor;
  /** An earlier stage; the one before the current stage when not given. */
  to?: Stage;
  reason: string;
}): Promise<ModelResult> {
  return inTransaction(async (tx) => {
    const context = await readContext(projectId, actor);
    if (!context) return PROJECT_NOT_FOUND;
    const { project, standing } = context;
    const refusal = moveBackRefusal(standing, project);
    if (refusal) return refusal;
    const target = to ?? stageKeys[stageIndex(project.stage) - 1]!;
    if (stageIndex(target) >= stageIndex(project.stage))
      return refuse(400, "Choose a stage before the one the project is at.", "to");
    const pending = await findPendingRequest(projectId);
    if (pending) await decide(tx, pending.id, "returned", actor.id, `Moved back: ${reason}`);
    await setStage(tx, project, { to: target, kind: "moved_back", actorId: actor.id, reason });
    await tellOthers(tx, project, standing, actor, {
      kind: "stage.moved",
      title: `${project.name} was moved back to ${stageLabel(target).toLowerCase()}`,
      body: reason,
    });
    await audit("stage.moved_back", actor, projectId, { stage: project.stage }, { stage: target, reason });
    return { ok: true };
  });
}

/** Tells the team of a change an organiser made, or the organisers of a change the lead made. */
async function tellOthers(
  tx: Tx,
  project: StandingProject,
  standing: ProjectStanding,
  actor: Actor,
  message: { kind: NotificationKind; title: string; body: string },
) {
  const link = `${projectPath(project)}#timeline`;
  if (standing.isMember) return; // the team made the change themselves
  await tell(await teamIds(tx, project.id), actor.id, { ...message, link });
}

const stateAfter: Record<StateChange, ProjectState> = { pause: "paused", resume: "active", archive: "archived" };
const stateMoveKind = { pause: "paused", resume: "resumed", archive: "archived" } as const;
const stateAudit = { pause: "project.paused", resume: "project.resumed", archive: "project.archived" } as const;

/**
 * The lead or an organiser pauses, resumes or archives the project. Pausing and archiving take a
 * reason (archiving one of DESIGN.md's reasons as well); a pending request is returned.
 */
export async function changeProjectState({
  projectId,
  actor,
  change,
  reason,
  archiveReason,
}: {
  projectId: number;
  actor: Actor;
  change: StateChange;
  reason: string;
  archiveReason?: (typeof archiveReasons.values)[number];
}): Promise<ModelResult> {
  return inTransaction(async (tx) => {
    const context = await readContext(projectId, actor);
    if (!context) return PROJECT_NOT_FOUND;
    const { project, standing } = context;
    const refusal = stateChangeRefusal(change, standing, project);
    if (refusal) return refusal;
    if (change === "archive" && !archiveReason)
      return refuse(400, "Choose why the project is archived.", "archiveReason");
    const state = stateAfter[change];
    const now = new Date();
    await tx
      .update(projects)
      .set({
        state,
        archiveReason: change === "archive" ? archiveReason! : null,
        stateReason: change === "resume" ? null : reason,
        lastActivityAt: now,
      })
      .where(eq(projects.id, projectId));
    const pending = change === "resume" ? null : await findPendingRequest(projectId);
    if (pending) await decide(tx, pending.id, "returned", actor.id, `The project was ${state}: ${reason}`);
    const label = change === "archive" ? `${archiveReasons.label(archiveReason!)}. ${reason}`.trim() : reason;
    await tx.insert(stageMoves).values({
      projectId,
      kind: stateMoveKind[change],
      fromStage: project.stage,
      toStage: project.stage,
      actorId: actor.id,
      reason: label,
    });
    await syncProblemStatusForProject(project.problemId);
    await tellOthers(tx, project, standing, actor, {
      kind: "stage.state_changed",
      title: `${project.name} was ${state === "active" ? "resumed" : state}`,
      body: label,
    });
    await audit(stateAudit[change], actor, projectId, { state: project.state }, { state, reason: label });
    return { ok: true };
  });
}
