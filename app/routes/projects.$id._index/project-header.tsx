import { StageBadge, StalledBadge, StateBadge } from "~/components/projects/badges";
import { Badge } from "~/components/ui/badge";
import { archiveReasons } from "~/domain/taxonomy";
import { FollowButton } from "~/components/follow-button";
import { projectPath } from "~/utils/paths";
import { date } from "./section";
import type { Props } from "./section";

export function ProjectHeader({ page }: Props) {
  const { project, progress } = page;
  return (
    <header className="mb-6">
      <h1 id="project-title" className="text-3xl">
        {project.name}
      </h1>
      {project.tagline ? <p className="mt-2 max-w-3xl text-lg text-muted">{project.tagline}</p> : null}
      <div className="mt-3 flex flex-wrap gap-2">
        <StageBadge stage={project.stage} />
        <StateBadge state={project.state} />
        {progress?.stalled ? <StalledBadge /> : null}
        {project.submittedAt ? null : (
          <Badge tone="warning">Not submitted yet: only the team and organisers can see this page</Badge>
        )}
      </div>
      {project.state !== "active" ? (
        <p className="mt-3 max-w-3xl">
          <strong>{project.state === "paused" ? "Paused" : "Archived"}</strong>
          {project.state === "archived" && project.archiveReason
            ? ` (${archiveReasons.label(project.archiveReason)})`
            : ""}
          {project.stateReason ? `: ${project.stateReason}` : "."}
        </p>
      ) : null}
      {progress ? (
        <p className="mt-2 text-sm text-muted">
          Last activity {date(progress.lastActivityAt)}. You see this as{" "}
          {page.viewer.isMember
            ? "a member of the team"
            : page.viewer.isMentor
              ? "a mentor of this project"
              : "an organiser"}
          .
        </p>
      ) : null}
      {project.submittedAt && !page.viewer.isMember ? (
        <div className="mt-4">
          <FollowButton
            objectType="project"
            objectId={project.id}
            following={page.following}
            signedIn={page.signedIn}
            here={projectPath(project)}
          />
        </div>
      ) : null}
    </header>
  );
}
