import type { Viewer } from "~/models/core.server";
import type { Refusal } from "~/domain/refusal";
import {
  declineInterest,
  planPilotFromInterest,
  registerInterest,
  setFundingSettings,
  updateInterest,
} from "~/models/funding.server";
import { done, type Done } from "~/utils/form-action.server";
import { projectPilotsPath } from "~/utils/paths";
import type { FundingAction } from "~/validation/funding";

/**
 * Runs one form's intent from a project's funding page. Who may do what is decided in the model
 * (with the rules in `app/domain/funding.ts`), so this only routes each intent and names its notice.
 */
export async function performFundingAction({
  actor,
  project,
  action,
}: {
  actor: NonNullable<Viewer>;
  project: { id: number; name: string };
  action: FundingAction;
}): Promise<Done | Refusal> {
  const projectId = project.id;
  switch (action.intent) {
    case "register": {
      const r = await registerInterest({ projectId, actor, input: action });
      return r.ok ? done("interest-registered") : r;
    }
    case "update": {
      const r = await updateInterest({ projectId, actor, status: action.status, details: action });
      return r.ok ? done("interest-updated") : r;
    }
    case "withdraw": {
      const r = await updateInterest({ projectId, actor, status: "withdrawn" });
      return r.ok ? done("interest-withdrawn") : r;
    }
    case "decline": {
      const r = await declineInterest({ projectId, interestId: action.interestId, actor, reason: action.reason });
      return r.ok ? done("interest-declined") : r;
    }
    case "plan-pilot": {
      const r = await planPilotFromInterest({ projectId, interestId: action.interestId, actor });
      return r.ok ? done("pilot-planned", { to: projectPilotsPath(project), anchor: `pilot-${r.pilotId}` }) : r;
    }
    case "settings": {
      const r = await setFundingSettings({
        projectId,
        actor,
        showsBackers: action.showsBackers,
        fundingAsk: action.fundingAsk ?? null,
      });
      return r.ok ? done("funding-settings-saved") : r;
    }
  }
}
