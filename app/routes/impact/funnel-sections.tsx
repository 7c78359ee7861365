import { BarChart } from "~/components/charts/bar-chart";
import { DataTable } from "~/components/charts/data-table";
import { ChartLegend } from "~/components/charts/legend";
import { EmptyState } from "~/components/ui/empty-state";
import { formatConversion, formatCount, formatDays, formatPercent } from "~/domain/impact";
import { sectionClass, type ImpactData } from "./types";

type Funnel = ImpactData["funnel"];

/** The funnel: projects that ever reached each stage, those there now, and conversion. */
export function FunnelSection({ funnel }: { funnel: Funnel }) {
  const first = funnel[0]?.reached ?? 0;
  const description =
    `Of ${formatCount(first)} ${first === 1 ? "project" : "projects"}: ` +
    funnel
      .map(
        (s, i) =>
          `${s.label}, ${formatCount(s.reached)} reached${i > 0 ? ` (${formatPercent(s.conversion)} of the stage before)` : ""}, ${formatCount(s.now)} there now`,
      )
      .join("; ") +
    ".";
  return (
    <section aria-labelledby="funnel-heading" className={sectionClass}>
      <h2 id="funnel-heading" className="mb-2 text-2xl">
        The pipeline funnel
      </h2>
      <p className="mb-4 max-w-3xl text-muted">
        How many projects ever reached each stage, counting paused and archived ones and those that moved back for how
        far they got, and how many are in it now (archived ones are not). Conversion is the share of the projects that
        reached a stage which went on to the next.
      </p>
      {first === 0 ? (
        <EmptyState title="No projects match these filters">Try another period or fewer filters.</EmptyState>
      ) : (
        <div className="grid gap-6 lg:grid-cols-2">
          <div>
            <ChartLegend
              items={[
                { label: "Reached the stage", style: "outlined" },
                { label: "There now", style: "dark" },
              ]}
            />
            <BarChart
              title="Projects that reached each stage, and those there now"
              description={description}
              styles={["outlined", "dark"]}
              bars={funnel.map((s) => ({
                label: s.label,
                value: s.reached,
                inner: [s.now],
                valueLabel: `${formatCount(s.reached)} reached · ${formatCount(s.now)} now`,
              }))}
            />
          </div>
          <DataTable
            caption="Projects by stage"
            headers={["Stage", "Reached", "There now", "Conversion from the stage before"]}
            rows={funnel.map((s) => [
              s.label,
              formatCount(s.reached),
              formatCount(s.now),
              <span key="conversion" className="whitespace-nowrap">
                {formatConversion(s)}
              </span>,
            ])}
          />
        </div>
      )}
    </section>
  );
}

/** Median days in each stage over finished stays, with how many stays and how many are still there. */
export function TimeInStageSection({
  timeInStage,
  funnel,
}: {
  timeInStage: ImpactData["timeInStage"];
  funnel: Funnel;
}) {
  const timed = timeInStage.filter((s) => s.medianDays !== null);
  const now = (stage: string) => funnel.find((s) => s.stage === stage)?.now ?? 0;
  return (
    <section aria-labelledby="time-heading" className={sectionClass}>
      <h2 id="time-heading" className="mb-2 text-2xl">
        Time in each stage
      </h2>
      <p className="mb-4 max-w-3xl text-muted">
        The median number of days projects spent in a stage before moving on, from each project’s timeline. Only
        finished stays count: a project still in a stage is left out until it moves, so the table shows how many are
        still there. Adopted is the last stage, so nobody leaves it.
      </p>
      {timed.length === 0 ? (
        <EmptyState title="No finished stays to measure yet">
          A median appears once a project in these figures moves from one stage to another.
        </EmptyState>
      ) : (
        <div className="grid gap-6 lg:grid-cols-2">
          <BarChart
            title="Median days in each stage"
            description={`${timed.map((s) => `${s.label}: ${formatDays(s.medianDays)}, over ${formatCount(s.stays)} finished ${s.stays === 1 ? "stay" : "stays"}`).join("; ")}.`}
            bars={timed.map((s) => ({
              label: s.label,
              value: s.medianDays ?? 0,
              valueLabel: formatDays(s.medianDays),
            }))}
          />
          <DataTable
            caption="Median time in each stage"
            headers={["Stage", "Median time", "Finished stays", "Still in the stage (not counted)"]}
            rows={timeInStage.map((s) => [
              s.label,
              formatDays(s.medianDays),
              formatCount(s.stays),
              formatCount(now(s.stage)),
            ])}
          />
        </div>
      )}
    </section>
  );
}
