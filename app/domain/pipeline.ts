/**
 * Who may work a project through the pipeline, and when: one pure rule per action (decision
 * record 0008), each returning the refusal a person reads or undefined. The project page, the
 * gate item page, the stage page and the review queue call them to decide what to offer; the
 * lifecycle and gate models call the same functions inside their transactions. Decision 0049.
 */
import type { GateItem } from "./gates";
import { nextStage, stageIndex, stageLabel, type Stage } from "./stages";
import { refuse, type Refusal } from "./refusal";
import type { ExpertiseArea, GateItemStatus, ProjectState } from "./taxonomy";

/** A person's relation to one project. */
export type ProjectStanding = {
  /** An active member of the team (the lead included). */
  isMember: boolean;
  isLead: boolean;
  /** Organisers and admins. */
  isOrganiser: boolean;
  /** The expertise of this person as a mentor active on the project; empty when they are not one. */
  mentorAreas: readonly ExpertiseArea[];
};

/** The project as the rules need it. */
export type PipelinePosition = { stage: Stage; state: ProjectState; submitted: boolean };

const NOT_YOURS = "Only the project's team can do that.";

/** Whether this person may change the team's gate evidence (status, evidence, documents). */
export function gateEditRefusal(standing: ProjectStanding, project: PipelinePosition): Refusal | undefined {
  if (!standing.isMember) return refuse(403, NOT_YOURS);
  if (project.state === "archived") return refuse(409, "This project is archived. Resume it to work on its gates.");
  return undefined;
}

/** Whether this person may verify one item (a settled item that names a verifier and awaits one). */
export function gateVerifyRefusal(
  item: GateItem,
  standing: ProjectStanding,
  record: { settled: boolean; verified: boolean },
): Refusal | undefined {
  if (!item.verifier) return refuse(409, "This item does not need verifying: the team's own word is enough.");
  const expert = standing.mentorAreas.includes(item.verifier.expertise);
  if (!standing.isOrganiser && !expert)
    return refuse(
      403,
      "Only a mentor with the right expertise who is active on this project, or an organiser, can verify this item.",
    );
  if (standing.isMember && !standing.isOrganiser)
    return refuse(403, "Someone outside the team verifies the team's evidence.");
  if (!record.settled) return refuse(409, "The team has not marked this item met or not applicable yet.");
  if (record.verified) return refuse(409, "This item is already verified.");
  return undefined;
}

/** The sentence that lists the required items still unmet, for a refusal or a page. */
export function unmetSentence(unmet: readonly Pick<GateItem, "label">[]): string {
  const labels = unmet.map((item) => item.label);
  return `${labels.length} required ${labels.length === 1 ? "item is" : "items are"} not met yet: ${labels.join("; ")}.`;
}

/** Whether the lead may ask to move the project into its next stage now. */
export function stageRequestRefusal({
  standing,
  project,
  pending,
  unmet,
}: {
  standing: ProjectStanding;
  project: PipelinePosition;
  /** Whether a request is already waiting for an organiser. */
  pending: boolean;
  unmet: readonly GateItem[];
}): Refusal | undefined {
  if (!standing.isLead) return refuse(403, "Only the team lead can ask to move the project on.");
  if (!project.submitted)
    return refuse(409, "Submit the project first: it enters the pipeline at the prototype stage.");
  if (project.state !== "active") return refuse(409, "Resume the project before asking to move it on.");
  const next = nextStage(project.stage);
  if (!next) return refuse(409, "This project has reached the end of the pipeline.");
  if (pending) return refuse(409, "A request to move on is already with the organisers.");
  if (unmet.length > 0)
    return refuse(409, `To enter ${stageLabel(next).toLowerCase()}, ${lowerFirst(unmetSentence(unmet))}`);
  return undefined;
}

/** Whether the lead may withdraw the pending request. */
export function withdrawRequestRefusal(standing: ProjectStanding, pending: boolean): Refusal | undefined {
  if (!standing.isLead) return refuse(403, "Only the team lead can withdraw the request.");
  if (!pending) return refuse(409, "There is no request waiting to withdraw.");
  return undefined;
}

/** A pending request as an organiser decides it. */
export type PendingRequest = { status: "pending" | "approved" | "returned" | "withdrawn"; fromStage: Stage };

/** Whether an organiser may approve a request: still pending, the project still where it was, nothing unmet. */
export function approveRefusal({
  standing,
  request,
  project,
  unmet,
}: {
  standing: ProjectStanding;
  request: PendingRequest;
  project: PipelinePosition;
  unmet: readonly GateItem[];
}): Refusal | undefined {
  const decided = decideRefusal(standing, request, project);
  if (decided) return decided;
  if (unmet.length > 0)
    return refuse(409, `${unmetSentence(unmet)} Return the request, or move the project on by override with a reason.`);
  return undefined;
}

/** Whether an organiser may return a request to the team. */
export function returnRefusal(standing: ProjectStanding, request: PendingRequest): Refusal | undefined {
  if (!standing.isOrganiser) return refuse(403, "Only organisers review stage requests.");
  if (request.status !== "pending") return refuse(409, "This request has already been decided.");
  return undefined;
}

function decideRefusal(standing: ProjectStanding, request: PendingRequest, project: PipelinePosition) {
  const returned = returnRefusal(standing, request);
  if (returned) return returned;
  if (project.state !== "active") return refuse(409, "The project is paused or archived. Return the request instead.");
  if (project.stage !== request.fromStage)
    return refuse(409, "The project has moved since this request was made. Return it so the team can ask again.");
  return undefined;
}

/**
 * Whether an organiser may move the project into its next stage whatever its gate says (the reason
 * is required by the form and shown on the timeline as an override).
 */
export function overrideRefusal(standing: ProjectStanding, project: PipelinePosition): Refusal | undefined {
  if (!standing.isOrganiser) return refuse(403, "Only organisers can move a project on by override.");
  if (!project.submitted) return refuse(409, "The project has not been submitted yet.");
  if (project.state !== "active") return refuse(409, "Resume the project before moving it on.");
  if (!nextStage(project.stage)) return refuse(409, "This project has reached the end of the pipeline.");
  return undefined;
}

/** Whether this person may move the project back one stage (the lead or an organiser, with a reason). */
export function moveBackRefusal(standing: ProjectStanding, project: PipelinePosition): Refusal | undefined {
  if (!standing.isLead && !standing.isOrganiser)
    return refuse(403, "Only the team lead or an organiser can move the project back.");
  if (project.state === "archived") return refuse(409, "Resume the project before moving it back.");
  if (stageIndex(project.stage) === 0) return refuse(409, "The project is at the first stage already.");
  return undefined;
}

/** The changes of state: pause, resume and archive. */
export type StateChange = "pause" | "resume" | "archive";

/** Whether this person may pause, resume or archive the project now (the lead or an organiser). */
export function stateChangeRefusal(
  change: StateChange,
  standing: ProjectStanding,
  project: PipelinePosition,
): Refusal | undefined {
  if (!standing.isLead && !standing.isOrganiser)
    return refuse(403, "Only the team lead or an organiser can pause, resume or archive the project.");
  if (!project.submitted) return refuse(409, "The project has not been submitted yet.");
  if (change === "pause" && project.state !== "active") return refuse(409, "Only an active project can be paused.");
  if (change === "resume" && project.state === "active") return refuse(409, "The project is active already.");
  if (change === "archive" && project.state === "archived") return refuse(409, "The project is archived already.");
  return undefined;
}

/** Whether this person reviews stage requests (the queue at /pipeline/reviews). */
export function reviewQueueRefusal(standing: Pick<ProjectStanding, "isOrganiser">): Refusal | undefined {
  return standing.isOrganiser ? undefined : refuse(403, "Only organisers review stage requests.");
}

/** Whether this person may see the team's private evidence (private documents, funding evidence). */
export function seesPrivateEvidence(standing: ProjectStanding): boolean {
  return standing.isMember || standing.isOrganiser || standing.mentorAreas.length > 0;
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/** What a team records against a gate item. */
export type GateItemInput = {
  status: GateItemStatus;
  evidence: string;
  choice?: string;
  notApplicableReason: string;
};

const HTTP_URL = /^https?:\/\/[^\s]+$/i;

/**
 * Whether what the team recorded is enough for the status they chose: a met item carries the
 * evidence its definition asks for (a link, text, one of its choices; a document counts for
 * "link or text"), and an item that does not apply says why. In progress and not started need
 * nothing.
 */
export function gateEvidenceRefusal(item: GateItem, input: GateItemInput, documents: number): Refusal | undefined {
  if (item.derived) return refuse(409, "Hackpath works this item out from the project's record.");
  if (input.choice && !item.choices?.some((c) => c.value === input.choice))
    return refuse(400, "Choose one of the answers listed.", "choice");
  if (input.status === "not_applicable") {
    if (input.notApplicableReason.length < 10)
      return refuse(
        400,
        "Say why this item does not apply to the product (10 characters or more).",
        "notApplicableReason",
      );
    return undefined;
  }
  if (input.status !== "met") return undefined;
  switch (item.evidence) {
    case "link":
      if (!HTTP_URL.test(input.evidence))
        return refuse(400, "Enter the link to the evidence, starting with https://", "evidence");
      return undefined;
    case "text":
      if (input.evidence.length < 10)
        return refuse(400, "Describe the evidence in a sentence or more (10 characters or more).", "evidence");
      return undefined;
    case "link_or_text":
      if (input.evidence.length < 10 && documents === 0)
        return refuse(400, "Add a link, a description or a document as evidence before marking this met.", "evidence");
      return undefined;
    case "choice":
      if (!input.choice) return refuse(400, "Choose an answer before marking this met.", "choice");
      if (input.evidence.length < 10)
        return refuse(400, "Give the reasoning for your answer (10 characters or more).", "evidence");
      return undefined;
    case "none":
      return undefined;
  }
}
