/**
 * Teams on projects: a hack day's teams, a team's page, and asking to join, answering requests,
 * leaving and removing members.
 */
import { and, asc, count, eq, sql } from "drizzle-orm";
import { hackDayParticipants, hackDays, problems, projectMembers, projects, users } from "../../db/schema";
import { pageWindow, PAGE_SIZE, toPage } from "../utils/pagination";
import { projectTeamPath } from "../utils/paths";
import { joinTeamRefusal, teamChangeRefusal, teamFullRefusal, type TeamStanding } from "../domain/teams";
import { recordAudit } from "./audit.server";
import { getDb, inTransaction, refuse, type ModelResult } from "./core.server";
import { notify } from "./notifications.server";
import { getUserName } from "./users.server";

const memberCountSql =
  sql<number>`(SELECT count(*) FROM project_members pm WHERE pm.project_id = projects.id AND pm.status = 'active')`.mapWith(
    Number,
  );

/** The teams and submissions of a hack day, a page at a time: submitted first, then by start. */
export async function listHackDayProjects({
  hackDayId,
  page,
  pageSize = PAGE_SIZE,
}: {
  hackDayId: number;
  page: number;
  pageSize?: number;
}) {
  const db = getDb();
  const { limit, offset } = pageWindow(page, pageSize);
  const rows = await db
    .select({
      id: projects.id,
      name: projects.name,
      tagline: projects.tagline,
      submittedAt: projects.submittedAt,
      problemId: problems.id,
      problemTitle: problems.title,
      leadName: users.name,
      memberCount: memberCountSql,
      screenshot: sql<
        string | null
      >`(SELECT s.file_name FROM project_screenshots s WHERE s.project_id = projects.id ORDER BY s.position, s.id LIMIT 1)`,
      screenshotAlt: sql<
        string | null
      >`(SELECT s.alt FROM project_screenshots s WHERE s.project_id = projects.id ORDER BY s.position, s.id LIMIT 1)`,
    })
    .from(projects)
    .innerJoin(users, eq(users.id, projects.leadId))
    .leftJoin(problems, and(eq(problems.id, projects.problemId), sql`${problems.hiddenAt} IS NULL`))
    .where(eq(projects.hackDayId, hackDayId))
    .orderBy(sql`${projects.submittedAt} IS NULL`, asc(projects.createdAt), asc(projects.id))
    .limit(limit)
    .offset(offset);
  const [total] = await db.select({ n: count() }).from(projects).where(eq(projects.hackDayId, hackDayId));
  return toPage(rows, total?.n ?? 0, page, pageSize);
}

/** A project's team page: the project, its hack day and every member or request. */
export async function getTeam(projectId: number) {
  const db = getDb();
  const [project] = await db
    .select({
      id: projects.id,
      name: projects.name,
      tagline: projects.tagline,
      leadId: projects.leadId,
      submittedAt: projects.submittedAt,
      problemId: problems.id,
      problemTitle: problems.title,
      hackDayId: hackDays.id,
      hackDayName: hackDays.name,
      hackDayStatus: hackDays.status,
      hackDayOrganiserId: hackDays.organiserId,
    })
    .from(projects)
    .leftJoin(problems, and(eq(problems.id, projects.problemId), sql`${problems.hiddenAt} IS NULL`))
    .leftJoin(hackDays, eq(hackDays.id, projects.hackDayId))
    .where(eq(projects.id, projectId));
  if (!project) return null;
  const members = await db
    .select({
      userId: projectMembers.userId,
      name: users.name,
      role: projectMembers.role,
      status: projectMembers.status,
      message: projectMembers.message,
      createdAt: projectMembers.createdAt,
    })
    .from(projectMembers)
    .innerJoin(users, eq(users.id, projectMembers.userId))
    .where(eq(projectMembers.projectId, projectId))
    .orderBy(sql`${projectMembers.role} = 'lead' DESC`, asc(projectMembers.createdAt), asc(users.name));
  return { project, members };
}
export type Team = NonNullable<Awaited<ReturnType<typeof getTeam>>>;

/** The person's row on any team at this hack day (a request counts), or undefined. */

/** A person's registration and team at a hack day, for the team rules (app/domain/teams.ts). */
export async function teamStanding(hackDayId: number, userId: number): Promise<TeamStanding> {
  const [registration] = await getDb()
    .select({ status: hackDayParticipants.status })
    .from(hackDayParticipants)
    .where(and(eq(hackDayParticipants.hackDayId, hackDayId), eq(hackDayParticipants.userId, userId)))
    .limit(1);
  const team = await teamAtHackDay(hackDayId, userId);
  return {
    registered: registration?.status === "registered",
    teamAtHackDay: team ? { name: team.name, status: team.status } : null,
  };
}

export async function teamAtHackDay(hackDayId: number, userId: number) {
  const [row] = await getDb()
    .select({ projectId: projects.id, name: projects.name, status: projectMembers.status })
    .from(projectMembers)
    .innerJoin(projects, eq(projects.id, projectMembers.projectId))
    .where(and(eq(projectMembers.userId, userId), eq(projects.hackDayId, hackDayId)))
    .limit(1);
  return row;
}

type TeamContext = {
  id: number;
  name: string;
  leadId: number;
  hackDayId: number | null;
  hackDayStatus: (typeof hackDays.$inferSelect)["status"] | null;
};

async function teamContext(projectId: number): Promise<TeamContext | undefined> {
  const [row] = await getDb()
    .select({
      id: projects.id,
      name: projects.name,
      leadId: projects.leadId,
      hackDayId: projects.hackDayId,
      hackDayStatus: hackDays.status,
    })
    .from(projects)
    .leftJoin(hackDays, eq(hackDays.id, projects.hackDayId))
    .where(eq(projects.id, projectId))
    .limit(1);
  return row;
}

async function activeCount(projectId: number): Promise<number> {
  const [row] = await getDb()
    .select({ n: count() })
    .from(projectMembers)
    .where(and(eq(projectMembers.projectId, projectId), eq(projectMembers.status, "active")));
  return row?.n ?? 0;
}

/** Asks to join a team. At a hack day, only registered participants not on another team may ask. */
export async function requestToJoin({
  projectId,
  userId,
  message,
}: {
  projectId: number;
  userId: number;
  message?: string;
}): Promise<ModelResult> {
  return inTransaction(async (tx) => {
    const project = await teamContext(projectId);
    if (!project) return refuse(404, "We could not find that project.");
    const [own] = await tx
      .select({ status: projectMembers.status })
      .from(projectMembers)
      .where(and(eq(projectMembers.projectId, projectId), eq(projectMembers.userId, userId)))
      .limit(1);
    const refusal = joinTeamRefusal({
      hackDayStatus: project.hackDayStatus,
      membership: own?.status ?? null,
      standing: project.hackDayId === null ? null : await teamStanding(project.hackDayId, userId),
      activeMembers: await activeCount(projectId),
    });
    if (refusal) return refusal;
    await tx
      .insert(projectMembers)
      .values({ projectId, userId, role: "member", status: "requested", message: message ?? "" });
    await notify({
      userId: project.leadId,
      kind: "team.join_request",
      title: `${(await getUserName(userId)) || "Someone"} asked to join ${project.name}`,
      body: message ?? "",
      link: projectTeamPath(projectId),
    });
    await recordAudit({ actorId: userId, action: "team.join_requested", objectType: "project", objectId: projectId });
    return { ok: true };
  });
}

/** The lead accepts or declines a join request; a team never grows past eight. */
export async function decideJoinRequest({
  projectId,
  leadId,
  userId,
  decision,
}: {
  projectId: number;
  leadId: number;
  userId: number;
  decision: "accept" | "decline";
}): Promise<ModelResult> {
  return inTransaction(async (tx) => {
    const project = await teamContext(projectId);
    if (!project) return refuse(404, "We could not find that project.");
    if (project.leadId !== leadId) return refuse(403, "Only the team lead can answer join requests.");
    const closed = teamChangeRefusal(project.hackDayStatus);
    if (closed) return closed;
    const [request] = await tx
      .select({ status: projectMembers.status })
      .from(projectMembers)
      .where(and(eq(projectMembers.projectId, projectId), eq(projectMembers.userId, userId)))
      .limit(1);
    if (request?.status !== "requested") return refuse(404, "That join request no longer exists.");
    const where = and(eq(projectMembers.projectId, projectId), eq(projectMembers.userId, userId));
    if (decision === "decline") {
      await tx.delete(projectMembers).where(where);
      await notify({
        userId,
        kind: "team.join_declined",
        title: `Your request to join ${project.name} was declined`,
        link: projectTeamPath(projectId),
      });
    } else {
      const full = teamFullRefusal(await activeCount(projectId));
      if (full) return full;
      if (project.hackDayId !== null) {
        const [other] = await tx
          .select({ n: count() })
          .from(projectMembers)
          .innerJoin(projects, eq(projects.id, projectMembers.projectId))
          .where(
            and(
              eq(projectMembers.userId, userId),
              eq(projects.hackDayId, project.hackDayId),
              eq(projectMembers.status, "active"),
            ),
          );
        if ((other?.n ?? 0) > 0) return refuse(409, "That person is already on another team at this hack day.");
      }
      await tx.update(projectMembers).set({ status: "active" }).where(where);
      await notify({
        userId,
        kind: "team.join_accepted",
        title: `You joined ${project.name}`,
        link: projectTeamPath(projectId),
      });
    }
    await recordAudit({
      actorId: leadId,
      action: `team.join_${decision === "accept" ? "accepted" : "declined"}`,
      objectType: "project",
      objectId: projectId,
      after: { userId },
    });
    return { ok: true };
  });
}

/** Withdraws one's own join request, or leaves a team (the lead cannot leave their own team). */
export async function leaveTeam({
  projectId,
  userId,
  kind,
}: {
  projectId: number;
  userId: number;
  kind: "withdraw" | "leave";
}): Promise<ModelResult> {
  return inTransaction(async (tx) => {
    const project = await teamContext(projectId);
    if (!project) return refuse(404, "We could not find that project.");
    const [row] = await tx
      .select({ status: projectMembers.status, role: projectMembers.role })
      .from(projectMembers)
      .where(and(eq(projectMembers.projectId, projectId), eq(projectMembers.userId, userId)))
      .limit(1);
    if (kind === "withdraw" ? row?.status !== "requested" : row?.status !== "active")
      return refuse(409, kind === "withdraw" ? "You have no request to withdraw." : "You are not on this team.");
    if (row?.role === "lead")
      return refuse(409, "The lead cannot leave the team. Ask an organiser if the project needs a new lead.");
    if (kind === "leave") {
      const closed = teamChangeRefusal(project.hackDayStatus);
      if (closed) return closed;
    }
    await tx
      .delete(projectMembers)
      .where(and(eq(projectMembers.projectId, projectId), eq(projectMembers.userId, userId)));
    if (kind === "leave")
      await notify({
        userId: project.leadId,
        kind: "team.member_left",
        title: `${(await getUserName(userId)) || "Someone"} left ${project.name}`,
        link: projectTeamPath(projectId),
      });
    await recordAudit({
      actorId: userId,
      action: kind === "withdraw" ? "team.join_withdrawn" : "team.left",
      objectType: "project",
      objectId: projectId,
    });
    return { ok: true };
  });
}

/** The lead removes a member from the team. */
export async function removeMember({
  projectId,
  leadId,
  userId,
}: {
  projectId: number;
  leadId: number;
  userId: number;
}): Promise<ModelResult> {
  return inTransaction(async (tx) => {
    const project = await teamContext(projectId);
    if (!project) return refuse(404, "We could not find that project.");
    if (project.leadId !== leadId) return refuse(403, "Only the team lead can remove members.");
    if (userId === leadId) return refuse(409, "The lead cannot remove themselves.");
    const closed = teamChangeRefusal(project.hackDayStatus);
    if (closed) return closed;
    const [row] = await tx
      .select({ status: projectMembers.status })
      .from(projectMembers)
      .where(and(eq(projectMembers.projectId, projectId), eq(projectMembers.userId, userId)))
      .limit(1);
    if (row?.status !== "active") return refuse(404, "That person is not on this team.");
    await tx
      .delete(projectMembers)
      .where(and(eq(projectMembers.projectId, projectId), eq(projectMembers.userId, userId)));
    await notify({
      userId,
      kind: "team.removed",
      title: `You were removed from ${project.name}`,
      link: projectTeamPath(projectId),
    });
    await recordAudit({
      actorId: leadId,
      action: "team.member_removed",
      objectType: "project",
      objectId: projectId,
      after: { userId },
    });
    return { ok: true };
  });
}
