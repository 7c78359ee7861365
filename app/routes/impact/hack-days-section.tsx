import { Link } from "@remix-run/react";
import { BarChart, type BarRow } from "~/components/charts/bar-chart";
import { DataTable } from "~/components/charts/data-table";
import { ChartLegend } from "~/components/charts/legend";
import { EmptyState } from "~/components/ui/empty-state";
import { formatDate } from "~/domain/dates";
import { describeHackDayOutcome, formatCount } from "~/domain/impact";
import { hackDayPath } from "~/utils/paths";
import { sectionClass, type ImpactData } from "./types";

/** What became of each hack day's prototypes: nested bars per hack day, and the table. */
export function HackDaysSection({ hackDays }: { hackDays: ImpactData["hackDays"] }) {
  const { items, total } = hackDays;
  const rows: BarRow[] = items.flatMap((h) => [
    { heading: h.name },
    {
      label: `${formatCount(h.prototypes)} ${h.prototypes === 1 ? "prototype" : "prototypes"}`,
      value: h.prototypes,
      inner: [h.validation, h.pilot, h.adopted],
      valueLabel: `${formatCount(h.validation)} validation · ${formatCount(h.pilot)} pilot · ${formatCount(h.adopted)} adopted`,
    },
  ]);
  return (
    <section aria-labelledby="hack-days-heading" className={sectionClass}>
      <h2 id="hack-days-heading" className="mb-2 text-2xl">
        What came of each hack day
      </h2>
      <p className="mb-4 max-w-3xl text-muted">
        For each hack day, the projects submitted from it (its prototypes) and how many of them have since reached
        validation, pilot and adoption, newest hack day first.
        {total > items.length ? ` The ${items.length} newest of ${formatCount(total)} hack days are shown.` : ""}
      </p>
      {items.length === 0 ? (
        <EmptyState title="No hack-day projects match these filters">
          Projects submitted from a hack day appear here.
        </EmptyState>
      ) : (
        <div className="grid gap-6 lg:grid-cols-2">
          <div>
            <ChartLegend
              items={[
                { label: "Prototypes", style: "outlined" },
                { label: "Reached validation", style: "solid" },
                { label: "Reached pilot", style: "dark" },
                { label: "Adopted", style: "striped" },
              ]}
            />
            <BarChart
              title="What became of each hack day's prototypes"
              description={items.map(describeHackDayOutcome).join(" ")}
              bars={rows}
              styles={["outlined", "solid", "dark", "striped"]}
            />
          </div>
          <DataTable
            caption="Hack-day outcomes"
            headers={["Hack day", "Prototypes", "Reached validation", "Reached pilot", "Adopted"]}
            rows={items.map((h) => [
              <span key="name" className="block min-w-40">
                <Link to={hackDayPath(h)}>{h.name}</Link>
                <span className="block text-sm font-normal text-muted">{formatDate(new Date(h.startsAt))}</span>
              </span>,
              formatCount(h.prototypes),
              formatCount(h.validation),
              formatCount(h.pilot),
              formatCount(h.adopted),
            ])}
          />
        </div>
      )}
    </section>
  );
}
