import type { Stage } from "../../../app/domain/stages";
import type { archiveReasons, fundingKinds, FundingStatus, MentorshipStatus } from "../../../app/domain/taxonomy";
import type { HackDayKey } from "./hack-days";

/** A stage move: the lead's request and the organiser's decision, in days ago. */
export type SeedMove = {
  to: Stage;
  requested: number;
  decided: number;
  /** The lead's note on the request. */
  note: string;
  /** The organiser's approval note. */
  reason: string;
  /** The organiser who decided; defaults to the demo organiser. */
  by?: string;
  /** Set when an organiser approved with required items unmet: the written reason. */
  override?: string;
  /** An earlier request for the same move that was returned. */
  returnedFirst?: { requested: number; decided: number; note: string; reason: string };
};

/** An organiser moving a project back a stage. */
export type SeedMoveBack = { back: Stage; at: number; by?: string; reason: string };

export type SeedMentorship = {
  mentor: string;
  status: MentorshipStatus;
  /** Who asked: the team (requested) or the mentor (offered). */
  initiatedBy: "team" | "mentor";
  startedDaysAgo: number;
  /** When the other side responded (accepted or declined). */
  respondedDaysAgo?: number;
  endedDaysAgo?: number;
  message: string;
  focus: string;
  /** [days ago, "mentor" | "team", body]. */
  notes?: Array<[number, "mentor" | "team", string]>;
};

export type SeedFunding = {
  funder: string;
  status: FundingStatus;
  kind?: (typeof fundingKinds.values)[number];
  amount?: number;
  daysAgo: number;
  updatedDaysAgo?: number;
  /** The funder's private note: only that funder sees it. */
  note: string;
  /** Why the team declined it (status "declined" only); the funder and the team see it. */
  declineReason?: string;
};

export type SeedPilot = {
  organisation: string;
  site: string;
  /** Days ago (negative: in the future). */
  starts: number;
  ends: number;
  successMeasures: string;
  status: "planned" | "live" | "completed" | "stopped";
  /** The funder whose committed pilot-site offer this pilot was planned from. */
  plannedFrom?: string;
};

export type SeedOutcome = {
  metric: string;
  baseline: string;
  result: string;
  unit: string;
  source: string;
  measuredDaysAgo: number;
  story?: { title: string; body: string; publishedDaysAgo: number };
};

/** What the team wrote for each assurance gate item; the gate evidence is built from it. */
export type SeedAssurance = {
  userTesting?: string;
  intendedPurpose?: string;
  device?: string;
  esf?: string;
  trl6?: string;
  interop?: string;
  usability?: string;
  pilotRan?: string;
  evidenceMeetsTier?: string;
  commercialModel?: string;
  procurementRoute?: string;
  routineUse?: string;
};

export type SeedProject = {
  key: string;
  name: string;
  tagline: string;
  description: string;
  problem: string | null;
  hackDay: HackDayKey | null;
  lead: string;
  /** Active team members besides the lead (clinical champions included). */
  members: string[];
  /** People who asked to join and are waiting: [person, message]. */
  joinRequests?: Array<[string, string]>;
  links: { repo?: boolean; demo?: boolean; video?: boolean };
  tech: string;
  licence: string;
  createdDaysAgo: number;
  path: Array<SeedMove | SeedMoveBack>;
  state?: {
    kind: "paused" | "archived";
    daysAgo: number;
    reason: string;
    archiveReason?: (typeof archiveReasons.values)[number];
  };
  pendingRequest?: { to: Stage; daysAgo: number; note: string };
  dataUse?: { statement: string; lawfulBasis: string; publishedDaysAgo: number | null };
  assurance?: SeedAssurance;
  /** Evidence written for particular gate items, replacing the text built from `assurance`. */
  evidence?: Record<string, string>;
  /** When particular items were met, in days ago, where it differs from the stage move (e.g. after an override). */
  metDaysAgo?: Record<string, number>;
  /** Gate items that don't apply to this project: key → why. */
  notApplicable?: Record<string, string>;
  /** Progress on the next stage's items (others are not started). */
  next?: { met?: string[]; inProgress?: string[] };
  /** Overrides the computed last activity (used for stalled projects). */
  lastActivityDaysAgo?: number;
  mentorships?: SeedMentorship[];
  funding?: SeedFunding[];
  /** Whether the team lets the project page say publicly that it has backers. */
  showsBackers?: boolean;
  pilots?: SeedPilot[];
  outcomes?: SeedOutcome[];
  /** Scores from the results-published hack day: base score per criterion and judge 1's comments. */
  judging?: { base: [number, number, number, number, number]; comments: [string, string, string, string, string] };
};

/** Whether a path step is a move back. */
export function isMoveBack(step: SeedMove | SeedMoveBack): step is SeedMoveBack {
  return "back" in step;
}
