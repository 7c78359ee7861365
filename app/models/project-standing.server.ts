/**
 * Where a person stands on one project and where the project stands in the pipeline: what every
 * pipeline rule in app/domain/pipeline.ts takes. Read inside the caller's transaction when there is
 * one (getDb() joins it), so a model's check and its write see the same rows. The subqueries name
 * the project by its id, not by a column: drizzle writes a one-table select's columns without
 * their table, and `"id"` inside a subquery would mean the subquery's own table's id.
 */
import { and, eq, sql } from "drizzle-orm";
import { gateItemStatusesTable, projects, stageRequests } from "../../db/schema";
import type { GateRecords, ProjectFacts } from "../domain/gate-progress";
import type { PipelinePosition, ProjectStanding } from "../domain/pipeline";
import { isOrganiser } from "../domain/roles";
import type { ExpertiseArea } from "../domain/taxonomy";
import { getDb, inTransaction, refuse, type Viewer } from "./core.server";
import { stringAgg } from "./dialect.server";

export type StandingProject = PipelinePosition & {
  id: number;
  name: string;
  leadId: number;
  problemId: number | null;
};

/**
 * The project and the viewer's standing on it, or null when there is no such project or the viewer
 * may not see it (an unsubmitted project outside its team and organisers).
 */
export async function loadProjectStanding(
  projectId: number,
  viewer: Viewer,
): Promise<{ project: StandingProject; standing: ProjectStanding } | null> {
  const db = getDb();
  const viewerId = viewer?.id ?? 0;
  const [row] = await db
    .select({
      id: projects.id,
      name: projects.name,
      stage: projects.stage,
      state: projects.state,
      submittedAt: projects.submittedAt,
      leadId: projects.leadId,
      problemId: projects.problemId,
      isMember:
        sql<boolean>`EXISTS (SELECT 1 FROM project_members pm WHERE pm.project_id = ${projectId} AND pm.user_id = ${viewerId} AND pm.status = 'active')`.mapWith(
          Boolean,
        ),
      mentorAreas: sql<
        string | null
      >`(SELECT ${stringAgg(sql`me.area`)} FROM mentorships ms JOIN mentor_expertise me ON me.user_id = ms.mentor_id WHERE ms.project_id = ${projectId} AND ms.mentor_id = ${viewerId} AND ms.status = 'active')`,
    })
    .from(projects)
    .where(eq(projects.id, projectId));
  if (!row) return null;
  const organiser = isOrganiser(viewer);
  if (!row.submittedAt && !row.isMember && !organiser) return null;
  const { submittedAt, isMember, mentorAreas, ...project } = row;
  return {
    project: { ...project, submitted: submittedAt !== null },
    standing: {
      isMember,
      isLead: viewerId !== 0 && row.leadId === viewerId,
      isOrganiser: organiser,
      mentorAreas: mentorAreas ? (mentorAreas.split(",") as ExpertiseArea[]) : [],
    },
  };
}

/** What the team recorded against each gate item, keyed by item. */
export async function loadGateRecords(projectId: number): Promise<GateRecords> {
  const rows = await getDb()
    .select({
      itemKey: gateItemStatusesTable.itemKey,
      status: gateItemStatusesTable.status,
      verified: sql<boolean>`${gateItemStatusesTable.verifiedAt} IS NOT NULL`.mapWith(Boolean),
    })
    .from(gateItemStatusesTable)
    .where(eq(gateItemStatusesTable.projectId, projectId));
  return Object.fromEntries(rows.map((r) => [r.itemKey, { status: r.status, verified: r.verified }]));
}

/** The facts derived gate items are worked out from. */
export async function loadProjectFacts(projectId: number): Promise<ProjectFacts> {
  const [facts] = await getDb()
    .select({
      hasClinician:
        sql<boolean>`EXISTS (SELECT 1 FROM project_members pm JOIN user_roles ur ON ur.user_id = pm.user_id WHERE pm.project_id = ${projectId} AND pm.status = 'active' AND ur.role = 'clinician')`.mapWith(
          Boolean,
        ),
      problemLinked: sql<boolean>`${projects.problemId} IS NOT NULL`.mapWith(Boolean),
      activeMentors:
        sql<number>`(SELECT count(*) FROM mentorships ms WHERE ms.project_id = ${projectId} AND ms.status = 'active')`.mapWith(
          Number,
        ),
      dataUsePublished: sql<boolean>`${projects.dataUsePublishedAt} IS NOT NULL`.mapWith(Boolean),
      storiesPublished:
        sql<number>`(SELECT count(*) FROM outcomes o WHERE o.project_id = ${projectId} AND o.published_at IS NOT NULL)`.mapWith(
          Number,
        ),
    })
    .from(projects)
    .where(eq(projects.id, projectId));
  return (
    facts ?? {
      hasClinician: false,
      problemLinked: false,
      activeMentors: 0,
      dataUsePublished: false,
      storiesPublished: 0,
    }
  );
}

/** The request to move on that is waiting for an organiser, or null (there is at most one). */
export async function findPendingRequest(projectId: number) {
  const [row] = await getDb()
    .select({
      id: stageRequests.id,
      fromStage: stageRequests.fromStage,
      toStage: stageRequests.toStage,
      createdAt: stageRequests.createdAt,
    })
    .from(stageRequests)
    .where(and(eq(stageRequests.projectId, projectId), eq(stageRequests.status, "pending")));
  return row ?? null;
}

/** What every pipeline model answers for a project that is not there (or not visible). */
export const PROJECT_NOT_FOUND = refuse(404, "We could not find that project.");

/** Marks the project active now (for "stalled"); joins the caller's transaction. */
export async function touchProject(projectId: number): Promise<void> {
  await inTransaction((tx) =>
    tx.update(projects).set({ lastActivityAt: new Date() }).where(eq(projects.id, projectId)),
  );
}
