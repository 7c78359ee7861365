import { Link } from "@remix-run/react";
import { StageBadge, StateBadge } from "~/components/projects/badges";
import { Time } from "~/components/ui/time";
import { hackDayStatuses } from "~/domain/taxonomy";
import { hackDayPath, projectPath } from "~/utils/paths";
import type { ProblemPageData } from "./route";

/** The projects working on the problem, with their stage, and the hack days that featured it. */
export function RelatedSection({ page }: { page: ProblemPageData }) {
  const { projects, hackDays, viewer, unsubmittedProjects } = page;
  const building =
    unsubmittedProjects > 0 ? (
      <p className="mt-3 text-sm text-muted">
        {projects.length ? "And " : ""}
        {unsubmittedProjects === 1 ? "one team is" : `${unsubmittedProjects} teams are`} building something for it that
        they have not submitted yet.
      </p>
    ) : null;
  return (
    <>
      <section aria-labelledby="projects-heading">
        <h2 id="projects-heading" className="text-xl">
          Projects working on it
        </h2>
        {projects.length ? (
          <>
            <ul className="mt-3 space-y-3">
              {projects.map((project) => (
                <li key={project.id} className="rounded-lg border border-line p-3">
                  <p className="font-semibold">
                    <Link to={projectPath(project)}>{project.name}</Link>
                  </p>
                  {project.tagline ? <p className="text-sm">{project.tagline}</p> : null}
                  <p className="mt-2 flex flex-wrap gap-2">
                    <StageBadge stage={project.stage} />
                    <StateBadge state={project.state} />
                  </p>
                </li>
              ))}
            </ul>
            {building}
          </>
        ) : unsubmittedProjects > 0 ? (
          building
        ) : (
          <p className="mt-2 text-muted">
            No project has taken this problem up yet.{" "}
            {viewer.signedIn ? (
              <>
                Developers can start one from a <Link to="/hack-days">hack day</Link>.
              </>
            ) : null}
          </p>
        )}
      </section>

      {hackDays.length ? (
        <section aria-labelledby="hack-days-heading">
          <h2 id="hack-days-heading" className="text-xl">
            Featured at hack days
          </h2>
          <ul className="mt-3 space-y-2">
            {hackDays.map((hackDay) => (
              <li key={hackDay.id}>
                <Link to={hackDayPath(hackDay)}>{hackDay.name}</Link>
                <span className="text-sm text-muted">
                  {" "}
                  · <Time value={hackDay.startsAt} /> · {hackDayStatuses.label(hackDay.status)}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
