/**
 * Judging: the panel, weighted criteria, conflicts, score sheets, awards and results.
 *
 * Privacy (docs/decisions/0033-score-privacy.md): a judge's scores and comments are read back
 * only to that judge until the results are published. Before publication, organisers see
 * progress counts and, to choose awards, the provisional ranking (weighted means only, never
 * one judge's scores or comments). After publication the public sees the ranking and awards;
 * each team sees its own scores and comments, without judges' names.
 */
import { and, asc, count, eq, inArray, isNotNull, sql } from "drizzle-orm";
import {
  awards,
  hackDays,
  judgeConflicts,
  judges,
  judgingCriteria,
  projectMembers,
  projects,
  scores,
  users,
} from "../../db/schema";
import {
  acceptsConflictDeclarations,
  acceptsScores,
  allowsJudgingSetup,
  resultsArePublished,
} from "../domain/hack-day-status";
import {
  conflictMessage,
  judgeConflict,
  judgeProgress,
  judgeProjectState,
  rankProjects,
  type JudgeProjectState,
} from "../domain/judging";
import { toPage, PAGE_SIZE } from "../utils/pagination";
import { hackDayJudgingPath } from "../utils/paths";
import type { ScoreSheetInput } from "../validation/judging";
import { recordAudit } from "./audit.server";
import { getDb, inTransaction, refuse, type ModelResult, type Tx } from "./core.server";
import { findHackDay, HACK_DAY_NOT_FOUND } from "./hack-days.server";
import { submittedWorkColumns } from "./projects.server";
import { notify } from "./notifications.server";

// ---------------------------------------------------------------- panel and criteria

/** Whether a person is on a hack day's judging panel. */
export async function isJudge({ hackDayId, userId }: { hackDayId: number; userId: number }): Promise<boolean> {
  const [row] = await getDb()
    .select({ userId: judges.userId })
    .from(judges)
    .where(and(eq(judges.hackDayId, hackDayId), eq(judges.userId, userId)));
  return Boolean(row);
}

/** The criteria in order. */
export async function listCriteria(hackDayId: number) {
  return getDb()
    .select({
      id: judgingCriteria.id,
      name: judgingCriteria.name,
      description: judgingCriteria.description,
      weight: judgingCriteria.weight,
      position: judgingCriteria.position,
    })
    .from(judgingCriteria)
    .where(eq(judgingCriteria.hackDayId, hackDayId))
    .orderBy(asc(judgingCriteria.position), asc(judgingCriteria.id));
}
export type CriterionRow = Awaited<ReturnType<typeof listCriteria>>[number];

async function submittedProjects(hackDayId: number) {
  return getDb()
    .select({ id: projects.id, name: projects.name, submittedAt: projects.submittedAt })
    .from(projects)
    .where(and(eq(projects.hackDayId, hackDayId), isNotNull(projects.submittedAt)))
    .orderBy(asc(projects.submittedAt), asc(projects.id));
}

/**
 * The panel with each judge's progress (projects fully scored out of those they may score).
 * Counts only: no scores leave this function.
 */
export async function listJudgesWithProgress(hackDayId: number) {
  const db = getDb();
  const panel = await db
    .select({ userId: judges.userId, name: users.name })
    .from(judges)
    .innerJoin(users, eq(users.id, judges.userId))
    .where(eq(judges.hackDayId, hackDayId))
    .orderBy(asc(users.name));
  if (panel.length === 0) return [];
  const [criteria, entries, conflicts, members] = await Promise.all([
    db.select({ n: count() }).from(judgingCriteria).where(eq(judgingCriteria.hackDayId, hackDayId)),
    db
      .select({ judgeId: scores.judgeId, projectId: scores.projectId, n: count() })
      .from(scores)
      .where(eq(scores.hackDayId, hackDayId))
      .groupBy(scores.judgeId, scores.projectId),
    db
      .select({ judgeId: judgeConflicts.judgeId, projectId: judgeConflicts.projectId })
      .from(judgeConflicts)
      .where(eq(judgeConflicts.hackDayId, hackDayId)),
    db
      .select({ userId: projectMembers.userId, projectId: projectMembers.projectId })
      .from(projectMembers)
      .innerJoin(projects, eq(projects.id, projectMembers.projectId))
      .where(
        and(
          eq(projects.hackDayId, hackDayId),
          inArray(
            projectMembers.userId,
            panel.map((j) => j.userId),
          ),
        ),
      ),
  ]);
  const submitted = await submittedProjects(hackDayId);
  const criteriaCount = criteria[0]?.n ?? 0;
  return panel.map((judge) => {
    const states = submitted.map((p) =>
      judgeProjectState({
        criteriaCount,
        scoredCount: entries.find((e) => e.judgeId === judge.userId && e.projectId === p.id)?.n ?? 0,
        conflicted:
          conflicts.some((c) => c.judgeId === judge.userId && c.projectId === p.id) ||
          members.some((m) => m.userId === judge.userId && m.projectId === p.id),
      }),
    );
    return { ...judge, ...judgeProgress(states) };
  });
}

async function setupRefusal(hackDayId: number) {
  const hackDay = await findHackDay(hackDayId);
  if (!hackDay) return { refusal: HACK_DAY_NOT_FOUND, hackDay: null };
  if (!allowsJudgingSetup(hackDay.status))
    return { refusal: refuse(409, "The results are published, so judging can no longer change."), hackDay };
  return { refusal: null, hackDay };
}

/** Appoints a judge by the email of their Hackpath account; they are told. */
export async function appointJudge({
  hackDayId,
  email,
  actorId,
}: {
  hackDayId: number;
  email: string;
  actorId: number;
}): Promise<ModelResult> {
  return inTransaction(async (tx) => {
    const { refusal, hackDay } = await setupRefusal(hackDayId);
    if (refusal) return refusal;
    const [person] = await tx
      .select({ id: users.id, suspendedAt: users.suspendedAt })
      .from(users)
      .where(eq(users.email, email.trim().toLowerCase()))
      .limit(1);
    if (!person || person.suspendedAt)
      return refuse(400, "No active Hackpath account uses that email address. Ask them to create one first.", "email");
    const [existing] = await tx
      .select({ userId: judges.userId })
      .from(judges)
      .where(and(eq(judges.hackDayId, hackDayId), eq(judges.userId, person.id)))
      .limit(1);
    if (existing) return refuse(409, "That person is already a judge at this hack day.", "email");
    await tx.insert(judges).values({ hackDayId, userId: person.id });
    await notify({
      userId: person.id,
      kind: "judging.appointed",
      title: `You are a judge at ${hackDay!.name}`,
      body: "Declare any conflicts of interest before judging starts.",
      link: hackDayJudgingPath({ id: hackDayId, name: hackDay!.name }),
    });
    await recordAudit({
      actorId,
      action: "judging.judge_appointed",
      objectType: "hack_day",
      objectId: hackDayId,
      after: { userId: person.id },
    });
    return { ok: true };
  });
}

/** Takes a judge off the panel, with any scores they gave at this hack day. */
export async function removeJudge({
  hackDayId,
  userId,
  actorId,
}: {
  hackDayId: number;
  userId: number;
  actorId: number;
}): Promise<ModelResult> {
  return inTransaction(async (tx) => {
    const { refusal } = await setupRefusal(hackDayId);
    if (refusal) return refusal;
    const removed = await tx
      .delete(judges)
      .where(and(eq(judges.hackDayId, hackDayId), eq(judges.userId, userId)))
      .returning({ userId: judges.userId });
    if (removed.length === 0) return refuse(404, "That person is not a judge at this hack day.");
    await tx.delete(scores).where(and(eq(scores.hackDayId, hackDayId), eq(scores.judgeId, userId)));
    await recordAudit({
      actorId,
      action: "judging.judge_removed",
      objectType: "hack_day",
      objectId: hackDayId,
      after: { userId },
    });
    return { ok: true };
  });
}

/** Saves the names, descriptions and weights of a hack day's criteria. */
export async function saveCriteria({
  hackDayId,
  actorId,
  criteria,
}: {
  hackDayId: number;
  actorId: number;
  criteria: { id: number; name: string; description?: string; weight: number }[];
}): Promise<ModelResult> {
  return inTransaction(async (tx) => {
    const { refusal } = await setupRefusal(hackDayId);
    if (refusal) return refusal;
    const own = new Set(
      (
        await tx
          .select({ id: judgingCriteria.id })
          .from(judgingCriteria)
          .where(eq(judgingCriteria.hackDayId, hackDayId))
      ).map((c) => c.id),
    );
    if (criteria.some((c) => !own.has(c.id)))
      return refuse(400, "One of those criteria does not belong to this hack day.");
    for (const c of criteria) {
      await tx
        .update(judgingCriteria)
        .set({ name: c.name, description: c.description ?? "", weight: c.weight })
        .where(and(eq(judgingCriteria.id, c.id), eq(judgingCriteria.hackDayId, hackDayId)));
    }
    await recordAudit({
      actorId,
      action: "judging.criteria_saved",
      objectType: "hack_day",
      objectId: hackDayId,
      after: criteria.map((c) => ({ name: c.name, weight: c.weight })),
    });
    return { ok: true };
  });
}

/** The position after the last of a hack day's criteria or awards (0 for the first). */
async function nextPosition(tx: Tx, table: typeof judgingCriteria | typeof awards, hackDayId: number) {
  const [last] = await tx
    .select({ n: sql<number>`coalesce(max(${table.position}), -1)`.mapWith(Number) })
    .from(table)
    .where(eq(table.hackDayId, hackDayId));
  return (last?.n ?? -1) + 1;
}

/** Adds a criterion at the end of the list. */
export async function addCriterion({
  hackDayId,
  actorId,
  name,
  description,
  weight,
}: {
  hackDayId: number;
  actorId: number;
  name: string;
  description?: string;
  weight: number;
}): Promise<ModelResult> {
  return inTransaction(async (tx) => {
    const { refusal } = await setupRefusal(hackDayId);
    if (refusal) return refusal;
    const [total] = await tx
      .select({ n: count() })
      .from(judgingCriteria)
      .where(eq(judgingCriteria.hackDayId, hackDayId));
    if ((total?.n ?? 0) >= 12) return refuse(409, "A hack day can have at most 12 criteria.", "name");
    await tx.insert(judgingCriteria).values({
      hackDayId,
      name,
      description: description ?? "",
      weight,
      position: await nextPosition(tx, judgingCriteria, hackDayId),
    });
    await recordAudit({
      actorId,
      action: "judging.criterion_added",
      objectType: "hack_day",
      objectId: hackDayId,
      after: { name, weight },
    });
    return { ok: true };
  });
}

/** Removes a criterion (and the scores given against it); at least one must remain. */
export async function removeCriterion({
  hackDayId,
  actorId,
  criterionId,
}: {
  hackDayId: number;
  actorId: number;
  criterionId: number;
}): Promise<ModelResult> {
  return inTransaction(async (tx) => {
    const { refusal } = await setupRefusal(hackDayId);
    if (refusal) return refusal;
    const [total] = await tx
      .select({ n: count() })
      .from(judgingCriteria)
      .where(eq(judgingCriteria.hackDayId, hackDayId));
    if ((total?.n ?? 0) <= 1) return refuse(409, "Keep at least one criterion.");
    const removed = await tx
      .delete(judgingCriteria)
      .where(and(eq(judgingCriteria.id, criterionId), eq(judgingCriteria.hackDayId, hackDayId)))
      .returning({ name: judgingCriteria.name });
    if (removed.length === 0) return refuse(404, "That criterion does not belong to this hack day.");
    await recordAudit({
      actorId,
      action: "judging.criterion_removed",
      objectType: "hack_day",
      objectId: hackDayId,
      before: { name: removed[0]!.name },
    });
    return { ok: true };
  });
}

/** The hack days a person judges, soonest first, with their own progress (for a dashboard). */
export async function listJudgingAssignments(userId: number) {
  const rows = await getDb()
    .select({ hackDayId: hackDays.id, name: hackDays.name, status: hackDays.status, startsAt: hackDays.startsAt })
    .from(judges)
    .innerJoin(hackDays, eq(hackDays.id, judges.hackDayId))
    .where(and(eq(judges.userId, userId), sql`${hackDays.status} <> 'archived'`))
    .orderBy(asc(hackDays.startsAt))
    .limit(20);
  return Promise.all(
    rows.map(async (r) => ({
      ...r,
      href: hackDayJudgingPath({ id: r.hackDayId, name: r.name }),
      progress: (await getJudgeBoard({ hackDayId: r.hackDayId, judgeId: userId })).progress,
    })),
  );
}

// ---------------------------------------------------------------- a judge's view

/** Why this judge may not score this project (team member or declared), or null. */
async function conflictFor({
  hackDayId,
  projectId,
  judgeId,
}: {
  hackDayId: number;
  projectId: number;
  judgeId: number;
}) {
  const db = getDb();
  const [member] = await db
    .select({ userId: projectMembers.userId })
    .from(projectMembers)
    .where(and(eq(projectMembers.projectId, projectId), eq(projectMembers.userId, judgeId)))
    .limit(1);
  const [declared] = await db
    .select({ judgeId: judgeConflicts.judgeId })
    .from(judgeConflicts)
    .where(
      and(
        eq(judgeConflicts.hackDayId, hackDayId),
        eq(judgeConflicts.projectId, projectId),
        eq(judgeConflicts.judgeId, judgeId),
      ),
    )
    .limit(1);
  return judgeConflict({ judgeId, teamMemberIds: member ? [member.userId] : [], declared: Boolean(declared) });
}

export type JudgeBoardRow = {
  id: number;
  name: string;
  state: JudgeProjectState;
  conflictReason: "team_member" | "declared" | null;
};

/** A judge's own board: every submitted project with where they stand on it, and their progress. */
export async function getJudgeBoard({
  hackDayId,
  judgeId,
  page = 1,
}: {
  hackDayId: number;
  judgeId: number;
  page?: number;
}) {
  const db = getDb();
  const submitted = await submittedProjects(hackDayId);
  const [criteria, own, conflicts, memberships] = await Promise.all([
    db.select({ n: count() }).from(judgingCriteria).where(eq(judgingCriteria.hackDayId, hackDayId)),
    db
      .select({ projectId: scores.projectId, n: count() })
      .from(scores)
      .where(and(eq(scores.hackDayId, hackDayId), eq(scores.judgeId, judgeId)))
      .groupBy(scores.projectId),
    db
      .select({ projectId: judgeConflicts.projectId })
      .from(judgeConflicts)
      .where(and(eq(judgeConflicts.hackDayId, hackDayId), eq(judgeConflicts.judgeId, judgeId))),
    db
      .select({ projectId: projectMembers.projectId })
      .from(projectMembers)
      .innerJoin(projects, eq(projects.id, projectMembers.projectId))
      .where(and(eq(projects.hackDayId, hackDayId), eq(projectMembers.userId, judgeId))),
  ]);
  const criteriaCount = criteria[0]?.n ?? 0;
  const rows: JudgeBoardRow[] = submitted.map((p) => {
    const reason = judgeConflict({
      judgeId,
      teamMemberIds: memberships.some((m) => m.projectId === p.id) ? [judgeId] : [],
      declared: conflicts.some((c) => c.projectId === p.id),
    });
    return {
      id: p.id,
      name: p.name,
      conflictReason: reason,
      state: judgeProjectState({
        criteriaCount,
        scoredCount: own.find((o) => o.projectId === p.id)?.n ?? 0,
        conflicted: reason !== null,
      }),
    };
  });
  const progress = judgeProgress(rows.map((r) => r.state));
  const start = (page - 1) * PAGE_SIZE;
  return { progress, projects: toPage(rows.slice(start, start + PAGE_SIZE), rows.length, page) };
}

/** One project's score sheet for one judge: the project, the criteria and that judge's own scores. */
export async function getScoreSheet({
  hackDayId,
  projectId,
  judgeId,
}: {
  hackDayId: number;
  projectId: number;
  judgeId: number;
}) {
  const db = getDb();
  const [project] = await db
    .select({
      ...submittedWorkColumns,
      submittedAt: projects.submittedAt,
    })
    .from(projects)
    .where(and(eq(projects.id, projectId), eq(projects.hackDayId, hackDayId), isNotNull(projects.submittedAt)));
  if (!project) return null;
  const [criteria, own] = await Promise.all([
    listCriteria(hackDayId),
    db
      .select({ criterionId: scores.criterionId, score: scores.score, comment: scores.comment })
      .from(scores)
      .where(and(eq(scores.projectId, projectId), eq(scores.judgeId, judgeId))),
  ]);
  const conflict = await conflictFor({ hackDayId, projectId, judgeId });
  return { project, criteria, scores: own, conflict };
}

/**
 * Saves a judge's scores for a project (every criterion, 1–5, each with an optional comment), replacing any
 * earlier ones. Refused for a project the judge is on or declared a conflict with, outside
 * judging, and after the results are published.
 */
export async function saveScores({
  hackDayId,
  projectId,
  judgeId,
  sheet,
}: {
  hackDayId: number;
  projectId: number;
  judgeId: number;
  sheet: ScoreSheetInput;
}): Promise<ModelResult> {
  return inTransaction(async (tx) => {
    const hackDay = await findHackDay(hackDayId);
    if (!hackDay) return HACK_DAY_NOT_FOUND;
    const [judge] = await tx
      .select({ userId: judges.userId })
      .from(judges)
      .where(and(eq(judges.hackDayId, hackDayId), eq(judges.userId, judgeId)))
      .limit(1);
    if (!judge) return refuse(403, "Only this hack day's judges can score its projects.");
    if (!acceptsScores(hackDay.status))
      return refuse(
        409,
        resultsArePublished(hackDay.status)
          ? "The results are published, so scores can no longer change."
          : "Scoring opens when the hack day moves to judging.",
      );
    const [project] = await tx
      .select({ id: projects.id })
      .from(projects)
      .where(and(eq(projects.id, projectId), eq(projects.hackDayId, hackDayId), isNotNull(projects.submittedAt)))
      .limit(1);
    if (!project) return refuse(404, "That project was not submitted to this hack day.");
    const conflict = await conflictFor({ hackDayId, projectId, judgeId });
    if (conflict) return refuse(403, conflictMessage(conflict));
    const criteria = await tx
      .select({ id: judgingCriteria.id })
      .from(judgingCriteria)
      .where(eq(judgingCriteria.hackDayId, hackDayId));
    const given = new Map(sheet.scores.map((s) => [s.criterionId, s]));
    if (
      criteria.some((c) => !given.has(c.id)) ||
      sheet.scores.some((s) => !criteria.some((c) => c.id === s.criterionId))
    )
      return refuse(400, "Score every criterion on the sheet. If the criteria just changed, reload the page.");
    for (const c of criteria) {
      const s = given.get(c.id)!;
      await tx
        .insert(scores)
        .values({ hackDayId, projectId, judgeId, criterionId: c.id, score: s.score, comment: s.comment ?? "" })
        .onConflictDoUpdate({
          target: [scores.judgeId, scores.projectId, scores.criterionId],
          set: { score: s.score, comment: s.comment ?? "", updatedAt: new Date() },
        });
    }
    // The audit trail records that a sheet was saved, never the scores themselves.
    await recordAudit({ actorId: judgeId, action: "judging.scored", objectType: "project", objectId: projectId });
    return { ok: true };
  });
}

/** A judge declares a conflict with a project; any scores they gave it are withdrawn. */
export async function declareConflict({
  hackDayId,
  projectId,
  judgeId,
  reason,
}: {
  hackDayId: number;
  projectId: number;
  judgeId: number;
  reason: string;
}): Promise<ModelResult> {
  return inTransaction(async (tx) => {
    const hackDay = await findHackDay(hackDayId);
    if (!hackDay) return HACK_DAY_NOT_FOUND;
    const [judge] = await tx
      .select({ userId: judges.userId })
      .from(judges)
      .where(and(eq(judges.hackDayId, hackDayId), eq(judges.userId, judgeId)))
      .limit(1);
    if (!judge) return refuse(403, "Only this hack day's judges can declare conflicts here.");
    if (!acceptsConflictDeclarations(hackDay.status))
      return refuse(409, "Conflicts can be declared while the hack day is live or in judging.");
    const [project] = await tx
      .select({ id: projects.id })
      .from(projects)
      .where(and(eq(projects.id, projectId), eq(projects.hackDayId, hackDayId)))
      .limit(1);
    if (!project) return refuse(404, "That project is not part of this hack day.");
    await tx.insert(judgeConflicts).values({ hackDayId, judgeId, projectId, reason }).onConflictDoNothing();
    await tx.delete(scores).where(and(eq(scores.projectId, projectId), eq(scores.judgeId, judgeId)));
    await recordAudit({
      actorId: judgeId,
      action: "judging.conflict_declared",
      objectType: "project",
      objectId: projectId,
      after: { reason },
    });
    return { ok: true };
  });
}

// ---------------------------------------------------------------- results and awards

async function computeRanking(hackDayId: number) {
  const db = getDb();
  const submitted = await submittedProjects(hackDayId);
  const [criteria, allScores] = await Promise.all([
    listCriteria(hackDayId),
    db
      .select({
        projectId: scores.projectId,
        judgeId: scores.judgeId,
        criterionId: scores.criterionId,
        score: scores.score,
      })
      .from(scores)
      .where(eq(scores.hackDayId, hackDayId)),
  ]);
  const results = rankProjects({ criteria, projects: submitted, scores: allScores });
  const names = new Map(submitted.map((p) => [p.id, p.name]));
  return { criteria, results: results.map((r) => ({ ...r, name: names.get(r.projectId) ?? "" })) };
}

/**
 * The ranking before publication, for the organiser choosing awards: weighted means, judge counts
 * and criterion means per project. Never one judge's scores or comments.
 */
export async function getProvisionalResults(hackDayId: number) {
  return computeRanking(hackDayId);
}

/** Awards with their projects, in order. */
export async function listAwards(hackDayId: number) {
  return getDb()
    .select({
      id: awards.id,
      name: awards.name,
      description: awards.description,
      projectId: projects.id,
      projectName: projects.name,
    })
    .from(awards)
    .innerJoin(projects, eq(projects.id, awards.projectId))
    .where(eq(awards.hackDayId, hackDayId))
    .orderBy(asc(awards.position), asc(awards.id));
}

/** The published results (ranking and awards), or null while they are not published. */
export async function getPublishedResults(hackDayId: number) {
  const [hackDay] = await getDb().select({ status: hackDays.status }).from(hackDays).where(eq(hackDays.id, hackDayId));
  if (!hackDay || !resultsArePublished(hackDay.status)) return null;
  const [{ criteria, results }, awardList] = await Promise.all([computeRanking(hackDayId), listAwards(hackDayId)]);
  return { criteria, results, awards: awardList };
}

/** Names an award for a submitted project. */
export async function addAward({
  hackDayId,
  actorId,
  name,
  description,
  projectId,
}: {
  hackDayId: number;
  actorId: number;
  name: string;
  description?: string;
  projectId: number;
}): Promise<ModelResult> {
  return inTransaction(async (tx) => {
    const { refusal } = await setupRefusal(hackDayId);
    if (refusal) return refusal;
    const [project] = await tx
      .select({ id: projects.id })
      .from(projects)
      .where(and(eq(projects.id, projectId), eq(projects.hackDayId, hackDayId), isNotNull(projects.submittedAt)))
      .limit(1);
    if (!project) return refuse(400, "Choose a project submitted to this hack day.", "projectId");
    await tx.insert(awards).values({
      hackDayId,
      projectId,
      name,
      description: description ?? "",
      position: await nextPosition(tx, awards, hackDayId),
    });
    await recordAudit({
      actorId,
      action: "judging.award_added",
      objectType: "hack_day",
      objectId: hackDayId,
      after: { name, projectId },
    });
    return { ok: true };
  });
}

/** Removes an award before publication. */
export async function removeAward({
  hackDayId,
  actorId,
  awardId,
}: {
  hackDayId: number;
  actorId: number;
  awardId: number;
}): Promise<ModelResult> {
  return inTransaction(async (tx) => {
    const { refusal } = await setupRefusal(hackDayId);
    if (refusal) return refusal;
    const removed = await tx
      .delete(awards)
      .where(and(eq(awards.id, awardId), eq(awards.hackDayId, hackDayId)))
      .returning({ name: awards.name });
    if (removed.length === 0) return refuse(404, "That award does not belong to this hack day.");
    await recordAudit({
      actorId,
      action: "judging.award_removed",
      objectType: "hack_day",
      objectId: hackDayId,
      before: { name: removed[0]!.name },
    });
    return { ok: true };
  });
}

/** Published awards for a set of projects, for any page listing projects (e.g. the pipeline). */
export async function listPublishedAwardsForProjects(projectIds: readonly number[]) {
  if (projectIds.length === 0) return [];
  return getDb()
    .select({ projectId: awards.projectId, name: awards.name, hackDayId: hackDays.id, hackDayName: hackDays.name })
    .from(awards)
    .innerJoin(hackDays, eq(hackDays.id, awards.hackDayId))
    .where(and(inArray(awards.projectId, [...projectIds]), isNotNull(hackDays.resultsPublishedAt)))
    .orderBy(asc(awards.position), asc(awards.id));
}

/**
 * A team's own feedback once results are published: for the viewer's team at this hack day, each
 * criterion's mean and every judge's score and comment, without the judges' names (null when the
 * results are not out or the viewer has no submitted project there).
 */
export async function getTeamFeedback({ hackDayId, userId }: { hackDayId: number; userId: number }) {
  const db = getDb();
  const [hackDay] = await db.select({ status: hackDays.status }).from(hackDays).where(eq(hackDays.id, hackDayId));
  if (!hackDay || !resultsArePublished(hackDay.status)) return null;
  const [team] = await db
    .select({ id: projects.id, name: projects.name, submittedAt: projects.submittedAt })
    .from(projectMembers)
    .innerJoin(projects, eq(projects.id, projectMembers.projectId))
    .where(
      and(eq(projectMembers.userId, userId), eq(projectMembers.status, "active"), eq(projects.hackDayId, hackDayId)),
    );
  if (!team) return null;
  const { criteria, results } = await computeRanking(hackDayId);
  const mine = results.find((r) => r.projectId === team.id) ?? null;
  const rows = await db
    .select({ judgeId: scores.judgeId, criterionId: scores.criterionId, score: scores.score, comment: scores.comment })
    .from(scores)
    .where(eq(scores.projectId, team.id))
    .orderBy(asc(scores.judgeId));
  // Judges become "Judge 1", "Judge 2"… in an order unrelated to their names.
  const judgeNumbers = new Map<number, number>();
  for (const r of rows) if (!judgeNumbers.has(r.judgeId)) judgeNumbers.set(r.judgeId, judgeNumbers.size + 1);
  const projectAwards = await db
    .select({ name: awards.name, description: awards.description })
    .from(awards)
    .where(eq(awards.projectId, team.id))
    .orderBy(asc(awards.position));
  return {
    project: team,
    result: mine,
    rankedCount: results.filter((r) => r.rank !== null).length,
    awards: projectAwards,
    criteria: criteria.map((c) => ({
      ...c,
      mean: mine?.criterionMeans[c.id] ?? null,
      entries: rows
        .filter((r) => r.criterionId === c.id)
        .map((r) => ({ judge: judgeNumbers.get(r.judgeId)!, score: r.score, comment: r.comment })),
    })),
  };
}
