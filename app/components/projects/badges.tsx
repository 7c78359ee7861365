import { Badge, type BadgeTone } from "~/components/ui/badge";
import { stageLabel } from "~/domain/stages";
import { gateItemStatuses, projectStates, type GateItemStatus } from "~/domain/taxonomy";

/** The project's pipeline stage. */
export function StageBadge({ stage }: { stage: string }) {
  return (
    <Badge tone="brand">
      <span className="sr-only">Stage: </span>
      {stageLabel(stage)}
    </Badge>
  );
}

/** Paused or archived; nothing for an active project. */
export function StateBadge({ state }: { state: string }) {
  if (state === "active") return null;
  return <Badge tone={state === "paused" ? "warning" : "neutral"}>{projectStates.label(state)}</Badge>;
}

/** "Stalled": only rendered for people allowed to know (the model decides). */
export function StalledBadge() {
  return (
    <Badge tone="danger">
      Stalled<span className="sr-only">: no activity for 90 days</span>
    </Badge>
  );
}

const statusTones: Record<GateItemStatus, BadgeTone> = {
  met: "success",
  in_progress: "warning",
  not_started: "neutral",
  not_applicable: "neutral",
};

/** A gate item's status, in words and colour. */
export function GateStatusBadge({ status }: { status: GateItemStatus }) {
  return <Badge tone={statusTones[status]}>{gateItemStatuses.label(status)}</Badge>;
}
