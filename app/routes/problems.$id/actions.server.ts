import type { SessionUser } from "~/auth/session.server";
import { hasRole, isOrganiser } from "~/domain/roles";
import type { Refusal } from "~/models/core.server";
import {
  addComment,
  closeProblem,
  deleteComment,
  endorseProblem,
  mergeProblems,
  reopenProblem,
  setCommentHidden,
  setProblemHidden,
  updateComment,
  withdrawEndorsement,
} from "~/models/problems.server";
import { createReport } from "~/models/reports.server";
import type { ProblemAction } from "~/validation/problems";

export type ActionOutcome =
  | {
      ok: true;
      notice: string;
      anchor?: string;
      /** Another problem's id to go to (after a merge). */ goTo?: { id: number; title: string };
    }
  | Refusal;

const notAllowed = (message = "You do not have permission to do this."): ActionOutcome => ({
  ok: false,
  status: 403,
  message,
});
const missing = (message = "We could not find that."): ActionOutcome => ({ ok: false, status: 404, message });

/**
 * Runs one form's intent from a problem's page. Who may do what is checked here (roles) and in
 * the model (ownership, state), so each rule has one home.
 */
export async function performProblemAction({
  user,
  problemId,
  action,
}: {
  user: SessionUser;
  problemId: number;
  action: ProblemAction;
}): Promise<ActionOutcome> {
  const organiser = isOrganiser(user);
  switch (action.intent) {
    case "endorse": {
      if (!hasRole(user, "clinician")) return notAllowed("Only clinicians can endorse a problem.");
      const result = await endorseProblem({
        problemId,
        viewer: user,
        organisation: action.organisation,
        note: action.note,
      });
      return result.ok ? { ok: true, notice: "endorsed", anchor: "endorsements" } : result;
    }
    case "withdraw": {
      const removed = await withdrawEndorsement({ problemId, userId: user.id });
      return removed
        ? { ok: true, notice: "withdrawn", anchor: "endorsements" }
        : { ok: false, status: 409, message: "You have not endorsed this problem." };
    }
    case "comment": {
      const result = await addComment({ problemId, viewer: user, body: action.body });
      return result.ok ? { ok: true, notice: "commented", anchor: `comment-${result.id}` } : result;
    }
    case "editComment": {
      const done = await updateComment({
        commentId: action.commentId,
        problemId,
        authorId: user.id,
        body: action.body,
      });
      return done
        ? { ok: true, notice: "comment-updated", anchor: `comment-${action.commentId}` }
        : notAllowed("You can only edit your own comments, and not once a moderator has hidden them.");
    }
    case "deleteComment": {
      const done = await deleteComment({ commentId: action.commentId, problemId, authorId: user.id });
      return done
        ? { ok: true, notice: "comment-deleted", anchor: "comments" }
        : notAllowed("You can only delete your own comments.");
    }
    case "hideComment":
    case "restoreComment": {
      if (!organiser) return notAllowed("Only organisers can hide comments.");
      const hidden = action.intent === "hideComment";
      const done = await setCommentHidden({ commentId: action.commentId, problemId, actorId: user.id, hidden });
      return done
        ? { ok: true, notice: hidden ? "comment-hidden" : "comment-restored", anchor: `comment-${action.commentId}` }
        : missing("We could not find that comment.");
    }
    case "report": {
      const outcome = await createReport({
        reporterId: user.id,
        targetType: action.targetType,
        targetId: action.targetId,
        reason: action.reason,
      });
      if (outcome === "missing") return missing("We could not find what you reported.");
      return {
        ok: true,
        notice: outcome === "already" ? "already-reported" : "reported",
        anchor: action.targetType === "comment" ? `comment-${action.targetId}` : undefined,
      };
    }
    case "close": {
      const result = await closeProblem({ problemId, viewer: user, reason: action.reason });
      return result.ok ? { ok: true, notice: "closed" } : result;
    }
    case "reopen": {
      const result = await reopenProblem({ problemId, viewer: user });
      return result.ok ? { ok: true, notice: "reopened" } : result;
    }
    case "hide":
    case "restore": {
      if (!organiser) return notAllowed("Only organisers can hide problems.");
      const done = await setProblemHidden({ problemId, actorId: user.id, hidden: action.intent === "hide" });
      return done ? { ok: true, notice: action.intent === "hide" ? "hidden" : "restored" } : missing();
    }
    case "merge": {
      if (!organiser) return notAllowed("Only organisers can merge problems.");
      const result = await mergeProblems({ sourceId: problemId, targetId: action.targetRef, actorId: user.id });
      return result.ok ? { ok: true, notice: "merged", goTo: result.target } : { ...result, field: "targetRef" };
    }
  }
}
