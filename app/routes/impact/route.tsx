import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Figures } from "~/components/home/figures";
import { PageHeader } from "~/components/ui/page-header";
import { getImpact } from "~/models/impact.server";
import { pageFromUrl } from "~/utils/pagination";
import { parseSearchParams } from "~/validation/browse";
import { impactFiltersSchema } from "~/validation/impact";
import { ImpactFilterForm, ScopeSentence } from "./filter-form";
import { FunnelSection, TimeInStageSection } from "./funnel-sections";
import { HackDaysSection } from "./hack-days-section";
import { OutcomesSection, StoriesSection } from "./outcomes-sections";
import { ProblemsSection } from "./problems-section";

export const meta: MetaFunction = () => [
  { title: "Impact · Hackpath" },
  {
    name: "description",
    content:
      "How far Hackpath projects get: the pipeline funnel, conversion between stages, time in each stage, problems posted and solved, hack-day outcomes, pilots, outcomes and success stories.",
  },
];

/** Public: the figures of public projects and problems, filtered by the query string (never refused). */
export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const filters = parseSearchParams(url, impactFiltersSchema);
  return getImpact({ filters, storiesPage: pageFromUrl(url) });
}

export default function Impact() {
  const data = useLoaderData<typeof loader>();
  const stage = (key: string) => data.funnel.find((s) => s.stage === key)?.reached ?? 0;
  return (
    <>
      <PageHeader
        title="Impact"
        lead="What happens to the prototypes: how many reach each stage of the pipeline, how long they take, what came of each hack day, and what changed where they were used."
      />
      <ImpactFilterForm filters={data.filters} hackDays={data.hackDayOptions} />
      <ScopeSentence data={data} />

      <section aria-labelledby="glance-heading" className="mb-12">
        <h2 id="glance-heading" className="sr-only">
          At a glance
        </h2>
        <Figures
          label="At a glance"
          items={[
            { label: "projects submitted", value: stage("prototype") },
            { label: "reached validation", value: stage("validation") },
            { label: "reached pilot", value: stage("pilot") },
            { label: "adopted", value: stage("adopted") },
            { label: "pilots live or completed", value: data.figures.pilotsLive + data.figures.pilotsCompleted },
            { label: "success stories", value: data.figures.stories },
          ]}
        />
      </section>

      <FunnelSection funnel={data.funnel} />
      <TimeInStageSection timeInStage={data.timeInStage} funnel={data.funnel} />
      <ProblemsSection months={data.months} period={data.period} hackDayName={data.hackDayName} />
      <HackDaysSection hackDays={data.hackDays} />
      <OutcomesSection figures={data.figures} />
      <StoriesSection stories={data.stories} />
    </>
  );
}
