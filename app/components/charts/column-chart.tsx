import { columnHeight, columnSlots, countAxis, labelledSlots } from "~/domain/charts";
import { ChartLegend, StripePattern, seriesStyle, useSvgId, type SwatchStyle } from "./legend";

/** One category on the horizontal axis (a month), its axis label and an optional second line (the year). */
export type Column = { key: string; label: string; subLabel?: string; values: number[] };

// Room above the top gridline for its label.
const PLOT_TOP = 18;
const PLOT_HEIGHT = 180;
const AXIS_HEIGHT = 38;
// Side margins, in percent of the width, so the first and last axis labels are not cut off.
const LEFT = 2;
const RIGHT = 98;

/**
 * A column chart drawn on the server as SVG: one slot per category with a column for each series
 * side by side, a count axis with gridlines, and a legend above that names each series by its
 * style (solid or striped), so colour is not the only difference. Widths are percentages so the
 * chart fits a phone; the numbers are in its description and in the table pages put beside it.
 */
export function ColumnChart({
  title,
  description,
  series,
  columns,
}: {
  title: string;
  description: string;
  series: { label: string; style: SwatchStyle }[];
  columns: Column[];
}) {
  const id = useSvgId();
  const max = Math.max(0, ...columns.flatMap((c) => c.values));
  const { top, ticks } = countAxis(max);
  const slots = columnSlots({ count: columns.length, series: series.length, left: LEFT, right: RIGHT });
  const labelled = new Set(labelledSlots(columns.length));
  const baseline = PLOT_TOP + PLOT_HEIGHT;
  return (
    <div className="max-w-3xl print:break-inside-avoid">
      <ChartLegend items={series} />
      <svg
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        width="100%"
        height={baseline + AXIS_HEIGHT}
        className="block"
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        <defs>
          <StripePattern id={`${id}-stripes`} />
        </defs>
        {ticks.map((tick) => {
          const y = baseline - columnHeight(tick, top, PLOT_HEIGHT);
          return (
            <g key={tick}>
              <line x1="0" x2="100%" y1={y} y2={y} className={tick === 0 ? "stroke-ink" : "stroke-line"} />
              {tick > 0 ? (
                <text
                  x="0"
                  y={y - 3}
                  className="fill-muted stroke-white text-xs tabular-nums"
                  strokeWidth={3}
                  paintOrder="stroke"
                >
                  {tick.toLocaleString("en-GB")}
                </text>
              ) : null}
            </g>
          );
        })}
        {columns.map((column, c) => {
          const slot = slots[c]!;
          return (
            <g key={column.key}>
              {column.values.map((value, s) => {
                const h = columnHeight(value, top, PLOT_HEIGHT);
                const bar = slot.bars[s]!;
                return h > 0 ? (
                  <rect
                    key={s}
                    x={`${bar.x}%`}
                    y={baseline - h}
                    width={`${bar.width}%`}
                    height={h}
                    {...seriesStyle(series[s]?.style ?? "solid", `${id}-stripes`)}
                  />
                ) : null;
              })}
              {labelled.has(c) ? (
                <text x={`${slot.center}%`} y={baseline + 16} textAnchor="middle" className="fill-ink text-xs">
                  {column.label}
                  {column.subLabel ? (
                    <tspan x={`${slot.center}%`} dy="14" className="fill-muted">
                      {column.subLabel}
                    </tspan>
                  ) : null}
                </text>
              ) : null}
            </g>
          );
        })}
      </svg>
    </div>
  );
}
