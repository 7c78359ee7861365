import { parseWithZod } from "@conform-to/zod";
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requireUser } from "~/auth/guards.server";
import { safeRedirect } from "~/auth/safe-redirect";
import { FundingList, MentorshipList, ProblemList, ProjectList } from "~/components/dashboard/lists";
import { MarkAllReadForm, NotificationList } from "~/components/dashboard/notifications";
import { RolesPanel } from "~/components/dashboard/roles-panel";
import { DashboardPanel, PanelEmpty } from "~/components/dashboard/section";
import { ErrorPage } from "~/components/error-page";
import { PageHeader } from "~/components/ui/page-header";
import { getDashboard } from "~/models/dashboard.server";
import { markNotificationsRead } from "~/models/notifications.server";
import { dashboardActionSchema } from "~/validation/dashboard";
import { readForm } from "~/utils/form.server";

export const meta: MetaFunction = () => [{ title: "Your dashboard · Hackpath" }];

// One loader feeds every panel. To add a panel: return its data from getDashboard
// (app/models/dashboard.server.ts), write a component in app/components/dashboard/, place it below.
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const dashboard = await getDashboard({ userId: user.id, roles: user.roles });
  return { user, dashboard, welcome: new URL(request.url).searchParams.has("welcome") };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const submission = parseWithZod(await readForm(request), { schema: dashboardActionSchema });
  if (submission.status !== "success") throw new Response("We did not recognise that form.", { status: 400 });
  await markNotificationsRead({ userId: user.id });
  throw redirect(safeRedirect(submission.value.redirectTo, "/dashboard"));
}

export default function DashboardPage() {
  const { user, dashboard, welcome } = useLoaderData<typeof loader>();
  const { notifications, problems, projects, mentorships, funding, profiles } = dashboard;
  const is = (role: "clinician" | "developer" | "mentor" | "funder") => user.roles.includes(role);
  return (
    <>
      <PageHeader title="Your dashboard" lead={`Signed in as ${user.name}.`} />
      {welcome ? (
        <div role="status" className="mb-6 rounded-md border-l-4 border-success-700 bg-success-50 p-4 text-success-700">
          <p className="font-semibold">Your account is ready.</p>
          <p>
            <Link to="/settings">Fill in your profile</Link> so the right people can find you.
          </p>
        </div>
      ) : null}
      <div className="grid gap-6 lg:grid-cols-2">
        <DashboardPanel
          id="notifications"
          title={notifications.unread ? `Notifications, ${notifications.unread} unread` : "Notifications"}
          total={notifications.total}
          shown={notifications.items.length}
          seeAll="/dashboard/notifications"
          actions={notifications.unread ? <MarkAllReadForm redirectTo="/dashboard" /> : null}
        >
          <NotificationList items={notifications.items} />
        </DashboardPanel>

        <RolesPanel roles={user.roles} profiles={profiles} />

        {is("clinician") || problems.total ? (
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
        ) : null}

        {is("developer") || projects.total ? (
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
        ) : null}

        {is("mentor") || mentorships.total ? (
          <DashboardPanel
            id="mentorships"
            title="Mentorships"
            total={mentorships.total}
            shown={mentorships.items.length}
            seeAll="/dashboard/mentorships"
          >
            {mentorships.items.length ? (
              <MentorshipList items={mentorships.items} userId={user.id} />
            ) : (
              <PanelEmpty>
                No mentorships yet. <Link to="/projects">Browse projects</Link>
              </PanelEmpty>
            )}
          </DashboardPanel>
        ) : null}

        {is("funder") || funding.total ? (
          <DashboardPanel
            id="funding"
            title="Your funding interests"
            total={funding.total}
            shown={funding.items.length}
            seeAll="/dashboard/funding"
          >
            {funding.items.length ? (
              <FundingList items={funding.items} />
            ) : (
              <PanelEmpty>
                You have not registered interest in a project yet. <Link to="/pipeline">Browse the pipeline</Link>
              </PanelEmpty>
            )}
          </DashboardPanel>
        ) : null}
      </div>
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
