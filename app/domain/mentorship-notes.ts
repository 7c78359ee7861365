/**
 * Who may read a mentorship's page and its session notes, who may write one, and who may change
 * one: one pure rule per action (decision 0008). The mentorship page offers what these allow;
 * app/models/mentorship-notes.server.ts applies the same rules inside its transactions.
 *
 * Notes are private to the mentor and the project's active team members; admins read them too
 * (they run the service) but do not write. Organisers and other mentors do not read them, and to
 * anyone who may not read them the mentorship is simply not there (404), so its existence does
 * not leak. Notes are written while the mentorship is active; once it is completed or cancelled
 * they are read-only history, for their authors too.
 */
import { toUkLocalInput } from "./hack-day-time";
import { refuse, type Refusal } from "./refusal";
import type { MentorshipStatus } from "./taxonomy";

/** Where a person stands on one mentorship, as these rules need it. */
export type NotesStanding = {
  /** They are the mentorship's mentor. */
  isMentor: boolean;
  /** They are an active member of the project's team. */
  isTeamMember: boolean;
  /** They hold the admin role. */
  isAdmin: boolean;
};

/** What anyone who may not read a mentorship is told: nothing about whether it exists. */
export const MENTORSHIP_NOT_FOUND = refuse(404, "We could not find that mentorship.");

/** Whether they may open the mentorship's page and read its notes. */
export function readNotesRefusal(standing: NotesStanding): Refusal | undefined {
  return standing.isMentor || standing.isTeamMember || standing.isAdmin ? undefined : MENTORSHIP_NOT_FOUND;
}

const ENDED = "This mentorship has ended, so its notes are kept as they are.";

/** Why notes cannot be written or changed at this status, or undefined while it is active. */
function statusRefusal(status: MentorshipStatus): Refusal | undefined {
  if (status === "active") return undefined;
  if (status === "completed" || status === "cancelled") return refuse(409, ENDED);
  return refuse(409, "Session notes can be written once the mentorship is active.");
}

/** Whether they may add a session note: the mentor or a team member, while the mentorship is active. */
export function addNoteRefusal(standing: NotesStanding, status: MentorshipStatus): Refusal | undefined {
  const unreadable = readNotesRefusal(standing);
  if (unreadable) return unreadable;
  if (!standing.isMentor && !standing.isTeamMember)
    return refuse(403, "Admins can read session notes; only the mentor and the team write them.");
  return statusRefusal(status);
}

/**
 * Whether they may edit or delete a note: only its author, only while they are still the mentor
 * or on the team (someone who has left no longer reads it, so the note is not there for them),
 * and only while the mentorship is active.
 */
export function changeNoteRefusal(
  standing: NotesStanding,
  status: MentorshipStatus,
  { isAuthor }: { isAuthor: boolean },
): Refusal | undefined {
  const unreadable = readNotesRefusal(standing);
  if (unreadable) return unreadable;
  if (!isAuthor || (!standing.isMentor && !standing.isTeamMember))
    return refuse(403, "Only the person who wrote a note can change it.");
  return statusRefusal(status);
}

/** Today's date in the UK as `YYYY-MM-DD`, the latest a session can have happened. */
export function ukToday(now: Date): string {
  return toUkLocalInput(now).slice(0, 10);
}

/** Whether a session date (`YYYY-MM-DD`) is acceptable at `now`: today or earlier, UK time. */
export function sessionDateRefusal(sessionOn: string, now: Date): Refusal | undefined {
  return sessionOn > ukToday(now)
    ? refuse(400, "The session date must be today or in the past", "sessionOn")
    : undefined;
}
