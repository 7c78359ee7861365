/**
 * The life of a hack day: draft → open → live → judging → results_published → archived.
 * Each status allows only the move to the next one; the server refuses anything else.
 * Browser-safe: pages use these to decide which controls to show, the models to refuse moves.
 */
import { hackDayStatuses, type HackDayStatus } from "./taxonomy";

/** The only allowed move out of each status (null: the end of the chain). */
export const hackDayTransitions: Readonly<Record<HackDayStatus, HackDayStatus | null>> = {
  draft: "open",
  open: "live",
  live: "judging",
  judging: "results_published",
  results_published: "archived",
  archived: null,
};

/** The status that follows this one, or null when the hack day is archived. */
export function nextHackDayStatus(from: HackDayStatus): HackDayStatus | null {
  return hackDayTransitions[from];
}

/** Whether a hack day may move from one status to another (only one step forward). */
export function canMoveHackDay(from: HackDayStatus, to: HackDayStatus): boolean {
  return hackDayTransitions[from] === to;
}

/** Why a move is refused, in words an organiser understands; null when it is allowed. */
export function hackDayMoveRefusal(from: HackDayStatus, to: HackDayStatus): string | null {
  if (canMoveHackDay(from, to)) return null;
  if (from === to) return `This hack day is already “${hackDayStatuses.label(to)}”.`;
  const next = hackDayTransitions[from];
  return next
    ? `A hack day that is “${hackDayStatuses.label(from)}” can only move to “${hackDayStatuses.label(next)}”, not “${hackDayStatuses.label(to)}”.`
    : `An archived hack day cannot change status.`;
}

/** The words on the button that moves a hack day on. */
export const hackDayMoveLabels: Readonly<Record<HackDayStatus, string>> = {
  draft: "Open registration",
  open: "Go live: open submissions",
  live: "Close submissions and start judging",
  judging: "Publish the results",
  results_published: "Archive this hack day",
  archived: "",
};

/** Drafts are seen only by organisers; every other status is public. */
export function isPublicHackDay(status: HackDayStatus): boolean {
  return status !== "draft";
}

/** People may register (or join the waiting list) while the event is open or live. */
export function acceptsRegistrations(status: HackDayStatus): boolean {
  return status === "open" || status === "live";
}

/** Clinicians may nominate their problems while registration is open. */
export function acceptsNominations(status: HackDayStatus): boolean {
  return status === "open";
}

/** Organisers may shape the shortlist until the event goes into judging. */
export function allowsShortlistChanges(status: HackDayStatus): boolean {
  return status === "draft" || status === "open" || status === "live";
}

/** Teams may form (start projects, join, accept) while the event is open or live. */
export function allowsTeamChanges(status: HackDayStatus): boolean {
  return status === "open" || status === "live";
}

/** Submissions are accepted while the event is live and before its deadline. */
export function acceptsSubmissions(status: HackDayStatus, deadline: Date, now: Date = new Date()): boolean {
  return status === "live" && now.getTime() < deadline.getTime();
}

/** Why a submission is refused right now, or null when it is accepted. */
export function submissionRefusal(status: HackDayStatus, deadline: Date, now: Date = new Date()): string | null {
  if (status === "live") {
    return now.getTime() < deadline.getTime()
      ? null
      : "The submission deadline has passed, so this submission can no longer be changed.";
  }
  if (status === "draft" || status === "open") return "Submissions open when the hack day goes live.";
  return "Submissions for this hack day are closed.";
}

/** Judges may score (and revise) only while the hack day is in judging. */
export function acceptsScores(status: HackDayStatus): boolean {
  return status === "judging";
}

/** Judges may declare conflicts from the moment submissions open until the results are out. */
export function acceptsConflictDeclarations(status: HackDayStatus): boolean {
  return status === "live" || status === "judging";
}

/** Organisers may appoint judges, set criteria and name awards until the results are published. */
export function allowsJudgingSetup(status: HackDayStatus): boolean {
  return status !== "results_published" && status !== "archived";
}

/** Whether the ranking, awards and feedback are public. */
export function resultsArePublished(status: HackDayStatus): boolean {
  return status === "results_published" || status === "archived";
}

/** Which list a hack day belongs to on /hack-days. */
export type HackDaySection = "upcoming" | "live" | "past" | "drafts";

/** The sections of /hack-days anyone may see (drafts are for organisers only). */
export const publicHackDaySections = ["live", "upcoming", "past"] as const satisfies readonly HackDaySection[];

/** The statuses each section of /hack-days shows. */
export const hackDaySectionStatuses: Readonly<Record<HackDaySection, readonly HackDayStatus[]>> = {
  drafts: ["draft"],
  upcoming: ["open"],
  live: ["live", "judging"],
  past: ["results_published", "archived"],
};
