import { Link } from "@remix-run/react";
import { StalledBadge, StateBadge } from "~/components/projects/badges";
import { stageLabel, stages } from "~/domain/stages";
import { careSettings, specialties } from "~/domain/taxonomy";
import { hackDayPath, projectPath } from "~/utils/paths";
import { SeeAll, type Column, type SeeAllHref } from "./board";

/**
 * The list view (`?view=list`): the board's projects grouped by stage, one stacked row per project,
 * so it reads top to bottom on a 375 px phone with no table to scroll (decision 0048).
 */
export function PipelineList({ columns, seeAllHref }: { columns: Column[]; seeAllHref: SeeAllHref }) {
  return (
    <div className="space-y-8">
      {columns.map((column) => {
        const meta = stages.find((s) => s.key === column.stage);
        const headingId = `list-${column.stage}`;
        return (
          <section key={column.stage} aria-labelledby={headingId}>
            <h2 id={headingId} className="text-xl">
              {stageLabel(column.stage)}{" "}
              <span className="text-base font-normal text-muted">
                ({column.total}
                <span className="sr-only"> {column.total === 1 ? "project" : "projects"}</span>)
              </span>
            </h2>
            {meta ? <p className="mt-1 text-sm text-muted">{meta.meaning}</p> : null}
            {column.cards.length > 0 ? (
              <ul className="mt-3 divide-y divide-line border-y border-line">
                {column.cards.map((project) => (
                  <PipelineListRow key={project.id} project={project} />
                ))}
              </ul>
            ) : (
              <p className="mt-3 text-muted">No projects at this stage.</p>
            )}
            <SeeAll column={column} href={seeAllHref(column.stage)} className="mt-3" />
          </section>
        );
      })}
    </div>
  );
}

/** One project in the list: name, tagline, then its setting and hack day on their own lines. */
function PipelineListRow({ project }: { project: Column["cards"][number] }) {
  const setting = [
    project.careSetting ? careSettings.label(project.careSetting) : null,
    project.specialty ? specialties.label(project.specialty) : null,
  ]
    .filter(Boolean)
    .join(" · ");
  return (
    <li className="py-3 break-words">
      <h3 className="text-base">
        <Link to={projectPath(project)}>{project.name}</Link>
      </h3>
      {project.tagline ? <p className="mt-1 text-sm">{project.tagline}</p> : null}
      {project.stalled || project.state !== "active" ? (
        <div className="mt-2 flex flex-wrap gap-2">
          <StateBadge state={project.state} />
          {project.stalled ? <StalledBadge /> : null}
        </div>
      ) : null}
      {setting || (project.hackDayId && project.hackDayName) ? (
        <dl className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-sm text-muted">
          {setting ? (
            <div>
              <dt className="sr-only">Care setting and specialty</dt>
              <dd>{setting}</dd>
            </div>
          ) : null}
          {project.hackDayId && project.hackDayName ? (
            <div>
              <dt className="inline">Hack day: </dt>
              <dd className="inline">
                <Link to={hackDayPath({ id: project.hackDayId, name: project.hackDayName })}>
                  {project.hackDayName}
                </Link>
              </dd>
            </div>
          ) : null}
        </dl>
      ) : null}
    </li>
  );
}
