/** Starting a project: at a hack day on a shortlisted problem, or independently. */
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { hackDayProblems, problems, projectMembers, projects } from "../../db/schema";
import { recordAudit } from "./audit.server";
import { getDb, inTransaction, refuse, type ModelResult } from "./core.server";
import { findHackDay, HACK_DAY_NOT_FOUND } from "./hack-days.server";
import { notifyProblemAuthorOfProject, syncProblemStatusForProject } from "./problem-status.server";
import { teamStanding } from "./teams.server";
import { startProjectRefusal } from "../domain/teams";

/** Shortlisted problems a team may start a project on. */
export async function listStartableProblems(hackDayId: number) {
  return getDb()
    .select({ id: problems.id, title: problems.title })
    .from(hackDayProblems)
    .innerJoin(problems, eq(problems.id, hackDayProblems.problemId))
    .where(
      and(
        eq(hackDayProblems.hackDayId, hackDayId),
        eq(hackDayProblems.status, "accepted"),
        sql`${problems.hiddenAt} IS NULL`,
      ),
    )
    .orderBy(asc(problems.title))
    .limit(200);
}

/**
 * A registered participant starts a project at a hack day on a shortlisted problem and becomes its
 * lead. A person is on at most one team per hack day.
 */
export async function startHackDayProject({
  hackDayId,
  userId,
  name,
  tagline,
  problemId,
}: {
  hackDayId: number;
  userId: number;
  name: string;
  tagline?: string;
  problemId: number;
}): Promise<ModelResult<{ projectId: number; name: string }>> {
  return inTransaction(async (tx) => {
    const hackDay = await findHackDay(hackDayId);
    if (!hackDay) return HACK_DAY_NOT_FOUND;
    const refusal = startProjectRefusal(hackDay.status, await teamStanding(hackDayId, userId));
    if (refusal) return refusal;
    const [problem] = await tx
      .select({ id: problems.id, careSetting: problems.careSetting, specialty: problems.specialty })
      .from(hackDayProblems)
      .innerJoin(problems, eq(problems.id, hackDayProblems.problemId))
      .where(
        and(
          eq(hackDayProblems.hackDayId, hackDayId),
          eq(hackDayProblems.problemId, problemId),
          eq(hackDayProblems.status, "accepted"),
          sql`${problems.hiddenAt} IS NULL`,
        ),
      )
      .limit(1);
    if (!problem) return refuse(400, "Choose one of this hack day's shortlisted problems.", "problemId");
    const projectId = await insertProjectWithLead({
      name,
      tagline: tagline ?? "",
      problemId,
      hackDayId,
      leadId: userId,
      careSetting: problem.careSetting,
      specialty: problem.specialty,
    });
    // problem-status.server.ts owns the problem's automatic status (open → in progress) and tells its author.
    await syncProblemStatusForProject(problemId);
    await notifyProblemAuthorOfProject({ problemId, project: { id: projectId, name }, actorId: userId });
    await recordAudit({
      actorId: userId,
      action: "project.created",
      objectType: "project",
      objectId: projectId,
      after: { name, hackDayId, problemId },
    });
    return { ok: true, projectId, name };
  });
}

/** A developer starts a project outside any hack day, optionally on a problem. */
export async function startIndependentProject({
  userId,
  name,
  tagline,
  problemId,
}: {
  userId: number;
  name: string;
  tagline?: string;
  problemId: number | null;
}): Promise<ModelResult<{ projectId: number; name: string }>> {
  return inTransaction(async (tx) => {
    let problem:
      | {
          careSetting: (typeof problems.$inferSelect)["careSetting"];
          specialty: (typeof problems.$inferSelect)["specialty"];
        }
      | undefined;
    if (problemId !== null) {
      [problem] = await tx
        .select({ careSetting: problems.careSetting, specialty: problems.specialty })
        .from(problems)
        .where(
          and(
            eq(problems.id, problemId),
            sql`${problems.hiddenAt} IS NULL`,
            inArray(problems.status, ["open", "in_progress", "solved"]),
          ),
        )
        .limit(1);
      if (!problem) return refuse(400, "There is no open problem with that number.", "problem");
    }
    const projectId = await insertProjectWithLead({
      name,
      tagline: tagline ?? "",
      problemId,
      leadId: userId,
      careSetting: problem?.careSetting ?? null,
      specialty: problem?.specialty ?? null,
    });
    if (problemId !== null) {
      await syncProblemStatusForProject(problemId);
      await notifyProblemAuthorOfProject({ problemId, project: { id: projectId, name }, actorId: userId });
    }
    await recordAudit({
      actorId: userId,
      action: "project.created",
      objectType: "project",
      objectId: projectId,
      after: { name, problemId },
    });
    return { ok: true, projectId, name };
  });
}

/**
 * Inserts a new project with its starter as the lead, the one active member every new team begins
 * with, and returns the project's id. Joins the caller's transaction.
 */
async function insertProjectWithLead(values: typeof projects.$inferInsert & { leadId: number }): Promise<number> {
  return inTransaction(async (tx) => {
    const [project] = await tx.insert(projects).values(values).returning({ id: projects.id });
    await tx
      .insert(projectMembers)
      .values({ projectId: project!.id, userId: values.leadId, role: "lead", status: "active" });
    return project!.id;
  });
}
