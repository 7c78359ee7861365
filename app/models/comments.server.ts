/** Comments on a problem: adding, editing and deleting one's own (organisers hide them: problem-moderation). */
import { and, eq, isNull } from "drizzle-orm";
import { comments } from "../../db/schema";
import { unconfirmedRefusal } from "../domain/email-confirmation";
import { excerpt } from "../domain/text";
import { problemCommentPath } from "../utils/paths";
import { inTransaction, refuse, type ModelResult, type Viewer } from "./core.server";
import { affectedRows } from "./dialect.server";
import { notify } from "./notifications.server";
import { clean, findProblem, NOT_FOUND } from "./problem-common.server";
import { getEmailStatus } from "./users.server";

/**
 * Adds a comment from a signed-in person whose email address is confirmed (decision 0056) and
 * tells the problem's author.
 */
export async function addComment({
  problemId,
  viewer,
  body,
}: {
  problemId: number;
  viewer: Viewer;
  body: string;
}): Promise<ModelResult<{ id: number }>> {
  if (!viewer) return refuse(403, "Sign in to comment.");
  return inTransaction(async (tx) => {
    const unconfirmed = unconfirmedRefusal((await getEmailStatus(viewer.id)) ?? { emailConfirmedAt: null }, "comment");
    if (unconfirmed) return unconfirmed;
    const problem = await findProblem(problemId);
    if (!problem || problem.hiddenAt || problem.status === "duplicate") return NOT_FOUND;
    const [row] = await tx
      .insert(comments)
      .values({ problemId, authorId: viewer.id, body: clean(body) })
      .returning({ id: comments.id });
    if (problem.authorId !== viewer.id) {
      await notify({
        userId: problem.authorId,
        kind: "problem.commented",
        title: `${viewer.name ?? "Someone"} commented on “${problem.title}”`,
        body: excerpt(clean(body), 200),
        link: problemCommentPath(problem, row!.id),
      });
    }
    return { ok: true as const, id: row!.id };
  });
}

/** Edits the viewer's own comment (not once it has been hidden). */
export async function updateComment({
  commentId,
  problemId,
  authorId,
  body,
}: {
  commentId: number;
  problemId: number;
  authorId: number;
  body: string;
}): Promise<boolean> {
  const result = await inTransaction((tx) =>
    tx
      .update(comments)
      .set({ body: clean(body), updatedAt: new Date() })
      .where(
        and(
          eq(comments.id, commentId),
          eq(comments.problemId, problemId),
          eq(comments.authorId, authorId),
          isNull(comments.hiddenAt),
        ),
      ),
  );
  return affectedRows(result) > 0;
}

/** Deletes the viewer's own comment. */
export async function deleteComment({
  commentId,
  problemId,
  authorId,
}: {
  commentId: number;
  problemId: number;
  authorId: number;
}): Promise<boolean> {
  const result = await inTransaction((tx) =>
    tx
      .delete(comments)
      .where(and(eq(comments.id, commentId), eq(comments.problemId, problemId), eq(comments.authorId, authorId))),
  );
  return affectedRows(result) > 0;
}
