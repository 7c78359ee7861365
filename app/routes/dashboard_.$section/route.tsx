import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requireUser } from "~/auth/guards.server";
import { FundingList, MentorshipList, ProblemList, ProjectList } from "~/components/dashboard/lists";
import { MarkAllReadForm, NotificationList } from "~/components/dashboard/notifications";
import { ErrorPage } from "~/components/error-page";
import { EmptyState } from "~/components/ui/empty-state";
import { PageHeader } from "~/components/ui/page-header";
import { Pagination } from "~/components/ui/pagination";
import { dashboardSections, listDashboardSection, type DashboardSection } from "~/models/dashboard.server";
import { notFound } from "~/utils/http.server";
import { pageFromUrl } from "~/utils/pagination";

const titles: Record<DashboardSection, string> = {
  notifications: "Your notifications",
  problems: "Your problems",
  projects: "Your projects",
  mentorships: "Your mentorships",
  funding: "Your funding interests",
};

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data ? titles[data.list.section] : "Dashboard"} · Hackpath` },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const section = dashboardSections.find((s) => s === params.section);
  if (!section) notFound();
  const url = new URL(request.url);
  return {
    userId: user.id,
    list: await listDashboardSection({ userId: user.id, roles: user.roles, section, page: pageFromUrl(url) }),
    here: `${url.pathname}${url.search}`,
  };
}

export default function DashboardSectionPage() {
  const { userId, list, here } = useLoaderData<typeof loader>();
  const { page } = list;
  return (
    <>
      <p className="mb-2 text-sm">
        <Link to="/dashboard">Back to your dashboard</Link>
      </p>
      <PageHeader
        title={titles[list.section]}
        actions={
          list.section === "notifications" && page.items.length ? <MarkAllReadForm redirectTo={here} /> : undefined
        }
      />
      {page.items.length === 0 ? (
        <EmptyState title="Nothing here yet" />
      ) : list.section === "notifications" ? (
        <NotificationList items={list.page.items} />
      ) : list.section === "problems" ? (
        <ProblemList items={list.page.items} />
      ) : list.section === "projects" ? (
        <ProjectList items={list.page.items} />
      ) : list.section === "mentorships" ? (
        <MentorshipList items={list.page.items} userId={userId} />
      ) : (
        <FundingList items={list.page.items} />
      )}
      <Pagination
        page={page.page}
        pageCount={page.pageCount}
        total={page.total}
        noun={list.section === "funding" ? "interests" : list.section}
      />
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorPage messages={{ 404: "There is no such list on your dashboard." }} />;
}
