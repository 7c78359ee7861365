import { Link } from "@remix-run/react";
import { StageBadge, StateBadge } from "~/components/projects/badges";
import { Badge } from "~/components/ui/badge";
import { Time } from "~/components/ui/time";
import { fundingKinds, fundingStatuses, mentorshipStatuses, problemStatuses } from "~/domain/taxonomy";
import type {
  listOwnFundingInterests,
  listOwnMentorships,
  listOwnProblems,
  listOwnProjects,
} from "~/models/dashboard.server";
import { problemPath, projectMentorsPath, projectPath } from "~/utils/paths";

type ItemsOf<F extends (...args: never[]) => Promise<{ items: unknown[] }>> = Awaited<ReturnType<F>>["items"];

const listClass = "divide-y divide-line";
const rowClass = "flex flex-wrap items-center justify-between gap-2 py-3";

/** The problems a person posted. */
export function ProblemList({ items }: { items: ItemsOf<typeof listOwnProblems> }) {
  return (
    <ul className={listClass}>
      {items.map((p) => (
        <li key={p.id} className={rowClass}>
          <Link to={problemPath(p)} className="min-w-0 font-semibold">
            {p.title}
          </Link>
          <span className="flex flex-wrap items-center gap-2 text-sm">
            <Badge tone={p.status === "open" ? "brand" : p.status === "solved" ? "success" : "neutral"}>
              {problemStatuses.label(p.status)}
            </Badge>
            {p.hidden ? <Badge tone="warning">Hidden by a moderator</Badge> : null}
            <span className="text-muted">
              {p.endorsementCount} {p.endorsementCount === 1 ? "endorsement" : "endorsements"}
            </span>
          </span>
        </li>
      ))}
    </ul>
  );
}

/** The projects a person is on. */
export function ProjectList({ items }: { items: ItemsOf<typeof listOwnProjects> }) {
  return (
    <ul className={listClass}>
      {items.map((p) => (
        <li key={p.id} className={rowClass}>
          <Link to={projectPath(p)} className="min-w-0 font-semibold">
            {p.name}
          </Link>
          <span className="flex flex-wrap items-center gap-2 text-sm">
            <StageBadge stage={p.stage} />
            <StateBadge state={p.state} />
            {p.submitted ? null : <Badge tone="warning">Not submitted</Badge>}
            <span className="text-muted">{p.role === "lead" ? "You lead it" : "Team member"}</span>
          </span>
        </li>
      ))}
    </ul>
  );
}

/** What a mentorship is to this person, by its status and their side of it. */
function mentorshipLine(m: { status: string; mentorName: string }, asMentor: boolean): string {
  switch (m.status) {
    case "requested":
      return asMentor ? "The team asked you to mentor it" : `You asked ${m.mentorName}; waiting for their answer`;
    case "offered":
      return asMentor ? "You offered to mentor it; waiting for the team lead" : `${m.mentorName} offered to mentor it`;
    case "active":
      return asMentor ? "You mentor this project" : `Mentor: ${m.mentorName}`;
    default:
      return asMentor ? "You were its mentor" : `Mentor: ${m.mentorName}`;
  }
}

/** Mentorships a person is part of, as mentor or as team. */
export function MentorshipList({ items, userId }: { items: ItemsOf<typeof listOwnMentorships>; userId: number }) {
  return (
    <ul className={listClass}>
      {items.map((m) => (
        <li key={m.id} className={rowClass}>
          <span className="min-w-0">
            <Link to={projectPath({ id: m.projectId, name: m.projectName })} className="font-semibold">
              {m.projectName}
            </Link>
            <span className="block text-sm text-muted">{mentorshipLine(m, m.mentorId === userId)}</span>
            {m.status === "requested" || m.status === "offered" ? (
              <Link to={projectMentorsPath({ id: m.projectId, name: m.projectName })} className="text-sm">
                {(m.status === "requested") === (m.mentorId === userId) ? "Answer it" : "See or withdraw it"}
                <span className="sr-only"> ({m.projectName})</span>
              </Link>
            ) : null}
          </span>
          <Badge
            tone={
              m.status === "active"
                ? "success"
                : m.status === "requested" || m.status === "offered"
                  ? "warning"
                  : "neutral"
            }
          >
            {mentorshipStatuses.label(m.status)}
          </Badge>
        </li>
      ))}
    </ul>
  );
}

const pounds = new Intl.NumberFormat("en-GB", { style: "currency", currency: "GBP", maximumFractionDigits: 0 });

/** A funder's own interests in projects. */
export function FundingList({ items }: { items: ItemsOf<typeof listOwnFundingInterests> }) {
  return (
    <ul className={listClass}>
      {items.map((f) => (
        <li key={f.id} className={rowClass}>
          <span className="min-w-0">
            <Link to={projectPath({ id: f.projectId, name: f.projectName })} className="font-semibold">
              {f.projectName}
            </Link>
            <span className="block text-sm text-muted">
              Updated <Time value={f.updatedAt} />
            </span>
          </span>
          <span className="flex flex-wrap items-center gap-2 text-sm">
            <Badge
              tone={
                f.status === "committed"
                  ? "success"
                  : f.status === "declined" || f.status === "withdrawn"
                    ? "neutral"
                    : "brand"
              }
            >
              {fundingStatuses.label(f.status)}
            </Badge>
            {f.kind ? <span>{fundingKinds.label(f.kind)}</span> : null}
            {f.amount !== null ? <span>{pounds.format(f.amount)}</span> : null}
          </span>
        </li>
      ))}
    </ul>
  );
}
