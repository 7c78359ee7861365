import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { getOptionalUser } from "~/auth/guards.server";
import { ErrorPage } from "~/components/error-page";
import { HackDayCard } from "~/components/hack-days/hack-day-card";
import { ButtonLink } from "~/components/ui/button";
import { EmptyState } from "~/components/ui/empty-state";
import { PageHeader } from "~/components/ui/page-header";
import { Pagination } from "~/components/ui/pagination";
import { canCreateHackDay } from "~/domain/hack-day-access";
import type { HackDaySection } from "~/domain/hack-day-status";
import { isOrganiser } from "~/domain/roles";
import { listHackDayOverview, listHackDays } from "~/models/hack-days.server";
import { pageFromUrl } from "~/utils/pagination";

export const meta: MetaFunction = () => [
  { title: "Hack days · Hackpath" },
  { name: "description", content: "Upcoming, live and past hack days where clinicians' problems become prototypes." },
];

const sectionTitles: Record<HackDaySection, { title: string; empty: string }> = {
  live: { title: "Live now", empty: "No hack day is running right now." },
  upcoming: {
    title: "Upcoming",
    empty: "No hack days are open for registration yet. Add the calendar to hear about new ones.",
  },
  past: { title: "Past", empty: "No hack days have finished yet." },
  drafts: { title: "Drafts", empty: "No drafts. Drafts are seen only by organisers." },
};

export async function loader({ request }: LoaderFunctionArgs) {
  const viewer = await getOptionalUser(request);
  const url = new URL(request.url);
  const includeDrafts = isOrganiser(viewer);
  const asked = url.searchParams.get("section");
  const section =
    asked === "live" || asked === "upcoming" || asked === "past" || (asked === "drafts" && includeDrafts)
      ? (asked as HackDaySection)
      : null;
  const canCreate = canCreateHackDay(viewer);
  if (section)
    return {
      mode: "section" as const,
      section,
      canCreate,
      includeDrafts,
      page: await listHackDays({ section, page: pageFromUrl(url) }),
    };
  return {
    mode: "overview" as const,
    canCreate,
    includeDrafts,
    overview: await listHackDayOverview({ includeDrafts }),
  };
}

export default function HackDays() {
  const data = useLoaderData<typeof loader>();
  const sections: HackDaySection[] = data.includeDrafts
    ? ["live", "upcoming", "past", "drafts"]
    : ["live", "upcoming", "past"];
  return (
    <>
      <PageHeader
        title={data.mode === "section" ? `${sectionTitles[data.section].title} hack days` : "Hack days"}
        lead="A day (or two) where developers, designers and clinicians build prototypes for real problems from the NHS and social care."
        actions={
          <>
            {data.canCreate ? <ButtonLink to="/hack-days/new">Create a hack day</ButtonLink> : null}
            <a href="/hack-days.ics" className="inline-flex min-h-11 items-center">
              Add every hack day to your calendar (.ics)
            </a>
          </>
        }
      />
      <nav aria-label="Hack day lists" className="mb-6">
        <ul className="flex flex-wrap gap-x-4 gap-y-2">
          <li>
            <Link
              to="/hack-days"
              aria-current={data.mode === "overview" ? "page" : undefined}
              className="inline-flex min-h-11 items-center aria-[current=page]:font-bold"
            >
              Overview
            </Link>
          </li>
          {sections.map((s) => (
            <li key={s}>
              <Link
                to={`/hack-days?section=${s}`}
                aria-current={data.mode === "section" && data.section === s ? "page" : undefined}
                className="inline-flex min-h-11 items-center aria-[current=page]:font-bold"
              >
                {sectionTitles[s].title}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {data.mode === "section" ? (
        <>
          {data.page.items.length ? (
            <ul className="grid gap-4 md:grid-cols-2">
              {data.page.items.map((h) => (
                <HackDayCard key={h.id} hackDay={h} headingLevel={2} />
              ))}
            </ul>
          ) : (
            <EmptyState title={sectionTitles[data.section].empty} />
          )}
          <Pagination page={data.page.page} pageCount={data.page.pageCount} total={data.page.total} noun="hack days" />
        </>
      ) : (
        sections.map((s) => {
          const page = data.overview[s];
          if (!page) return null;
          return (
            <section key={s} aria-labelledby={`section-${s}`} className="mb-10">
              <h2 id={`section-${s}`} className="mb-4 text-2xl">
                {sectionTitles[s].title}
              </h2>
              {page.items.length ? (
                <ul className="grid gap-4 md:grid-cols-2">
                  {page.items.map((h) => (
                    <HackDayCard key={h.id} hackDay={h} />
                  ))}
                </ul>
              ) : (
                <p className="text-muted">{sectionTitles[s].empty}</p>
              )}
              {page.total > page.items.length ? (
                <p className="mt-4">
                  <Link to={`/hack-days?section=${s}`}>
                    See all {page.total} {sectionTitles[s].title.toLowerCase()} hack days
                  </Link>
                </p>
              ) : null}
            </section>
          );
        })
      )}
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
