/** Organisers' moderation of problems: hiding and restoring problems and comments, merging duplicates. */
import { eq, sql } from "drizzle-orm";
import { comments, hackDayProblems, problems } from "../../db/schema";
import { canMoveStatus } from "../domain/problem-status";
import { problemPath } from "../utils/paths";
import { recordAudit } from "./audit.server";
import { inTransaction, refuse, type ModelResult } from "./core.server";
import { rawRun } from "./dialect.server";
import { endorsementDefaults } from "./endorsements.server";
import { notify } from "./notifications.server";
import { findProblem } from "./problem-common.server";
import { syncProblemStatusForProject } from "./problem-status.server";
import { resolveReportsFor } from "./reports.server";

/** Hides a problem from everyone but its author and organisers, or restores it (organisers). */
export async function setProblemHidden({
  problemId,
  actorId,
  hidden,
}: {
  problemId: number;
  actorId: number;
  hidden: boolean;
}): Promise<boolean> {
  return inTransaction(async (tx) => {
    const [problem] = await tx
      .select({ id: problems.id, title: problems.title, authorId: problems.authorId, hiddenAt: problems.hiddenAt })
      .from(problems)
      .where(eq(problems.id, problemId))
      .limit(1);
    if (!problem) return false;
    await tx
      .update(problems)
      .set({ hiddenAt: hidden ? new Date() : null })
      .where(eq(problems.id, problemId));
    if (hidden) await resolveReportsFor({ targetType: "problem", targetId: problemId, actorId, status: "actioned" });
    await recordAudit({
      actorId,
      action: hidden ? "problem.hidden" : "problem.restored",
      objectType: "problem",
      objectId: problemId,
      before: { hidden: problem.hiddenAt !== null },
      after: { hidden },
    });
    if (hidden && problem.authorId !== actorId) {
      await notify({
        userId: problem.authorId,
        kind: "problem.hidden",
        title: `A moderator hid your problem “${problem.title}”`,
        body: "It no longer appears in lists. Contact an organiser if you think this is a mistake.",
        link: problemPath(problem),
      });
    }
    return true;
  });
}

/**
 * Hides or restores a comment (organisers). Hiding settles any open reports about it as
 * actioned. `problemId`, when given, must be the comment's problem.
 */
export async function setCommentHidden({
  commentId,
  problemId,
  actorId,
  hidden,
}: {
  commentId: number;
  problemId?: number;
  actorId: number;
  hidden: boolean;
}): Promise<boolean> {
  return inTransaction(async (tx) => {
    const [row] = await tx
      .select({ id: comments.id, problemId: comments.problemId, hiddenAt: comments.hiddenAt })
      .from(comments)
      .where(eq(comments.id, commentId))
      .limit(1);
    if (!row || (problemId !== undefined && row.problemId !== problemId)) return false;
    await tx
      .update(comments)
      .set(hidden ? { hiddenAt: new Date(), hiddenBy: actorId } : { hiddenAt: null, hiddenBy: null })
      .where(eq(comments.id, commentId));
    if (hidden) await resolveReportsFor({ targetType: "comment", targetId: commentId, actorId, status: "actioned" });
    await recordAudit({
      actorId,
      action: hidden ? "comment.hidden" : "comment.restored",
      objectType: "comment",
      objectId: commentId,
      before: { hidden: row.hiddenAt !== null },
      after: { hidden },
    });
    return true;
  });
}

/**
 * Merges a duplicate problem into another (organisers), in one transaction: endorsements move
 * without double counting (someone who endorsed both keeps one; the target's author cannot
 * endorse their own problem), the duplicate's author is counted as an endorser of the target,
 * comments, projects and hack-day shortlists move, earlier duplicates of the source point at the
 * target, and the source becomes a `duplicate` whose address redirects. Audited and notified.
 */
export async function mergeProblems({
  sourceId,
  targetId,
  actorId,
}: {
  sourceId: number;
  targetId: number;
  actorId: number;
}): Promise<ModelResult<{ target: { id: number; title: string } }>> {
  if (sourceId === targetId) return refuse(409, "A problem cannot be merged into itself.", "sourceRef");
  return inTransaction(async (tx) => {
    const source = await findProblem(sourceId);
    const target = await findProblem(targetId);
    if (!source) return refuse(409, "We could not find the duplicate problem.", "sourceRef");
    if (!target || target.hiddenAt) return refuse(409, "We could not find the problem to merge into.", "targetRef");
    if (target.status === "duplicate")
      return refuse(409, "That problem is itself a duplicate: merge into the problem it was merged into.", "targetRef");
    if (!canMoveStatus({ from: source.status, to: "duplicate", by: "organiser" }))
      return refuse(409, "That problem has already been merged.", "sourceRef");

    const before = {
      endorsements: target.endorsementCount,
      organisations: target.organisationCount,
      comments: target.commentCount,
      projects: target.projectCount,
    };
    // Endorsements: drop the ones that would count a person twice, or let the target's author endorse their own problem.
    await rawRun(
      tx,
      sql`DELETE FROM endorsements WHERE problem_id = ${sourceId}
      AND (user_id IN (SELECT user_id FROM endorsements WHERE problem_id = ${targetId}) OR user_id = ${target.authorId})`,
    );
    await rawRun(tx, sql`UPDATE endorsements SET problem_id = ${targetId} WHERE problem_id = ${sourceId}`);
    // The duplicate's author has the same problem: their demand counts too.
    if (source.authorId !== target.authorId) {
      const org = (await endorsementDefaults(source.authorId)).organisation;
      if (org) {
        await rawRun(
          tx,
          sql`INSERT INTO endorsements (problem_id, user_id, organisation, note)
          VALUES (${targetId}, ${source.authorId}, ${org}, ${`Posted the same problem: “${source.title}”`})
          ON CONFLICT (problem_id, user_id) DO NOTHING`,
        );
      }
    }
    await rawRun(tx, sql`UPDATE comments SET problem_id = ${targetId} WHERE problem_id = ${sourceId}`);
    await rawRun(tx, sql`UPDATE projects SET problem_id = ${targetId} WHERE problem_id = ${sourceId}`);
    // The duplicate's hack day shortlists now name the target, unless it is on that list already.
    await tx
      .insert(hackDayProblems)
      .select(
        tx
          .select({
            hackDayId: hackDayProblems.hackDayId,
            problemId: sql<number>`${targetId}`.as("problem_id"),
            nominatedBy: hackDayProblems.nominatedBy,
            status: hackDayProblems.status,
            createdAt: hackDayProblems.createdAt,
          })
          .from(hackDayProblems)
          .where(eq(hackDayProblems.problemId, sourceId)),
      )
      .onConflictDoNothing();
    await rawRun(tx, sql`DELETE FROM hack_day_problems WHERE problem_id = ${sourceId}`);
    await rawRun(tx, sql`UPDATE problems SET duplicate_of_id = ${targetId} WHERE duplicate_of_id = ${sourceId}`);
    await tx
      .update(problems)
      .set({ status: "duplicate", duplicateOfId: targetId, closedReason: null, updatedAt: new Date() })
      .where(eq(problems.id, sourceId));
    await tx.update(problems).set({ lastActivityAt: new Date() }).where(eq(problems.id, targetId));
    await syncProblemStatusForProject(targetId);
    const [after] = await tx
      .select({
        endorsements: problems.endorsementCount,
        organisations: problems.organisationCount,
        comments: problems.commentCount,
        projects: problems.projectCount,
      })
      .from(problems)
      .where(eq(problems.id, targetId))
      .limit(1);
    await recordAudit({
      actorId,
      action: "problem.merged",
      objectType: "problem",
      objectId: sourceId,
      before: { status: source.status, target: before },
      after: { status: "duplicate", duplicateOfId: targetId, target: after },
    });
    const recipients = [...new Set([source.authorId, target.authorId])].filter((userId) => userId !== actorId);
    await notify(
      recipients.map((userId) => ({
        userId,
        kind: "problem.merged",
        title:
          userId === source.authorId
            ? `Your problem “${source.title}” was merged into “${target.title}”`
            : `“${source.title}” was merged into your problem`,
        body: "Endorsements, comments and projects now live on one page, so the demand signal is counted once.",
        link: problemPath(target),
      })),
    );
    return { ok: true as const, target: { id: target.id, title: target.title } };
  });
}
