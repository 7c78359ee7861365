import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { getOptionalUser } from "~/auth/guards.server";
import { ErrorPage } from "~/components/error-page";
import { Notice } from "~/components/ui/notice";
import { RankingTable } from "~/components/hack-days/ranking-table";
import { Card } from "~/components/ui/card";
import { PageHeader } from "~/components/ui/page-header";
import { Pagination } from "~/components/ui/pagination";
import { getPublishedResults } from "~/models/judging.server";
import { requireVisibleHackDay } from "~/utils/hack-day-route.server";
import { pageFromUrl, toPage, PAGE_SIZE } from "~/utils/pagination";
import { hackDayFeedbackPath, hackDayPath, projectPath } from "~/utils/paths";
import { Breadcrumbs } from "~/components/ui/breadcrumbs";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `Results · ${data?.hackDay.name ?? "Hack day"} · Hackpath` },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const viewer = await getOptionalUser(request);
  const hackDay = await requireVisibleHackDay(params.id, viewer);
  const published = await getPublishedResults(hackDay.id);
  const base = { hackDay: { id: hackDay.id, name: hackDay.name }, signedIn: Boolean(viewer) };
  if (!published) return { ...base, published: null };
  const page = pageFromUrl(new URL(request.url));
  const start = (page - 1) * PAGE_SIZE;
  return {
    ...base,
    published: {
      criteria: published.criteria.map((c) => ({ id: c.id, name: c.name, weight: c.weight })),
      awards: published.awards,
      ranking: toPage(published.results.slice(start, start + PAGE_SIZE), published.results.length, page),
    },
  };
}

export default function Results() {
  const { hackDay, published, signedIn } = useLoaderData<typeof loader>();
  return (
    <>
      <Breadcrumbs
        items={[
          { to: "/hack-days", label: "Hack days" },
          { to: hackDayPath(hackDay), label: hackDay.name },
        ]}
      />
      <PageHeader title={`Results: ${hackDay.name}`} />
      <Notice />
      {!published ? (
        <p>The results will appear here when the organiser publishes them.</p>
      ) : (
        <>
          {published.awards.length ? (
            <section aria-labelledby="awards" className="mb-10">
              <h2 id="awards" className="mb-3 text-2xl">
                Awards
              </h2>
              <ul className="grid gap-4 md:grid-cols-2">
                {published.awards.map((a) => (
                  <Card as="li" key={a.id}>
                    <p className="text-lg font-bold">{a.name}</p>
                    <p>
                      <Link to={projectPath({ id: a.projectId, name: a.projectName })}>{a.projectName}</Link>
                    </p>
                    {a.description ? <p className="mt-1 text-muted">{a.description}</p> : null}
                  </Card>
                ))}
              </ul>
            </section>
          ) : null}
          <section aria-labelledby="ranking" className="mb-10">
            <h2 id="ranking" className="mb-2 text-2xl">
              Ranking
            </h2>
            <p className="mb-4 max-w-3xl text-muted">
              Each project&apos;s score is the weighted mean of the judges&apos; 1–5 scores per criterion (weights:{" "}
              {published.criteria.map((c) => `${c.name} ${c.weight}`).join(", ")}). Ties go to the project more judges
              scored, then the higher score on the highest-weighted criterion, then the earlier submission.
            </p>
            <RankingTable rows={published.ranking.items} caption="Projects in rank order" linkProjects />
            <Pagination
              page={published.ranking.page}
              pageCount={published.ranking.pageCount}
              total={published.ranking.total}
              noun="projects"
            />
          </section>
          {signedIn ? (
            <p>
              On a team? <Link to={hackDayFeedbackPath(hackDay)}>See your team&apos;s feedback from the judges</Link>.
            </p>
          ) : null}
        </>
      )}
    </>
  );
}

export function ErrorBoundary() {
  return <ErrorPage />;
}
