import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requireUser } from "~/auth/guards.server";
import { MarkAllReadForm, NotificationList } from "~/components/notifications/notification-list";
import { OrganiserPanel } from "~/components/dashboard/organiser-panel";
import {
  FundingPanel,
  MentorshipsPanel,
  ProblemsPanel,
  ProjectsPanel,
  SuggestionPanels,
  ToAnswerPanel,
} from "~/components/dashboard/role-panels";
import { RolesPanel } from "~/components/dashboard/roles-panel";
import { DashboardPanel } from "~/components/dashboard/section";
import { ErrorPage } from "~/components/error-page";
import { Notice } from "~/components/ui/notice";
import { PageHeader } from "~/components/ui/page-header";
import { getDashboard } from "~/models/dashboard.server";

export const meta: MetaFunction = () => [{ title: "Your dashboard · Hackpath" }];

// One loader feeds every panel: a to-do list per role the person holds (decision 0053). To add a
// panel: return its data from getDashboard (app/models/dashboard.server.ts), write a component in
// app/components/dashboard/, place it below.
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const dashboard = await getDashboard({ userId: user.id, roles: user.roles });
  return { user, dashboard, welcome: new URL(request.url).searchParams.has("welcome") };
}

export default function DashboardPage() {
  const { user, dashboard, welcome } = useLoaderData<typeof loader>();
  const { notifications, toAnswer, problems, projects, mentorships, funding, suggestions, organiser, profiles } =
    dashboard;
  const is = (role: "clinician" | "developer" | "mentor" | "funder") => user.roles.includes(role);
  const waiting = toAnswer.mentorships.total + toAnswer.joinRequests.total;
  return (
    <>
      <PageHeader title="Your dashboard" lead={`Signed in as ${user.name}.`} />
      <Notice />
      {welcome ? (
        <div role="status" className="mb-6 rounded-md border-l-4 border-success-700 bg-success-50 p-4 text-success-700">
          <p className="font-semibold">Your account is ready.</p>
          <p>
            <Link to="/settings">Fill in your profile</Link> so the right people can find you.
          </p>
        </div>
      ) : null}
      <div className="grid gap-6 lg:grid-cols-2">
        {waiting || is("mentor") || is("developer") ? <ToAnswerPanel toAnswer={toAnswer} /> : null}

        <DashboardPanel
          id="notifications"
          title={notifications.unread ? `Notifications, ${notifications.unread} unread` : "Notifications"}
          total={notifications.total}
          shown={notifications.items.length}
          seeAll="/notifications"
          actions={notifications.unread ? <MarkAllReadForm redirectTo="/dashboard" /> : null}
        >
          <NotificationList items={notifications.items} />
        </DashboardPanel>

        {organiser ? <OrganiserPanel organiser={organiser} /> : null}
        {is("clinician") || problems.total ? <ProblemsPanel problems={problems} /> : null}
        {is("developer") || projects.total ? <ProjectsPanel projects={projects} /> : null}
        {is("mentor") || mentorships.total ? <MentorshipsPanel mentorships={mentorships} /> : null}
        {is("funder") || funding.total ? <FundingPanel funding={funding} /> : null}
        <SuggestionPanels suggestions={suggestions} />

        <RolesPanel roles={user.roles} profiles={profiles} />
      </div>
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
