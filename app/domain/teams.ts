/**
 * Who may start a project at a hack day or ask to join a team: one pure rule each, returning the
 * refusal a person reads or undefined. The team and project-start models call them inside their
 * transactions; the team page and the start page call them to decide what to offer and to say
 * why not (decision record 0008).
 */
import { allowsTeamChanges } from "./hack-day-status";
import { refuse, type Refusal } from "./refusal";
import type { HackDayStatus } from "./taxonomy";

/** Most people on one team. */
export const MAX_TEAM_SIZE = 8;

/** A person's place at a hack day, as far as teams are concerned. */
export type TeamStanding = {
  /** Whether they hold a confirmed place (not waitlisted, not cancelled). */
  registered: boolean;
  /** The team they are on or asking to join at this hack day, if any. */
  teamAtHackDay: { name: string; status: "active" | "requested" } | null;
};

/** Why this person may not start a project at a hack day in this status, or undefined. */
export function startProjectRefusal(hackDayStatus: HackDayStatus, standing: TeamStanding): Refusal | undefined {
  if (!allowsTeamChanges(hackDayStatus))
    return refuse(409, "Projects can be started only while the hack day is open or live.");
  if (!standing.registered)
    return refuse(403, "Register for this hack day (and have a confirmed place) before you start a project.");
  return otherTeamRefusal(standing, "before starting your own project");
}

/** The refusal for someone already on, or asking to join, a team at the hack day; `then` ends the request case. */
function otherTeamRefusal({ teamAtHackDay: team }: TeamStanding, then: string): Refusal | undefined {
  if (!team) return undefined;
  return refuse(
    409,
    team.status === "active"
      ? `You are already on the team “${team.name}” at this hack day. A person can be on one team per hack day.`
      : `You have asked to join “${team.name}”. Withdraw that request ${then}.`,
  );
}

/** Whether a team can still change: always outside a hack day, while open or live at one. */
export function teamChangeRefusal(hackDayStatus: HackDayStatus | null): Refusal | undefined {
  if (hackDayStatus && !allowsTeamChanges(hackDayStatus))
    return refuse(409, "Teams at this hack day can no longer change.");
  return undefined;
}

/**
 * Why this person may not ask to join a team, or undefined. `standing` is null for a project
 * outside any hack day (nothing to register for); `membership` is their own row on this team.
 */
export function joinTeamRefusal({
  hackDayStatus,
  membership,
  standing,
  activeMembers,
}: {
  hackDayStatus: HackDayStatus | null;
  membership: "active" | "requested" | null;
  standing: TeamStanding | null;
  activeMembers: number;
}): Refusal | undefined {
  const closed = teamChangeRefusal(hackDayStatus);
  if (closed) return closed;
  if (membership)
    return refuse(
      409,
      membership === "active" ? "You are already on this team." : "You have already asked to join this team.",
    );
  if (standing) {
    if (!standing.registered)
      return refuse(403, "Register for this hack day (and have a confirmed place) before you ask to join a team.");
    const elsewhere = otherTeamRefusal(standing, "before asking another team");
    if (elsewhere) return elsewhere;
  }
  return teamFullRefusal(activeMembers);
}

/** Why a team with this many active members can take no one more (asking or being accepted), or undefined. */
export function teamFullRefusal(activeMembers: number): Refusal | undefined {
  if (activeMembers >= MAX_TEAM_SIZE)
    return refuse(409, `This team is full: teams have at most ${MAX_TEAM_SIZE} people.`);
  return undefined;
}
