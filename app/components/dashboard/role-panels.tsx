import { Link } from "@remix-run/react";
import type { Dashboard } from "~/models/dashboard.server";
import { FundingList, FundingSummary, JoinRequestList, MentorshipList, ProblemList, ProjectList } from "./lists";
import { DashboardPanel, PanelEmpty } from "./section";
import { DeveloperSuggestions, FunderSuggestions, MentorSuggestions } from "./suggestions";

/**
 * The dashboard's panels, one per job: what waits for the person's answer, then each role's own
 * list and suggestions. The route decides which to show from the person's roles and what they have.
 */

/** Requests and offers to answer, and people asking to join a team the person leads. */
export function ToAnswerPanel({ toAnswer }: { toAnswer: Dashboard["toAnswer"] }) {
  const { mentorships, joinRequests } = toAnswer;
  const total = mentorships.total + joinRequests.total;
  return (
    <DashboardPanel id="to-answer" title="Waiting for your answer" total={total}>
      {total === 0 ? <PanelEmpty>Nothing is waiting for your answer.</PanelEmpty> : null}
      {mentorships.items.length ? (
        <>
          <h3 className="text-base font-semibold">Mentorship requests and offers</h3>
          <MentorshipList items={mentorships.items} />
          <SeeAll total={mentorships.total} shown={mentorships.items.length} to="/dashboard/answer" what="requests" />
        </>
      ) : null}
      {joinRequests.items.length ? (
        <>
          <h3 className="mt-4 text-base font-semibold">Asking to join your team</h3>
          <JoinRequestList items={joinRequests.items} />
          <SeeAll
            total={joinRequests.total}
            shown={joinRequests.items.length}
            to="/dashboard/join-requests"
            what="requests to join"
          />
        </>
      ) : null}
    </DashboardPanel>
  );
}

function SeeAll({ total, shown, to, what }: { total: number; shown: number; to: string; what: string }) {
  if (total <= shown) return null;
  return (
    <p className="mt-2">
      <Link to={to}>
        See all {total}
        <span className="sr-only"> {what}</span>
      </Link>
    </p>
  );
}

/** A clinician's problems, with endorsements and the projects on them. */
export function ProblemsPanel({ problems }: { problems: Dashboard["problems"] }) {
  return (
    <DashboardPanel
      id="problems"
      title="Your problems"
      total={problems.total}
      shown={problems.items.length}
      seeAll="/dashboard/problems"
    >
      {problems.items.length ? (
        <ProblemList items={problems.items} />
      ) : (
        <PanelEmpty>
          You have not posted a problem yet. <Link to="/problems/new">Post a problem</Link>
        </PanelEmpty>
      )}
    </DashboardPanel>
  );
}

/** A developer's projects and what each one's next gate needs. */
export function ProjectsPanel({ projects }: { projects: Dashboard["projects"] }) {
  return (
    <DashboardPanel
      id="projects"
      title="Your projects"
      total={projects.total}
      shown={projects.items.length}
      seeAll="/dashboard/projects"
    >
      {projects.items.length ? (
        <ProjectList items={projects.items} />
      ) : (
        <PanelEmpty>
          You are not on a project yet. <Link to="/problems">Find a problem to work on</Link>
        </PanelEmpty>
      )}
    </DashboardPanel>
  );
}

/** Mentorships waiting for the other side, and active ones (with their open items for a mentor). */
export function MentorshipsPanel({ mentorships }: { mentorships: Dashboard["mentorships"] }) {
  return (
    <DashboardPanel
      id="mentorships"
      title="Mentorships"
      total={mentorships.total}
      shown={mentorships.items.length}
      seeAll="/dashboard/mentorships"
    >
      {mentorships.items.length ? (
        <MentorshipList items={mentorships.items} />
      ) : (
        <PanelEmpty>
          No mentorships under way. <Link to="/dashboard/mentorships">See past mentorships</Link>
        </PanelEmpty>
      )}
    </DashboardPanel>
  );
}

/** A funder's own interests, grouped by status. */
export function FundingPanel({ funding }: { funding: Dashboard["funding"] }) {
  return (
    <DashboardPanel
      id="funding"
      title="Your funding interests"
      total={funding.total}
      shown={funding.items.length}
      seeAll="/dashboard/funding"
    >
      {funding.byStatus ? <FundingSummary byStatus={funding.byStatus} /> : null}
      {funding.items.length ? (
        <FundingList items={funding.items} />
      ) : (
        <PanelEmpty>
          You have not registered interest in a project yet. <Link to="/pipeline">Browse the pipeline</Link>
        </PanelEmpty>
      )}
    </DashboardPanel>
  );
}

/** Suggestions for each role the person holds, each with its reason. */
export function SuggestionPanels({ suggestions }: { suggestions: Dashboard["suggestions"] }) {
  return (
    <>
      {suggestions.developer ? (
        <DashboardPanel id="suggested-problems" title="Problems you could work on">
          <DeveloperSuggestions suggestions={suggestions.developer} />
        </DashboardPanel>
      ) : null}
      {suggestions.mentor ? (
        <DashboardPanel id="suggested-projects" title="Projects that need your expertise">
          <MentorSuggestions suggestions={suggestions.mentor} />
        </DashboardPanel>
      ) : null}
      {suggestions.funder ? (
        <DashboardPanel id="matching-projects" title="Projects that fit your thesis">
          <FunderSuggestions suggestions={suggestions.funder} />
        </DashboardPanel>
      ) : null}
    </>
  );
}
