import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { requireUser } from "~/auth/guards.server";
import { ErrorPage } from "~/components/error-page";
import { PageHeader } from "~/components/ui/page-header";
import { resultsArePublished } from "~/domain/hack-day-status";
import { formatMean } from "~/domain/judging";
import { getTeamFeedback } from "~/models/judging.server";
import { forbidden } from "~/utils/http.server";
import { requireVisibleHackDay } from "~/utils/hack-day-route.server";
import { hackDayPath, hackDayResultsPath } from "~/utils/paths";
import { Breadcrumbs } from "~/components/ui/breadcrumbs";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `Your team's feedback · ${data?.hackDay.name ?? "Hack day"} · Hackpath` },
];

/** A team's own scores and comments, for its members only, once the results are published. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const hackDay = await requireVisibleHackDay(params.id, user);
  const base = { hackDay: { id: hackDay.id, name: hackDay.name } };
  if (!resultsArePublished(hackDay.status)) return { ...base, feedback: null };
  const feedback = await getTeamFeedback({ hackDayId: hackDay.id, userId: user.id });
  if (!feedback) forbidden("Only members of a team at this hack day can see its feedback.");
  return { ...base, feedback };
}

export default function TeamFeedback() {
  const { hackDay, feedback } = useLoaderData<typeof loader>();
  return (
    <div className="max-w-3xl">
      <Breadcrumbs
        items={[
          { to: "/hack-days", label: "Hack days" },
          { to: hackDayPath(hackDay), label: hackDay.name },
          { to: hackDayResultsPath(hackDay), label: "Results" },
        ]}
      />
      <PageHeader
        title={feedback ? `Feedback for ${feedback.project.name}` : "Your team's feedback"}
        lead="Only your team sees this page. Judges are not named."
      />
      {!feedback ? (
        <p>Your feedback appears here when the organiser publishes the results.</p>
      ) : (
        <>
          <p className="mb-4 text-lg">
            {feedback.result?.rank
              ? `Your project ranked ${feedback.result.rank} of ${feedback.rankedCount}, with a weighted mean of ${formatMean(feedback.result.weightedMean)} from ${feedback.result.judgeCount} ${feedback.result.judgeCount === 1 ? "judge" : "judges"}.`
              : feedback.project.submittedAt
                ? "No judge scored your project."
                : "Your project was not submitted, so it was not judged."}
          </p>
          {feedback.awards.length ? (
            <p className="mb-6 font-semibold">Awards: {feedback.awards.map((a) => a.name).join(", ")}</p>
          ) : null}
          {feedback.criteria.map((c) => (
            <section
              key={c.id}
              aria-labelledby={`criterion-${c.id}`}
              className="mb-6 rounded-lg border border-line p-4"
            >
              <h2 id={`criterion-${c.id}`} className="text-xl">
                {c.name}: {formatMean(c.mean)}{" "}
                <span className="text-base font-normal text-muted">(weight {c.weight})</span>
              </h2>
              {c.entries.length ? (
                <ul className="mt-3 space-y-3">
                  {c.entries.map((e) => (
                    <li key={e.judge}>
                      <p className="font-semibold">
                        Judge {e.judge}: {e.score} out of 5
                      </p>
                      {e.comment ? (
                        <p className="whitespace-pre-line">{e.comment}</p>
                      ) : (
                        <p className="text-muted">No comment.</p>
                      )}
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="mt-2 text-muted">No scores on this criterion.</p>
              )}
            </section>
          ))}
        </>
      )}
    </div>
  );
}

export function ErrorBoundary() {
  return <ErrorPage messages={{ 403: "Only members of a team at this hack day can see its feedback." }} />;
}
