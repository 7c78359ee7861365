import { Link } from "@remix-run/react";
import { StageBadge, StateBadge } from "~/components/projects/badges";
import { Badge } from "~/components/ui/badge";
import { Time } from "~/components/ui/time";
import { poundsInWords } from "~/domain/matching";
import { stageLabel } from "~/domain/stages";
import {
  fundingKinds,
  fundingStatuses,
  hackDayStatuses,
  mentorshipStatuses,
  problemStatuses,
  type FundingStatus,
} from "~/domain/taxonomy";
import type {
  listCurrentMentorships,
  listJoinRequestsToAnswer,
  listMentorshipsToAnswer,
  listOrganisedHackDays,
  listOwnFundingInterests,
  listOwnMentorships,
  listOwnProblems,
  listOwnProjects,
} from "~/models/dashboard.server";
import {
  hackDayPath,
  mentorshipPath,
  problemPath,
  projectFundingPath,
  projectGatePath,
  projectMentorsPath,
  projectPath,
  projectStagePath,
  projectTeamPath,
} from "~/utils/paths";

type ItemsOf<F extends (...args: never[]) => Promise<{ items: unknown[] }>> = Awaited<ReturnType<F>>["items"];

export const listClass = "divide-y divide-line";
const rowClass = "flex flex-wrap items-start justify-between gap-2 py-3";
const plural = (n: number, one: string, many: string) => `${n.toLocaleString("en-GB")} ${n === 1 ? one : many}`;

/** The problems a person posted, with their endorsements and the projects on them. */
export function ProblemList({ items }: { items: ItemsOf<typeof listOwnProblems> }) {
  return (
    <ul className={listClass}>
      {items.map((p) => (
        <li key={p.id} className={rowClass}>
          <span className="min-w-0">
            <Link to={problemPath(p)} className="font-semibold">
              {p.title}
            </Link>
            <span className="block text-sm text-muted">
              {plural(p.endorsementCount, "endorsement", "endorsements")}
              {p.organisationCount > 1 ? ` from ${plural(p.organisationCount, "organisation", "organisations")}` : ""}
            </span>
            {p.projects.length ? (
              <span className="block text-sm">
                Projects on it:{" "}
                {p.projects.map((j, i) => (
                  <span key={j.id}>
                    {i > 0 ? ", " : null}
                    <Link to={projectPath(j)}>{j.name}</Link> ({stageLabel(j.stage).toLowerCase()})
                  </span>
                ))}
              </span>
            ) : (
              <span className="block text-sm text-muted">No project on it yet</span>
            )}
          </span>
          <span className="flex flex-wrap items-center gap-2 text-sm">
            <Badge tone={p.status === "open" ? "brand" : p.status === "solved" ? "success" : "neutral"}>
              {problemStatuses.label(p.status)}
            </Badge>
            {p.hidden ? <Badge tone="warning">Hidden by a moderator</Badge> : null}
          </span>
        </li>
      ))}
    </ul>
  );
}

/** The projects a person is on, with what the next gate still needs. */
export function ProjectList({ items }: { items: ItemsOf<typeof listOwnProjects> }) {
  return (
    <ul className={listClass}>
      {items.map((p) => (
        <li key={p.id} className={rowClass}>
          <span className="min-w-0">
            <Link to={projectPath(p)} className="font-semibold">
              {p.name}
            </Link>
            <span className="block text-sm text-muted">{p.role === "lead" ? "You lead it" : "Team member"}</span>
            <NextGate project={p} />
          </span>
          <span className="flex flex-wrap items-center gap-2 text-sm">
            <StageBadge stage={p.stage} />
            <StateBadge state={p.state} />
            {p.submitted ? null : <Badge tone="warning">Not submitted</Badge>}
          </span>
        </li>
      ))}
    </ul>
  );
}

/** "Next, for pilot: 3 required items open: C1 …, C2 …" or that it is ready to ask to move on. */
function NextGate({ project: p }: { project: ItemsOf<typeof listOwnProjects>[number] }) {
  if (!p.nextStage || p.state !== "active") return null;
  const next = stageLabel(p.nextStage).toLowerCase();
  if (p.pendingRequest)
    return <span className="block text-sm">Waiting for an organiser to review the move to {next}</span>;
  if (p.unmetCount === 0)
    return (
      <span className="block text-sm">
        {`Every required item for ${next} is done. `}
        <Link to={projectStagePath(p)}>{`Ask to move to ${next}`}</Link>
      </span>
    );
  return (
    <span className="block text-sm">
      {`For ${next}: ${plural(p.unmetCount, "required item", "required items")} open${p.unmetCount > p.firstUnmet.length ? ", such as " : ": "}`}
      {p.firstUnmet.map((item, i) => (
        <span key={item.key}>
          {i > 0 ? " and " : null}
          <Link to={projectGatePath(p, item.key)}>{item.label}</Link>
        </span>
      ))}
    </span>
  );
}

type MentorshipItem =
  | ItemsOf<typeof listOwnMentorships>[number]
  | ItemsOf<typeof listCurrentMentorships>[number]
  | ItemsOf<typeof listMentorshipsToAnswer>[number];

/**
 * Mentorships as this person reads them: what each is to them (asked you, you offered, active),
 * overdue ones marked, with the link to act on it: answer or see it on the project's mentors page,
 * or the session notes of an active one.
 */
export function MentorshipList({ items }: { items: MentorshipItem[] }) {
  return (
    <ul className={listClass}>
      {items.map((m) => {
        const project = { id: m.projectId, name: m.projectName };
        return (
          <li key={m.id} className="py-3">
            <p className="flex flex-wrap items-center gap-2">
              <Link to={projectPath(project)} className="font-semibold">
                {m.projectName}
              </Link>
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
              {m.line.overdue ? <Badge tone="danger">{m.line.overdue}</Badge> : null}
            </p>
            <p className="text-sm">{m.line.text}</p>
            {"message" in m && m.message ? <p className="text-sm text-muted">“{m.message}”</p> : null}
            {"openItems" in m && m.nextStage && m.openItems.length ? (
              <p className="text-sm">
                {`Open for ${stageLabel(m.nextStage).toLowerCase()}: `}
                {m.openItems.map((item, i) => (
                  <span key={item.key}>
                    {i > 0 ? "; " : null}
                    <Link to={projectGatePath(project, item.key)}>{item.label}</Link>
                    {item.yours ? " (your expertise)" : null}
                  </span>
                ))}
              </p>
            ) : null}
            <p className="flex flex-wrap gap-x-4 text-sm">
              {m.status === "requested" || m.status === "offered" ? (
                <Link to={projectMentorsPath(project)}>
                  {m.line.theirMove ? "Answer it" : "See it"}
                  <span className="sr-only"> ({m.projectName})</span>
                </Link>
              ) : null}
              {m.status === "active" ? (
                <Link to={mentorshipPath(m.id)}>
                  Session notes<span className="sr-only"> ({m.projectName})</span>
                </Link>
              ) : null}
            </p>
          </li>
        );
      })}
    </ul>
  );
}

/** People asking to join a team this person leads. */
export function JoinRequestList({ items }: { items: ItemsOf<typeof listJoinRequestsToAnswer> }) {
  return (
    <ul className={listClass}>
      {items.map((r) => (
        <li key={`${r.projectId}-${r.userId}`} className={rowClass}>
          <span className="min-w-0">
            <span className="font-semibold">{r.name}</span> asked to join{" "}
            <Link to={projectPath({ id: r.projectId, name: r.projectName })}>{r.projectName}</Link>
            {r.message ? <span className="block text-sm text-muted">“{r.message}”</span> : null}
            <span className="block text-sm text-muted">
              Asked <Time value={r.createdAt} />
            </span>
          </span>
          <Link to={projectTeamPath({ id: r.projectId, name: r.projectName })} className="text-sm">
            Answer it<span className="sr-only"> ({r.name})</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}

const fundingTone = (status: FundingStatus) =>
  status === "committed" ? "success" : status === "declined" || status === "withdrawn" ? "neutral" : "brand";

/** A funder's own interests in projects, grouped under their status. */
export function FundingList({ items }: { items: ItemsOf<typeof listOwnFundingInterests> }) {
  const groups = [...new Set(items.map((f) => f.status))];
  return (
    <div className="space-y-4">
      {groups.map((status) => (
        <section key={status} aria-label={fundingStatuses.label(status)}>
          <h3 className="text-base font-semibold">{fundingStatuses.label(status)}</h3>
          <ul className={listClass}>
            {items
              .filter((f) => f.status === status)
              .map((f) => (
                <li key={f.id} className={rowClass}>
                  <span className="min-w-0">
                    <Link to={projectPath({ id: f.projectId, name: f.projectName })} className="font-semibold">
                      {f.projectName}
                    </Link>
                    <span className="block text-sm text-muted">
                      Updated <Time value={f.updatedAt} />
                    </span>
                    <Link to={projectFundingPath({ id: f.projectId, name: f.projectName })} className="text-sm">
                      Your interest<span className="sr-only"> in {f.projectName}</span>
                    </Link>
                  </span>
                  <span className="flex flex-wrap items-center gap-2 text-sm">
                    <Badge tone={fundingTone(f.status)}>{fundingStatuses.label(f.status)}</Badge>
                    {f.kind ? <span>{fundingKinds.label(f.kind)}</span> : null}
                    {f.amount !== null ? <span>{poundsInWords(f.amount)}</span> : null}
                  </span>
                </li>
              ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

/** "2 in discussion · 1 interested · 3 committed": every status a funder has interests in. */
export function FundingSummary({ byStatus }: { byStatus: Record<FundingStatus, number> }) {
  const parts = (Object.entries(byStatus) as [FundingStatus, number][]).filter(([, n]) => n > 0);
  if (!parts.length) return null;
  return (
    <p className="mb-2 text-sm text-muted">
      {parts.map(([status, n]) => `${n} ${fundingStatuses.label(status).toLowerCase()}`).join(" · ")}
    </p>
  );
}

/** Hack days a person runs. */
export function HackDayList({ items }: { items: ItemsOf<typeof listOrganisedHackDays> }) {
  return (
    <ul className={listClass}>
      {items.map((h) => (
        <li key={h.id} className={rowClass}>
          <span className="min-w-0">
            <Link to={hackDayPath(h)} className="font-semibold">
              {h.name}
            </Link>
            <span className="block text-sm text-muted">
              <Time value={h.startsAt} /> · {plural(h.participants, "person registered", "people registered")}
            </span>
          </span>
          <Badge tone={h.status === "live" ? "success" : h.status === "draft" ? "warning" : "brand"}>
            {hackDayStatuses.label(h.status)}
          </Badge>
        </li>
      ))}
    </ul>
  );
}
