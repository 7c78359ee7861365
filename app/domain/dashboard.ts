/**
 * What each line of a person's dashboard says: a mentorship in words that fit this person's side
 * of it (asked you, you offered, active, overdue), never one side's wording on the other's line.
 * Pure; app/components/dashboard/ shows these strings and the tests read them.
 */
import { isOverdue, LAPSE_AFTER_DAYS } from "./mentorships";
import type { MentorshipStatus } from "./taxonomy";

const DAY = 86_400_000;

/** Whole days from `from` to `now`, never negative. */
export function daysBetween(from: Date, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - from.getTime()) / DAY));
}

const days = (n: number) => `${n} ${n === 1 ? "day" : "days"}`;

export type MentorshipLine = {
  /** What it is to this person. */
  text: string;
  /** "Overdue: asked 9 days ago" once an open one has waited OVERDUE_AFTER_DAYS; otherwise null. */
  overdue: string | null;
  /** Whether this person is the one to answer it now. */
  theirMove: boolean;
};

/**
 * A mentorship as one person reads it. `asMentor` says whether they are its mentor; otherwise they
 * are on the project's team, and `isLead` whether they lead it (the lead answers offers). The
 * team's own wording names the mentor.
 */
export function mentorshipLine(
  m: { status: MentorshipStatus; mentorName: string; createdAt: Date },
  { asMentor, isLead = false, now }: { asMentor: boolean; isLead?: boolean; now: Date },
): MentorshipLine {
  const overdue = isOverdue(m.status, m.createdAt, now)
    ? `Overdue: ${m.status === "requested" ? "asked" : "offered"} ${days(daysBetween(m.createdAt, now))} ago`
    : null;
  const theirMove = m.status === "requested" ? asMentor : m.status === "offered" && !asMentor && isLead;
  return { text: lineText(m, asMentor, isLead), overdue, theirMove };
}

function lineText(m: { status: MentorshipStatus; mentorName: string }, asMentor: boolean, isLead: boolean): string {
  switch (m.status) {
    case "requested":
      return asMentor
        ? "The team asked you to mentor it"
        : `${isLead ? "You" : "Your team"} asked ${m.mentorName}; waiting for their answer`;
    case "offered":
      if (asMentor) return "You offered to mentor it; waiting for the team lead";
      return isLead
        ? `${m.mentorName} offered to mentor it`
        : `${m.mentorName} offered to mentor it; waiting for your team lead`;
    case "active":
      return asMentor ? "You mentor this project" : `${m.mentorName} mentors this project`;
    case "completed":
      return asMentor ? "You mentored it; completed" : `${m.mentorName} mentored it; completed`;
    case "declined":
      return asMentor ? "Declined; not mentoring" : `Declined; ${m.mentorName} is not mentoring it`;
    case "cancelled":
      return asMentor ? "Cancelled; you are not mentoring it" : `Cancelled; ${m.mentorName} is not mentoring it`;
    case "lapsed":
      return `Lapsed: nobody answered within ${LAPSE_AFTER_DAYS} days`;
  }
}
