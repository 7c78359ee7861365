/**
 * A funder's interest in a project, and who may do what with it: one pure rule per action
 * (decision 0008), returning the refusal a person reads or undefined. The funding page offers what
 * these allow; app/models/funding.server.ts applies the same rules inside its transactions.
 *
 * A funder registers interest (interested); they move it on to in discussion and committed, or
 * withdraw it; the team declines it with a reason. Declined and withdrawn are closed, and the same
 * funder may register again (the one row reopens). Only that funder, the project's team and
 * organisers (and admins) see an interest; the funder's private note is the funder's alone. The
 * public page may say "Has backers", nothing more, and only when the team lead turns it on.
 */
import { refuse, type Refusal } from "./refusal";
import type { FunderKind, FundingStatus, ProjectState, fundingKinds } from "./taxonomy";

export type FundingKind = (typeof fundingKinds.values)[number];

/** A person as the funding rules need them: the funder role, and the kind of their funder profile (null: none). */
export type FunderStanding = { isFunder: boolean; profileKind: FunderKind | null };

/** Open: still alive (interested, in discussion or committed). Declined and withdrawn are closed. */
export const isOpenInterest = (status: FundingStatus) =>
  status === "interested" || status === "in_discussion" || status === "committed";

/** Where the funder may move their interest from each status (never back, never out of a closed one). */
const FUNDER_MOVES: Record<FundingStatus, readonly FundingStatus[]> = {
  interested: ["in_discussion", "committed", "withdrawn"],
  in_discussion: ["committed", "withdrawn"],
  committed: ["withdrawn"],
  declined: [],
  withdrawn: [],
};

/** The statuses the funder may move an interest to from `status`. */
export function funderMoves(status: FundingStatus): readonly FundingStatus[] {
  return FUNDER_MOVES[status];
}

/**
 * Funder kinds that count as "a trust or care provider": the organisations that run wards, homes
 * and clinics a pilot can happen at (NHS trust innovation funds and trusts or care providers). A
 * committed pilot-site offer from one of them becomes a planned pilot in one step; a pilot site
 * offered by anyone else is added on the pilots page like any other pilot. Decided on the kind,
 * which says who the funder is, not on the "offers a pilot site" flag, which any funder may tick.
 */
export const PILOT_SITE_FUNDER_KINDS: readonly FunderKind[] = ["care_provider", "nhs_trust_fund"];

/** Whether a funder of this kind is a trust or care provider. */
export function isTrustOrCareProvider(kind: FunderKind | null): boolean {
  return kind !== null && PILOT_SITE_FUNDER_KINDS.includes(kind);
}

const NOT_LOOKING = "This project is paused or archived, so it is not looking for funding.";

/**
 * Whether this person may register interest in the project: a funder with a funder profile, on
 * a public (submitted) and active project whose team they are not on, with no open interest in it
 * already. An earlier interest that was declined or withdrawn does not stop them: it reopens.
 */
export function registerInterestRefusal({
  funder,
  project,
  isMemberOfProject,
  current,
}: {
  funder: FunderStanding;
  project: { submitted: boolean; state: ProjectState };
  isMemberOfProject: boolean;
  /** The status of this funder's interest in the project, if they have one. */
  current: FundingStatus | null;
}): Refusal | undefined {
  if (!funder.isFunder) return refuse(403, "Add the funder role in settings to register interest in a project.");
  if (!funder.profileKind)
    return refuse(403, "Fill in your funder profile in settings first, so the team knows who you are.");
  if (!project.submitted) return refuse(404, "We could not find that project.");
  if (project.state !== "active") return refuse(409, NOT_LOOKING);
  if (isMemberOfProject) return refuse(409, "You are on this project's team.");
  if (current && isOpenInterest(current))
    return refuse(409, "You have registered interest in this project already. Update it instead.");
  return undefined;
}

/**
 * Whether the funder may change their own interest: move it to `to` (the same status to edit its
 * kind, amount and note), while it is open. A commitment says what it is: a kind is required.
 */
export function updateInterestRefusal({
  isOwnInterest,
  from,
  to,
  kind,
}: {
  /** Whether the person acting is the funder who registered it. */
  isOwnInterest: boolean;
  from: FundingStatus;
  to: FundingStatus;
  /** The kind the interest will have after the change. */
  kind: FundingKind | null;
}): Refusal | undefined {
  if (!isOwnInterest) return refuse(403, "Only the funder who registered this interest can change it.");
  if (!isOpenInterest(from))
    return refuse(
      409,
      `This interest is ${from === "declined" ? "declined" : "withdrawn"}. Register interest again to reopen it.`,
    );
  if (to !== from && !FUNDER_MOVES[from].includes(to))
    return refuse(409, `An interest that is ${label(from)} cannot go back to ${label(to)}.`, "status");
  if (to === "committed" && !kind)
    return refuse(400, "Choose what you are committing: a grant, an investment, a pilot site or help in kind", "kind");
  return undefined;
}

const label = (status: FundingStatus) => (status === "in_discussion" ? "in discussion" : status);

/**
 * Whether this person may decline a funder's interest: any active member of the project's team
 * (the lead included, as with the team's other records), while it is open, with a reason the
 * funder reads. Organisers see interests but do not answer for the team.
 */
export function declineInterestRefusal({
  isMember,
  status,
  reason,
}: {
  isMember: boolean;
  status: FundingStatus;
  reason: string;
}): Refusal | undefined {
  if (!isMember) return refuse(403, "Only the project's team can decline a funder's interest.");
  if (!isOpenInterest(status)) return refuse(409, "This interest is already closed.");
  if (!reason.trim()) return refuse(400, "Say why you are declining: the funder reads it", "reason");
  return undefined;
}

/**
 * Whether this person may plan a pilot from an interest in one step. Who: whoever may record the
 * team's pilots (the `recordsWriteRefusal` of app/domain/project-records.ts, passed in here). What:
 * a committed pilot-site offer from a trust or care provider, once.
 */
export function planPilotRefusal({
  recordsRefusal,
  interest,
  funderKind,
  alreadyPlanned,
}: {
  /** The refusal of the rule for writing the team's pilots, if any. */
  recordsRefusal: Refusal | undefined;
  interest: { status: FundingStatus; kind: FundingKind | null };
  funderKind: FunderKind | null;
  /** Whether a pilot was planned from this interest already. */
  alreadyPlanned: boolean;
}): Refusal | undefined {
  if (recordsRefusal) return recordsRefusal;
  if (interest.status !== "committed" || interest.kind !== "pilot_site")
    return refuse(409, "Only a committed pilot-site offer can become a planned pilot.");
  if (!isTrustOrCareProvider(funderKind))
    return refuse(
      409,
      "Only a trust or care provider's pilot-site offer becomes a pilot in one step. Add this pilot on the pilots page.",
    );
  if (alreadyPlanned) return refuse(409, "A pilot has already been planned from this offer.");
  return undefined;
}

/** Whether this person may change the project's funding settings (the public backers line and the ask). */
export function fundingSettingsRefusal({ isLead }: { isLead: boolean }): Refusal | undefined {
  if (!isLead) return refuse(403, "Only the team lead can change how the project shows its funding.");
  return undefined;
}

/**
 * What of a project's funding interests this person sees: "team" — every interest, without the
 * funders' private notes (the team, organisers and admins); "funder" — their own, note and all;
 * null — nothing, not even whether there are any.
 */
export type FundingAccess = "team" | "funder" | null;

/** What of a project's funding interests this person sees (see FundingAccess). */
export function fundingAccess({
  isMember,
  isOrganiser,
  isFunder,
}: {
  isMember: boolean;
  isOrganiser: boolean;
  isFunder: boolean;
}): FundingAccess {
  if (isMember || isOrganiser) return "team";
  if (isFunder) return "funder";
  return null;
}

/**
 * Whether the public project page says "Has backers": only when the team has turned it on and at
 * least one interest is committed. Nothing else about funding is public: no count, no names, no sums.
 */
export function showsHasBackers({ showsBackers, anyCommitted }: { showsBackers: boolean; anyCommitted: boolean }) {
  return showsBackers && anyCommitted;
}
