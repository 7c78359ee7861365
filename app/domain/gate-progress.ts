import { gateItemsFor, type GateItem } from "./gates";
import { nextStage, type Stage } from "./stages";
import type { GateItemStatus } from "./taxonomy";

/**
 * Gate progress: where a project stands against each gate item, worked out from what the team
 * recorded and from the record itself. Pure functions; the project page, the stage rules, the
 * review queue, the dossier and mentor matching all read them.
 */

/** Facts about a project that some gate items are worked out from rather than asked for. */
export type ProjectFacts = {
  /** A member of the team holds the clinician role. */
  hasClinician: boolean;
  problemLinked: boolean;
  activeMentors: number;
  dataUsePublished: boolean;
  storiesPublished: number;
};

/** What the team recorded against one item, and whether someone verified it since. */
export type GateRecord = { status: GateItemStatus; verified: boolean };
export type GateRecords = Readonly<Record<string, GateRecord | undefined>>;

/**
 * The status a gate item shows: derived items come from the record itself (a clinician on the
 * team, a linked problem, an active mentor, a published data-use statement or story); the rest
 * are what the team recorded.
 */
export function effectiveGateStatus(
  item: GateItem,
  stored: GateItemStatus | undefined,
  facts: ProjectFacts,
): GateItemStatus {
  switch (item.derived) {
    case "clinical_champion":
      return facts.hasClinician ? "met" : "not_started";
    case "problem_linked":
      return facts.problemLinked ? "met" : "not_started";
    case "active_mentor":
      return facts.activeMentors > 0 ? "met" : "not_started";
    case "data_use_published":
      return facts.dataUsePublished ? "met" : "not_started";
    case "story_published":
      return facts.storiesPublished > 0 ? "met" : "not_started";
    default:
      return stored ?? "not_started";
  }
}

/** Whether a status counts as done by the team (met, or agreed not to apply). */
export function isSettled(status: GateItemStatus): boolean {
  return status === "met" || status === "not_applicable";
}

/** Whether a settled item still waits for its verifier. */
export function awaitsVerification(item: GateItem, record: GateRecord | undefined): boolean {
  return Boolean(item.verifier && record && isSettled(record.status) && !record.verified);
}

/**
 * Whether an item is done for its gate: settled, and verified where it names a verifier (the
 * team's own word is not enough for those).
 */
export function isItemDone(item: GateItem, record: GateRecord | undefined, facts: ProjectFacts): boolean {
  if (!isSettled(effectiveGateStatus(item, record?.status, facts))) return false;
  return item.derived !== undefined || !item.verifier || record?.verified === true;
}

/** The items of the gate into `stage` that are not done. */
export function openItemsInto(stage: Stage, records: GateRecords, facts: ProjectFacts): GateItem[] {
  return gateItemsFor(stage).filter((item) => !isItemDone(item, records[item.key], facts));
}

/**
 * The items of the gate into the project's next stage that are not done (recommended ones too).
 * Empty at the end of the pipeline.
 */
export function openGateItems(stage: Stage, records: GateRecords, facts: ProjectFacts): GateItem[] {
  const next = nextStage(stage);
  return next ? openItemsInto(next, records, facts) : [];
}

/** The required items that stop a project entering its next stage: what a move request checks. */
export function unmetRequiredItems(stage: Stage, records: GateRecords, facts: ProjectFacts): GateItem[] {
  return openGateItems(stage, records, facts).filter((item) => item.required);
}
