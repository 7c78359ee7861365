import { Link } from "@remix-run/react";
import type { Dashboard } from "~/models/dashboard.server";
import { pipelineReviewsPath } from "~/utils/paths";
import { HackDayList } from "./lists";
import { DashboardPanel, PanelEmpty } from "./section";

/** What waits for an organiser: their hack days, the stage review queue and moderation. */
export function OrganiserPanel({ organiser }: { organiser: NonNullable<Dashboard["organiser"]> }) {
  const { hackDays, reviewQueue, moderation } = organiser;
  return (
    <DashboardPanel id="organising" title="Organising">
      <ul className="mb-4 space-y-1">
        <li>
          <Link to={pipelineReviewsPath()}>
            {reviewQueue === 0
              ? "No stage requests to review"
              : `${reviewQueue} stage ${reviewQueue === 1 ? "request" : "requests"} to review`}
          </Link>
        </li>
        <li>
          <Link to="/admin/moderation">
            {moderation === 0
              ? "No open reports to moderate"
              : `${moderation} open ${moderation === 1 ? "report" : "reports"} to moderate`}
          </Link>
        </li>
      </ul>
      <h3 className="text-base font-semibold">
        Your hack days <span className="font-normal text-muted">({hackDays.total})</span>
      </h3>
      {hackDays.items.length ? (
        <HackDayList items={hackDays.items} />
      ) : (
        <PanelEmpty>
          You are not running a hack day. <Link to="/hack-days/new">Create a hack day</Link>
        </PanelEmpty>
      )}
      {hackDays.total > hackDays.items.length ? (
        <p className="mt-3">
          <Link to="/dashboard/hack-days">
            See all {hackDays.total}
            <span className="sr-only"> of your hack days</span>
          </Link>
        </p>
      ) : null}
    </DashboardPanel>
  );
}
