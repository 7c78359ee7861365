import { FORMER_MEMBER } from "~/domain/account-closing";

/** What closing the account would do, as previewAccountClosing gives it. */
export type ClosingSummaryData = {
  projectsLed: { id: number; name: string; successorName: string | null }[];
  problems: number;
  comments: number;
  endorsements: number;
  openMentorships: number;
  openInterests: number;
  committedInterests: number;
};

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * What closing an account removes and what stays as "A former member", in the words of the
 * person closing their own (`self`) or of an admin closing someone's. Shared by /settings/data/close
 * and /admin/users/:id/close so both say the same.
 */
export function ClosingSummary({ summary, self }: { summary: ClosingSummaryData; self: boolean }) {
  const your = self ? "your" : "their";
  const you = self ? "you" : "they";
  return (
    <div className="space-y-6">
      <section aria-labelledby="removed-heading">
        <h2 id="removed-heading" className="mb-2 text-2xl">
          What is removed
        </h2>
        <ul className="list-disc space-y-1 pl-5">
          <li>
            {self ? "Your" : "Their"} name, email address, organisation and bio. Everywhere the account appeared, it
            shows as “{FORMER_MEMBER}”.
          </li>
          <li>
            {self ? "Your" : "Their"} password and two-step sign-in. Every device {you} are signed in on is signed out,
            and nobody can sign in to the account again.
          </li>
          <li>
            {self ? "Your" : "Their"} roles and role profiles, so {you} leave the mentor and funder directories.
          </li>
          <li>Notifications, notification choices, follows, and emails not yet sent.</li>
          <li>
            Requests to join teams, places at hack days still taking registrations (the next person on the waiting list
            gets the place), and open funding interests
            {summary.openInterests
              ? ` (${plural(summary.openInterests, "interest", "interests")}: each team is told)`
              : ""}
            .
          </li>
          <li>
            Mentorships still waiting for an answer or active
            {summary.openMentorships
              ? ` (${plural(summary.openMentorships, "mentorship", "mentorships")}: each team is told)`
              : ""}
            .
          </li>
        </ul>
      </section>

      <section aria-labelledby="stays-heading">
        <h2 id="stays-heading" className="mb-2 text-2xl">
          What stays, as “{FORMER_MEMBER}”
        </h2>
        <p className="mb-2">Other people depend on these, so they stay without {your} name:</p>
        <ul className="list-disc space-y-1 pl-5">
          <li>
            Problems {you} posted ({summary.problems}), with the endorsements others gave them; comments (
            {summary.comments}) and endorsements ({summary.endorsements}) {you} gave.
          </li>
          <li>Team history, gate evidence and documents, session notes {you} wrote, and judging scores.</li>
          {summary.committedInterests ? (
            <li>
              {plural(summary.committedInterests, "committed funding offer", "committed funding offers")}, without{" "}
              {your} private note.
            </li>
          ) : null}
          <li>The audit log of what happened, without {your} name or email address.</li>
        </ul>
      </section>

      {summary.projectsLed.length ? (
        <section aria-labelledby="lead-heading">
          <h2 id="lead-heading" className="mb-2 text-2xl">
            Projects {you} lead
          </h2>
          <ul className="list-disc space-y-1 pl-5">
            {summary.projectsLed.map((p) => (
              <li key={p.id}>
                <span className="font-semibold">{p.name}</span>:{" "}
                {p.successorName
                  ? `the lead passes to ${p.successorName}, who has been on the team the longest, and they are told.`
                  : `nobody else is on the team, so it stays with “${FORMER_MEMBER}” as lead; requests to join and to mentor it are declined.`}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
