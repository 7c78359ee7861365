import { stageIndex, type Stage } from "./stages";
import type { ProblemStatus, ProjectState } from "./taxonomy";

/**
 * The life of a problem: open → in progress (a project works on it) → solved (a project on it
 * reached pilot), or closed with a reason, or merged into another problem as a duplicate.
 *
 * The first three are worked out from the projects on the problem (automatic); closed and
 * duplicate are people's decisions and automatic changes never undo them (docs/decisions/0021).
 */

/** Who is asking for a status change. */
export type StatusActor = "author" | "organiser" | "system";

/** What the automatic rule needs to know about each project on the problem. */
export type ProjectProgress = { stage: Stage; state: ProjectState };

/** Statuses that follow the projects on the problem. */
export const automaticStatuses = ["open", "in_progress", "solved"] as const satisfies readonly ProblemStatus[];

/** Whether the status is one the automatic rule manages. */
export function isAutomaticStatus(status: ProblemStatus): status is (typeof automaticStatuses)[number] {
  return (automaticStatuses as readonly string[]).includes(status);
}

const PILOT = stageIndex("pilot");

/**
 * The automatic status for a problem, given the projects linked to it:
 * solved when a project that is not archived has reached pilot (or a later stage),
 * in progress when any project that is not archived works on it, otherwise open.
 * A closed or duplicate problem keeps its status.
 */
export function statusFromProjects(current: ProblemStatus, projects: readonly ProjectProgress[]): ProblemStatus {
  if (!isAutomaticStatus(current)) return current;
  const live = projects.filter((p) => p.state !== "archived");
  if (live.some((p) => stageIndex(p.stage) >= PILOT)) return "solved";
  if (live.length > 0) return "in_progress";
  return "open";
}

/** Every status move a person or the system may make, and who may make it. */
export const statusMoves: readonly {
  from: readonly ProblemStatus[];
  to: ProblemStatus;
  by: readonly StatusActor[];
  note: string;
}[] = [
  {
    from: ["open", "in_progress", "solved"],
    to: "in_progress",
    by: ["system"],
    note: "A project takes the problem up.",
  },
  { from: ["open", "in_progress"], to: "solved", by: ["system"], note: "A project on the problem reaches pilot." },
  { from: ["in_progress", "solved"], to: "open", by: ["system"], note: "No project works on it any more." },
  { from: ["open", "in_progress", "solved"], to: "closed", by: ["author", "organiser"], note: "Closed with a reason." },
  { from: ["closed"], to: "open", by: ["author", "organiser"], note: "Reopened; projects then set it again." },
  {
    from: ["open", "in_progress", "solved", "closed"],
    to: "duplicate",
    by: ["organiser"],
    note: "Merged into another problem.",
  },
];

/** Whether `by` may move a problem from one status to another. */
export function canMoveStatus({ from, to, by }: { from: ProblemStatus; to: ProblemStatus; by: StatusActor }): boolean {
  if (from === to) return false;
  return statusMoves.some((m) => m.to === to && m.from.includes(from) && m.by.includes(by));
}

/** The status a reopened problem takes: what its projects say. */
export function statusAfterReopen(projects: readonly ProjectProgress[]): ProblemStatus {
  return statusFromProjects("open", projects);
}

/** Whether people can still endorse a problem in this status. */
/** Problems a hack day can take up: open, or already being worked on. */
export const shortlistableStatuses = ["open", "in_progress"] as const satisfies readonly ProblemStatus[];

/** Whether a problem in this status can be nominated for or shortlisted at a hack day. */
export function isShortlistable(status: ProblemStatus): boolean {
  return (shortlistableStatuses as readonly ProblemStatus[]).includes(status);
}

export function acceptsEndorsements(status: ProblemStatus): boolean {
  return status !== "closed" && status !== "duplicate";
}

/** Badge tone for a status, shared by lists and the problem page. */
export function statusTone(status: ProblemStatus): "neutral" | "brand" | "success" | "warning" {
  switch (status) {
    case "open":
      return "brand";
    case "in_progress":
      return "warning";
    case "solved":
      return "success";
    default:
      return "neutral";
  }
}
