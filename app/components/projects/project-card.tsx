import { Link } from "@remix-run/react";
import type { ReactNode } from "react";
import { Card } from "~/components/ui/card";
import { careSettings, specialties } from "~/domain/taxonomy";
import type { ProjectCard as ProjectCardRow } from "~/models/projects.server";
import { hackDayPath, problemPath, projectPath } from "~/utils/paths";
import { StageBadge, StalledBadge, StateBadge } from "./badges";

/** What a project card shows of a project (the gallery's card, or a pipeline or dashboard row). */
export type ProjectCardData = Omit<ProjectCardRow, "stage" | "state" | "createdAt"> & {
  stage: string;
  state: string;
  stalled?: boolean;
};

/** A project in a list: name, tagline, stage, setting, and where it came from. */
export function ProjectCard({
  project,
  compact = false,
  headingLevel = 3,
  children,
}: {
  project: ProjectCardData;
  compact?: boolean;
  headingLevel?: 2 | 3 | 4;
  children?: ReactNode;
}) {
  const Heading = `h${headingLevel}` as const;
  const setting = [
    project.careSetting ? careSettings.label(project.careSetting) : null,
    project.specialty ? specialties.label(project.specialty) : null,
  ]
    .filter(Boolean)
    .join(" · ");
  return (
    <Card as="li" className={`break-words ${compact ? "p-3" : ""}`}>
      <Heading className={compact ? "text-base" : "text-lg"}>
        <Link to={projectPath(project)}>{project.name}</Link>
      </Heading>
      {project.tagline ? <p className={`mt-1 ${compact ? "line-clamp-4 text-sm" : ""}`}>{project.tagline}</p> : null}
      <div className="mt-2 flex flex-wrap gap-2">
        {compact ? null : <StageBadge stage={project.stage} />}
        <StateBadge state={project.state} />
        {project.stalled ? <StalledBadge /> : null}
      </div>
      {setting ? <p className="mt-2 text-sm text-muted">{setting}</p> : null}
      {!compact && (project.problemId || project.hackDayId) ? (
        <dl className="mt-2 space-y-1 text-sm">
          {project.problemId && project.problemTitle ? (
            <div>
              <dt className="inline font-semibold">Problem: </dt>
              <dd className="inline">
                <Link to={problemPath({ id: project.problemId, title: project.problemTitle })}>
                  {project.problemTitle}
                </Link>
              </dd>
            </div>
          ) : null}
          {project.hackDayId && project.hackDayName ? (
            <div>
              <dt className="inline font-semibold">Hack day: </dt>
              <dd className="inline">
                <Link to={hackDayPath({ id: project.hackDayId, name: project.hackDayName })}>
                  {project.hackDayName}
                </Link>
              </dd>
            </div>
          ) : null}
        </dl>
      ) : null}
      {children}
    </Card>
  );
}
