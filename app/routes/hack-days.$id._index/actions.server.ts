import type { SessionUser } from "~/auth/session.server";
import { canManageHackDay } from "~/domain/hack-day-access";
import {
  cancelRegistration,
  decideNomination,
  moveHackDayStatus,
  nominateProblem,
  registerForHackDay,
  shortlistProblem,
  type HackDayDetails,
} from "~/models/hack-days.server";
import { forbidden } from "~/utils/http.server";
import type { Refusal } from "~/domain/refusal";
import { done, type Done } from "~/utils/form-action.server";
import type { HackDayAction } from "~/validation/hack-days";

/**
 * The hack day page's forms: who may do each, then one model call. Organiser-only intents are
 * 403 for anyone else; the models enforce every rule about status, capacity and ownership.
 */
export async function performHackDayAction({
  user,
  hackDay,
  action,
}: {
  user: SessionUser;
  hackDay: HackDayDetails;
  action: HackDayAction;
}): Promise<Done | Refusal> {
  const manage = () => {
    if (!canManageHackDay(user, hackDay)) forbidden("Only this hack day's organiser can do this.");
  };
  switch (action.intent) {
    case "register": {
      const result = await registerForHackDay({ hackDayId: hackDay.id, userId: user.id });
      return result.ok ? done(result.status, { anchor: "registration" }) : result;
    }
    case "cancel-registration": {
      const result = await cancelRegistration({ hackDayId: hackDay.id, userId: user.id });
      return result.ok ? done("registration-cancelled", { anchor: "registration" }) : result;
    }
    case "nominate": {
      const result = await nominateProblem({ hackDayId: hackDay.id, problemId: action.problemId, userId: user.id });
      return result.ok ? done("nominated", { anchor: "problems" }) : result;
    }
    case "shortlist-add": {
      manage();
      const result = await shortlistProblem({ hackDayId: hackDay.id, problemId: action.problem, actorId: user.id });
      return result.ok ? done("shortlisted", { anchor: "problems" }) : result;
    }
    case "shortlist-decide": {
      manage();
      const result = await decideNomination({
        hackDayId: hackDay.id,
        problemId: action.problemId,
        decision: action.decision,
        actorId: user.id,
      });
      return result.ok ? done(`nomination-${action.decision}`, { anchor: "problems" }) : result;
    }
    case "move-status": {
      manage();
      const result = await moveHackDayStatus({ id: hackDay.id, to: action.to, actorId: user.id });
      return result.ok ? done(action.to === "results_published" ? "results-published" : "hack-day-moved") : result;
    }
  }
}
