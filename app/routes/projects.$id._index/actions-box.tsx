import { ButtonLink } from "~/components/ui/button";
import { projectFundingPath, projectMentorsPath, projectSubmissionPath, projectTeamPath } from "~/utils/paths";
import type { Props } from "./section";

/**
 * What this viewer can do on the project, at the top of a long page: the team's own pages, a
 * mentor's offer, a funder's interest (the stage move stays with the gates it depends on). The
 * sections below hold the details. Nothing for visitors.
 */
export function ActionsBox({ page }: Props) {
  const { project, viewer, funding } = page;
  const public_ = project.submittedAt !== null;
  const active = project.state === "active";
  const actions: { to: string; label: string; primary?: boolean }[] = [];
  if (viewer.isMember) {
    actions.push({ to: projectTeamPath(project), label: "Team and join requests" });
    actions.push({ to: projectSubmissionPath(project), label: "Edit submission" });
  } else {
    if (viewer.hasMentorRole && !viewer.isMentor && public_ && active)
      actions.push({ to: projectMentorsPath(project), label: "Offer to mentor", primary: true });
    if (funding.access === "funder" && public_)
      actions.push(
        funding.interests.length > 0
          ? { to: projectFundingPath(project), label: "See or change your interest" }
          : active
            ? { to: projectFundingPath(project), label: "Register interest", primary: true }
            : { to: projectFundingPath(project), label: "Funding" },
      );
  }
  if (actions.length === 0) return null;
  return (
    <nav aria-label="What you can do" className="mb-6 flex flex-wrap gap-3">
      {actions.map((a) => (
        <ButtonLink key={a.label} to={a.to} variant={a.primary ? "primary" : "secondary"}>
          {a.label}
          {a.label === "Register interest" || a.label === "Offer to mentor" ? (
            <span className="sr-only"> for {project.name}</span>
          ) : null}
        </ButtonLink>
      ))}
    </nav>
  );
}
