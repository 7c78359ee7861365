/**
 * The mentorship lifecycle: a lead asks a mentor, or a mentor offers help; the other side accepts
 * or declines; either side completes or cancels an active one; the side that asked may withdraw.
 * The rules are app/domain/mentorships.ts; each move is one transaction with its notification and
 * audit event. Capacity is checked when accepting, inside the transaction that accepts.
 */
import { and, asc, eq, inArray, isNotNull, lt, sql } from "drizzle-orm";
import { mentorProfiles, mentorships, projects, users } from "../../db/schema";
import type { AuditAction } from "../domain/audit";
import {
  answerMentorshipRefusal,
  endMentorshipRefusal,
  isCurrent,
  LAPSE_AFTER_DAYS,
  lapseCutoff,
  offerMentorshipRefusal,
  requestMentorRefusal,
  withdrawMentorshipRefusal,
  type MentorStanding,
  type Side,
} from "../domain/mentorships";
import type { NotificationKind } from "../domain/notifications";
import type { MentorshipStatus } from "../domain/taxonomy";
import { projectMentorsPath } from "../utils/paths";
import { recordAudit } from "./audit.server";
import { getDb, inTransaction, refuse, type ModelResult, type Viewer } from "./core.server";
import { notify } from "./notifications.server";
import { loadProjectStanding, PROJECT_NOT_FOUND } from "./project-standing.server";

type Actor = NonNullable<Viewer>;

/** A mentor's standing: whether they are a listed mentor, whether they take requests, capacity and load. */
export async function loadMentorStanding(mentorId: number): Promise<MentorStanding & { name: string }> {
  const [row] = await getDb()
    .select({
      name: users.name,
      capacity: mentorProfiles.capacity,
      acceptingRequests: mentorProfiles.acceptingRequests,
      activeCount:
        sql<number>`(SELECT count(*) FROM mentorships m WHERE m.mentor_id = ${mentorId} AND m.status = 'active')`.mapWith(
          Number,
        ),
      isMentor:
        sql<boolean>`EXISTS (SELECT 1 FROM user_roles ur WHERE ur.user_id = ${mentorId} AND ur.role IN ('mentor', 'admin'))`.mapWith(
          Boolean,
        ),
    })
    .from(mentorProfiles)
    .innerJoin(users, eq(users.id, mentorProfiles.userId))
    .where(and(eq(mentorProfiles.userId, mentorId), sql`${users.suspendedAt} IS NULL`));
  return row ?? { name: "", capacity: 0, acceptingRequests: false, activeCount: 0, isMentor: false };
}

async function currentMentorship(projectId: number, mentorId: number) {
  const rows = await getDb()
    .select({ id: mentorships.id, status: mentorships.status })
    .from(mentorships)
    .where(and(eq(mentorships.projectId, projectId), eq(mentorships.mentorId, mentorId)));
  return rows.find((r) => isCurrent(r.status)) ?? null;
}

async function isOnTeam(projectId: number, userId: number) {
  const found = await loadProjectStanding(projectId, { id: userId, roles: [] });
  return found?.standing.isMember ?? false;
}

async function audit(action: AuditAction, actor: Actor, mentorshipId: number, after: object) {
  await recordAudit({ actorId: actor.id, action, objectType: "mentorship", objectId: mentorshipId, after });
}

/** The team lead asks a mentor to help the project, with a message. */
export async function requestMentor({
  projectId,
  mentorId,
  actor,
  message,
}: {
  projectId: number;
  mentorId: number;
  actor: Actor;
  message: string;
}): Promise<ModelResult> {
  return inTransaction(async (tx) => {
    const found = await loadProjectStanding(projectId, actor);
    if (!found) return PROJECT_NOT_FOUND;
    const mentor = await loadMentorStanding(mentorId);
    const current = await currentMentorship(projectId, mentorId);
    const refusal = requestMentorRefusal({
      isLead: found.standing.isLead,
      projectActive: found.project.state === "active" && found.project.submitted,
      mentor,
      current: current?.status ?? null,
      isMemberOfProject: await isOnTeam(projectId, mentorId),
    });
    if (refusal) return refusal;
    const [row] = await tx
      .insert(mentorships)
      .values({ projectId, mentorId, status: "requested", message, requestedBy: actor.id })
      .returning({ id: mentorships.id });
    await notify({
      userId: mentorId,
      kind: "mentorship.requested",
      title: `${found.project.name} asked you to mentor them`,
      body: message || undefined,
      link: projectMentorsPath(found.project),
    });
    await audit("mentorship.requested", actor, row!.id, { projectId, mentorId });
    return { ok: true };
  });
}

/** A mentor offers to help a project, with a message. */
export async function offerMentorship({
  projectId,
  actor,
  message,
}: {
  projectId: number;
  actor: Actor;
  message: string;
}): Promise<ModelResult> {
  return inTransaction(async (tx) => {
    const found = await loadProjectStanding(projectId, actor);
    if (!found) return PROJECT_NOT_FOUND;
    const mentor = await loadMentorStanding(actor.id);
    const current = await currentMentorship(projectId, actor.id);
    const refusal = offerMentorshipRefusal({
      mentor,
      projectActive: found.project.state === "active",
      projectPublic: found.project.submitted,
      current: current?.status ?? null,
      isMemberOfProject: found.standing.isMember,
    });
    if (refusal) return refusal;
    const [row] = await tx
      .insert(mentorships)
      .values({ projectId, mentorId: actor.id, status: "offered", message, requestedBy: actor.id })
      .returning({ id: mentorships.id });
    await notify({
      userId: found.project.leadId,
      kind: "mentorship.offered",
      title: `${mentor.name} offered to mentor ${found.project.name}`,
      body: message || undefined,
      link: projectMentorsPath(found.project),
    });
    await audit("mentorship.offered", actor, row!.id, { projectId, mentorId: actor.id });
    return { ok: true };
  });
}

/** Reads a mentorship with the actor's side on it (the mentor, the lead, or neither). */
async function readMentorship(mentorshipId: number, projectId: number, actor: Actor) {
  const [row] = await getDb()
    .select({
      id: mentorships.id,
      status: mentorships.status,
      mentorId: mentorships.mentorId,
      projectId: mentorships.projectId,
      projectName: projects.name,
      leadId: projects.leadId,
    })
    .from(mentorships)
    .innerJoin(projects, eq(projects.id, mentorships.projectId))
    .where(and(eq(mentorships.id, mentorshipId), eq(mentorships.projectId, projectId)));
  if (!row) return null;
  const side: Side | null = actor.id === row.mentorId ? "mentor" : actor.id === row.leadId ? "team" : null;
  return { ...row, side };
}

const NOT_FOUND = refuse(404, "We could not find that mentorship.");

async function setStatus(
  mentorshipId: number,
  status: MentorshipStatus,
  extra: { respondedAt?: Date; endedAt?: Date },
) {
  await inTransaction((tx) =>
    tx
      .update(mentorships)
      .set({ status, ...extra })
      .where(eq(mentorships.id, mentorshipId)),
  );
}

/** The other side of a mentorship from `side`. */
const otherOf = (row: { mentorId: number; leadId: number }, side: Side) =>
  side === "mentor" ? row.leadId : row.mentorId;

async function tellOther(
  row: { mentorId: number; leadId: number; projectId: number; projectName: string },
  side: Side,
  kind: NotificationKind,
  title: string,
  body: string,
) {
  await notify({
    userId: otherOf(row, side),
    kind,
    title,
    body: body || undefined,
    link: projectMentorsPath({ id: row.projectId, name: row.projectName }),
  });
}

/** The side that did not start it accepts or declines, with a message. */
export async function answerMentorship({
  projectId,
  mentorshipId,
  actor,
  accept,
  message,
}: {
  projectId: number;
  mentorshipId: number;
  actor: Actor;
  accept: boolean;
  message: string;
}): Promise<ModelResult> {
  return inTransaction(async () => {
    const row = await readMentorship(mentorshipId, projectId, actor);
    if (!row || !row.side) return row ? refuse(403, "Only the mentor or the team lead can answer this.") : NOT_FOUND;
    const mentor = await loadMentorStanding(row.mentorId);
    const refusal = answerMentorshipRefusal({ side: row.side, status: row.status, accepting: accept, mentor });
    if (refusal) return refusal;
    await setStatus(mentorshipId, accept ? "active" : "declined", { respondedAt: new Date() });
    const who = row.side === "mentor" ? mentor.name : "The team";
    await tellOther(
      row,
      row.side,
      accept ? "mentorship.accepted" : "mentorship.declined",
      `${who} ${accept ? "accepted" : "declined"}: mentoring ${row.projectName}`,
      message,
    );
    await audit(accept ? "mentorship.accepted" : "mentorship.declined", actor, mentorshipId, { message });
    return { ok: true };
  });
}

/** The side that asked or offered withdraws it while it waits. */
export async function withdrawMentorship({
  projectId,
  mentorshipId,
  actor,
}: {
  projectId: number;
  mentorshipId: number;
  actor: Actor;
}): Promise<ModelResult> {
  return inTransaction(async () => {
    const row = await readMentorship(mentorshipId, projectId, actor);
    if (!row) return NOT_FOUND;
    const refusal = withdrawMentorshipRefusal(row.side, row.status);
    if (refusal) return refusal;
    await setStatus(mentorshipId, "cancelled", { endedAt: new Date() });
    await audit("mentorship.withdrawn", actor, mentorshipId, { status: row.status });
    return { ok: true };
  });
}

/** Either side completes or cancels an active mentorship, with a reason the other side is told. */
export async function endMentorship({
  projectId,
  mentorshipId,
  actor,
  outcome,
  reason,
}: {
  projectId: number;
  mentorshipId: number;
  actor: Actor;
  outcome: "completed" | "cancelled";
  reason: string;
}): Promise<ModelResult> {
  return inTransaction(async () => {
    const row = await readMentorship(mentorshipId, projectId, actor);
    if (!row) return NOT_FOUND;
    const refusal = endMentorshipRefusal(row.side, row.status);
    if (refusal) return refusal;
    await setStatus(mentorshipId, outcome, { endedAt: new Date() });
    await tellOther(
      row,
      row.side!,
      "mentorship.ended",
      `Mentoring ${row.projectName} was ${outcome === "completed" ? "marked completed" : "cancelled"}`,
      reason,
    );
    await audit(outcome === "completed" ? "mentorship.completed" : "mentorship.cancelled", actor, mentorshipId, {
      reason,
    });
    return { ok: true };
  });
}

/**
 * The projects a lead could ask this mentor to mentor, from the mentor's profile: every submitted
 * project the person leads (at most 50, most recently active first; one not yet submitted is not
 * looking for mentors), each with the refusal the rule gives, so the page offers the ones it may
 * and says why not for the rest.
 */
export async function listProjectsToRequestFor({ mentorId, leadId }: { mentorId: number; leadId: number }) {
  if (mentorId === leadId) return [];
  const led = await getDb()
    .select({
      id: projects.id,
      name: projects.name,
      state: projects.state,
      current: sql<MentorshipStatus | null>`(SELECT m.status FROM mentorships m WHERE m.project_id = projects.id AND m.mentor_id = ${mentorId} AND m.status IN ('requested', 'offered', 'active') LIMIT 1)`,
      mentorOnTeam:
        sql<boolean>`EXISTS (SELECT 1 FROM project_members pm WHERE pm.project_id = projects.id AND pm.user_id = ${mentorId} AND pm.status = 'active')`.mapWith(
          Boolean,
        ),
    })
    .from(projects)
    .where(and(eq(projects.leadId, leadId), isNotNull(projects.submittedAt)))
    .orderBy(sql`${projects.lastActivityAt} DESC`, asc(projects.id))
    .limit(50);
  if (led.length === 0) return [];
  const mentor = await loadMentorStanding(mentorId);
  return led.map((p) => ({
    id: p.id,
    name: p.name,
    refusal:
      requestMentorRefusal({
        isLead: true,
        projectActive: p.state === "active",
        mentor,
        current: p.current,
        isMemberOfProject: p.mentorOnTeam,
      })?.message ?? null,
  }));
}

/** A project's mentorships that are open or active, for its mentors page (team, its mentors, organisers). */
export async function listProjectMentorships(projectId: number) {
  return getDb()
    .select({
      id: mentorships.id,
      mentorId: mentorships.mentorId,
      mentorName: users.name,
      status: mentorships.status,
      message: mentorships.message,
      createdAt: mentorships.createdAt,
    })
    .from(mentorships)
    .innerJoin(users, eq(users.id, mentorships.mentorId))
    .where(and(eq(mentorships.projectId, projectId), inArray(mentorships.status, ["requested", "offered", "active"])))
    .orderBy(asc(mentorships.createdAt), asc(mentorships.id));
}

/** How many open mentorships one lapse run closes at most (the next run takes the rest). */
const LAPSE_BATCH = 200;

/**
 * Lapses requests and offers left unanswered for 21 days: each becomes `lapsed`, and both sides
 * are told (the mentor, and the project's lead) in the same transaction, with an audit event.
 * Run by the server's scheduler (app/jobs.server.ts); returns how many lapsed.
 */
export async function lapseStaleMentorships(now: Date = new Date()): Promise<number> {
  return inTransaction(async (tx) => {
    const stale = await tx
      .select({
        id: mentorships.id,
        status: mentorships.status,
        mentorId: mentorships.mentorId,
        mentorName: users.name,
        projectId: projects.id,
        projectName: projects.name,
        leadId: projects.leadId,
      })
      .from(mentorships)
      .innerJoin(projects, eq(projects.id, mentorships.projectId))
      .innerJoin(users, eq(users.id, mentorships.mentorId))
      .where(and(inArray(mentorships.status, ["requested", "offered"]), lt(mentorships.createdAt, lapseCutoff(now))))
      .orderBy(asc(mentorships.createdAt), asc(mentorships.id))
      .limit(LAPSE_BATCH);
    if (stale.length === 0) return 0;
    await tx
      .update(mentorships)
      .set({ status: "lapsed", endedAt: now })
      .where(
        inArray(
          mentorships.id,
          stale.map((m) => m.id),
        ),
      );
    const what = (m: (typeof stale)[number]) =>
      m.status === "requested"
        ? `The request to ${m.mentorName} to mentor ${m.projectName}`
        : `${m.mentorName}'s offer to mentor ${m.projectName}`;
    await notify(
      stale.flatMap((m) =>
        [m.mentorId, m.leadId].map((userId) => ({
          userId,
          kind: "mentorship.lapsed" as const,
          title: `${what(m)} lapsed`,
          body: `Nobody answered it in ${LAPSE_AFTER_DAYS} days, so it is closed. Either side can ask or offer again.`,
          link: projectMentorsPath({ id: m.projectId, name: m.projectName }),
        })),
      ),
    );
    for (const m of stale)
      await recordAudit({
        actorId: null,
        action: "mentorship.lapsed",
        objectType: "mentorship",
        objectId: m.id,
        before: { status: m.status },
        after: { status: "lapsed" },
      });
    return stale.length;
  });
}
