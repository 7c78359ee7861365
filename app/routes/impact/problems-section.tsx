import { ColumnChart } from "~/components/charts/column-chart";
import { DataTable } from "~/components/charts/data-table";
import { formatCount, formatMonth, formatMonthShort, type MonthKey } from "~/domain/impact";
import { sectionClass, type ImpactData } from "./types";

/** Problems posted and solved per month, as columns and as a table. */
export function ProblemsSection({
  months,
  period,
  hackDayName,
}: {
  months: ImpactData["months"];
  period: ImpactData["period"];
  hackDayName: string | null;
}) {
  const posted = months.reduce((sum, m) => sum + m.posted, 0);
  const solved = months.reduce((sum, m) => sum + m.solved, 0);
  const first = months[0]?.month;
  const last = months[months.length - 1]?.month;
  const span = first && last ? `${formatMonth(first)} to ${formatMonth(last)}` : "";
  const note =
    period.from === null
      ? ` The chart shows the last ${months.length} months.`
      : first && period.from < first
        ? ` The chart shows the last ${months.length} months of the period.`
        : "";
  const which = hackDayName ? `problems shortlisted for ${hackDayName}` : "problems";
  return (
    <section aria-labelledby="problems-heading" className={sectionClass}>
      <h2 id="problems-heading" className="mb-2 text-2xl">
        Problems posted and solved
      </h2>
      <p className="mb-4 max-w-3xl text-muted">
        Each month, how many {which} were posted (not counting hidden or merged ones) and how many were solved: a
        problem counts as solved in the month a project on it first reached pilot, if it is still solved now.
        {note}
      </p>
      <p className="mb-4 max-w-3xl">
        From {span}: {formatCount(posted)} posted and {formatCount(solved)} solved.
      </p>
      <div className="grid gap-6 lg:grid-cols-2">
        <ColumnChart
          title={`Problems posted and solved each month, ${span}`}
          description={`${months.map((m) => `${m.label}: ${formatCount(m.posted)} posted, ${formatCount(m.solved)} solved`).join("; ")}.`}
          series={[
            { label: "Posted", style: "solid" },
            { label: "Solved", style: "striped" },
          ]}
          columns={months.map((m, i) => ({
            key: m.month,
            label: formatMonthShort(m.month as MonthKey),
            subLabel: i === 0 || m.month.endsWith("-01") ? m.month.slice(0, 4) : undefined,
            values: [m.posted, m.solved],
          }))}
        />
        <DataTable
          caption="Problems by month"
          headers={["Month", "Posted", "Solved"]}
          rows={months.map((m) => [m.label, formatCount(m.posted), formatCount(m.solved)])}
        />
      </div>
    </section>
  );
}
