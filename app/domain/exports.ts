/**
 * The organisers' CSV exports: who may download each one, its file name, and its columns. Only
 * what an organiser may see goes in: no email addresses (registrants are contacted through
 * Hackpath, not from a spreadsheet), no funding interest, no mentorship notes, no scores before
 * results are published and never one judge's scores. Pure; decision record 0061.
 */
import type { CsvColumn } from "./csv";
import { csvDate } from "./csv";
import { canManageHackDay } from "./hack-day-access";
import { resultsArePublished } from "./hack-day-status";
import { openItemsInto, type GateRecords, type ProjectFacts } from "./gate-progress";
import { gateItemsFor } from "./gates";
import { isOrganiser } from "./roles";
import { refuse, type Refusal } from "./refusal";
import { isStalled, nextStage, stageLabel, type Stage } from "./stages";
import {
  archiveReasons,
  careSettings,
  problemStatuses,
  projectStates,
  roles as roleNames,
  specialties,
  type HackDayStatus,
  type Role,
} from "./taxonomy";
import { problemPath, projectPath } from "../utils/paths";
import { absoluteUrl } from "../utils/seo";
import { slugify } from "../utils/slug";

type Viewer = { id: number; roles: readonly Role[] } | null | undefined;

// ---------------------------------------------------------------- who may download

/** Exports are for organisers (and admins, who hold every role's rights). */
export function exportRefusal(viewer: Viewer): Refusal | undefined {
  return isOrganiser(viewer) ? undefined : refuse(403, "Only organisers can download exports.");
}

/**
 * A hack day's registrants are personal data about the people who signed up for that event: only
 * the organiser who runs it, or an admin, may take them away.
 */
export function registrantsExportRefusal(
  viewer: Viewer,
  hackDay: { organiserId: number; status: HackDayStatus },
): Refusal | undefined {
  return (
    exportRefusal(viewer) ??
    (canManageHackDay(viewer, hackDay)
      ? undefined
      : refuse(403, "Only this hack day's organiser, or an admin, can download its registrants."))
  );
}

/** Results leave Hackpath only once they are published: before that the scores are private. */
export function resultsExportRefusal(viewer: Viewer, hackDay: { status: HackDayStatus }): Refusal | undefined {
  return (
    exportRefusal(viewer) ??
    (resultsArePublished(hackDay.status)
      ? undefined
      : refuse(409, "The results of this hack day are not published yet, so they cannot be downloaded."))
  );
}

/** `hackpath-<what>-2026-03-14.csv`: ASCII only, dated by the UK day it was made. */
export function exportFilename(what: readonly string[], now: Date): string {
  const name = what.map((part) => slugify(part)).filter(Boolean);
  return `hackpath-${[...name, csvDate(now)].join("-")}.csv`;
}

// ---------------------------------------------------------------- gate progress

export type NextGateProgress = {
  /** The stage the project would enter next; null at the end of the pipeline. */
  next: Stage | null;
  /** Items of that gate done (settled, and verified where the item asks). */
  done: number;
  /** Items of that gate. */
  total: number;
  /** Required items of that gate still open: what stops a move. */
  requiredOpen: number;
};

/** How far a project is through the gate into its next stage. */
export function nextGateProgress(stage: Stage, records: GateRecords, facts: ProjectFacts): NextGateProgress {
  const next = nextStage(stage);
  if (!next) return { next: null, done: 0, total: 0, requiredOpen: 0 };
  const open = openItemsInto(next, records, facts);
  const total = gateItemsFor(next).length;
  return { next, done: total - open.length, total, requiredOpen: open.filter((item) => item.required).length };
}

// ---------------------------------------------------------------- columns

export type ProblemExportRow = {
  id: number;
  title: string;
  summary: string;
  status: string;
  careSetting: string;
  specialty: string;
  tags: string;
  authorName: string;
  endorsementCount: number;
  organisationCount: number;
  commentCount: number;
  projectCount: number;
  duplicateOfId: number | null;
  closedReason: string | null;
  hidden: boolean;
  createdAt: Date;
  lastActivityAt: Date;
};

/** /exports/problems.csv: every problem, hidden and merged ones included (organisers see them). */
export function problemExportColumns(origin: string): CsvColumn<ProblemExportRow>[] {
  return [
    { header: "ID", value: (p) => p.id },
    { header: "Title", value: (p) => p.title },
    { header: "Address", value: (p) => absoluteUrl(origin, problemPath(p)) },
    { header: "Status", value: (p) => problemStatuses.label(p.status) },
    { header: "Care setting", value: (p) => careSettings.label(p.careSetting) },
    { header: "Specialty", value: (p) => specialties.label(p.specialty) },
    { header: "Tags", value: (p) => p.tags },
    { header: "Summary", value: (p) => p.summary },
    { header: "Posted by", value: (p) => p.authorName },
    { header: "Endorsements", value: (p) => p.endorsementCount },
    { header: "Organisations endorsing", value: (p) => p.organisationCount },
    { header: "Comments", value: (p) => p.commentCount },
    { header: "Projects", value: (p) => p.projectCount },
    { header: "Merged into problem", value: (p) => p.duplicateOfId },
    { header: "Closed because", value: (p) => p.closedReason },
    { header: "Hidden by a moderator", value: (p) => p.hidden },
    { header: "Posted on", value: (p) => p.createdAt },
    { header: "Last activity", value: (p) => p.lastActivityAt },
  ];
}

export type ProjectExportRow = {
  id: number;
  name: string;
  tagline: string;
  problemId: number | null;
  problemTitle: string | null;
  hackDayName: string | null;
  leadName: string;
  teamSize: number;
  stage: Stage;
  state: string;
  archiveReason: string | null;
  stateReason: string | null;
  careSetting: string | null;
  specialty: string | null;
  activeMentors: number;
  storiesPublished: number;
  submittedAt: Date | null;
  stageEnteredAt: Date;
  lastActivityAt: Date;
  gate: NextGateProgress;
};

/** /exports/projects.csv: every project with its stage and how far it is through its next gate. */
export function projectExportColumns(origin: string, now: Date): CsvColumn<ProjectExportRow>[] {
  return [
    { header: "ID", value: (p) => p.id },
    { header: "Name", value: (p) => p.name },
    { header: "Address", value: (p) => absoluteUrl(origin, projectPath(p)) },
    { header: "Tagline", value: (p) => p.tagline },
    { header: "Stage", value: (p) => stageLabel(p.stage) },
    { header: "State", value: (p) => projectStates.label(p.state) },
    { header: "Archived because", value: (p) => (p.archiveReason ? archiveReasons.label(p.archiveReason) : null) },
    { header: "Paused or archived: note", value: (p) => p.stateReason },
    { header: "Next stage", value: (p) => (p.gate.next ? stageLabel(p.gate.next) : null) },
    { header: "Next gate: items done", value: (p) => (p.gate.next ? p.gate.done : null) },
    { header: "Next gate: items", value: (p) => (p.gate.next ? p.gate.total : null) },
    {
      header: "Next gate: progress",
      value: (p) => (p.gate.next ? `${p.gate.done} of ${p.gate.total} items done` : "End of the pipeline"),
    },
    { header: "Next gate: required items open", value: (p) => (p.gate.next ? p.gate.requiredOpen : null) },
    { header: "Problem ID", value: (p) => p.problemId },
    { header: "Problem", value: (p) => p.problemTitle },
    { header: "Hack day", value: (p) => p.hackDayName },
    { header: "Care setting", value: (p) => (p.careSetting ? careSettings.label(p.careSetting) : null) },
    { header: "Specialty", value: (p) => (p.specialty ? specialties.label(p.specialty) : null) },
    { header: "Lead", value: (p) => p.leadName },
    { header: "Team size", value: (p) => p.teamSize },
    { header: "Active mentors", value: (p) => p.activeMentors },
    { header: "Published stories", value: (p) => p.storiesPublished },
    { header: "Submitted on", value: (p) => p.submittedAt },
    { header: "In this stage since", value: (p) => p.stageEnteredAt },
    { header: "Last activity", value: (p) => p.lastActivityAt },
    { header: "Stalled", value: (p) => p.state === "active" && isStalled(p.lastActivityAt, now) },
  ];
}

export type RegistrantExportRow = {
  name: string;
  organisation: string;
  roles: readonly Role[];
  status: "registered" | "waitlisted";
  /** Place on the waiting list (1 = next in line); null for people with a place. */
  position: number | null;
  registeredAt: Date;
  team: string | null;
};

/** /exports/hack-days/:id/registrants.csv: people with a place, then the waiting list in order. */
export function registrantExportColumns(): CsvColumn<RegistrantExportRow>[] {
  return [
    { header: "Name", value: (r) => r.name },
    { header: "Organisation", value: (r) => r.organisation },
    {
      header: "Roles",
      value: (r) =>
        roleNames.values
          .filter((role) => r.roles.includes(role))
          .map((role) => roleNames.label(role))
          .join("; "),
    },
    { header: "Status", value: (r) => (r.status === "registered" ? "Registered" : "Waiting list") },
    { header: "Waiting list place", value: (r) => r.position },
    { header: "Registered on", value: (r) => r.registeredAt },
    { header: "Team", value: (r) => r.team },
  ];
}

export type ResultExportRow = {
  rank: number | null;
  projectId: number;
  name: string;
  weightedMean: number | null;
  judgeCount: number;
  criterionMeans: Readonly<Record<number, number | null>>;
  awards: readonly string[];
};

/** Two decimals, as the results page shows them; empty when nobody scored. */
const mean = (value: number | null | undefined) => (value === null || value === undefined ? null : +value.toFixed(2));

/**
 * /exports/hack-days/:id/results.csv: the published ranking with each criterion's mean (never one
 * judge's score or comment) and the awards.
 */
export function resultExportColumns(
  origin: string,
  criteria: readonly { id: number; name: string; weight: number }[],
): CsvColumn<ResultExportRow>[] {
  return [
    { header: "Rank", value: (r) => r.rank ?? "Not scored" },
    { header: "Project", value: (r) => r.name },
    { header: "Address", value: (r) => absoluteUrl(origin, projectPath({ id: r.projectId, name: r.name })) },
    { header: "Weighted mean (1 to 5)", value: (r) => mean(r.weightedMean) },
    { header: "Judges", value: (r) => r.judgeCount },
    ...criteria.map((c): CsvColumn<ResultExportRow> => ({
      header: `${c.name} (weight ${c.weight}): mean`,
      value: (r) => mean(r.criterionMeans[c.id]),
    })),
    { header: "Awards", value: (r) => r.awards.join("; ") },
  ];
}
