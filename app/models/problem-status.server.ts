/**
 * A problem's status: closing and reopening by hand, the automatic status its projects set, and
 * telling its author when a project takes it up (docs/decisions/0021-problem-status.md).
 */
import { eq } from "drizzle-orm";
import { problems, projects } from "../../db/schema";
import { canMoveStatus, statusAfterReopen, statusFromProjects } from "../domain/problem-status";
import { isOrganiser } from "../domain/roles";
import type { Stage } from "../domain/stages";
import type { ProblemStatus, ProjectState } from "../domain/taxonomy";
import { problemPath, problemProjectsPath, projectPath } from "../utils/paths";
import { recordAudit } from "./audit.server";
import { getDb, inTransaction, refuse, type ModelResult, type Viewer } from "./core.server";
import { notifyFollowers } from "./follows.server";
import { notify } from "./notifications.server";
import { canView, clean, findProblem, NOT_FOUND } from "./problem-common.server";

async function projectProgress(problemId: number): Promise<{ stage: Stage; state: ProjectState }[]> {
  return await getDb()
    .select({ stage: projects.stage, state: projects.state })
    .from(projects)
    .where(eq(projects.problemId, problemId));
}

/**
 * Sets a problem's automatic status from the projects on it: in progress when a project takes it
 * up, solved when one reaches pilot, open again when none is left (closed and duplicate problems
 * are left alone). Call it, inside your transaction, after creating a project, linking or
 * unlinking a problem, moving a project's stage, or archiving/pausing/resuming a project.
 * Returns the problem's status afterwards, or null when there is no such problem.
 */
export async function syncProblemStatusForProject(problemId: number | null | undefined): Promise<ProblemStatus | null> {
  if (!problemId) return null;
  return inTransaction(async (tx) => {
    const [problem] = await tx
      .select({ id: problems.id, status: problems.status, title: problems.title, authorId: problems.authorId })
      .from(problems)
      .where(eq(problems.id, problemId))
      .limit(1);
    if (!problem) return null;
    const next = statusFromProjects(problem.status, await projectProgress(problemId));
    if (next === problem.status) return next;
    await tx.update(problems).set({ status: next, lastActivityAt: new Date() }).where(eq(problems.id, problemId));
    await recordAudit({
      actorId: null,
      action: "problem.status_changed",
      objectType: "problem",
      objectId: problemId,
      before: { status: problem.status },
      after: { status: next, automatic: true },
    });
    if (next === "solved") {
      await notify({
        userId: problem.authorId,
        kind: "problem.solved",
        title: `A project on “${problem.title}” has reached a pilot`,
        link: problemPath(problem),
      });
    }
    return next;
  });
}

/**
 * Tells a problem's author, and the people who follow the problem, that a project has taken it up.
 * Call it inside the transaction that creates the project or links it to the problem (`actorId`
 * is who did it; nobody is told about their own project).
 */
export async function notifyProblemAuthorOfProject({
  problemId,
  project,
  actorId,
}: {
  problemId: number;
  project: { id: number; name: string };
  actorId?: number | null;
}): Promise<void> {
  const db = getDb();
  const [problem] = await db
    .select({ id: problems.id, title: problems.title, authorId: problems.authorId })
    .from(problems)
    .where(eq(problems.id, problemId))
    .limit(1);
  if (!problem) return;
  // A project is public once submitted; until then the link goes to the problem, where the team is counted.
  const [row] = await db
    .select({ submittedAt: projects.submittedAt })
    .from(projects)
    .where(eq(projects.id, project.id))
    .limit(1);
  const title = `A project is working on “${problem.title}”: ${project.name}`;
  const link = row?.submittedAt ? projectPath(project) : problemProjectsPath(problem);
  if (problem.authorId !== actorId) await notify({ userId: problem.authorId, kind: "problem.project", title, link });
  await notifyFollowers({
    objectType: "problem",
    objectId: problemId,
    kind: "follow.project_started",
    title,
    link,
    except: actorId,
  });
}

type StatusActorInfo = { problem: NonNullable<Awaited<ReturnType<typeof findProblem>>>; by: "author" | "organiser" };

async function statusActor(problemId: number, viewer: Viewer): Promise<ModelResult<StatusActorInfo>> {
  const problem = await findProblem(problemId);
  if (!problem || !canView(problem, viewer)) return NOT_FOUND;
  if (isOrganiser(viewer)) return { ok: true, problem, by: "organiser" };
  if (viewer?.id === problem.authorId) return { ok: true, problem, by: "author" };
  return refuse(403, "Only the person who posted this problem or an organiser can change its status.");
}

/** Closes a problem with a reason (author or organiser). */
export async function closeProblem({
  problemId,
  viewer,
  reason,
}: {
  problemId: number;
  viewer: Viewer;
  reason: string;
}): Promise<ModelResult> {
  return inTransaction(async (tx) => {
    const actor = await statusActor(problemId, viewer);
    if (!actor.ok) return actor;
    const { problem, by } = actor;
    if (!canMoveStatus({ from: problem.status, to: "closed", by }))
      return refuse(409, `A problem that is ${problem.status.replace("_", " ")} cannot be closed.`);
    await tx
      .update(problems)
      .set({ status: "closed", closedReason: clean(reason), updatedAt: new Date(), lastActivityAt: new Date() })
      .where(eq(problems.id, problemId));
    await recordAudit({
      actorId: viewer!.id,
      action: "problem.closed",
      objectType: "problem",
      objectId: problemId,
      before: { status: problem.status },
      after: { status: "closed", reason: clean(reason) },
    });
    if (problem.authorId !== viewer!.id) {
      await notify({
        userId: problem.authorId,
        kind: "problem.closed",
        title: `An organiser closed “${problem.title}”`,
        body: clean(reason),
        link: problemPath(problem),
      });
    }
    return { ok: true as const };
  });
}

/** Reopens a closed problem; its projects then set its status again. */
export async function reopenProblem({
  problemId,
  viewer,
}: {
  problemId: number;
  viewer: Viewer;
}): Promise<ModelResult<{ status: ProblemStatus }>> {
  return inTransaction(async (tx) => {
    const actor = await statusActor(problemId, viewer);
    if (!actor.ok) return actor;
    const { problem, by } = actor;
    if (!canMoveStatus({ from: problem.status, to: "open", by }))
      return refuse(409, "Only a closed problem can be reopened.");
    const status = statusAfterReopen(await projectProgress(problemId));
    await tx
      .update(problems)
      .set({ status, closedReason: null, updatedAt: new Date(), lastActivityAt: new Date() })
      .where(eq(problems.id, problemId));
    await recordAudit({
      actorId: viewer!.id,
      action: "problem.reopened",
      objectType: "problem",
      objectId: problemId,
      before: { status: problem.status },
      after: { status },
    });
    return { ok: true as const, status };
  });
}
