import { Link } from "@remix-run/react";
import { Badge } from "~/components/ui/badge";
import { ButtonLink } from "~/components/ui/button";
import { Card } from "~/components/ui/card";
import { EmptyState } from "~/components/ui/empty-state";
import { Pagination } from "~/components/ui/pagination";
import { allowsTeamChanges } from "~/domain/hack-day-status";
import { hackDayNewProjectPath, problemPath, projectPath, projectTeamPath, screenshotPath } from "~/utils/paths";
import { MAX_TEAM_SIZE } from "~/domain/teams";
import type { EventPageData } from "./route";

/** The teams forming and the projects submitted, a page at a time. */
export function TeamsSection({ page }: { page: EventPageData }) {
  const { projects, hackDay, standing } = page;
  const canStart = Boolean(
    standing?.registration?.status === "registered" && !standing.team && allowsTeamChanges(hackDay.status),
  );
  return (
    <section aria-labelledby="teams" className="mb-10">
      <div className="mb-4 flex flex-wrap items-end justify-between gap-3">
        <h2 id="teams" className="text-2xl">
          Teams and submissions
        </h2>
        {canStart ? <ButtonLink to={hackDayNewProjectPath(hackDay)}>Start a project</ButtonLink> : null}
      </div>
      {projects.items.length ? (
        <ul className="grid gap-4 md:grid-cols-2 lg:grid-cols-3">
          {projects.items.map((p) => (
            <Card as="li" key={p.id} className="flex flex-col gap-2">
              {p.screenshot ? (
                <img
                  src={screenshotPath(p.screenshot)}
                  alt={p.screenshotAlt ?? ""}
                  className="aspect-video w-full rounded object-cover"
                  loading="lazy"
                />
              ) : null}
              <div className="flex flex-wrap items-start justify-between gap-2">
                <h3 className="text-lg">
                  <Link to={p.submittedAt ? projectPath(p) : projectTeamPath(p.id)}>{p.name}</Link>
                </h3>
                {p.submittedAt ? <Badge tone="success">Submitted</Badge> : <Badge>Forming</Badge>}
              </div>
              {p.tagline ? <p>{p.tagline}</p> : null}
              {p.problemTitle && p.problemId ? (
                <p className="text-sm text-muted">
                  Problem: <Link to={problemPath({ id: p.problemId, title: p.problemTitle })}>{p.problemTitle}</Link>
                </p>
              ) : null}
              <p className="text-sm text-muted">
                Led by {p.leadName} · {p.memberCount} of {MAX_TEAM_SIZE} people
              </p>
              {!p.submittedAt && allowsTeamChanges(hackDay.status) && p.memberCount < MAX_TEAM_SIZE ? (
                <Link to={projectTeamPath(p.id)} className="text-sm">
                  Ask to join<span className="sr-only"> {p.name}</span>
                </Link>
              ) : null}
            </Card>
          ))}
        </ul>
      ) : (
        <EmptyState title="No teams yet">
          {allowsTeamChanges(hackDay.status) ? "Register, then start a project on a shortlisted problem." : null}
        </EmptyState>
      )}
      <Pagination page={projects.page} pageCount={projects.pageCount} total={projects.total} noun="projects" />
    </section>
  );
}
