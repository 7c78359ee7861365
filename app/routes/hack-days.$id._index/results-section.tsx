import { Link } from "@remix-run/react";
import { Card } from "~/components/ui/card";
import { formatMean } from "~/domain/judging";
import { hackDayFeedbackPath, hackDayResultsPath, projectPath } from "~/utils/paths";
import type { EventPageData } from "./route";

/** Once published: the awards, the top of the ranking and the way to a team's own feedback. */
export function ResultsSection({ page }: { page: EventPageData }) {
  if (!page.results) {
    if (page.hackDay.status !== "judging") return null;
    return (
      <section aria-labelledby="results" className="mb-10">
        <h2 id="results" className="mb-2 text-2xl">
          Results
        </h2>
        <p>The judges are scoring the projects. Results appear here when the organiser publishes them.</p>
      </section>
    );
  }
  const { awards, top } = page.results;
  return (
    <section aria-labelledby="results" className="mb-10">
      <h2 id="results" className="mb-4 text-2xl">
        Results
      </h2>
      {awards.length ? (
        <>
          <h3 className="mb-2 text-xl">Awards</h3>
          <ul className="mb-6 grid gap-4 md:grid-cols-2">
            {awards.map((a) => (
              <Card as="li" key={a.id}>
                <p className="font-bold">{a.name}</p>
                <p>
                  <Link to={projectPath({ id: a.projectId, name: a.projectName })}>{a.projectName}</Link>
                </p>
                {a.description ? <p className="mt-1 text-sm text-muted">{a.description}</p> : null}
              </Card>
            ))}
          </ul>
        </>
      ) : null}
      <h3 className="mb-2 text-xl">Top of the ranking</h3>
      {top.length ? (
        <ol className="mb-4 list-decimal space-y-1 pl-6">
          {top.map((r) => (
            <li key={r.projectId}>
              <Link to={projectPath({ id: r.projectId, name: r.name })}>{r.name}</Link> · weighted mean{" "}
              {formatMean(r.weightedMean)}
            </li>
          ))}
        </ol>
      ) : (
        <p className="mb-4">No project was scored.</p>
      )}
      <p className="flex flex-wrap gap-x-6 gap-y-2">
        <Link to={hackDayResultsPath(page.hackDay)}>The full results</Link>
        {page.standing?.team?.memberStatus === "active" ? (
          <Link to={hackDayFeedbackPath(page.hackDay)}>Your team&apos;s feedback from the judges</Link>
        ) : null}
      </p>
    </section>
  );
}
