import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { BarChart } from "~/components/charts/bar-chart";
import { DataTable } from "~/components/charts/data-table";
import { Figures } from "~/components/home/figures";
import { SuccessStoryCard } from "~/components/projects/success-story";
import { EmptyState } from "~/components/ui/empty-state";
import { PageHeader } from "~/components/ui/page-header";
import { Pagination } from "~/components/ui/pagination";
import { formatPercent } from "~/domain/impact";
import { getImpact } from "~/models/impact.server";
import { pageFromUrl } from "~/utils/pagination";

export const meta: MetaFunction = () => [
  { title: "Impact · Hackpath" },
  {
    name: "description",
    content:
      "How far Hackpath projects get: the pipeline funnel, conversion between stages, time in each stage, pilots, outcomes and success stories.",
  },
];

export async function loader({ request }: LoaderFunctionArgs) {
  return getImpact({ storiesPage: pageFromUrl(new URL(request.url)) });
}

const days = (d: number | null) => (d === null ? "–" : `${d.toLocaleString("en-GB")} ${d === 1 ? "day" : "days"}`);

export default function Impact() {
  const { funnel, timeInStage, figures, stories } = useLoaderData<typeof loader>();
  const first = funnel[0]?.reached ?? 0;
  const adopted = funnel[funnel.length - 1]?.reached ?? 0;
  const timed = timeInStage.filter((s) => s.medianDays !== null);
  return (
    <>
      <PageHeader
        title="Impact"
        lead="What happens to the prototypes: how many reach each stage of the pipeline, how long they take, and what changed where they were used."
      />

      <section aria-labelledby="funnel" className="mb-12">
        <h2 id="funnel" className="mb-2 text-2xl">
          The pipeline funnel
        </h2>
        <p className="mb-4 max-w-3xl text-muted">
          Each bar counts the projects that ever reached that stage, including those now paused or archived and those
          that moved back. Conversion is the share of projects that reached a stage and went on to the next.
        </p>
        <BarChart
          title="Projects that reached each stage"
          description={`Of ${first} submitted projects, ${adopted} reached adoption. ${funnel.map((s) => `${s.label}: ${s.reached}`).join("; ")}.`}
          bars={funnel.map((s) => ({ label: s.label, value: s.reached }))}
        />
        <div className="mt-4 max-w-3xl">
          <DataTable
            caption="Projects by the furthest stage reached"
            headers={["Stage", "Projects that reached it", "Conversion from the stage before"]}
            rows={funnel.map((s) => [s.label, s.reached.toLocaleString("en-GB"), formatPercent(s.conversion)])}
          />
        </div>
      </section>

      <section aria-labelledby="time" className="mb-12">
        <h2 id="time" className="mb-2 text-2xl">
          Time in each stage
        </h2>
        <p className="mb-4 max-w-3xl text-muted">
          The median number of days projects spent in a stage before moving on. Stays still under way are not counted.
        </p>
        {timed.length > 0 ? (
          <BarChart
            title="Median days in each stage"
            description={timed.map((s) => `${s.label}: ${days(s.medianDays)}`).join("; ")}
            bars={timed.map((s) => ({ label: s.label, value: s.medianDays ?? 0, valueLabel: days(s.medianDays) }))}
          />
        ) : null}
        <div className="mt-4 max-w-3xl">
          <DataTable
            caption="Median time in stage"
            headers={["Stage", "Median time", "Finished stays"]}
            rows={timeInStage.map((s) => [s.label, days(s.medianDays), s.stays.toLocaleString("en-GB")])}
          />
        </div>
      </section>

      <section aria-labelledby="outcomes" className="mb-12">
        <h2 id="outcomes" className="mb-3 text-2xl">
          Pilots and outcomes
        </h2>
        <Figures
          label="Pilots and outcomes"
          items={[
            { label: "pilots live", value: figures.pilotsLive },
            { label: "pilots completed", value: figures.pilotsCompleted },
            { label: "organisations piloting", value: figures.pilotOrganisations },
            { label: "outcomes measured", value: figures.outcomes },
            { label: "projects with outcomes", value: figures.projectsWithOutcomes },
            { label: "success stories", value: figures.stories },
          ]}
        />
      </section>

      <section aria-labelledby="success-stories-heading" id="success-stories">
        <h2 id="success-stories-heading" className="mb-3 text-2xl">
          Success stories
        </h2>
        {stories.items.length > 0 ? (
          <ul className="grid gap-4 md:grid-cols-2">
            {stories.items.map((story) => (
              <SuccessStoryCard key={story.id} story={story} />
            ))}
          </ul>
        ) : (
          <EmptyState title="No success stories published yet">
            When a project publishes a measured outcome as a story, it appears here.
          </EmptyState>
        )}
        <Pagination page={stories.page} pageCount={stories.pageCount} total={stories.total} noun="stories" />
      </section>
    </>
  );
}
