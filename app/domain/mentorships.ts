/**
 * Who may start, answer and end a mentorship, and when: one pure rule per move (decision 0008),
 * returning the refusal a person reads or undefined. The project's mentors page offers what these
 * allow; app/models/mentorships.server.ts applies the same rules inside its transactions.
 *
 * A team lead asks a mentor (requested); a mentor offers help (offered). The other side accepts
 * (active) or declines. Either side completes or cancels an active one, with a reason; the side
 * that asked may withdraw an open one (cancelled). One open mentorship per mentor and project.
 */
import { refuse, type Refusal } from "./refusal";
import type { MentorshipStatus } from "./taxonomy";

/** A mentor as the rules need them. */
export type MentorStanding = {
  isMentor: boolean;
  acceptingRequests: boolean;
  capacity: number;
  activeCount: number;
};

/** Open: asked or offered, waiting for the other side. */
export const isOpen = (status: MentorshipStatus) => status === "requested" || status === "offered";
/** Current: open or active (at most one per mentor and project). */
export const isCurrent = (status: MentorshipStatus) => isOpen(status) || status === "active";

const DAY = 86_400_000;
/** An open request or offer unanswered this long shows as overdue on both sides' dashboards. */
export const OVERDUE_AFTER_DAYS = 7;
/** An open request or offer unanswered this long lapses, and both sides are told. */
export const LAPSE_AFTER_DAYS = 21;

/** Whether an open mentorship made at `createdAt` is overdue for an answer at `now`. */
export function isOverdue(status: MentorshipStatus, createdAt: Date, now: Date): boolean {
  return isOpen(status) && now.getTime() - createdAt.getTime() >= OVERDUE_AFTER_DAYS * DAY;
}

/** The moment before which open mentorships have lapsed at `now`. */
export function lapseCutoff(now: Date): Date {
  return new Date(now.getTime() - LAPSE_AFTER_DAYS * DAY);
}

/** Whether a team lead may ask this mentor to mentor their project. */
export function requestMentorRefusal({
  isLead,
  projectActive,
  mentor,
  current,
  isMemberOfProject,
}: {
  isLead: boolean;
  projectActive: boolean;
  mentor: MentorStanding;
  /** This mentor's current mentorship of the project, if any. */
  current: MentorshipStatus | null;
  /** Whether the mentor is on the project's team. */
  isMemberOfProject: boolean;
}): Refusal | undefined {
  if (!isLead) return refuse(403, "Only the team lead can ask a mentor to help.");
  if (!projectActive) return refuse(409, "Resume the project before asking for a mentor.");
  if (!mentor.isMentor) return refuse(404, "We could not find that mentor.");
  if (isMemberOfProject) return refuse(409, "They are on the team already.");
  if (current) return refuse(409, alreadyMessage(current));
  if (!mentor.acceptingRequests) return refuse(409, "This mentor is not taking requests at the moment.");
  if (mentor.activeCount >= mentor.capacity)
    return refuse(409, "This mentor has no places free at the moment. Try another mentor who could help.");
  return undefined;
}

/** Whether a mentor may offer to mentor a project (even when they do not take requests). */
export function offerMentorshipRefusal({
  mentor,
  projectActive,
  projectPublic,
  current,
  isMemberOfProject,
}: {
  mentor: MentorStanding;
  projectActive: boolean;
  projectPublic: boolean;
  current: MentorshipStatus | null;
  isMemberOfProject: boolean;
}): Refusal | undefined {
  if (!mentor.isMentor) return refuse(403, "Add the mentor role and a mentor profile to offer help.");
  if (!projectPublic) return refuse(404, "We could not find that project.");
  if (!projectActive) return refuse(409, "This project is paused or archived, so it is not looking for mentors.");
  if (isMemberOfProject) return refuse(409, "You are on this project's team.");
  if (current) return refuse(409, alreadyMessage(current));
  return undefined;
}

function alreadyMessage(current: MentorshipStatus): string {
  return current === "active"
    ? "This mentor already mentors the project."
    : "A request or offer between this mentor and the project is already waiting for an answer.";
}

/** Who is answering an open mentorship: the side that did not start it. */
export type Side = "team" | "mentor";

/** Whether this side may accept or decline an open mentorship. */
export function answerMentorshipRefusal({
  side,
  status,
  accepting,
  mentor,
}: {
  /** The side of the person answering, or null when they are on neither. */
  side: Side | null;
  status: MentorshipStatus;
  /** true to accept, false to decline. */
  accepting: boolean;
  mentor: MentorStanding;
}): Refusal | undefined {
  if (!side) return refuse(403, "Only the mentor or the team lead can answer this.");
  if (!isOpen(status)) return refuse(409, "This has already been answered.");
  const waitingFor: Side = status === "requested" ? "mentor" : "team";
  if (side !== waitingFor)
    return refuse(
      403,
      status === "requested" ? "The mentor answers this request." : "The team lead answers this offer.",
    );
  if (accepting && mentor.activeCount >= mentor.capacity)
    return refuse(
      409,
      `The mentor is at capacity (${mentor.capacity} active ${mentor.capacity === 1 ? "project" : "projects"}). End another mentorship or raise the capacity in settings first.`,
    );
  return undefined;
}

/** Whether this side may withdraw what it asked or offered. */
export function withdrawMentorshipRefusal(side: Side | null, status: MentorshipStatus): Refusal | undefined {
  if (!side) return refuse(403, "Only the mentor or the team lead can withdraw this.");
  if (!isOpen(status)) return refuse(409, "Only a request or an offer still waiting can be withdrawn.");
  const startedBy: Side = status === "requested" ? "team" : "mentor";
  if (side !== startedBy) return refuse(403, "Decline it instead: the other side made it.");
  return undefined;
}

/** Whether either side may complete or cancel an active mentorship. */
export function endMentorshipRefusal(side: Side | null, status: MentorshipStatus): Refusal | undefined {
  if (!side) return refuse(403, "Only the mentor or the team lead can end this mentorship.");
  if (status !== "active") return refuse(409, "Only an active mentorship can be completed or cancelled.");
  return undefined;
}
