import { redirect, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { requireUser } from "~/auth/guards.server";
import {
  FundingList,
  HackDayList,
  JoinRequestList,
  MentorshipList,
  ProblemList,
  ProjectList,
} from "~/components/dashboard/lists";
import { ErrorPage } from "~/components/error-page";
import { EmptyState } from "~/components/ui/empty-state";
import { PageHeader } from "~/components/ui/page-header";
import { Pagination } from "~/components/ui/pagination";
import { dashboardSections, listDashboardSection, type DashboardSection } from "~/models/dashboard.server";
import { notFound } from "~/utils/http.server";
import { pageFromUrl } from "~/utils/pagination";
import { Breadcrumbs } from "~/components/ui/breadcrumbs";

const titles: Record<DashboardSection, string> = {
  answer: "Requests and offers waiting for your answer",
  problems: "Your problems",
  projects: "Your projects",
  "join-requests": "Asking to join your teams",
  mentorships: "Your mentorships",
  funding: "Your funding interests",
  "hack-days": "Your hack days",
};

const nouns: Record<DashboardSection, string> = {
  answer: "requests",
  problems: "problems",
  projects: "projects",
  "join-requests": "requests",
  mentorships: "mentorships",
  funding: "interests",
  "hack-days": "hack days",
};

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data ? titles[data.list.section] : "Dashboard"} · Hackpath` },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  // Notifications have their own page now; old links land there.
  if (params.section === "notifications") throw redirect("/notifications", 301);
  const section = dashboardSections.find((s) => s === params.section);
  if (!section) notFound();
  return {
    list: await listDashboardSection({
      userId: user.id,
      roles: user.roles,
      section,
      page: pageFromUrl(new URL(request.url)),
    }),
  };
}

type SectionData = ReturnType<typeof useLoaderData<typeof loader>>["list"];

export default function DashboardSectionPage() {
  const { list } = useLoaderData<typeof loader>();
  const { page } = list;
  return (
    <>
      <Breadcrumbs items={[{ to: "/dashboard", label: "Your dashboard" }]} />
      <PageHeader title={titles[list.section]} />
      {page.items.length === 0 ? <EmptyState title="Nothing here yet" /> : <SectionList list={list} />}
      <Pagination page={page.page} pageCount={page.pageCount} total={page.total} noun={nouns[list.section]} />
    </>
  );
}

/** The section's own list component. */
function SectionList({ list }: { list: SectionData }) {
  switch (list.section) {
    case "answer":
    case "mentorships":
      return <MentorshipList items={list.page.items} />;
    case "problems":
      return <ProblemList items={list.page.items} />;
    case "projects":
      return <ProjectList items={list.page.items} />;
    case "join-requests":
      return <JoinRequestList items={list.page.items} />;
    case "funding":
      return <FundingList items={list.page.items} />;
    case "hack-days":
      return <HackDayList items={list.page.items} />;
  }
}

export function ErrorBoundary() {
  return <ErrorPage messages={{ 404: "There is no such list on your dashboard." }} />;
}
