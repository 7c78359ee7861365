import {
  BAR_SECOND_LINE,
  barWidthPercent,
  HEADING_LINE_HEIGHT,
  HEADING_PADDING,
  stackRows,
  wrapText,
} from "~/domain/charts";
import { seriesStyle, StripePattern, useSvgId, type SwatchStyle } from "./legend";

/**
 * A labelled bar. `inner` figures, when given, are drawn inside it from the left, each one in the
 * next of the chart's `styles` (e.g. "there now" within "reached"): they must be no larger than
 * the bar's own value.
 */
export type Bar = { label: string; value: number; valueLabel?: string; inner?: number[] };
/** A row of the chart: a bar, or a heading that names the group of bars after it. */
export type BarRow = Bar | { heading: string };

const LABEL_HEIGHT = 20;
const BAR_HEIGHT = 16;
// SVG text does not wrap: headings break at this many characters, and a bar's value moves under
// its label past this many, so they fit a 375 px screen.
const HEADING_CHARS = 38;
const LABEL_CHARS = 40;

const isHeading = (row: BarRow): row is { heading: string } => "heading" in row;

/**
 * A horizontal bar chart drawn on the server as SVG (no chart script reaches the browser). Each
 * bar has its label and value written above it, so colour never carries a number alone, and bar
 * lengths are percentages of the chart's width, so text stays at reading size on a phone and a
 * desktop (no viewBox scaling). It is an image with a title and a description for assistive
 * technology; pages put the same figures in a table beside it (docs/decisions/0045).
 */
export function BarChart({
  title,
  description,
  bars,
  max,
  styles = ["solid"],
}: {
  title: string;
  description: string;
  bars: BarRow[];
  max?: number;
  /** How the bar and each of its inner figures are drawn, outermost first. */
  styles?: SwatchStyle[];
}) {
  const id = useSvgId();
  const headings = bars.map((row) => (isHeading(row) ? wrapText(row.heading, HEADING_CHARS) : []));
  const twoLines = bars.map(
    (row) => !isHeading(row) && `${row.label}: ${row.valueLabel ?? row.value}`.length > LABEL_CHARS,
  );
  const { tops, height } = stackRows(
    bars.map((row, i) =>
      isHeading(row) ? { kind: "heading", lines: headings[i]!.length } : { kind: "bar", lines: twoLines[i] ? 2 : 1 },
    ),
  );
  const values = bars.filter((row): row is Bar => !isHeading(row)).map((b) => b.value);
  const top = max ?? Math.max(1, ...values);
  const stripes = `${id}-stripes`;
  return (
    <svg
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      width="100%"
      height={height}
      className="block max-w-3xl print:break-inside-avoid"
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      {styles.includes("striped") ? (
        <defs>
          <StripePattern id={stripes} />
        </defs>
      ) : null}
      {bars.map((row, index) => {
        const rowTop = tops[index]!;
        if (isHeading(row))
          return (
            <text key={`h-${index}`} y={rowTop + HEADING_PADDING} className="fill-ink text-sm font-bold">
              {headings[index]!.map((line, l) => (
                <tspan key={l} x="0" dy={HEADING_LINE_HEIGHT - (l === 0 ? 4 : 0)}>
                  {line}
                </tspan>
              ))}
            </text>
          );
        const layers = [row.value, ...(row.inner ?? [])];
        const value = row.valueLabel ?? String(row.value);
        const barTop = rowTop + LABEL_HEIGHT + (twoLines[index] ? BAR_SECOND_LINE : 0);
        return (
          <g key={`b-${index}`}>
            {twoLines[index] ? (
              <text x="0" y={rowTop + LABEL_HEIGHT - 5} className="fill-ink text-sm">
                {row.label}:
                <tspan x="0" dy={BAR_SECOND_LINE} className="font-semibold">
                  {value}
                </tspan>
              </text>
            ) : (
              <text x="0" y={rowTop + LABEL_HEIGHT - 5} className="fill-ink text-sm">
                {row.label}: <tspan className="font-semibold">{value}</tspan>
              </text>
            )}
            <rect x="0" y={barTop} width="100%" height={BAR_HEIGHT} rx={3} className="fill-surface" />
            {layers.map((figure, layer) =>
              figure > 0 ? (
                <rect
                  key={layer}
                  x="0"
                  y={barTop}
                  width={`${barWidthPercent(figure, top)}%`}
                  height={BAR_HEIGHT}
                  rx={3}
                  {...seriesStyle(styles[layer] ?? styles[styles.length - 1] ?? "solid", stripes)}
                />
              ) : null,
            )}
          </g>
        );
      })}
    </svg>
  );
}
