import { mergeProblems, setCommentHidden, setProblemHidden } from "~/models/problem-moderation.server";
import { dismissReport } from "~/models/reports.server";
import { refuse, type Refusal } from "~/domain/refusal";
import { problemPath } from "~/utils/paths";
import { done, type Done } from "~/utils/form-action.server";
import type { ModerationAction } from "~/validation/problems";

/** Runs one moderation form (the route has already checked the organiser role). */
export async function performModeration({
  actorId,
  action,
}: {
  actorId: number;
  action: ModerationAction;
}): Promise<Done | Refusal> {
  switch (action.intent) {
    case "dismiss":
      return (await dismissReport({ reportId: action.reportId, actorId }))
        ? done("report-dismissed")
        : refuse(409, "That report has already been dealt with.");
    case "hideComment":
    case "restoreComment": {
      const hidden = action.intent === "hideComment";
      return (await setCommentHidden({ commentId: action.commentId, actorId, hidden }))
        ? done(hidden ? "comment-hidden" : "comment-restored")
        : refuse(404, "We could not find that comment.");
    }
    case "hideProblem":
    case "restoreProblem": {
      const hidden = action.intent === "hideProblem";
      return (await setProblemHidden({ problemId: action.problemId, actorId, hidden }))
        ? done(hidden ? "problem-hidden" : "problem-restored")
        : refuse(404, "We could not find that problem.");
    }
    case "merge": {
      const result = await mergeProblems({ sourceId: action.sourceRef, targetId: action.targetRef, actorId });
      return result.ok ? done("merged", { to: problemPath(result.target) }) : result;
    }
  }
}
