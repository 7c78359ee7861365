import { mergeProblems, setCommentHidden, setProblemHidden } from "~/models/problems.server";
import { dismissReport } from "~/models/reports.server";
import type { ModerationAction } from "~/validation/problems";

export type ModerationOutcome =
  | { ok: true; notice: string; goTo?: { id: number; title: string } }
  | { ok: false; status: 404 | 409; message: string; field?: string };

/** Runs one moderation form (the route has already checked the organiser role). */
export async function performModeration({
  actorId,
  action,
}: {
  actorId: number;
  action: ModerationAction;
}): Promise<ModerationOutcome> {
  switch (action.intent) {
    case "dismiss":
      return (await dismissReport({ reportId: action.reportId, actorId }))
        ? { ok: true, notice: "dismissed" }
        : { ok: false, status: 409, message: "That report has already been dealt with." };
    case "hideComment":
    case "restoreComment": {
      const hidden = action.intent === "hideComment";
      return (await setCommentHidden({ commentId: action.commentId, actorId, hidden }))
        ? { ok: true, notice: hidden ? "comment-hidden" : "comment-restored" }
        : { ok: false, status: 404, message: "We could not find that comment." };
    }
    case "hideProblem":
    case "restoreProblem": {
      const hidden = action.intent === "hideProblem";
      return (await setProblemHidden({ problemId: action.problemId, actorId, hidden }))
        ? { ok: true, notice: hidden ? "problem-hidden" : "problem-restored" }
        : { ok: false, status: 404, message: "We could not find that problem." };
    }
    case "merge": {
      const result = await mergeProblems({ sourceId: action.sourceRef, targetId: action.targetRef, actorId });
      if (result.ok) return { ok: true, notice: "merged", goTo: result.target };
      return {
        ok: false,
        status: 409,
        message: result.message,
        field:
          result.message.includes("merge into") || result.message.includes("itself a duplicate")
            ? "targetRef"
            : "sourceRef",
      };
    }
  }
}
