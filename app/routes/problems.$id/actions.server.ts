import type { SessionUser } from "~/auth/session.server";
import { hasRole, isOrganiser } from "~/domain/roles";
import { refuse, type Refusal } from "~/domain/refusal";
import { problemPath } from "~/utils/paths";
import { done, type Done } from "~/utils/form-action.server";
import { addComment, deleteComment, updateComment } from "~/models/comments.server";
import { endorseProblem, withdrawEndorsement } from "~/models/endorsements.server";
import { mergeProblems, setCommentHidden, setProblemHidden } from "~/models/problem-moderation.server";
import { closeProblem, reopenProblem } from "~/models/problem-status.server";
import { createReport } from "~/models/reports.server";
import type { ProblemAction } from "~/validation/problems";

const notAllowed = (message = "You do not have permission to do this.") => refuse(403, message);
const missing = (message = "We could not find that.") => refuse(404, message);

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
}): Promise<Done | Refusal> {
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
      return result.ok ? done("endorsed", { anchor: "endorsements" }) : result;
    }
    case "withdraw": {
      const removed = await withdrawEndorsement({ problemId, userId: user.id });
      return removed
        ? done("endorsement-withdrawn", { anchor: "endorsements" })
        : refuse(409, "You have not endorsed this problem.");
    }
    case "comment": {
      const result = await addComment({ problemId, viewer: user, body: action.body });
      return result.ok ? done("commented", { anchor: `comment-${result.id}` }) : result;
    }
    case "editComment": {
      const changed = await updateComment({
        commentId: action.commentId,
        problemId,
        authorId: user.id,
        body: action.body,
      });
      return changed
        ? done("comment-updated", { anchor: `comment-${action.commentId}` })
        : notAllowed("You can only edit your own comments, and not once a moderator has hidden them.");
    }
    case "deleteComment": {
      const changed = await deleteComment({ commentId: action.commentId, problemId, authorId: user.id });
      return changed
        ? done("comment-deleted", { anchor: "comments" })
        : notAllowed("You can only delete your own comments.");
    }
    case "hideComment":
    case "restoreComment": {
      if (!organiser) return notAllowed("Only organisers can hide comments.");
      const hidden = action.intent === "hideComment";
      const changed = await setCommentHidden({ commentId: action.commentId, problemId, actorId: user.id, hidden });
      return changed
        ? done(hidden ? "comment-hidden" : "comment-restored", { anchor: `comment-${action.commentId}` })
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
      return done(outcome === "already" ? "already-reported" : "reported", {
        anchor: action.targetType === "comment" ? `comment-${action.targetId}` : undefined,
      });
    }
    case "close": {
      const result = await closeProblem({ problemId, viewer: user, reason: action.reason });
      return result.ok ? done("problem-closed") : result;
    }
    case "reopen": {
      const result = await reopenProblem({ problemId, viewer: user });
      return result.ok ? done("problem-reopened") : result;
    }
    case "hide":
    case "restore": {
      if (!organiser) return notAllowed("Only organisers can hide problems.");
      const changed = await setProblemHidden({ problemId, actorId: user.id, hidden: action.intent === "hide" });
      return changed ? done(action.intent === "hide" ? "problem-hidden" : "problem-restored") : missing();
    }
    case "merge": {
      if (!organiser) return notAllowed("Only organisers can merge problems.");
      const result = await mergeProblems({ sourceId: problemId, targetId: action.targetRef, actorId: user.id });
      return result.ok ? done("merged", { to: problemPath(result.target) }) : { ...result, field: "targetRef" };
    }
  }
}
